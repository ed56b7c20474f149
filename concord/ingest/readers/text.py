"""Plain text and Markdown in any common encoding; tables found in the text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from concord.ingest.cue_patterns import BULLET_MARKS
from concord.ingest.document import Cell, Page, Span, Table, make_blocks, plain_letters
from concord.ingest.errors import IngestError
from concord.ingest.spacing import single_spaced
from concord.ingest.readers.text_rows import glued_row_tables, spaced_row_tables
from concord.ingest.readers.text_stacked import stacked_grids, stacked_tables
from concord.ingest.page_furniture import unpaged
from concord.ingest.readers.text_wrap import bullets_joined, unwrapped
from concord.ingest.textutil import line_starts, squash, unmark

_TAB_ROW = re.compile(r"^[^\t\n]*\t.*$", re.M)
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_GAP = re.compile(r"\S(?:\S| (?! ))*")  # cells separated by two or more spaces
_NUM = re.compile(r"^[£$]?\(?-?[£$]?\d[\d,]*(?:\.\d+)?[km%]?\)?$|^-$")
_UNIT = re.compile(r"(?i)^\(?£[ ]?['’]?(?:000s?|k|m|bn)\)?$")  # a column's unit under its head ("£000", "£'000", "£m")


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs, UTF-16 without BOM, UTF-8, else charset-normalizer's best guess."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="replace"), name)
    sample = data[:4096]
    if len(sample) >= 4:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        if odd > 0.3 * half and even < 0.05 * half:
            return _checked(data.decode("utf-16-le", errors="replace"), name)
        if even > 0.3 * half and odd < 0.05 * half:
            return _checked(data.decode("utf-16-be", errors="replace"), name)
    if b"\x00" in sample:
        raise IngestError(name, "binary data, not text (NUL bytes); unknown or corrupt format")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    try:  # UK papers not in UTF-8 are almost always Windows-1252
        return _checked(data.decode("cp1252"), name)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    enc = best.encoding if best is not None else "cp1252"
    if enc in ("ascii", "utf_8"):
        enc = "cp1252"
    return _checked(data.decode(enc, errors="replace"), name)


def _checked(text: str, name: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise IngestError(name, "no text in the file (only white space)")
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if bad > 0.05 * len(sample):
        raise IngestError(name, "binary junk: the bytes do not decode as text in any common encoding")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def relaid(number: int, text: str, tables: list[Table] | None = None) -> Page:
    """A page of text set back as its paper printed it: single spaced when every line stood in a paragraph of its own,
    its lines wrapped at a width joined, a bulleted entry that went on over the next line joined; every offset stays
    where it was, so ``tables`` read from the text as it came keep their places."""
    spaced = single_spaced(text)
    one_line = unwrapped(spaced)
    joined = bullets_joined(one_line)
    page = Page(number, joined, tables=tables or [], respaced=spaced is not text, unwrapped=one_line is not spaced,
                bullets_joined=joined is not one_line)
    make_blocks(page)
    return page


def text_pages(text: str) -> list[Page]:
    """One page per form feed; tables found in each page's text."""
    pages = []
    for i, chunk in enumerate(text.split("\f"), start=1):
        chunk = plain_letters(chunk)  # (a ligature copied from a PDF, "Ofﬁcers", its letters)
        page = relaid(i, chunk)
        joined = page.text
        page.tables = find_text_tables(unpaged(joined), i)  # a table goes on over a page's number and marking
        pages.append(page)
    return pages


def _title_before(text: str, start: int) -> str | None:
    before = text[:start].rstrip().rsplit("\n", 3)
    for line in reversed(before[-3:]):
        line = line.strip()
        if line:
            if "\t" in line or line.startswith("|") or line.endswith((":", ";")) and len(line) > 60:
                return None  # a row of another table, or a sentence leading into the table ("..., against this
                # the forecast outturn is £287.2m:"): no caption (a sentence giving the unit is read for it)
            return squash(unmark(line))[:200] or None
    return None


def _cells(line: str, pos: int, page: int, splitter) -> list[Cell]:
    out = []
    for s, e in splitter(line):
        out.append(Cell(squash(unmark(line[s:e])), page, span=Span(page, pos + s, pos + e)))
    return out


def _tab_split(line: str):
    pos = 0
    for part in line.split("\t"):
        yield pos, pos + len(part)
        pos += len(part) + 1


def _pipe_split(line: str):
    first = line.index("|")
    last = line.rindex("|")
    pos = first + 1
    for part in line[first + 1:last].split("|"):
        yield pos, pos + len(part)
        pos += len(part) + 1


def _gap_split(line: str):
    for m in _GAP.finditer(line):
        yield m.start(), m.end()


def find_text_tables(text: str, page: int) -> list[Table]:
    """Tab-separated, Markdown pipe, space-aligned, single-space (``readers.text_rows``) and one-cell-a-line
    (``readers.text_stacked``) tables in plain text."""
    tables: list[Table] = []
    lines = text.split("\n")
    i = 0
    offsets = line_starts(lines)
    while i < len(lines):
        line = lines[i]
        kind = ("tabs" if "\t" in line else "pipes" if _PIPE_ROW.match(line)
                else "gaps" if _is_gap_row(line) else None)
        if kind is None:
            i += 1
            continue
        j = i
        rows: list[list[Cell]] = []
        if kind == "gaps":
            start = i - 1 if i and _is_gap_header(lines[i - 1]) else i
            # a header on two or three lines ("Annual  Forecast" over "Budget  Outturn  Variance"; "Opening  Use
            # Closing" over "balance  balance" over "£'000  £'000  £'000")
            while i - start in (1, 2) and start and _is_gap_header(lines[start - 1], 2):
                start -= 1
            j = i
            while j < len(lines) and (j == i or _is_gap_row(lines[j])):
                j += 1
            rows = _aligned(lines[start:j], offsets[start:j], page)
            tables.append(Table(rows, page, title=_title_before(text, offsets[start]), offset=offsets[start],
                                method=kind))
            i = j
            continue
        while j < len(lines):
            ln = lines[j]
            if kind == "tabs" and "\t" in ln:
                rows.append(_cells(ln, offsets[j], page, _tab_split))
            elif kind == "pipes" and _PIPE_ROW.match(ln):
                if not _PIPE_RULE.match(ln):
                    rows.append(_cells(ln, offsets[j], page, _pipe_split))
            elif kind == "gaps" and _is_gap_row(ln):
                rows.append(_cells(ln, offsets[j], page, _gap_split))
            elif not ln.strip() and j + 1 < len(lines) and kind != "gaps" and (
                    ("\t" in lines[j + 1]) if kind == "tabs" else bool(_PIPE_ROW.match(lines[j + 1]))):
                pass  # a blank line inside the table
            else:
                break
            j += 1
        if kind == "tabs" and all(_listed(r) for r in rows):
            pass  # a numbered or bulleted list set with tabs ("4.1<tab>the capital expenditure of ..."): no table
        elif len(rows) >= 2 or (rows and kind != "gaps" and len(rows[0]) >= 2):
            tables.append(Table(rows, page, title=_title_before(text, offsets[i]),
                                offset=offsets[i], method=kind))
        i = max(j, i + 1)
    return tables + spaced_row_tables(text, page, set()) + glued_row_tables(text, page) + stacked_tables(text, page) + \
        stacked_grids(text, page)


# a list's mark before its entry's text: a paragraph number ("4.1", "12.", "(b)", "iv)") or a bullet
_LIST_MARK = re.compile(rf"^(?:\(?\d{{1,3}}(?:\.\d{{1,3}})*[.)]?|\(?[a-z]{{1,2}}[.)]|\(?[ivx]{{1,5}}[.)]|\([a-z]{{1,4}}\)|"
                        rf"[{BULLET_MARKS}*–-])$")


def _listed(row: list[Cell]) -> bool:
    """A list's entry set out with a tab: its mark, then its text in words (four or more), and nothing else."""
    cells = [c.text for c in row if c.text.strip()]
    return len(cells) == 2 and bool(_LIST_MARK.match(cells[0].strip())) and len(cells[1].split()) >= 4


def _is_gap_header(line: str, least: int = 3) -> bool:
    cells = [c.group(0) for c in _GAP.finditer(line)]
    return len(cells) >= least and not any(_NUM.match(c) and not _UNIT.match(c) for c in cells)


_NUMBER_CELL = re.compile(r"^\(?[-–−]?£?\d[\d,.]*\)?%?$")


def _aligned(lines: list[str], offsets: list[int], page: int) -> list[list[Cell]]:
    """Cells of a space-aligned table cut at the columns blank on every line (a gap of two or more),
    so an empty cell keeps its place; else each line cut at its own gaps. A heading over two or more columns
    ("Year to Date" over "Budget  Actual"), on the first of two heading lines, heads each column under it."""
    if len(lines) >= 4 and _is_gap_header(lines[1]):
        cols, merged = _columns(lines[1:]), _columns(lines)
        top = [(c.start(), c.end()) for c in _GAP.finditer(lines[0])]
        # the columns the top line's heading runs together, each headed by that heading
        within = [next(((ma, mb) for ma, mb in merged if ma <= ca and cb <= mb), (ca, cb)) for ca, cb in cols]
        over = [[(a, b) for a, b in top if max(a, ma) < min(b, mb)] for ma, mb in within]
        if len(cols) > len(merged) and all(len(o) <= 1 for o in over):

            def spans(line: str, first: bool):
                for (a, b), o in zip(cols, over):
                    if first:
                        yield o[0] if o else (a, a)
                    else:
                        yield a, min(b, len(line)) if a < len(line) else a
            return [_cells(ln, off, page, lambda x, f=(k == 0): spans(x, f))
                    for k, (ln, off) in enumerate(zip(lines, offsets))]
    cols = _columns(lines)
    head = [c.group(0) for c in _GAP.finditer(lines[0])]
    if len(lines) < 2 or len(cols) < max(len(head), 2):
        rows = [_cells(ln, off, page, _gap_split) for ln, off in zip(lines, offsets)]
        if len(rows) >= 3 and len(rows[0]) >= 2 and all(len(r) == len(rows[0]) + 1 for r in rows[1:]) and \
                not any(_NUMBER_CELL.match(c.text) for c in rows[0]):
            rows[0].insert(0, Cell("", page))  # heads over the figures only: the labels' column has none
        return rows

    def split(line: str):
        for a, b in cols:
            yield a, min(b, len(line)) if a < len(line) else a
    return [_cells(ln, off, page, split) for ln, off in zip(lines, offsets)]


def _columns(lines: list[str]) -> list[tuple[int, int]]:
    """The columns of space-aligned lines: runs of positions inked on some line, a single blank inside a run."""
    width = max(len(ln) for ln in lines)
    inked = [False] * width
    for ln in lines:
        for k, ch in enumerate(ln):
            if ch not in " \t":
                inked[k] = True
    cols: list[tuple[int, int]] = []
    k = 0
    while k < width:
        if not inked[k]:
            k += 1
            continue
        a = k
        while k < width and (inked[k] or (k + 1 < width and inked[k + 1] and k > a)):
            k += 1
        cols.append((a, k))
    return cols


def _is_gap_row(line: str) -> bool:
    if "  " not in line.strip():
        return False
    cells = [c.group(0) for c in _GAP.finditer(line)]
    return len(cells) >= 3 and sum(1 for c in cells if _NUM.match(c) and not _UNIT.match(c)) >= 2


def read_text(data: bytes, name: str) -> list[Page]:
    return text_pages(decode(data, name))
