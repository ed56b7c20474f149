"""Papers whose every line stands in a paragraph of its own (a web page copied with each line in its own ``<p>``, a
Word document saved as text with space after each paragraph, a converter that doubles line breaks): a blank line
between every two lines, so a label and its value, a table's rows or a list's names are never adjacent. Such a
page is set back to single spacing: each gap between two lines loses one line break. Each break taken out becomes a
space at the end of the line before it, so every offset stays where it was."""

from __future__ import annotations

import re

# a gap between two lines: the line break ending the first, any blank lines, up to the break before the second
_GAP = re.compile(r"(?<=\S)[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*\S)")
LEAST_GAPS = 8  # fewer gaps than this say nothing about how a page is spaced
MOST_SINGLE = 0.05  # a page with more of its gaps single line breaks than this is single spaced already


def double_spaced(text: str, most_single: float = MOST_SINGLE) -> bool:
    """Whether (almost) no two lines of the text are adjacent: at most ``most_single`` of its gaps between lines are
    a single line break, over ``LEAST_GAPS`` gaps or more."""
    gaps = [m.group(0).count("\n") for m in _GAP.finditer(text)]
    return len(gaps) >= LEAST_GAPS and sum(1 for k in gaps if k == 1) <= most_single * len(gaps)


def single_spaced(text: str, most_single: float = MOST_SINGLE) -> str:
    """The text with one line break fewer in each gap between two lines, when it is double spaced; else as it was.
    Same length: the breaks taken out become spaces at the end of the line before."""
    return respaced(text) if double_spaced(text, most_single) else text


def respaced(text: str) -> str:
    """The text with one line break fewer in each gap between two lines, however it is spaced (same length)."""

    def fewer(m: re.Match[str]) -> str:
        gap = m.group(0)
        breaks = max(1, gap.count("\n") - 1)
        return " " * (len(gap) - breaks) + "\n" * breaks
    return _GAP.sub(fewer, text)
