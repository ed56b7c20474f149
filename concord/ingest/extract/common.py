"""Helpers every extractor shares: the part being read, labelled fields, provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterator
from typing import Any, Protocol

from concord.ingest.dates import find_dates
from concord.ingest.document import Document
from concord.ingest.extract.forcenames import DocForces
from concord.ingest.vocab import LabelPattern, field_of, web_furniture
from concord.ingest.split import Part
from concord.ingest.textutil import squash

MONEY = re.compile(r"£\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>bn|billion|million|m|k|thousand)?(?![\w])", re.I)
_UNIT = {"bn": 1e9, "billion": 1e9, "million": 1e6, "m": 1e6, "k": 1e3, "thousand": 1e3}


def money(m: re.Match[str]) -> float:
    value = float(m.group("num").replace(",", "")) * _UNIT.get((m.group("unit") or "").lower(), 1)
    return int(value) if value == int(value) else round(value, 2)


@dataclass
class Ctx:
    """One part of one document, as the extractors see it."""

    doc: Document
    text: str  # the whole document, unmarked (same offsets as doc.text)
    part: Part
    known_names: set[str] = field(default_factory=set)
    shared: dict[str, Any] = field(default_factory=dict)  # what every part of the document shares

    @property
    def forces(self) -> DocForces:
        """Force mentions with the document's own names for groups of forces (built once per document)."""
        if "forces" not in self.shared:
            self.shared["forces"] = DocForces(self.text)
        return self.shared["forces"]

    @property
    def source(self) -> str:
        return self.doc.source

    @property
    def body(self) -> str:
        return self.text[self.part.start:self.part.end]

    def span(self, start: int, end: int) -> dict[str, Any]:
        s = self.doc.locate(start, end)
        return {"page": s.page, "start": s.start, "end": s.end}

    def provenance(self, fields: dict[str, tuple[int, int]] | None = None,
                   start: int | None = None, end: int | None = None) -> dict[str, Any]:
        start = self.part.start if start is None else start
        end = self.part.end if end is None else end
        out: dict[str, Any] = {"file": self.source, **self.span(start, end)}
        if fields:
            out["fields"] = {k: self.span(a, b) for k, (a, b) in fields.items()}
        return out


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    start: int  # offsets of the value in the document text
    end: int


@lru_cache(maxsize=64)
def label_pattern(labels: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    alts = "|".join(f"(?P<{name}>{rx})" for name, rx in labels)
    return re.compile(rf"(?im)^[ \t|>*\-•]*(?:{alts})(?![\w])[ \t]*(?:[:.\-–]|\|)?[ \t|]*")



class Stops(Protocol):
    """What ends a labelled value besides the next label: a compiled pattern, or anything with its finditer."""

    def finditer(self, text: str, pos: int, endpos: int, /) -> Iterator[re.Match[str]]: ...


def labelled(ctx: Ctx, labels: tuple[tuple[str, str], ...] | re.Pattern[str] | LabelPattern,
             stops: re.Pattern[str] | Stops | None = None,
             start: int | None = None, end: int | None = None, one_line: bool = False) -> list[Field]:
    """Fields found by their labels at the start of a line, wherever they stand.

    A value runs to the next label (or a stop line); with ``one_line`` to the
    end of its line, or the next non-empty line when the label stands alone.
    """
    rx = labels if isinstance(labels, (re.Pattern, LabelPattern)) else label_pattern(labels)
    a = ctx.part.start if start is None else start
    b = ctx.part.end if end is None else end
    hits = [(m, field_of(m)) for m in rx.finditer(ctx.text, a, b)]
    bounds = sorted([m.start() for m, _ in hits] +
                    ([s.start() for s in stops.finditer(ctx.text, a, b)] if stops else []))
    out: list[Field] = []
    for m, name in hits:
        if name == "_not":  # a heading or sentence that looks like a label: it ends a value, starts none
            continue
        vs = m.end()
        if one_line:
            ve = ctx.text.find("\n", vs, b)
            ve = b if ve < 0 else ve
            if not ctx.text[vs:ve].strip():
                nxt = re.compile(r"\S.*").search(ctx.text, ve, min(b, ve + 300))
                if nxt and not rx.match(ctx.text, ctx.text.rfind("\n", 0, nxt.start()) + 1):
                    vs, ve = nxt.start(), nxt.end()
            ve = _on_after_comma(ctx.text, rx, vs, ve, b)
            ve = _on_in_its_column(ctx.text, rx, vs, ve, b)
        else:
            ve = next((x for x in bounds if x > m.start()), b)
        raw = ctx.text[vs:ve]
        lead = len(raw) - len(raw.lstrip())
        out.append(Field(name, squash(raw), vs + lead, vs + len(raw.rstrip())))
    return out


_NEXT_LINE = re.compile(r"\n[ \t]*(\S[^\n]*)")


def _on_after_comma(text: str, rx: re.Pattern[str] | LabelPattern, vs: int, ve: int, b: int) -> int:
    """A one-line value that ends in a comma goes on over the next lines, up to three, while each is no label and
    the line before it ends in a comma ("Venue: Durham Room," / "Police Headquarters," / "Aykley Heads, Durham": an
    address set a part a line)."""
    for _ in range(3):
        if not text[vs:ve].rstrip().endswith(","):
            break
        nxt = _NEXT_LINE.match(text, ve, b)
        if not nxt or rx.match(text, ve + 1) or len(nxt.group(1)) > 80:
            break
        ve = nxt.end(1)
    return ve


def _on_in_its_column(text: str, rx: re.Pattern[str] | LabelPattern, vs: int, ve: int, b: int) -> int:
    """A one-line value set in the second column of a header goes on over the next lines, up to two, that start
    exactly at its column with nothing to their left ("Subject:   Medium term financial plan 2011/12 to" over
    "           2014/15"): a value wrapped within its column."""
    line_start = text.rfind("\n", 0, vs) + 1
    column = vs - line_start
    if column < 8 or "\t" in text[line_start:vs]:
        return ve
    for _ in range(2):
        nxt = _NEXT_LINE.match(text, ve, b)
        if not nxt or nxt.start(1) - (ve + 1) != column or rx.match(text, ve + 1) or len(nxt.group(1)) > 80:
            break
        ve = nxt.end(1)
    return ve


def first(fields: list[Field], name: str, nonempty: bool = True) -> Field | None:
    for f in fields:
        if f.label == name and (f.value or not nonempty):
            return f
    return None


def date_in(text: str) -> str | None:
    hits = find_dates(text)
    return hits[0].value if hits else None


def in_capitals(text: str) -> bool:
    """A heading printed in capitals, a joining word or two in small letters aside ("FLEET REVIEW – NORTH and SOUTH")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9


def smart_title(text: str) -> str:
    """Title case for a heading printed in capitals; other headings as printed."""
    text = squash(text)
    if in_capitals(text):
        small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "at", "by", "with"}
        words = text.split(" ")
        text = " ".join(w if re.fullmatch(r"\([A-Z&]{2,8}\)", w) else  # "(JARAP)": the body's initials stay
                        w.lower() if (i and w.lower() in small) else
                        re.sub(r"[a-z]", lambda c: c.group(0).upper(), w.lower(), count=1)  # "(Police,"
                        for i, w in enumerate(words))
    return text


def strip_number(text: str) -> str:
    return re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", text)


def sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-Z(\"'])|\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def completeness(rec: dict[str, Any], groups: tuple[tuple[str, ...], ...], cap: float, floor: float = 0.4) -> float:
    """A record's confidence from how much of it was found: ``floor`` with nothing, ``cap`` with every group
    (a group counts when any of its fields has a value), so the least complete records are reviewed first."""
    filled = sum(1 for g in groups if any(rec.get(f) not in (None, "", []) for f in g))
    return round(floor + (cap - floor) * filled / len(groups), 2)


def line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``, squashed."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return squash(text[a:b if b >= 0 else len(text)])


# a line of a saved web page that is the site's furniture (data/web.toml), not the paper's
WEB_LINE = web_furniture()
# a site's trail of pages over its content ("Home > Transparency > Decisions > Decision 018/2020"): no field's value
BREADCRUMB = re.compile(r"[ \t]*[^\n>»›]{1,60}(?:[ \t]+[>»›][ \t]+[^\n>»›]{1,80}){2,}[ \t]*(?:\n|$)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b")  # a UK postcode: an address's end
