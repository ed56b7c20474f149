"""DOCX with python-docx: paragraphs and tables in document order, read as Word prints them.

python-docx's own ``Paragraph.text`` reads only a paragraph's plain runs and links. A template's fill-in fields are
content controls (``w:sdt``), a tracked insertion is ``w:ins``, a date or page field ``w:fldSimple``: their text is
printed, so it is read here too, and a deletion (``w:del``) is not. Content controls round whole paragraphs and
tables too (a decision record's boxes): their blocks are read in their place. A numbered paragraph's number is not
in its text: Word prints it from the list's definition (``numbering.xml``: the format, where the list starts, its
levels), so it is counted here as Word counts it and printed before the paragraph's text with a tab, as Word sets it
out: "5.<tab>Apologies for absence". Headers and footers are no part of the text; their words are kept apart as the
page's furniture, where the paper's protective marking is read (a template prints it there, and only there).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from concord.ingest.document import Cell, Page, Span, Table, make_blocks
from concord.ingest.errors import IngestError
from concord.ingest.readers.docx_numbering import Numbering
from concord.ingest.readers.text import find_text_tables
from concord.ingest.textutil import squash

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: what a run prints besides its text
_MARKS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}
#: what holds text that is not printed: deletions, field codes, a content control's settings, and the older
#: drawing Word keeps beside a new one for older readers (``mc:Fallback``: the same text box twice)
_UNPRINTED = {f"{_W}{t}" for t in ("del", "moveFrom", "instrText", "delInstrText", "sdtPr", "sdtEndPr", "pPr",
                                    "rPr")} | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def read_docx(path: Path) -> list[Page]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        d = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise IngestError(path.name, f"corrupt DOCX ({e})") from None
    except Exception as e:  # lxml errors, zip errors
        raise IngestError(path.name, f"corrupt DOCX ({type(e).__name__}: {e})") from None
    numbering = Numbering.of(d)
    parts: list[str] = []
    tables: list[Table] = []
    spans: list[tuple[int, int]] = []  # where Word's tables stand in the text
    list_tabs: list[int] = []  # the tab after a list's number: where the text starts, not a column
    pos = 0
    last_text = None
    for child in _blocks(d.element.body):
        if child.tag == f"{_W}p":
            label = numbering.label(child)
            if label.endswith("\t"):
                list_tabs.append(pos + len(label) - 1)
            text = label + paragraph_text(child)
            if "\f" in text:
                text = text.replace("\f", "\n")
            parts.append(text + "\n")
            pos += len(text) + 1
            if text.strip():
                last_text = text.strip()
        elif child.tag == f"{_W}tbl":
            start = pos
            rows: list[list[Cell]] = []
            for cells_xml in _rows(child):
                line_parts = [squash(_cell_text(tc, numbering)) if tc is not None else "" for tc in cells_xml]
                cells = [Cell(txt, 1) for txt in line_parts]
                line = "\t".join(line_parts)
                for k, cell in enumerate(cells):
                    off = pos + sum(len(x) + 1 for x in line_parts[:k])
                    cell.span = Span(1, off, off + len(line_parts[k]))
                parts.append(line + "\n")
                pos += len(line) + 1
                rows.append(cells)
            parts.append("\n")
            pos += 1
            spans.append((start, pos))
            if rows:
                tables.append(Table(rows, 1, title=(last_text or "")[:200] or None, offset=start,
                                    method="docx"))
    text = "".join(parts)
    # columns set out with tabs or spaces in paragraphs, not in a Word table (a budget's figures typed under a
    # heading), and tables a converter left as a cell a line: found as in a paper's plain text
    columns = text
    if list_tabs:  # (the tab after a list's number read as a space: the same offsets)
        chars = list(text)
        for at in list_tabs:
            chars[at] = " "
        columns = "".join(chars)
    typed = [t for t in find_text_tables(columns, 1) if not any(a <= (t.offset or 0) < b for a, b in spans)]
    page = Page(1, text, tables=sorted(tables + typed, key=lambda t: t.offset or 0), furniture=_furniture(d))
    make_blocks(page)
    return [page]


def _blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables under ``parent`` in order, those inside block content controls (and the
    custom-XML and change-tracking wrappers Word puts round blocks) in their place."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag in (f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
            yield from _blocks(child)


def paragraph_text(p: Any) -> str:
    """The text a paragraph prints: its runs wherever they stand (in links, content controls, insertions, simple
    fields, smart tags), tabs and breaks as Word prints them, a text box's paragraphs on lines of their own, without
    deletions and field codes."""
    out: list[str] = []

    def walk(e: Any) -> None:
        for child in e.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _UNPRINTED:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag in _MARKS:
                if tag == f"{_W}br" and child.get(f"{_W}type") == "page":
                    out.append("\f")
                else:
                    out.append(_MARKS[tag])
            elif tag == f"{_W}sym":
                out.append(_symbol(child))
            elif tag == f"{_W}txbxContent":  # a text box: its paragraphs on lines of their own where it stands
                out.append("\n" + "\n".join(paragraph_text(q) for q in _blocks(child) if q.tag == f"{_W}p") + "\n")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _symbol(sym: Any) -> str:
    """A symbol-font character (a box ticked or not in a form): its code as the character it stands for where it
    is one of Wingdings' boxes, else nothing."""
    return _BOXES.get((sym.get(f"{_W}char") or "").upper(), "")


#: Wingdings' ticked and empty boxes, by character code
_BOXES = {"F0FE": "☒", "F078": "☒", "F0FD": "☒", "F0A8": "☐", "F06F": "☐", "F071": "☐"}


def _rows(tbl: Any) -> Iterator[list[Any]]:
    """Each row's cells (``w:tc``) across the table's grid: a cell spanning columns is followed by a ``None`` for
    each column more it takes, a row's cells inside content controls read in their place, so every row has its
    columns where the table's grid puts them."""
    for tr in _within(tbl, f"{_W}tr"):
        cells: list[Any] = []
        for tc in _within(tr, f"{_W}tc"):
            cells.append(tc)
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            extra = int(span.get(f"{_W}val") or 1) - 1 if span is not None else 0
            cells.extend([None] * max(0, min(extra, 60)))
        yield cells


def _within(parent: Any, tag: str) -> Iterator[Any]:
    """The ``tag`` children of ``parent`` (rows of a table, cells of a row), those inside content controls and
    custom-XML wrappers read in their place."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _within(content, tag)


def _cell_text(tc: Any, numbering: Numbering) -> str:
    """A cell's (or a header's) paragraphs, numbered as Word numbers them, and the rows of any table inside it, a
    line each."""
    lines: list[str] = []
    for block in _blocks(tc):
        if block.tag == f"{_W}p":
            lines.append(numbering.label(block) + paragraph_text(block))
        else:
            lines.extend(" ".join(_cell_text(c, numbering) for c in row if c is not None) for row in _rows(block))
    return "\n".join(lines)


def _furniture(d: Any) -> str:
    """The text of every header and footer the document holds (first page, odd and even pages, every section): where
    a template prints the paper's protective marking."""
    from docx.opc.constants import CONTENT_TYPE as CT
    out = [_cell_text(part.element, Numbering()) for part in d.part.package.iter_parts()
           if part.content_type in (CT.WML_HEADER, CT.WML_FOOTER) and hasattr(part, "element")]
    return "\n".join(line for block in out for line in block.split("\n") if line.strip())
