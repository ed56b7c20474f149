"""Tables printed one cell a line, as PDF converters give a two-column table once its borders are gone: a row's
label on one line, its figure on the next, label and figure again, down to the total::

    £000s Body Armour Reserve
    160
    Helicopter maintenance
    100
    Total
    260

The unit heads the figures' column (``£000``, ``£m``): on a line of its own just above the first label, or at the
start of the first label's line, where the converter ran the heading into it (with a page's marking before it). A
run is taken only under such a unit and only with three rows or more: a label and a number a line each is also how
an agenda prints its page numbers. The unit words are the table vocabulary's (data/labels.toml, ``[table]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.document import Cell, Span, Table
from concord.ingest.textutil import line_starts, squash

_FIGURE = re.compile(r"^\(?[-–−]?£?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$|^\(?[-–−]?£?\d+(?:\.\d+)?\)?$")
_LABEL = re.compile(r"^[A-Za-z][^\t|]{1,99}$")
_MIN_ROWS = 3


@lru_cache(maxsize=1)
def _unit() -> re.Pattern[str]:
    """A unit of money as a column's heading: alone on its line, or opening the first row's label after a space."""
    units = sorted({u for k in ("thousands", "millions") for u in vocab.phrases("table", k) if "£" in u},
                   key=len, reverse=True)
    alts = "|".join(re.escape(u).replace(r"\ ", "[ ]?") for u in units)
    return re.compile(rf"(?:^|(?<=[ ]))(?P<unit>{alts})(?:[ ]+(?=[A-Z])|[ ]*$)")


def stacked_tables(text: str, page: int) -> list[Table]:
    lines = text.split("\n")
    offsets = line_starts(lines)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        m = _unit().search(lines[i]) if "£" in lines[i] else None
        if not m:
            i += 1
            continue
        rest = lines[i][m.end():].strip()
        first = i if rest else i + 1  # the first label: after the unit on its line, or the next line
        rows: list[list[Cell]] = []
        k = first
        while k + 1 < len(lines):
            label = rest if k == i else squash(lines[k])
            figure = squash(lines[k + 1])
            if not _LABEL.match(label) or label.endswith((".", ":", ",")) or not _FIGURE.match(figure):
                break
            at = offsets[k] + (lines[k].find(label) if k != i else m.end() + lines[i][m.end():].find(rest))
            rows.append([Cell(label, page, span=Span(page, at, at + len(label))), Cell(figure, page)])
            k += 2
        if len(rows) >= _MIN_ROWS:
            title = None if rest else _caption(lines, i)
            header = [Cell("", page), Cell(m.group("unit"), page)]
            out.append(Table([header] + rows, page, title=title, offset=offsets[i], method="stacked"))
            i = k
            continue
        i += 1
    return out


def _caption(lines: list[str], i: int) -> str | None:
    """The heading just above a unit printed on a line of its own: a short line that is no sentence."""
    above = squash(lines[i - 1]) if i else ""
    return above if above and len(above) <= 120 and not above.endswith((".", ":", ",")) else None
