"""The feed's events, written line by line, are byte for byte what the icalendar library writes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from concord.services import ical

LONDON = ZoneInfo("Europe/London")
STAMP = dt.datetime(2026, 12, 3, 2, 11, 58, tzinfo=dt.UTC)


def _by_library(summary: str, start: dt.date | dt.datetime, end: dt.date | dt.datetime, uid: str,
                description: str, location: str | None, status: str, url: str) -> bytes:
    """The event as the feed made it before: one icalendar Event in a Calendar."""
    cal = Calendar()
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", STAMP)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("status", status)
    event.add("description", description)
    cal.add_component(event)
    return cal.to_ical()


def _by_hand(summary: str, start: dt.date | dt.datetime, end: dt.date | dt.datetime, uid: str,
             description: str, location: str | None, status: str, url: str) -> bytes:
    cal = Calendar()
    cal.add("version", "2.0")
    return ical.spliced(cal.to_ical(), ical.event(summary, start, end, "Europe/London", STAMP, uid, description,
                                                   location, status, url))


TRICKY = [
    "Police and Crime Panel",
    "Headquarters, Conference Room 3; first floor",
    "Back\\slash and a \\N and a \\, already",
    "Two\nlines\r\nand a lone\rreturn",
    "Ysgol Gymraeg — Pwyllgor Heddlu’r De, ystafell ünïcödé " * 3,
    "x" * 73 + "\\y",
    "x" * 72 + ",," + "z" * 80,
    "é" * 40,
    "",
]


def test_tricky_texts_are_written_as_the_library_writes_them() -> None:
    start = dt.datetime(2025, 3, 30, 0, 30, tzinfo=LONDON)  # the night the clocks go forward
    for value in TRICKY:
        for location in (value, None):
            args = (value or "Panel", start, start + dt.timedelta(hours=2), f"meeting-7@{value[:20] or 'host'}",
                    f"Agenda, papers and minutes: {value}", location, "CONFIRMED",
                    "http://localhost/public/meetings/7")
            assert _by_hand(*args) == _by_library(*args), value


def test_a_whole_day_and_a_cancelled_meeting() -> None:
    day = dt.date(2024, 2, 29)
    args = ("Panel", day, day + dt.timedelta(days=1), "meeting-1@localhost", "Agenda", "Room 1", "CANCELLED",
            "https://example.org/public/meetings/1")
    assert _by_hand(*args) == _by_library(*args)
    assert b"DTSTART;VALUE=DATE:20240229\r\n" in _by_hand(*args)


@settings(max_examples=300, deadline=None)
@given(summary=st.text(min_size=1, max_size=120), venue=st.one_of(st.none(), st.text(max_size=200)),
       day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       at=st.one_of(st.none(), st.times()), meeting=st.integers(1, 2**31 - 1))
def test_any_meeting_is_written_as_the_library_writes_it(summary: str, venue: str | None, day: dt.date,
                                                          at: dt.time | None, meeting: int) -> None:
    start: dt.date | dt.datetime = day if at is None else dt.datetime.combine(day, at, tzinfo=LONDON)
    end = start + (dt.timedelta(days=1) if at is None else dt.timedelta(hours=2))
    url = f"http://localhost/public/meetings/{meeting}"
    args = (summary, start, end, f"meeting-{meeting}@localhost", f"Agenda, papers and minutes: {url}", venue,
            "CONFIRMED", url)
    assert _by_hand(*args) == _by_library(*args)
