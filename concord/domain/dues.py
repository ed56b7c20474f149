"""When an action is due: a date, or a span from the meeting that set it.

Minutes give dues both ways: "by 31 March 2017", or "report back in six
months", "in three months' time", "within 12 weeks". A relative due runs
from the date of the meeting: months and years by the calendar (10
November + six months is 10 May; 31 August + six months is the last day
of February), days and weeks by counting.

    due("2017-03-31", meeting)              -> Due(2017-03-31, rule=None)
    due("report back in six months", meeting) -> Due(meeting + 6 months, "6 months from the meeting")
    relative_in_text("Report in three months on ...") -> Span(3, "month")
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from dataclasses import dataclass

from concord.domain.errors import DomainError
from concord.domain.text import check_date, parse_date

UNITS = ("day", "week", "month", "year")
#: the longest span a relative due may run (ten years), in each unit
_LIMIT = {"day": 3660, "week": 522, "month": 120, "year": 10}

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "thirty-six": 36,
}
_NUMBER = r"(?P<n>[0-9]{1,4}|" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + ")"
_SPAN = re.compile(r"(?i)\b(?:(?:in|within|after)\s+(?:the\s+next\s+)?)?" + _NUMBER +
                   r"[\s-]+(?P<unit>day|week|month|year)s?(?:['’]s?)?(?:\s+time)?\b")
#: a span said as a due in running text: "in six months", "within 12 weeks" (not a bare "six months")
_IN_TEXT = re.compile(r"(?i)\b(?:in|within)\s+(?:the\s+next\s+)?" + _NUMBER +
                      r"[\s-]+(?P<unit>day|week|month|year)s?\b")
_DUE_HELP = "a date (YYYY-MM-DD) or a span from the meeting, e.g. 'in six months' or '12 weeks'"


@dataclass(frozen=True)
class Span:
    """A length of time: `count` days, weeks, months or years."""

    count: int
    unit: str

    def __str__(self) -> str:
        return f"{self.count} {self.unit}{'' if self.count == 1 else 's'}"


@dataclass(frozen=True)
class Due:
    """A due date, and the rule it came from when it was relative to the meeting."""

    date: dt.date
    rule: str | None = None


def add_span(start: dt.date, span: Span) -> dt.date:
    """`start` moved on by `span`: months and years by the calendar, clamped to the month's last day."""
    if span.unit == "day":
        return start + dt.timedelta(days=span.count)
    if span.unit == "week":
        return start + dt.timedelta(weeks=span.count)
    months = span.count * (12 if span.unit == "year" else 1)
    year, month0 = divmod(start.month - 1 + months, 12)
    year += start.year
    return dt.date(year, month0 + 1, min(start.day, cal.monthrange(year, month0 + 1)[1]))


def _span(match: re.Match[str], field: str, typed: str) -> Span:
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else _WORDS[word]
    unit = match.group("unit").lower()
    if not 1 <= count <= _LIMIT[unit]:
        raise DomainError(field, typed, f"must run from 1 to {_LIMIT[unit]} {unit}s from the meeting")
    return Span(count, unit)


def parse_span(text: str, field: str = "--due") -> Span | None:
    """The span a due phrase names ("report back in six months", "12 weeks"), or None if it names none."""
    found = _SPAN.search(text or "")
    return _span(found, field, text) if found else None


def relative_in_text(text: str, field: str = "--text") -> Span | None:
    """A due said in an action's own words ("Report in three months on ..."), or None."""
    found = _IN_TEXT.search(text or "")
    return _span(found, field, text) if found else None


def due(typed: str, meeting: dt.date, field: str = "--due") -> Due:
    """What a person typed as a due: a date on or after the meeting, or a span from it."""
    text = (typed or "").strip()
    if not text:
        raise DomainError(field, typed, f"must not be empty: give {_DUE_HELP}")
    if re.fullmatch(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", text):
        day = parse_date(text, field)
        if day < meeting:
            raise DomainError(field, typed, f"is before the meeting that sets the action ({meeting.isoformat()})")
        return Due(day)
    span = parse_span(text, field)
    if span is None:
        raise DomainError(field, typed, f"is not {_DUE_HELP}")
    day = check_date(add_span(meeting, span), field, typed)
    return Due(day, f"{span} from the meeting")


def due_from_text(text: str, meeting: dt.date, field: str = "--text") -> Due | None:
    """The due an action's words give ("report back in six months"), counted from the meeting."""
    span = relative_in_text(text, field)
    if span is None:
        return None
    return Due(check_date(add_span(meeting, span), field, text), f"{span} from the meeting")
