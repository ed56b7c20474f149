"""A printed page's furniture between two pages' text: the page number ("Page 2 of 9", "2 of 9", "- 2 -") and the
protective marking, header or footer lines beside it, with the blank lines around them. A PDF converted to text prints
them wherever a page ended, in the middle of a list of attendees, an agenda or a table; the reader of the paper skips
them, and so do the extractors: the run of furniture is blanked, so the list goes on from the line before to the line
after it. Each character of the run becomes a space but its last, a line break, so every offset stays where it was.
The protective marking itself is read from the text as printed (``marking``), not from this."""

from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(r"(?i)^[ \t]*(?:page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?|\d{1,3}[ \t]+of[ \t]+\d{1,3}|"
                          r"-[ \t]*\d{1,3}[ \t]*-)[ \t]*$")
# a marking alone on its line, printed at a page's head or foot beside its number
_MARKING = re.compile(r"^[ \t]*(?:OFFICIAL(?:[ \t]*[-–‑][ \t]*SENSITIVE)?|NOT[ \t]+PROTECTIVELY[ \t]+MARKED|"
                      r"RESTRICTED|PROTECT|UNCLASSIFIED)[ \t]*$")


def unpaged(text: str) -> str:
    """The text with each run of page furniture (a page number alone on its line, with the blank lines and marking
    lines next to it) blanked, the line before and the line after it now next to each other."""
    runs = furniture_runs(text)
    if not runs:
        return text
    out = list(text)
    for first, last in runs:
        for i in range(first, last):
            out[i] = " "
    return "".join(out)


def furniture_runs(text: str) -> list[tuple[int, int]]:
    """Where the runs of page furniture lie: for each, the offset of the line break that ends the line before it and
    the offset of the line break before the line after it (the run, from the one to the other, is blanked)."""
    lines = text.split("\n")
    if not any(_PAGE_NUMBER.match(ln) for ln in lines):
        return []
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if not _PAGE_NUMBER.match(lines[k]):
            k += 1
            continue
        a, b = k, k
        while a > 0 and _furniture(lines[a - 1]):
            a -= 1
        while b + 1 < len(lines) and _furniture(lines[b + 1]):
            b += 1
        if a > 0 and b + 1 < len(lines):  # at the paper's head or foot nothing on both sides is joined
            runs.append((starts[a] - 1, starts[b + 1] - 1))
        k = b + 1
    return runs


def page_number(line: str) -> bool:
    """A page's number alone on its line ("Page 2 of 9", "- 2 -")."""
    return bool(_PAGE_NUMBER.match(line))


def _furniture(line: str) -> bool:
    return not line.strip() or bool(_PAGE_NUMBER.match(line) or _MARKING.match(line))
