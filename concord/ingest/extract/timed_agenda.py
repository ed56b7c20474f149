"""Agendas printed as a timetable and flattened onto one line by a PDF-to-text converter:

    NORTHSHIRE JOINT AUDIT PANEL 10:00 a.m. – 12:00 p.m., Tuesday 3 March 2020 Room 4, Civic Hall, Northtown NT1 2AB
    10:00 – 10:05 1. Welcome and Apologies Chair 10:05 – 10:20 2. Minutes of the last meeting [p] [1 - 6] Chair
    10:20 – 10:40 3. External Audit Plan [p] [7 - 20] Report of the auditor KPMG ...

Each item follows the time slot it is given, then its title, the paper mark and page range in brackets, a line
that explains it and who presents it (a column of the printed table). The meeting's name, times, date and place
run into each other before the first slot. Nothing here depends on a body: only on the shape.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest.dates import find_dates, parse_time
from concord.ingest.extract.common import POSTCODE, Ctx, date_in
from concord.ingest.extract.inline_agenda import Header, title_of
from concord.ingest.textutil import names_data

_T = r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
SLOT = re.compile(rf"(?<![\w:.])(?P<start>{_T})[ \t]*[–—-][ \t]*{_T}[ \t]+(?P<n>\d{{1,2}})\.?[ \t]+(?=[A-Z(‘'\"])")
# the paper mark and page range after a title ("[p] [13 - 34]"): the title ends before them
_ANY_RANGE = re.compile(r"\d[:.]\d\d[ \t]*(?:[ap]\.?m\.?[ \t]*)?[–—-][ \t]*\d{1,2}[:.]\d\d[ \t]+\d")  # a slot, cheaply
_BRACKETS = re.compile(r"[ \t]*\[(?:[a-z]|\d{1,3}[ \t]*[-–][ \t]*\d{1,3})\].*$", re.S)
_JOINING = re.compile(r"(?i)\b(?:and|of|the|for|to|in|on|with|by|from|at|&)$")
_ACRONYM = re.compile(r"[ \t]+[A-Z]{2,6}$")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# the meeting's name in capitals right before its times or its date
_FORUM = re.compile(r"(?P<forum>(?:(?:[A-Z][A-Z'’&,-]*|\((?:[A-Z][A-Z'’&,-]*[ \t]*)+\))[ \t]+){2,}?)"
                    rf"(?={_T}|{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z])")


def slot_runs(text: str, start: int = 0, end: int | None = None):
    """Each run of three or more time slots numbered n, n+1, n+2 ... (from 1) printed close together, with no
    blank line between them (a flattened line, or one that ``reflow`` broke again before a heading word):
    (start of the first slot's line, end of the last slot's line, the slots)."""
    end = len(text) if end is None else end
    if not _ANY_RANGE.search(text, start, end):
        return
    run: list[re.Match[str]] = []
    for m in list(SLOT.finditer(text, start, end)) + [None]:
        if m is not None and run and int(m.group("n")) == int(run[-1].group("n")) + 1 and \
                m.start() - run[-1].end() < 400 and not re.search(r"\n[ \t]*\n", text[run[-1].end():m.start()]):
            run.append(m)
            continue
        if len(run) >= 3 and run[0].group("n") in ("0", "1"):
            a = text.rfind("\n", 0, run[0].start()) + 1
            b = text.find("\n", run[-1].end())
            yield a, len(text) if b < 0 else b, run
        run = [m] if m is not None else []


def _line(ctx: Ctx):
    a = ctx.text.rfind("\n", 0, ctx.part.cue) + 1
    return next(slot_runs(ctx.text, a, ctx.part.end), None)


def header(ctx: Ctx) -> Header | None:
    """The meeting's name, date, start time and place printed before the first time slot."""
    found = _line(ctx)
    if not found:
        return None
    start, _, run = found
    head = ctx.text[start:start + run[0].start()]
    dates = [d for d in find_dates(head) if len(d.value) == 10]
    forum = _FORUM.search(head)
    if not dates or not forum:
        return None
    name = " ".join(forum.group("forum").split()).strip(" ,-–")
    between = head[forum.end():dates[0].start]
    times = re.findall(_T, between)
    after = head[dates[0].end:]
    post = POSTCODE.search(after)
    venue = after[:post.end()] if post else re.split(r"\s+(?:PART\s+[A-Z1-9]\b|AGENDA\b)", after)[0]
    venue = " ".join(venue.split()).strip(" ,.-–") or None
    return Header(name, name, date_in(dates[0].value), parse_time(times[0]) if times else None, venue)


def items(ctx: Ctx) -> list[tuple[str, str, int]]:
    """(number, title, offset) of each item after its time slot."""
    found = _line(ctx)
    if not found:
        return []
    _, end, run = found
    out: list[tuple[str, str, int]] = []
    for k, slot in enumerate(run):
        seg = ctx.text[slot.end():run[k + 1].start() if k + 1 < len(run) else end].replace("\n", " ")
        seg = _BRACKETS.sub("", seg)
        title = title_of(presenter_cut(title_of(presenter_cut(seg))))
        if title:
            out.append((slot.group("n"), title, slot.start()))
    return out


def presenter_cut(seg: str) -> str:
    """The title without the presenter printed after it ("Welcome and Apologies Chair" → "Welcome and
    Apologies"), unless what is left would end in a joining word or be a single word."""
    seg = " ".join(seg.split())
    low = seg.lower()
    cut = None
    for p in _presenters():
        if low.endswith(" " + p):
            cut = len(seg) - len(p) - 1
            break
    if cut is None:
        m = _ACRONYM.search(seg)
        cut = m.start() if m else None
    if cut is None:
        return seg
    rest = seg[:cut].rstrip(" ,-–")
    return seg if len(rest.split()) < 2 or _JOINING.search(rest) else rest


@lru_cache(maxsize=1)
def _presenters() -> tuple[str, ...]:
    return tuple(sorted(names_data()["presenters"], key=len, reverse=True))
