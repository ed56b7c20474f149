"""A form's labels with one space before their values, read as labels where they stand in a block.

A form of two columns, a label cell and a value cell, copied from a PDF or a web page often loses the gap between
its cells: "Title Sale of the former police station", "Decided by Police and Crime Commissioner", "Summary The
Commissioner agreed ...". One such line is as likely a sentence that opens with the word as a label. Three or more
lines in a row, with no blank line between them, each opening with one of the genre's labels, and one of them a label
as printed with its colon or gap, are the form's rows: each of them is a label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from concord.ingest.vocab import LabelPattern, label_group

#: the fewest lines in a row that make a block of labels
LEAST = 3
_LINE = re.compile(r"(?m)^[^\n]*")


def _tail(m: re.Match[str]) -> str:
    """What stands between the label and its value."""
    key = label_group(m)
    return m.string[m.end(key):m.end()]


def with_blocks(text: str, pos: int, endpos: int, found: list[re.Match[str]], loose: LabelPattern,
                kept: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """``found`` (the labels as printed, in order), and the matches of ``loose`` (every label, its value after one
    space) that ``kept`` keeps, on the lines of a block of labels; in order of their places."""
    at = {m.start(): m for m in found}
    rows: list[tuple[re.Match[str] | None, bool]] = []  # each line's label, and whether it is printed as one
    extra: list[re.Match[str]] = []

    def close() -> None:
        if len(rows) >= LEAST and any(printed for _, printed in rows):
            extra.extend(m for m, printed in rows if m is not None and not printed)
        rows.clear()

    for line in _LINE.finditer(text, pos, endpos):
        s, e = line.span()
        if not line.group(0).strip():
            close()
            continue
        if s in at:
            rows.append((at[s], True))
            continue
        m = loose.match(text, s, endpos)
        # the value on the label's own line, after one space, as a form's cell prints it
        if m and m.end() < e and _tail(m) == " " and kept(m):
            rows.append((m, False))
        else:
            close()
    close()
    yield from sorted([*found, *extra], key=lambda m: m.start())
