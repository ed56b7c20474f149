"""What on a decision listing's line looks like a reference and is none: an agenda's page range ("[36 - 103]") and a
budget table's run of figures ("Police staff pay 241 246 5"). Used by ``decision_index``."""

from __future__ import annotations

import re

# an agenda's page range ("[36 - 103]", "(Pages 5 - 18)", "pp. 12-20", "Risk register 104 - 120" at a line's end):
# neither end of it is a decision's reference
_PAGE_RANGE = re.compile(r"(?i)[\[(][ \t]*(?:pages?|pp?\.?)?[ \t]*(?P<a>\d{1,4})[ \t]*[-–][ \t]*(?P<b>\d{1,4})[ \t]*[\])]|"
                         r"\b(?:pages?|pp?\.)[ \t]*(?P<c>\d{1,4})[ \t]*[-–][ \t]*(?P<d>\d{1,4})\b|"
                         r"(?<![\w/-])(?P<e>\d{1,4})[ \t]+[-–][ \t]+(?P<f>\d{1,4})[ \t]*$")


# a budget table's row: a label, then a run of three or more figure cells to the line's end ("Police staff pay
# 241 246 5", "Overtime 2,300 2,180 (120)", "| Pay | 612 | - | (3) |"); a figure in that run is a column's amount, no
# decision's reference. A listing's line keeps its subject after the reference, or at most a year or a sum beside it
_FIGURE = r"(?:\(\s*-?£?\d[\d,]*(?:\.\d+)?\s*\)|-?£?\d[\d,]*(?:\.\d+)?%?)"
_FIGURE_RUN = re.compile(rf"(?<![^\s|]){_FIGURE}(?:[\s|]+(?:[-–—][\s|]+)*{_FIGURE})+[\s|]*$")


def in_figure_run(text: str, m: re.Match[str]) -> bool:
    run = _FIGURE_RUN.search(text)
    return bool(run and run.start() <= m.start() and len(re.findall(_FIGURE, run.group(0))) >= 3)


def page_ranges(text: str) -> list[tuple[int, int]]:
    """Where a line prints page ranges: the first page before the last, no leading zero, the last no year."""
    out = []
    for m in _PAGE_RANGE.finditer(text):
        a, b = (g for g in m.groups() if g is not None)
        if int(a) < int(b) and not a.startswith("0") and not re.fullmatch(r"(?:19|20)\d\d", b):
            out.append((m.start(), m.end()))
    return out
