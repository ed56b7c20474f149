"""DOCX with python-docx: paragraphs and tables in document order."""

from __future__ import annotations

from pathlib import Path

from concord.ingest.document import Cell, Page, Span, Table, make_blocks
from concord.ingest.errors import IngestError
from concord.ingest.textutil import squash


def read_docx(path: Path) -> list[Page]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        d = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise IngestError(path.name, f"corrupt DOCX ({e})") from None
    except Exception as e:  # lxml errors, zip errors
        raise IngestError(path.name, f"corrupt DOCX ({type(e).__name__}: {e})") from None
    parts: list[str] = []
    tables: list[Table] = []
    pos = 0
    last_text = None
    body = d.element.body
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, d)
            text = para.text
            para_style = para.style if child.pPr is not None else None
            style = (para_style.name or "") if para_style is not None else ""
            if "\f" in text:
                text = text.replace("\f", "\n")
            parts.append(text + "\n")
            pos += len(text) + 1
            if text.strip():
                last_text = text.strip()
            if style.startswith("Heading") and text.strip():
                parts[-1] = text + "\n"
        elif tag == "tbl":
            t = DTable(child, d)
            start = pos
            rows: list[list[Cell]] = []
            for r in t.rows:
                cells, seen = [], set()
                line_parts = []
                for c in r.cells:
                    if id(c._tc) in seen:  # merged cells repeat; keep one
                        cells.append(Cell("", 1))
                        line_parts.append("")
                        continue
                    seen.add(id(c._tc))
                    txt = squash(c.text)
                    line_parts.append(txt)
                    cells.append(Cell(txt, 1))
                line = "\t".join(line_parts)
                for k, cell in enumerate(cells):
                    off = pos + sum(len(x) + 1 for x in line_parts[:k])
                    cell.span = Span(1, off, off + len(line_parts[k]))
                parts.append(line + "\n")
                pos += len(line) + 1
                rows.append(cells)
            parts.append("\n")
            pos += 1
            if rows:
                tables.append(Table(rows, 1, title=(last_text or "")[:200] or None, offset=start,
                                    method="docx"))
    page = Page(1, "".join(parts), tables=tables)
    make_blocks(page)
    return [page]
