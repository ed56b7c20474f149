"""Tables printed as rows of cells ended by bars, without a leading bar, as web pages transcribed to text
print them ("Territorial Policing | 1,400,721 | 1,428,551 |"): a header whose cells may wrap one to a line
("Forecast outturn (£000) |"), a rule of dashes and bars, then the rows. The readers find tables whose rows
open with a bar; these they leave."""

from __future__ import annotations

import re

from concord.ingest.document import Cell, Document, Table

_ROW = re.compile(r"^(?![ \t]*\|)[^\n|]*\S[^\n|]*\|(?:[^\n|]*\|)*[ \t]*$")
# under a rule of dashes, cells between bars with no bar at either end ("Estates | 3,400 | (300)"), as Markdown
# writes a table without its outer bars
_INNER = re.compile(r"^(?![ \t]*\|)[^\n|]*\S[^\n|]*(?:\|[^\n|]*)+\S[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?::?-{2,}:?[ \t]*\|[ \t]*)+(?::?-{2,}:?)?[ \t]*$")


def bar_tables(doc: Document) -> list[Table]:
    text = doc.text
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Table] = []
    k = 0
    while k < len(lines):
        if not _RULE.match(lines[k][1]):
            ruleless = _ruleless(doc, lines, k) or _inner_ruleless(doc, lines, k)
            if ruleless:
                table, k = ruleless
                out.append(table)
            else:
                k += 1
            continue
        # the header: the bar-ended lines just above the rule, their cells read in order
        h = k
        while h > 0 and _ROW.match(lines[h - 1][1]):
            h -= 1
        row = _ROW
        if h == k and k > 0 and _INNER.match(lines[k - 1][1]) and "|" not in lines[k][1].strip()[-1:]:
            row, h = _INNER, k - 1  # no outer bars: the header is the one line above the rule
        header = [c for _, s in lines[h:k] for c in _cells(s)]
        rows = []
        j = k + 1
        while j < len(lines) and row.match(lines[j][1]) and not _RULE.match(lines[j][1]):
            rows.append(_cells(lines[j][1]))
            j += 1
        if header and len(header) >= 2 and len(rows) >= 2:
            page = doc.locate(lines[h][0]).page
            grid = [[Cell(c, page) for c in header]] + [[Cell(c, page) for c in r] for r in rows]
            out.append(Table(grid, page, title=_caption(lines, h), offset=lines[h][0] - doc.page_offset(page),
                             method="pipes"))
        k = j
    return out


_FIGURE = re.compile(r"^\(?-?£?\d[\d,]*(?:\.\d+)?%?\)?$")


def _ruleless(doc: Document, lines: list[tuple[int, str]], k: int) -> tuple[Table, int] | None:
    """A header of bar-ended cells with no figures, then two or more bar-ended rows with figures, and no rule
    between them ("Variance £m | |" over "Funding | (288.5) | (291.2) | (2.7) |"): the table and the line after
    it. A header one cell short of its rows, ended by an empty cell, heads the figures: the labels have none."""
    if k and _ROW.match(lines[k - 1][1]) or not _ROW.match(lines[k][1]):
        return None
    header = _cells(lines[k][1])
    if any(_FIGURE.match(c) for c in header) or sum(1 for c in header if c) < 2:
        return None
    rows = []
    j = k + 1
    while j < len(lines) and _ROW.match(lines[j][1]) and not _RULE.match(lines[j][1]):
        row = _cells(lines[j][1])
        if not any(_FIGURE.match(c) for c in row[1:]):
            break
        rows.append(row)
        j += 1
    if len(rows) < 2:
        return None
    if not header[-1] and header[0] and rows[0][0] and not _FIGURE.match(rows[0][0]):
        header = [""] + header[:-1]
    page = doc.locate(lines[k][0]).page
    grid = [[Cell(c, page) for c in header]] + [[Cell(c, page) for c in r] for r in rows]
    return Table(grid, page, title=_caption(lines, k), offset=lines[k][0] - doc.page_offset(page),
                 method="pipes"), j


def _inner_ruleless(doc: Document, lines: list[tuple[int, str]], k: int) -> tuple[Table, int] | None:
    """Cells between bars with no bar at either end and no rule ("Expenditure type | Budget £000 | Actual £000" over
    "Employees | 66,400 | 66,100"): a header of three cells or more with no figures, then two or more rows of as
    many cells, each with a figure after its label."""
    if k and _INNER.match(lines[k - 1][1]) or not _INNER.match(lines[k][1]):
        return None
    header = [c.strip() for c in lines[k][1].split("|")]
    if len(header) < 3 or any(_FIGURE.match(c) for c in header) or not all(header[1:]):
        return None
    rows = []
    j = k + 1
    while j < len(lines) and _INNER.match(lines[j][1]):
        row = [c.strip() for c in lines[j][1].split("|")]
        if len(row) != len(header) or not any(_FIGURE.match(c) for c in row[1:]):
            break
        rows.append(row)
        j += 1
    if len(rows) < 2:
        return None
    page = doc.locate(lines[k][0]).page
    grid = [[Cell(c, page) for c in header]] + [[Cell(c, page) for c in r] for r in rows]
    return Table(grid, page, title=_caption(lines, k), offset=lines[k][0] - doc.page_offset(page),
                 method="pipes"), j


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.rstrip().rstrip("|").split("|")]


def _caption(lines: list[tuple[int, str]], h: int) -> str | None:
    for p, s in reversed(lines[max(0, h - 3):h]):
        s = s.strip()
        if s:
            lead_in = s.endswith(":") and ("," in s or len(s.split()) >= 12)  # "..., against this the outturn is:"
            return s if len(s) <= 160 and not s.endswith(".") and not lead_in else None
    return None
