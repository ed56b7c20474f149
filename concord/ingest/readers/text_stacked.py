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
# a row's label: words, or a year or financial year before them ("2023/24 Budget")
_LABEL = re.compile(r"^(?:[A-Za-z]|(?:19|20)\d\d(?:/\d\d)?[ \t]+[A-Za-z])[^\t|]{1,99}$")
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


_MAX_COLUMNS = 8
_GRID_FIGURE = re.compile(_FIGURE.pattern + r"|^[-–—]$")  # a dash for nil, in a grid's figure cells
_SHORT = 60


def stacked_grids(text: str, page: int) -> list[Table]:
    """Tables of several figure columns printed one cell a line: the column heads a line each (a unit of money on
    the caption's line, on a line of its own or in the heads), then each row's label and its figures a line each::

        Summary of revenue outturn (£m)
        Budget Area
        Budget
        Outturn
        Variance
        Employees
        98.4
        97.1
        -1.3

    The first row fixes how many figures a row has (two or more); the lines between the unit and that row's label
    are the heads: as many as the figures (the columns), or one more (the labels' own head). A run is taken only
    with three rows or more, each with as many figures as the first."""
    raw = text.split("\n")
    starts = line_starts(raw)
    kept = [(starts[j], squash(x)) for j, x in enumerate(raw) if squash(x)]  # blank lines between cells dropped
    lines = [x for _, x in kept]
    offsets = [o for o, _ in kept]
    out: list[Table] = []
    i = 0
    while i < len(lines):
        grid = _grid_at(lines, i) if "£" in lines[i] and _unit_in().search(lines[i]) else None
        if not grid:
            i += 1
            continue
        title, heads, rows, end = grid
        n = len(rows[0][0]) - 1
        header = [Cell(heads[0] if len(heads) > n else "", page)] + [Cell(h, page) for h in heads[-n:]]
        cells = [[Cell(r[0], page, span=Span(page, offsets[at], offsets[at] + len(r[0])))] +
                 [Cell(v, page) for v in r[1:]] for r, at in rows]
        out.append(Table([header] + cells, page, title=title, offset=offsets[i], method="stacked"))
        i = end
    return out


def _grid_at(lines: list[str], i: int):
    """(title, heads, [(row, line of its label)], the line after the table) for a grid whose unit is on line i."""
    if len(lines[i]) > 120 or lines[i].endswith((".", ",")):
        return None
    k = i
    while k < len(lines) and k - i <= _MAX_COLUMNS + 2 and lines[k] and not _GRID_FIGURE.match(lines[k]) and \
            len(lines[k]) <= (120 if k == i else _SHORT) and not lines[k].endswith((".", ",", ":")):
        k += 1
    if k - i < 3 or k >= len(lines) or not _GRID_FIGURE.match(lines[k]):
        return None
    first_label = k - 1
    n = 0
    while k + n < len(lines) and _GRID_FIGURE.match(lines[k + n]):
        n += 1
    heads = lines[i:first_label]
    unit_only = bool(_unit().fullmatch(lines[i]))
    lead = heads[1:] if unit_only else heads  # the unit on a line of its own heads nothing
    if n < 2 or n > _MAX_COLUMNS or len(lead) < n:
        return None
    extra = len(lead) - n
    if extra > 2:
        return None
    title = lead[0] if extra == 2 or extra == 1 and not unit_only and lead[0] == lines[i] and \
        _unit_in().search(lead[0]) and _unit_in().sub("", lead[0]).strip(" ()") else None
    if title is not None:
        lead = lead[1:]
    rows: list[tuple[list[str], int]] = []
    k = first_label
    while k + n < len(lines) and _LABEL.match(lines[k]) and not lines[k].endswith((".", ":", ",")) and \
            all(_GRID_FIGURE.match(lines[k + 1 + j]) for j in range(n)) and \
            (k + n + 1 >= len(lines) or not _GRID_FIGURE.match(lines[k + n + 1])):
        rows.append(([lines[k]] + lines[k + 1:k + 1 + n], k))
        k += n + 1
    if len(rows) < _MIN_ROWS:
        return None
    if title is None and extra == 0 and not unit_only:
        # the unit in the first column's head ("Budget £000"): above it the labels' own head ("Scheme"), a caption
        above = [x for x in lines[max(0, i - 2):i] if len(x) <= 120 and not x.endswith((".", ":", ","))]
        if above and not _CAPTIONISH.match(above[-1]) and len(above[-1].split()) <= 3:
            lead = [above.pop()] + lead  # the labels' own head
        title = above[-1] if above else None
    return title, lead, rows, k


# a table's caption rather than the head of its labels' column: "Table 3: …", "Summary of …", four words or more
_CAPTIONISH = re.compile(r"(?i)^(?:table|figure|appendix|annex|summary)\b|^(?:\S+\s+){3,}\S")


@lru_cache(maxsize=1)
def _unit_in() -> re.Pattern[str]:
    """A unit of money anywhere in a line: "Summary of revenue outturn (£m)", "Budget £000"."""
    units = sorted({u for k in ("thousands", "millions") for u in vocab.phrases("table", k) if "£" in u},
                   key=len, reverse=True)
    alts = "|".join(re.escape(u).replace(r"\ ", "[ ]?") for u in units)
    return re.compile(rf"(?:{alts})(?![\w'])")


def _caption(lines: list[str], i: int) -> str | None:
    """The heading just above a unit printed on a line of its own: a short line that is no sentence."""
    above = squash(lines[i - 1]) if i else ""
    return above if above and len(above) <= 120 and not above.endswith((".", ":", ",")) else None
