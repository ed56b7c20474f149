"""The summons of an agenda sent as a letter: "A meeting of the Northshire Police and Crime Panel will be held at
County Hall, Northtown on Friday, 7th December 2012 at 9.30am to consider the matters in the following agenda."

Bodies whose host council sends the agenda as a letter print the meeting's forum, place, date and time in that one
sentence, not under labels or in a heading. The shape is the council's, not a body's: a meeting of a named forum
that "will be held" (or "will take place") somewhere on a date, or on a date somewhere.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from concord.ingest.dates import DATE_IN_FIGURES, find_dates, parse_time
from concord.ingest.extract.common import date_in

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = r"(?P<date>\d{1,2}[ \t]?(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|" + DATE_IN_FIGURES + ")"
_TIME = r"(?P<time>\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)?)"
_SUMMONS = re.compile(
    r"(?i:\b(?:an?\s+)?(?:(?:ordinary|extraordinary|special|digital|virtual|remote|public|annual)\s+)?meeting\s+of\s+"
    r"(?:the\s+)?)(?P<forum>[A-Z][^\n.;]{2,100}?)\s+(?i:will\s+(?:be\s+held|take\s+place)|(?:is\s+)?to\s+be\s+held|"
    r"shall\s+be\s+held)"
    r"(?:\s+(?i:at|in|via)\s+(?i:the\s+)?(?P<venue>[^\n]{3,160}?))?"
    # "... will be held at Northtown House, at 10.00 am on Tuesday 24 June 2008": the time before the date
    r"(?:,?\s+(?i:at|commencing\s+at)\s+(?P<time0>\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)))?\s+(?i:on)\s+(?:"
    + _DAY + r",?\s+)?(?i:the\s+)?" + _DATE +
    # "... on Wednesday 20th November 2019 in Conference Room Two, Headquarters, at 10:30am.": the place after the date
    r"(?:\s+(?i:in|at)\s+(?i:the\s+)?(?P<venue2>(?!\d)[^\n]{3,160}?)(?=,?\s+(?i:at|commencing\s+at)\s+\d))?"
    r"(?:,?\s+(?i:at|commencing\s+at)\s+" + _TIME + r")?")

# "You are requested to attend a Level 1 meeting on Friday 29 November 2019 at 10.00am in the Conference Hall, …":
# the letter addressed to the one who is called
# "You are requested to attend a meeting of the Joint Audit Committee on Wednesday 13 December 2017 in the
# Conference Hall, Headquarters, at 10.00am.": the forum named after "a meeting of", the place before the time
_CALLED = re.compile(
    r"(?i:\byou\s+are\s+(?:hereby\s+)?(?:requested|summoned|invited|asked|required)\s+to\s+attend\s+(?:an?\s+|the\s+)?"
    r"(?:(?:(?:ordinary|extraordinary|special|public|annual)\s+)?meeting\s+of\s+(?:the\s+)?)?)"
    # (not "... of the X to be held at P on D": the summons sentence, read by _SUMMONS)
    r"(?P<forum>[A-Z0-9](?:(?!\s+(?i:(?:is\s+)?to|will|shall)\s+be\s+held)[^\n.;]){2,100}?)\s+(?i:on)\s+(?:" + _DAY +
    r",?\s+)?(?i:the\s+)?" + _DATE +
    r"(?:\s+(?i:in|at)\s+(?i:the\s+)?(?P<venue2>(?!\d)[^\n]{3,160}?)(?=,?\s+(?i:at|commencing\s+at)\s+\d))?"
    r"(?:,?\s+(?i:at|commencing\s+at)\s+" + _TIME + r")?(?:,?\s+(?i:in|at)\s+(?i:the\s+)?(?P<venue>[^\n.]{3,160}))?")

_ANCHOR = re.compile(r"(?i)\bmeeting\s+of\b|\byou\s+are\s+(?:hereby\s+)?(?:requested|summoned|invited|asked|required)\b")


class Summons(NamedTuple):
    forum: str
    date: str | None
    time: str | None
    venue: str | None


def summons(text: str, start: int, end: int) -> Summons | None:
    """The first summons sentence between ``start`` and ``end``."""
    found = [m for rx in (_SUMMONS, _CALLED) for m in rx.finditer(text, start, end)]
    for m in sorted(found, key=lambda m: m.start()):
        date = date_in(re.sub(r"(?<=\d)[ \t](?=st|nd|rd|th)", "", m.group("date")))  # "20 th November 2019"
        if date:
            venue = (m.group("venue") or m.groupdict().get("venue2") or "").strip(" ,") or None
            time = m.group("time") or m.groupdict().get("time0")
            return Summons(m.group("forum").strip(), date, parse_time(time), venue)
    return None


def summons_at(text: str) -> int | None:
    """Where the first summons sentence ("A meeting of the X will be held …") starts: the cue of an agenda letter
    whose heading the converter lost. "The next meeting of the Panel will be held on …" in minutes is no summons."""
    low = text.lower()
    if "will" not in low and "attend" not in low:
        return None
    found = []
    for near in _ANCHOR.finditer(text):  # the full patterns only where their words are: every paper passes here
        a, b = max(0, near.start() - 40), min(len(text), near.end() + 500)
        found += [m for rx in (_SUMMONS, _CALLED) for m in [rx.search(text, a, b)] if m]
    for m in sorted(found, key=lambda m: m.start()):
        if re.match(r"(?i)an?\s|you\s", m.group(0)) and date_in(re.sub(r"(?<=\d)[ \t](?=st|nd|rd|th)", "", m.group("date"))):
            return m.start()
    return None


def minutes_of_it(text: str, at: int, minutes: list[int]) -> bool:
    """Whether minutes below the summons sentence at ``at`` record the meeting it calls: their heading carries the
    summons' date, or no date at all. Then the summons is the minutes' own letter, quoted or bound before them, and no
    agenda's cue. Minutes of an earlier meeting bound after an agenda letter carry that meeting's date."""
    after = [p for p in minutes if p > at]
    called = summons(text, at, at + 700) if after else None
    if not called:
        return False
    dates = [d.value for d in find_dates(text[min(after):min(after) + 400]) if len(d.value) == 10]
    return not dates or called.date in dates


# "At a MEETING of the POLICY AND RESOURCES COMMITTEE held at Dundee on 13th May, 2013.", "Minutes of Meeting of the
# X Committee held in the Council Chamber, Inverness, on Thursday, 5 December 2013, at 10.00 a.m.": minutes that
# record their meeting in one sentence, the forum, place, date and time in it
_RECORD = re.compile(
    r"(?i:(?:\b(?:at\s+an?|minutes?\s+of(?:\s+the|\s+an?)?)|(?-i:^[ \t]*(?:A|An)))\s+"
    r"(?:(?:ordinary|extraordinary|special|public|annual)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?)(?P<forum>[A-Z][^\n.;]{2,120}?)\s+(?i:(?:was\s+)?held)"
    r"(?:\s+(?i:at|in|within|via)\s+(?i:the\s+)?(?P<venue>[^\n]{3,200}?))?,?\s+(?i:on)\s+(?:" + _DAY + r",?\s+)?(?i:the\s+)?"
    + _DATE + r"(?:,?\s+(?i:at|commencing\s+at)\s+" + _TIME + r")?"
    # "A meeting of the X was held on <date> in <place>.": a minutes' opening sentence, its place after its date
    r"(?:(?<=\d)\s+(?i:in|at)\s+(?i:the\s+)?(?P<after>[A-Z][^\n.;]{2,100}?)(?=\.(?:\s|$)))?", re.M)


def held_record(text: str, start: int, end: int) -> Summons | None:
    """The first sentence between ``start`` and ``end`` that records a meeting held (forum, date, time, place)."""
    for m in _RECORD.finditer(text, start, end):
        if earlier_minutes(text, m.end("date")):
            continue
        date = date_in(re.sub(r"(?<=\d)[ \t](?=st|nd|rd|th)", "", m.group("date")))
        if date:
            # "the X PANEL of WEST LOTHIAN COUNCIL": the panel, the council it belongs to after it
            forum = re.sub(r"(?i)(?<=panel|ittee|board|group)\s+of\s+(?:the\s+)?[A-Z][\w ]{2,40}?\s+"
                           r"(?:council|authority)$", "", m.group("forum").strip())
            venue = (m.group("venue") or m.group("after") or "").strip(" ,") or None
            return Summons(forum, date, parse_time(m.group("time")), venue)
    return None



# "The Minutes of the meeting of the Panel held on 22 November 2019 were agreed as a correct record", "To confirm the
# minutes of the meeting held on 3 May 2023": a sentence about an earlier meeting's minutes, not this meeting's heading
_CONFIRMED = re.compile(r"(?i)[ \t,]*(?:\(?[^\n.;()]{0,40}\)?[ \t,]+)?(?:were|was|be|being|are|is|had\s+been|have\s+been)[ \t]+"
                        r"(?:duly[ \t]+|then[ \t]+)?(?:agreed|approved|confirmed|signed|accepted|adopted|received|noted|"
                        r"taken[ \t]+as[ \t]+read)\b|[^\n.;(]{0,60}?\b(?:correct|true|accurate)[ \t]+record\b")
_TO_CONFIRM = re.compile(r"(?i)(?:^|[.:;]\s|\n)[ \t]*(?:to[ \t]+)?(?:agree|approve|confirm|receive|note|sign)[ \t]+(?:and[ \t]+\w+[ \t]+)?"
                         r"(?:as[ \t]+a[ \t]+correct[ \t]+record[ \t]+)?the[ \t]+(?:minutes|actions?|action[ \t]+log)\b[^\n.;]*$")


def earlier_minutes(text: str, at: int) -> bool:
    """Whether the date ending at ``at`` dates an earlier meeting whose minutes a sentence confirms or puts forward
    ("The minutes of the meeting held on D were agreed as a correct record", "To confirm the minutes of the meeting
    held on D", "To confirm the actions following the meeting held on D"): the minutes' (or actions') word before it,
    the confirming words after it or the sentence's lead-in before it."""
    before = text[max(0, at - 160):at]
    if not re.search(r"(?i)\b(?:minutes|actions?|action\s+log)\b[^\n.;]*$", before):
        return False
    return bool(_CONFIRMED.match(text, at, at + 100) or _TO_CONFIRM.search(before))
