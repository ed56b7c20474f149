"""Plain text whose paragraphs were wrapped at a fixed width (a PDF converted to text, an e-mail, a typed paper): a
sentence, a list of names or a labelled value goes on over the next line, where the extractors look for it on one.
Such a page has its wrapped lines joined again, as a web page's paragraph is, by the test a wrapper itself applies:
a line that ran to the page's width goes on on the next one when the next one's first word would not have fitted on
it. Each line break taken out becomes a space, so every offset stays where it was."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.readers.pdf_wraps import goes_on

LEAST_LINES = 12  # a page with fewer lines of running text than this says nothing about its width
FULL_SHARE = 0.3  # the share of its lines of running text a wrapped page fills to its width
SLACK = 0.12  # how far short of the width a full line may stop (letters of different widths in a PDF's text)
NARROWEST, WIDEST = 40, 130  # the widths text is wrapped at: a typed or converted page's line, not a paragraph
_WORDS = re.compile(r"\S+")
# a gap of two spaces or a tab between words (not the two spaces a typist leaves after a full stop): a table's cells
_CELLS = re.compile(r"[^\s.?!:;](?: {2,}|\t)\S")


def width(lines: list[str]) -> int | None:
    """The width a page's running text was wrapped at: the length its full lines reach and no line of running text
    passes; None when the page is not wrapped (its paragraphs on lines of their own, of any length)."""
    prose = sorted(len(ln.rstrip()) for ln in lines if len(_WORDS.findall(ln)) >= 6 and not _row(ln.strip()))
    if len(prose) < LEAST_LINES:
        return None
    edge = prose[int(0.9 * (len(prose) - 1))]
    longer = sum(1 for n in prose if n > edge * 1.15 + 5)
    if not NARROWEST <= edge <= WIDEST or longer > max(1, 0.03 * len(prose)):
        return None  # too narrow or too wide for a page's line, or lines far longer than the rest: paragraphs
    full = sum(1 for n in prose if n >= edge * (1 - SLACK))
    return edge if full >= FULL_SHARE * len(prose) else None


def unwrapped(text: str) -> str:
    """The text with each wrapped line joined to the line it goes on from, when the page is wrapped; else as it was."""
    lines = text.split("\n")
    edge = width(lines)
    if edge is None:
        return text
    joins: list[int] = []
    pos = 0
    for above, below in zip(lines, lines[1:]):
        pos += len(above) + 1  # the offset of ``below``; its line break at pos - 1
        first = _WORDS.match(below)
        body = above.rstrip()
        if not first or not edge / 2 <= len(body) <= edge * 1.1 + 2 or below[:1].isspace() or _row(body) or \
                _row(below.strip()):
            continue  # a short line, one longer than the page's lines, or a table's row (cells apart): no wrap
        if len(body) + 1 + len(first.group(0)) > edge * (1 - SLACK / 2) and (goes_on(below) or _tail(below)) and \
                not (body.endswith((".", "!", "?")) and _titled(below)):
            joins.append(pos - 1)  # (a sentence's end over a line in title case: the next block, an office or heading)
    joins = sorted(set(joins) | set(_full_blocks(lines, edge)) | set(_full_blocks(lines, edge, LONG_BLOCK)))
    ended = sum(text[max(0, k - 4):k].rstrip().endswith((".", "!", "?")) for k in joins)
    if ended * 2 > len(joins):
        return text  # most of the lines end a sentence: lines of their own that happen to be alike, not wrapped
    out = list(text)
    for k in joins:
        out[k] = " "
    return "".join(out)


BLOCK_LINES = 4  # a run of this many full lines or more, no blank line between them, is one paragraph wrapped
# ... and a run of this many, whatever its lines open with (a bullet, a name and its colon): a page a host flattened
# onto one line and a converter wrapped again, its list entries and labels run on where the width ended a line
LONG_BLOCK = 8


def _full_blocks(lines: list[str], edge: int, least: int = BLOCK_LINES) -> list[int]:
    """The line breaks inside each run of lines that all ran to the page's width (the next line's first word would
    not have fitted), whatever the next line starts with: a page a host flattened onto one line and a converter
    wrapped again ("... Sherwood Lodge, Arnold," / "Nottingham, NG5 8PP There will be ...", "... 5 - 18 2 Apologies
    for Absence 3 Declarations of Interests by Members and Officers:- ... 4 Work" / "Programme 19 - 22 5 Review of
    ..."), where a line's first words read as a label only by chance. A run with a line that opens with a label and
    its colon, a list entry or a table's row is left to the test line by line, unless it runs to ``least`` lines of
    ``LONG_BLOCK`` (a table's row still ends it)."""
    out: list[int] = []
    run: list[int] = []  # the offsets of the line breaks after full lines, in the current run
    pos = 0
    for above, below in zip(lines, lines[1:]):
        pos += len(above) + 1
        first = _WORDS.match(below)
        body = above.rstrip()
        full = first is not None and edge / 2 <= len(body) <= edge * 1.1 + 2 and not below[:1].isspace() and \
            len(body) + 1 + len(first.group(0)) > edge * (1 - SLACK / 2) and not _row(body) and \
            not _row(below.strip()) and (least >= LONG_BLOCK or not _BULLET.match(below) and not _LIST_START.match(below))
        if full:
            run.append(pos - 1)
            continue
        if len(run) + 1 >= least:
            out.extend(run)
        run = []
    if len(run) + 1 >= least:
        out.extend(run)
    return out


_SMALL = frozenset("a an and as at by for from in of on or the to with".split())


def _titled(line: str) -> bool:
    """A short line in title case with no stop at its end ("West Mercia Police and Crime Commissioner"): an office's
    name or a heading, not the rest of a sentence."""
    words = line.split()
    return 1 <= len(words) <= 8 and not line.rstrip().endswith((".", ",", ";", ":")) and \
        all(w[:1].isupper() or w.lower() in _SMALL for w in words) and any(len(w) > 3 for w in words)


# a list entry's bullet at a line's start
_BULLET = re.compile(r"^[ \t]*[•·▪◦‣∙●■○➢➤►][ \t]+\S")
_ANY_BULLET = re.compile(r"(?m)" + _BULLET.pattern)


def _tail(line: str) -> bool:
    """A sentence's last words ending in a colon after a full line ("Commissioners across the South West:"), not a
    label alone: four words or more that no genre's vocabulary prints as a label."""
    m = re.fullmatch(r"[ \t]*([A-Z][^:\n]{2,60}):[ \t]*", line)
    if m is None:
        return False
    words = m.group(1).strip()
    return len(words.split()) >= 4 and words.lower() not in vocab.all_phrases()


def bullets_joined(text: str) -> str:
    """The text with each bulleted entry that went on over the next line (a list copied from a web page or a PDF,
    its entries wrapped where the page's width ended them, "• Agreement to provide a guarantee to the Company –" /
    "PCCML-000485-2019") joined into one line: a line after a bulleted line that ran to a page's width (forty to
    130 characters, no full stop, colon or semicolon at its end), itself no bullet, number, label, table row or
    indented line, goes on from it. Each line break taken out becomes a space, so every offset stays where it was."""
    if "\n" not in text or not _ANY_BULLET.search(text):
        return text
    lines = text.split("\n")
    out = list(text)
    pos = 0
    entry = False  # the line above is a bulleted entry, or a line joined to one
    for above, below in zip(lines, lines[1:]):
        pos += len(above) + 1
        body = above.rstrip()
        entry = bool(_BULLET.match(above)) or entry
        if entry and NARROWEST <= len(body) <= WIDEST and not body.endswith((".", ":", ";")) and below.strip() and \
                not below[:1].isspace() and not _BULLET.match(below) and not _LIST_START.match(below) and \
                not _CELLS.search(below) and "|" not in below:
            out[pos - 1] = " "
            entry = True
        else:
            entry = False
    return "".join(out)


# a line that starts a list entry (a dash, star or number), a field or a paragraph's number: never the rest of the
# entry above
_LIST_START = re.compile(r"\s*(?:[-*–+>][ \t]|\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)](?:\s|$)|[A-Z][\w'’/&() -]{0,40}?\s?:(?:\s|$))")


def _row(line: str) -> bool:
    """A table's row: cells apart (two spaces, a tab) or between bars; or a line mostly of figures ("2023/24 Budget
    292.8 290.2 2.6", "Budget310.3312.11.8" with its cells run together, a reference or a date alone on its line) that
    ends no sentence: no sentence goes on over such a line ("by 11th May" / "2015." is a sentence's tail)."""
    if _CELLS.search(line) or "|" in line:
        return True
    digits = sum(ch.isdigit() for ch in line)
    return digits >= 4 and digits * 2 >= len(line) - line.count(" ") and not line.rstrip().endswith(".")
