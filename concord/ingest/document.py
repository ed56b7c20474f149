"""One document model for every input format.

A ``Document`` holds pages; a page holds its text, the blocks (paragraphs)
of that text with their spans, and the tables found on it. Every span
points back into the source: a page number (1-based) and character
offsets into that page's text, or a bounding box in PDF points for
cells read from a PDF's layout. Extractors work on ``Document.text``
(the pages joined by form feeds) and turn offsets back into page spans
with ``Document.locate``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

PAGE_SEP = "\n\f\n"  # a page break is a line of its own: no heading runs into the next page
_PARA = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")


@dataclass(frozen=True)
class Span:
    page: int
    start: int | None = None  # char offsets into the page text
    end: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (points)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"page": self.page}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        return out


@dataclass
class Block:
    text: str
    span: Span


@dataclass
class Cell:
    text: str
    page: int
    bbox: tuple[float, float, float, float] | None = None
    span: Span | None = None

    def __post_init__(self) -> None:
        if _LIGATURE.search(self.text):
            self.text = self.text.translate(_LIGATURES)


@dataclass
class Table:
    rows: list[list[Cell]]
    page: int
    bbox: tuple[float, float, float, float] | None = None
    title: str | None = None  # caption or heading printed just before the table
    offset: int | None = None  # where the table stands in Document.text, if known
    method: str = "text"  # text | tabs | pipes | spaces | html | docx | ruled | gaps

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


# spaces a web page or a word processor prints that are spaces to a reader: no-break, en, em, thin, narrow no-break,
# ideographic (each one character, so every offset stays where it was)
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                         "\u200a\u202f\u205f\u3000"})


_WIDE_OR_NARROW = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")


def plain_spaces(text: str) -> str:
    """The text with every kind of space a plain one, its length kept."""
    return text.translate(_SPACES) if _WIDE_OR_NARROW.search(text) else text


# the ligatures a typesetter's font prints for "fi", "fl", "ff" ... and a PDF's text layer keeps as one character
# ("Ofﬁcers present"): their letters
_LIGATURES: dict[int, str | None] = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
                                     0xFB05: "st", 0xFB06: "st"}
_LIGATURE = re.compile("[\uFB00-\uFB06]")
# characters a web page prints that a reader never sees: a soft hyphen where a word may break ("Commis\u00adsioner"),
# zero-width spaces and joiners, a byte-order mark; and the line and paragraph separators some editors write
_UNSEEN: dict[int, str | None] = {0x00AD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None,
                                  0x2028: "\n", 0x2029: "\n\n"}
_ODD = re.compile("[\uFB00-\uFB06\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029]")


def plain_letters(text: str) -> str:
    """The text with every kind of space a plain one, each ligature its letters and no character a reader never
    sees."""
    text = plain_spaces(text)
    return text.translate(_LIGATURES | _UNSEEN) if _ODD.search(text) else text


@dataclass
class Page:
    """A page's text (its no-break and other wide or narrow spaces read as plain ones, one for one, as a web page's
    ``&nbsp;`` shows), its paragraph blocks and its tables."""

    number: int
    text: str
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    ocr: bool = False
    #: left unread on purpose (past the OCR or text budget); a warning names it
    unread: bool = False
    #: its text was double spaced (a blank line between every two lines) and is read set to single spacing
    respaced: bool = False
    #: its text was wrapped at a fixed width and is read with the wrapped lines joined
    unwrapped: bool = False
    #: bulleted entries of its lists went on over the next line and are read joined
    bullets_joined: bool = False
    #: what is printed round the page's text and is no part of it (a Word document's headers and footers): read only
    #: for the paper's protective marking, which a template prints there
    furniture: str = ""

    def __post_init__(self) -> None:
        self.text = plain_spaces(self.text)


@dataclass
class Document:
    source: str
    sha256: str
    media_type: str
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    _text: str | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = PAGE_SEP.join(p.text for p in self.pages)
            starts, pos = [], 0
            for p in self.pages:
                starts.append(pos)
                pos += len(p.text) + len(PAGE_SEP)
            self._starts = starts
        return self._text

    @property
    def unwrapped(self) -> bool:
        """Whether a page's lines wrapped at a fixed width were joined (a flattened page served wrapped)."""
        return any(p.unwrapped for p in self.pages)

    @property
    def furniture(self) -> str:
        """What the pages print round their text (headers and footers), each page's on lines of its own."""
        return "\n\n".join(p.furniture for p in self.pages if p.furniture)

    @property
    def tables(self) -> list[Table]:
        return [t for p in self.pages for t in p.tables]

    def page_offset(self, number: int) -> int:
        self.text
        assert self._starts is not None
        return self._starts[number - 1]

    def locate(self, start: int, end: int | None = None) -> Span:
        """The page span of ``Document.text[start:end]``."""
        self.text
        assert self._starts is not None
        if not self._starts:
            return Span(1, 0, 0)
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        base = self._starts[i]
        e = start if end is None else end
        page_len = len(self.pages[i].text)
        return Span(self.pages[i].number, min(start - base, page_len), min(e - base, page_len))


def make_blocks(page: Page) -> None:
    """Split a page's text into paragraph blocks with their spans."""
    page.blocks = [Block(m.group(0), Span(page.number, m.start(), m.end()))
                   for m in _PARA.finditer(page.text)]
