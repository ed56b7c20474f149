"""A report known by its heading alone, with no header block of labels.

Two layouts that police authorities printed, each read only at the top of a paper:
- the heading "Report / of the / Hampshire Police Authority", one phrase a line (or on one line): a report from
  that body, and the heading is its title;
- a body's name as the heading, an "Item 17b" line or none, the paper's title, then a sentence that says what the
  paper is for ("The purpose of this Briefing Note is to ..."): a report to that body under that title.
Both give the cue (``heading_report``) and the fields (``heading_fields``: to, from, subject with their spans).
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.dates import DATE_IN_FIGURES

_TOP = 400  # the heading stands at the top of the paper
_MAX_LINE = 90


@lru_cache(maxsize=1)
def _body() -> re.Pattern[str]:
    ends = vocab.alternation(vocab.phrases("report", "bodies"))
    return re.compile(rf"(?i)^(?:the\s+)?[A-Z][A-Za-z&'’ ,-]{{2,80}}?\b(?:{ends})$")


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern[str]:
    return re.compile(r"(?i)^(?:" + vocab.alternation(vocab.phrases("report", "self_purpose")) + r")\b")


def names_a_body(line: str) -> bool:
    """A line that is a body's name ("Northshire Police Authority", "The Police and Crime Panel"), not a title."""
    return bool(_body().match(line.strip()))


_REPORT_OF = re.compile(r"(?i)^report\s+of\s+(?:the\s+)?(?P<body>.+)$")
_ITEM = re.compile(r"(?i)^(?:agenda\s+)?item\s+(?:no\.?\s*)?\w{1,4}\.?$")


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The non-empty lines between ``lo`` and ``hi``: (start, end, text stripped)."""
    out = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        s = m.group(0).strip()
        if s and not vocab.web_furniture().match(s):
            a = lo + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((a, a + len(s), s))
    return out


def _report_of_heading(text: str, lo: int) -> dict[str, tuple[str, int, int]] | None:
    """"Report / of the / X Authority" as the paper's first lines: from X, titled by the heading joined."""
    lines = _lines(text, lo, lo + _TOP)[:4]
    joined = ""
    for k, (a, b, s) in enumerate(lines):
        if len(s) > _MAX_LINE:
            return None
        joined = f"{joined} {s}".strip()
        m = _REPORT_OF.match(joined)
        if m and _body().match(m.group("body")) and k >= 1:
            return {"from": (m.group("body"), a, b), "subject": (joined, lines[0][0], b)}
    return None


def _purpose_heading(text: str, lo: int) -> dict[str, tuple[str, int, int]] | None:
    """A body's name, an Item line or none, a title, then "The purpose of this ... is": to the body, so titled."""
    lines = _lines(text, lo, lo + 1500)
    for k, (a, b, s) in enumerate(lines):
        if not _purpose().match(s):
            continue
        above = lines[max(0, k - 3):k]
        if len(above) < 2:
            return None
        title = above[-1]
        rest = [x for x in above[:-1] if not _ITEM.match(x[2])]
        if not rest or len(title[2]) > _MAX_LINE or title[2].endswith((".", ":")) or _ITEM.match(title[2]):
            return None
        body = rest[-1]
        if not _body().match(body[2]) or len(body[2]) > _MAX_LINE:
            return None
        return {"to": (body[2], body[0], body[1]), "subject": (title[2], title[0], title[1])}
    return None


# a page's running header (or footer) naming the meeting a paper goes to and its date, ending its line: "NOT PROTECTIVELY
# MARKED Page 3 of 36 Police Authority 13 February 2012"
_RUNNING = re.compile(r"(?im)\bpage[ ]+\d{1,3}[ ]+of[ ]+\d{1,3}[ ]+(?P<to>[A-Z][A-Za-z&'’ -]{2,80}?)[ ]+"
                      r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ ]+(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)[ ]+(?:19|20)\d\d|" + DATE_IN_FIGURES + r")[ \t]*$")


@lru_cache(maxsize=1)
def _trailing_section() -> re.Pattern[str]:
    """A section's heading printed after the paper's title on its line ("... 2012 to 2016 Executive Summary")."""
    words = vocab.phrases("report", "purpose")
    return re.compile(r"(?i)[ \t]+(?:" + vocab.alternation(words) + r")$")


def _running_header(text: str, lo: int) -> dict[str, tuple[str, int, int]] | None:
    """A running header naming a body's meeting and its date, then the paper's title as the next line (a section's
    heading after it dropped): a report to that meeting, on that date, under that title."""
    m = _RUNNING.search(text, lo, lo + 1500)
    if not m or not _body().match(m.group("to")):
        return None
    nxt = _lines(text, m.end(), m.end() + 300)[:1]
    if not nxt:
        return None
    a, b, title = nxt[0]
    title = _trailing_section().sub("", title)
    if len(title) > _MAX_LINE or title.endswith((".", ":")) or len(title.split()) < 3 or _RUNNING.search(title) \
            or not title[0].isupper():
        return None
    return {"to": (m.group("to"), m.start("to"), m.end("to")), "date": (m.group("date"), m.start("date"), m.end("date")),
            "subject": (title, a, a + len(title))}


def heading_fields(text: str, lo: int) -> dict[str, tuple[str, int, int]] | None:
    """The fields a report's heading gives at ``lo``: {"from"|"to": (value, start, end), "subject": ...}."""
    return _report_of_heading(text, lo) or _purpose_heading(text, lo) or _running_header(text, lo)


def heading_report(text: str, cued: list[int]) -> list[tuple[int, str]]:
    """The cue of a report known by its heading, when nothing is cued before it."""
    found = heading_fields(text, 0)
    if not found:
        return []
    at = min(v[1] for v in found.values())
    if any(p <= at + 1500 for p in cued):
        return []
    return [(_line_start(text, at), "report")]


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
