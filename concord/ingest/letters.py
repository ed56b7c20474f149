"""A letter that does a report's work: a body's submission to a panel's review, a commissioner's reply to a panel's
recommendations. It has no report header; it has the letter's own parts, which say the same things:

    2nd Floor, Police Headquarters          (the sender's address)
    Deputy Ann Vale                          (the addressee ...)
    Chair, Home Affairs Scrutiny Panel       (... and the body she chairs: to whom)
    4th October 2024                         (when)
    Dear Deputy Vale,
    Subject: Review of the proposed budget   (what: the title)

A letter is known by its salutation with a full date on one of the three lines over it and a subject line ("Subject:",
"Re:") on one of the three lines under it (or over it). Only then: a "Dear" in the middle of a paper is a quoted
letter, and a dated salutation with no subject is correspondence of no genre of ours. Who wrote it is read only where
the paper prints it as a report's author would be; a letter's signature is not guessed from its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.dates import find_dates

_SALUTATION = re.compile(r"(?m)^[ \t]*Dear[ \t]+[A-Z][^\n]{1,60}$")
_SUBJECT = re.compile(r"(?i)^[ \t]*(?:subject|re|ref)[ \t]*[:\-–][ \t]*(?P<v>\S[^\n]{3,200}?)[ \t]*$")
_TOP = 4000  # a letter's salutation stands near the paper's top
_NEAR = 3  # non-blank lines between the date and the salutation, the salutation and the subject
_ADDRESS = 8  # lines of the address block over the date
_HOLDER = re.compile(r"(?i)^(?:the[ \t]+)?(?:chair(?:man|woman|person)?|vice[ \t-]chair|clerk|secretary|members)"
                     r"(?:[ \t]+of)?[ \t]*[,:]?[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][^\n.]*)")


@dataclass(frozen=True)
class Letter:
    """Where a letter's parts stand: its top (the address block's first line), and each field's value and span."""

    top: int
    subject: tuple[str, int, int]
    date: tuple[str, int, int]
    to: tuple[str, int, int] | None


def letter(text: str, start: int = 0, end: int | None = None) -> Letter | None:
    """The letter whose salutation stands near ``start``, or None."""
    end = len(text) if end is None else end
    for sal in _SALUTATION.finditer(text, start, min(end, start + _TOP)):
        above = _lines(text, start, sal.start())[::-1]
        below = _lines(text, sal.end(), end)
        dated = next(((ln, a, b) for ln, a, b in above[:_NEAR] if _full_date(ln)), None)
        said = next(((m.group("v"), a + m.start("v"), a + m.end("v")) for ln, a, _ in below[:_NEAR] + above[:_NEAR]
                     if (m := _SUBJECT.match(ln))), None)
        if not dated or not said:
            continue
        block = [x for x in above if x[1] < dated[1]][:_ADDRESS]
        short = []
        for line in block:  # the address block: short lines, up to a sentence of running text
            if len(line[0]) > 160 or line[0].rstrip().endswith(".") and len(line[0]) > 60:
                break
            short.append(line)
        top = short[-1][1] if short else dated[1]
        to = next((held for ln, a, _ in short if (held := _holder(ln, a))), None)
        value = find_dates(dated[0])[0].value
        return Letter(top, said, (value, dated[1], dated[2]), to)
    return None


def _lines(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    return [(m.group(0).strip(), lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi])
            if m.group(0).strip()]


def _full_date(line: str) -> bool:
    found = find_dates(line)
    return bool(found) and len(found[0].value) == 10 and len(line) <= 40


@lru_cache(maxsize=1)
def _body_end() -> re.Pattern[str]:
    """A body's name up to its last word of a body ("Home Affairs Scrutiny Panel")."""
    return re.compile(rf"(?i).*\b(?:{vocab.alternation(vocab.phrases('report', 'bodies'))})\b")


def _holder(line: str, at: int) -> tuple[str, int, int] | None:
    """"Chair, Home Affairs Scrutiny Panel. By email to: ...": the body the addressee holds office in."""
    m = _HOLDER.match(line)
    if not m:
        return None
    body = _body_end().match(m.group("body"))
    if not body:
        return None
    return body.group(0).strip(" ,"), at + m.start("body"), at + m.start("body") + len(body.group(0))
