"""Tables printed one row a line with single spaces between the cells, as web pages and PDF converters give
them once the cell borders are gone: ``Territorial Policing 1,407,388 1,432,225 24,837 1.8%``.

Two or more lines in a row that each end in the same number (two or more) of figures are the rows; the label
is what stands before the figures. The column headings are the short lines just above the rows, where a line
that is only a unit (``(£000)``, ``(%)``) belongs to the heading above it; the heading of the label column
(``Business Group``) is what stands before the first column's own words. A run with no money cue in its headings
(``£``, budget, variance...) is not taken: rows of figures in prose are no table.
"""

from __future__ import annotations

import re

from concord.ingest.document import Cell, Span, Table
from concord.ingest.textutil import squash, unmark

_FIG = r"\(?[-–−]?£?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?\*?|\(?[-–−]?£?\d+(?:\.\d+)?\)?%?\*?"
_ROW = re.compile(rf"^(?P<label>[A-Za-z][^\t|]*?[A-Za-z).:])(?P<figs>(?:[ ]+(?:{_FIG}))+)[ ]*$")
_UNIT_ONLY = re.compile(r"^\(?\s*(?:£\s?['’]?(?:000s?|k|m|bn)|%|£)\s*\)?$", re.I)
_MONEY = re.compile(r"(?i)£|budget|actual|variance|forecast|outturn|spend|cost|income|expenditure")
# where a column's own words start in the heading line that also carries the label column's heading
_COLUMN_START = re.compile(r"(?i)\b(?:full[- ]year|annual|revised|original|approved|latest|current|ytd|year[- ]to[- ]date|"
                           r"forecast|actual|variance|budget|outturn|projected|spend|expenditure)\b")
_MAX_HEAD_LINES = 12
_MAX_ROW = 300  # a table's row is a short line; a paper run onto one line is none


def spaced_row_tables(text: str, page: int, taken: set[int]) -> list[Table]:
    """The single-space tables of a page's text; ``taken`` holds the numbers of lines already in a table."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    out: list[Table] = []
    i = 0
    while i < len(lines):
        n = _figures(lines[i]) if i not in taken else 0
        if n < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and j not in taken and _figures(lines[j]) == n:
            j += 1
        if j - i >= 2:
            table = _table(lines, offsets, i, j, n, page)
            if table:
                out.append(table)
        i = max(j, i + 1)
    return out


def _figures(line: str) -> int:
    if len(line) > _MAX_ROW or "  " in line.strip() or "\t" in line or "|" in line:
        return 0
    if not line.rstrip(" *%)")[-1:].isdigit():
        return 0  # a row ends in a figure
    m = _ROW.match(line.strip())
    return len(m.group("figs").split()) if m else 0


def _table(lines: list[str], offsets: list[int], i: int, j: int, n: int, page: int) -> Table | None:
    heads: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= _MAX_HEAD_LINES and len(heads) < n + 1:
        line = squash(unmark(lines[k]))
        if not line:
            break
        if _UNIT_ONLY.match(line) and heads is not None:
            heads.insert(0, line)
        elif heads and _UNIT_ONLY.match(heads[0]):
            heads[0] = line + " " + heads[0]
        else:
            heads.insert(0, line)
        k -= 1
    heads = [h for h in heads if not _UNIT_ONLY.match(h)]
    if not heads or not _MONEY.search(" ".join(heads)) or len(heads) not in (n, n + 1):
        return None
    label_head = ""
    if len(heads) == n + 1:
        label_head, heads = heads[0], heads[1:]
    else:
        m = _COLUMN_START.search(heads[0])
        if m and m.start():
            label_head, heads[0] = heads[0][:m.start()].strip(), heads[0][m.start():]
    start = k + 1
    header = [Cell(label_head, page)] + [Cell(h, page) for h in heads]
    rows = [header]
    for r in range(i, j):
        m = _ROW.match(lines[r].strip())
        assert m
        lead = len(lines[r]) - len(lines[r].lstrip())
        at = offsets[r] + lead
        cells = [Cell(squash(m.group("label")), page, span=Span(page, at, at + m.end("label")))]
        cells += [Cell(f, page) for f in m.group("figs").split()]
        rows.append(cells)
    title = _title(lines, start)
    return Table(rows, page, title=title, offset=offsets[start], method="spaces")


def _title(lines: list[str], start: int) -> str | None:
    for k in range(start - 1, max(start - 4, -1), -1):
        line = squash(unmark(lines[k]))
        if line:
            return line[:200]
    return None
