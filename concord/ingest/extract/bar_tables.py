"""Tables printed as rows of cells ended by bars, without a leading bar, as web pages transcribed to text
print them ("Territorial Policing | 1,400,721 | 1,428,551 |"): a header whose cells may wrap one to a line
("Forecast outturn (£000) |"), a rule of dashes and bars, then the rows. The readers find tables whose rows
open with a bar; these they leave."""

from __future__ import annotations

import re

from concord.ingest.document import Cell, Document, Table

_ROW = re.compile(r"^(?![ \t]*\|)[^\n|]*\S[^\n|]*\|(?:[^\n|]*\|)*[ \t]*$")
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
            k += 1
            continue
        # the header: the bar-ended lines just above the rule, their cells read in order
        h = k
        while h > 0 and _ROW.match(lines[h - 1][1]):
            h -= 1
        header = [c for _, s in lines[h:k] for c in _cells(s)]
        rows = []
        j = k + 1
        while j < len(lines) and _ROW.match(lines[j][1]):
            rows.append(_cells(lines[j][1]))
            j += 1
        if header and len(header) >= 2 and len(rows) >= 2:
            page = doc.locate(lines[h][0]).page
            grid = [[Cell(c, page) for c in header]] + [[Cell(c, page) for c in r] for r in rows]
            out.append(Table(grid, page, title=_caption(lines, h), offset=lines[h][0] - doc.page_offset(page),
                             method="pipes"))
        k = j
    return out


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.rstrip().rstrip("|").split("|")]


def _caption(lines: list[tuple[int, str]], h: int) -> str | None:
    for p, s in reversed(lines[max(0, h - 3):h]):
        s = s.strip()
        if s:
            return s if len(s) <= 160 and not s.endswith(".") else None
    return None
