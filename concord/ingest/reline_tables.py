"""Where the rows of a bar table run onto one flattened line begin, for ``reline``: a table a web page printed with
bars, its head over a rule of dashes, or with no rule where every row is as many cells and opens with a reference.
Offsets into the text as given; ``reline`` puts a line break before each."""

from __future__ import annotations

import re

# a table a web page printed with bars, its head over a rule ("Name | Role | ---|---| CC Tim Smith (Chair) | Chief
# Constable | A/DCC ..."), run onto one line
_BAR_HEAD = re.compile(r"(?<=[ ])(?P<head>(?:[A-Z][^|\n]{0,40}?[ ]?\|[ ]){2,8})(?P<rule>(?::?-{3,}:?[ ]?\|){2,8})[ ]")


def table_rows(text: str, a: int, b: int) -> list[int]:
    """Where a bar table's head, its rule and each of its rows begin on a flattened line: a row is as many cells as
    the head has, each ended by its bar; the table ends at the first stretch of words with no bar within reach."""
    out: list[int] = []
    for m in _BAR_HEAD.finditer(text, a, b):
        cells = m.group("head").count("|")
        if m.group("rule").count("|") != cells:
            continue
        heads = [c.strip() for c in m.group("head").split("|")[:-1]]
        # (the head's first cell as long as its longest other cell: "... via Microsoft Teams Name | Role |" heads
        # its table with "Name")
        width = max(len(c.split()) for c in heads[1:])
        first = m.group("head").split("|")[0].rstrip()
        start = m.start() + len(first) - len(" ".join(first.split()[-width:]))
        out += [start, m.start("rule"), m.end()]
        pos, seen = m.end(), 0
        while pos < b:
            bar = text.find("|", pos, min(b, pos + _CELL_REACH))
            if bar < 0:
                break
            seen, pos = seen + 1, bar + 1
            if seen % cells == 0 and pos < b and text[pos] == " ":
                out.append(pos + 1)  # (the next row starts after the space that follows the row's last bar)
    return out


_CELL_REACH = 200  # the longest cell of a bar table
# a row's first cell that keys it: a reference, a number or a date ("2013/041", "PCC 12/2019", "14.03.2019")
_KEY_CELL = re.compile(r"(?:[A-Z]{1,6}[ /.-]?)?\d[\w/.-]{0,18}")


def keyed_rows(text: str, a: int, b: int) -> list[int]:
    """Where each row of a bar table with no rule under its head begins on a flattened line ("Reference number |
    Originator | Summary | ... | 2013/041 | Ann Able | ... | 2013/040 | ..."): the head's cells are short words, and
    every row is as many cells, each row's first a reference or a number; three rows or more."""
    bars = [m.start() for m in re.finditer(r"\|", text[a:b])]
    starts = [0] + [p + 1 for p in bars]  # each cell's start (the text after a bar), relative to ``a``
    cells = [text[a + x:a + y].strip() for x, y in zip(starts, bars)]
    for width in range(2, 9):
        heads, keys = cells[:width], cells[width::width]
        if len(keys) < 3 or any(len(h) > 40 or not h or _KEY_CELL.fullmatch(h) for h in heads) or \
                not all(_KEY_CELL.fullmatch(k) for k in keys):
            continue
        return [a + starts[k] + len(text[a + starts[k]:]) - len(text[a + starts[k]:].lstrip())
                for k in range(width, len(cells), width)]
    return []
