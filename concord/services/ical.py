"""A forum's meetings as iCalendar events, written line by line.

The calendar itself (its properties and the Europe/London VTIMEZONE) is
made by the `icalendar` library; its events, one per meeting and a few
hundred in a forum's feed, are written here as the library writes them
(the same properties, order, escaping and folding, byte for byte: the
tests compare the two), without building a component, a property object
and a parameter map for each of their ten lines, which took half the CPU
of the feed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

#: the longest line, in octets, before it is folded (RFC 5545 section 3.1)
LINE_OCTETS = 75


def text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 section 3.3.11), as `icalendar.vText` does."""
    return (value.replace(r"\N", "\n").replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,")
            .replace("\r\n", r"\n").replace("\n", r"\n").replace("\r", r"\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets, as `icalendar` folds it (never inside a backslash escape)."""
    if len(line) < LINE_OCTETS and line.isascii():
        return line
    lines: list[str] = []
    current: list[str] = []
    octets = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current and octets + size >= LINE_OCTETS:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                lines.append("".join(current))
                current, octets = [carried], len(carried.encode("utf-8"))
            else:
                lines.append("".join(current))
                current, octets = [], 0
        current.append(char)
        octets += size
    if current:
        lines.append("".join(current))
    return "\r\n ".join(lines)


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _local(at: dt.datetime) -> str:
    return f"{_date(at)}T{at.hour:02d}{at.minute:02d}{at.second:02d}"


def when(name: str, value: dt.date | dt.datetime, tzid: str) -> str:
    """DTSTART/DTEND: a local time in `tzid`, or a whole day."""
    if isinstance(value, dt.datetime):
        return f"{name};TZID={tzid}:{_local(value)}"
    return f"{name};VALUE=DATE:{_date(value)}"


def stamp(at: dt.datetime) -> str:
    """A UTC time (DTSTAMP)."""
    return f"{_local(at.astimezone(dt.UTC))}Z"


def event(summary: str, start: dt.date | dt.datetime, end: dt.date | dt.datetime, tzid: str, stamped: dt.datetime,
          uid: str, description: str, location: str | None, status: str, url: str) -> Iterator[str]:
    """The lines of one VEVENT, in icalendar's order (SUMMARY, DTSTART, DTEND, DTSTAMP, UID, then by name)."""
    yield "BEGIN:VEVENT"
    yield fold("SUMMARY:" + text(summary))
    yield when("DTSTART", start, tzid)
    yield when("DTEND", end, tzid)
    yield "DTSTAMP:" + stamp(stamped)
    yield fold("UID:" + text(uid))
    yield fold("DESCRIPTION:" + text(description))
    if location:
        yield fold("LOCATION:" + text(location))
    yield fold("STATUS:" + text(status))
    yield fold("URL:" + url)
    yield "END:VEVENT"


def spliced(calendar: bytes, lines: Iterable[str]) -> bytes:
    """`calendar` (icalendar's bytes, ending END:VCALENDAR) with these lines before its end."""
    end = b"END:VCALENDAR\r\n"
    assert calendar.endswith(end)
    body = "".join(line + "\r\n" for line in lines).encode("utf-8")
    return calendar[:-len(end)] + body + end
