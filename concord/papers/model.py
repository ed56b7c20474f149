"""A generated document as plain blocks: what both the HTML (and so PDF) and the DOCX renderers lay out.

A `Document` is one or more `Part`s (a paper, the agenda, the minutes), each with its own protective
marking, which is printed in the header and footer of its pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union

from concord.domain.markings import Marking


@dataclass(frozen=True)
class Para:
    text: str
    style: str = ""  # "lead", "note", "small"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 2 = a section of a part; 3 = under a section


@dataclass(frozen=True)
class Items:
    entries: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Facts:
    """Label and value pairs: To / From / Date, a notice's reference, a meeting's date and venue."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: which columns hold numbers (right-aligned)
    numeric: tuple[bool, ...] = ()
    #: indexes of rows that are printed totals (bold)
    totals: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Chart:
    title: str
    png: bytes
    svg: str
    description: str


@dataclass(frozen=True)
class Signature:
    """A signature block: who signs, in what capacity, and when (blank lines when not yet signed)."""

    name: str
    capacity: str
    signed_on: dt.date | None


Block = Union[Para, Heading, Items, Facts, Table, Chart, Signature]


@dataclass(frozen=True)
class Part:
    anchor: str  # unique in its document: the contents links to it
    title: str
    marking: Marking
    #: the marking as printed when it differs ("PROTECT until Approved")
    legacy_marking: str | None = None
    kicker: str = ""  # "Item 7", "Appendix A"
    blocks: tuple[Block, ...] = ()
    #: appendices: each starts on a new page and has its own contents entry
    appendices: tuple[Part, ...] = ()

    @property
    def marking_text(self) -> str:
        return f"{self.marking.value} ({self.legacy_marking})" if self.legacy_marking else self.marking.value


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Document:
    title: str
    parts: tuple[Part, ...]
    cover: Cover | None = None
    contents: bool = False
    #: what the document leaves out and why (printed on the contents page)
    left_out: tuple[str, ...] = ()
    #: the file name it is written under, without its extension
    name: str = "paper"
    created: dt.date = field(default_factory=dt.date.today)

    @property
    def marking(self) -> Marking:
        """The highest marking of its parts: the cover and contents carry it."""
        every = [p.marking for p in self.parts] + [a.marking for p in self.parts for a in p.appendices]
        return max(every, key=lambda mk: mk.level, default=Marking.OFFICIAL)

    def entries(self) -> list[tuple[int, Part]]:
        """(level, part) for the contents: each part, then its appendices."""
        out: list[tuple[int, Part]] = []
        for p in self.parts:
            out.append((1, p))
            out.extend((2, a) for a in p.appendices)
        return out
