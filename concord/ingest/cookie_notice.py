"""A saved web page's cookie notice over the paper ("This site uses cookies", "We use some essential cookies to make
our website work ...", "Accept cookies Reject analytical cookies Manage cookies"). A council's or commissioner's site
prints it first, so a paper's heading stands below a block of the site's text and is no longer the page's first line;
the reader skips it, and so do the extractors: the block is blanked, each of its characters a space but its line
breaks, so every offset stays where it was.

The block starts at a line that speaks of cookies among the page's first lines, and runs on to the last such line
that follows with at most two short lines between (a setting's name, "Google Analytics"). A line longer than a
notice's paragraph is a page run onto one line, the paper in it, and is never blanked. Nothing else is touched.
"""

from __future__ import annotations

import re

_COOKIE = re.compile(r"(?i)\bcookies?\b")
_HEAD_LINES = 8  # the notice starts among the page's first non-blank lines
_GAP = 2  # short lines between two of its lines (a setting's name)
_SHORT = 40
_LONGEST = 400  # a notice's paragraph is shorter: a longer line is a page run onto one line, the paper in it


def uncookied(text: str) -> str:
    """The text with a cookie notice at its head blanked, offsets kept."""
    head = text[:6000]
    if not _COOKIE.search(head):
        return text
    lines = head.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    first = next((n for n, k in enumerate(filled[:_HEAD_LINES]) if _COOKIE.search(lines[k])), None)
    if first is None or len(lines[filled[first]]) > _LONGEST:
        return text
    last, gap = first, 0
    for n in range(first + 1, len(filled)):
        line = lines[filled[n]].strip()
        if len(line) > _LONGEST:
            break
        if _COOKIE.search(line):
            last, gap = n, 0
        elif len(line) <= _SHORT and gap < _GAP:
            gap += 1
        else:
            break
    a, b = starts[filled[first]], starts[filled[last]] + len(lines[filled[last]])
    return text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
