"""A PDF's running header and footer: a line a word processor prints at the head or foot of most pages (the body's
name, the paper's title and date), which pdfium reads into each page's text, in the middle of a list of attendees or an
agenda that runs over the page. The reader of the paper skips it, and so do the extractors: each such line is blanked
(its characters become spaces), so every offset stays where it was. A marking and a page's number are left as printed:
the marking is read from them, and the page's number with the lines beside it is blanked later (``page_furniture``)."""

from __future__ import annotations

import math
from collections import Counter

from concord.ingest.marking import marking_line
from concord.ingest.page_furniture import page_number

EDGE_LINES = 2  # the lines at a page's head and at its foot where its running header and footer are printed
SHARE = 0.6  # the share of the pages (two at least) a line is printed at the edge of to be their running header


def running_lines(texts: list[str]) -> set[str]:
    """The lines printed at the head or foot of most of the pages' texts (two pages at least)."""
    if len(texts) < 2:
        return set()
    heads: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    few = len(texts) == 2  # (two pages: only the very first line of each, the same, is a header; a footer needs more)
    for text in texts:
        body = [line.strip() for line in text.split("\n") if line.strip()]
        heads.update(set(body[:1 if few else EDGE_LINES]))
        feet.update(set(body[-EDGE_LINES:]) if not few else set())
    need = max(2, math.ceil(SHARE * len(texts)))  # (at the head of most pages, or at the foot: a list's entry or
    # status that happens to end one page and open or end the next is neither)
    return {line for counts in (heads, feet) for line, n in counts.items()
            if n >= need and not marking_line(line) and not page_number(line)}


def blanked(text: str, lines: set[str]) -> str:
    """The page's text with each of ``lines`` that stands at its head or foot blanked."""
    if not lines:
        return text
    out = text.split("\n")
    body = [k for k, line in enumerate(out) if line.strip()]
    for k in body[:EDGE_LINES] + body[-EDGE_LINES:]:
        if out[k].strip() in lines:
            out[k] = " " * len(out[k])
    return "\n".join(out)

