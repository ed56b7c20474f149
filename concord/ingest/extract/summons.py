"""The summons of an agenda sent as a letter: "A meeting of the Northshire Police and Crime Panel will be held at
County Hall, Northtown on Friday, 7th December 2012 at 9.30am to consider the matters in the following agenda."

Bodies whose host council sends the agenda as a letter print the meeting's forum, place, date and time in that one
sentence, not under labels or in a heading. The shape is the council's, not a body's: a meeting of a named forum
that "will be held" somewhere on a date.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from concord.ingest.dates import parse_time
from concord.ingest.extract.common import date_in

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SUMMONS = re.compile(
    r"(?i:\b(?:an?\s+)?(?:(?:ordinary|extraordinary|special|digital|virtual|remote|public|annual)\s+)?meeting\s+of\s+"
    r"(?:the\s+)?)(?P<forum>[A-Z][^\n.;]{2,100}?)\s+(?i:will\s+be\s+held)"
    r"(?:\s+(?i:at|in|via)\s+(?i:the\s+)?(?P<venue>[^\n]{3,160}?))?\s+(?i:on)\s+(?:"
    + _DAY + r",?\s+)?(?i:the\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})"
    r"(?:,?\s+(?i:at|commencing\s+at)\s+(?P<time>\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)?))?")


class Summons(NamedTuple):
    forum: str
    date: str | None
    time: str | None
    venue: str | None


def summons(text: str, start: int, end: int) -> Summons | None:
    """The first summons sentence between ``start`` and ``end``."""
    m = _SUMMONS.search(text, start, end)
    if not m or not date_in(m.group("date")):
        return None
    venue = (m.group("venue") or "").strip(" ,") or None
    return Summons(m.group("forum").strip(), date_in(m.group("date")), parse_time(m.group("time")), venue)
