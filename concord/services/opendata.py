"""Feeds of the published register: CSV on the Web and iCalendar.

Each register (decision notices, agreements, meetings, papers) is a CSV
file with a CSVW metadata file (W3C "Metadata Vocabulary for Tabular
Data") that types and describes every column; each forum's meetings are
an iCalendar feed, written with the `icalendar` library. Both read the
published records only (`concord.services.published`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from concord.services import ical, published, published_meetings
from concord.services.context import Context

LONDON = ZoneInfo("Europe/London")
LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
#: a meeting's length when the register has only its start (iCalendar needs an end)
MEETING_HOURS = 2


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    datatype: str  # a CSVW built-in datatype: string, date, time, integer, boolean, anyURI
    description: str
    value: Callable[[Any], Any]
    required: bool = False


@dataclass(frozen=True)
class Register:
    title: str
    description: str
    key: str
    rows: Callable[[Context], list]
    columns: tuple[Column, ...]


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


REGISTERS: dict[str, Register] = {
    "decision-notices": Register(
        "Decision notices", "Published decision notices of policing bodies, numbered per body per year.",
        "reference", lambda ctx: published.decision_notices(ctx), (
            Column("reference", "Reference", "string", "The notice's number, e.g. CPCC2019-008",
                   lambda n: n.reference, True),
            Column("policing_body", "Policing body", "string", "The body that made the decision (its slug)",
                   lambda n: n.policing_body, True),
            Column("year", "Year", "integer", "The year of the numbering sequence", lambda n: n.year, True),
            Column("number", "Number", "integer", "The number in the year's sequence", lambda n: n.number, True),
            Column("subject", "Subject", "string", "What the decision is about", lambda n: n.subject, True),
            Column("decision", "Decision", "string", "The decision as signed", lambda n: n.decision, True),
            Column("decision_maker", "Decision maker", "string", "Who made it", lambda n: n.decision_maker or ""),
            Column("signed_on", "Signed on", "date", "The date it was signed, where recorded",
                   lambda n: _iso(n.signed_on)),
            Column("published_on", "Published on", "date", "The date it was published, where recorded",
                   lambda n: _iso(n.published_on)),
        )),
    "agreements": Register(
        "Collaboration agreements", "Section 22A collaboration agreements published under section 23E.",
        "slug", lambda ctx: published.agreements(ctx), (
            Column("slug", "Identifier", "string", "The agreement's short identifier", lambda a: a.slug, True),
            Column("title", "Title", "string", "The agreement's title", lambda a: a.title, True),
            Column("objective", "Objective", "string", "What it is for", lambda a: a.objective or ""),
            Column("lead_force", "Lead force", "string", "The lead force (its data.police.uk id)",
                   lambda a: a.lead_force or ""),
            Column("status", "Status", "string", "in_force or ended", lambda a: a.status, True),
            Column("start_date", "In force from", "date", "The day it came into force", lambda a: _iso(a.start_date)),
            Column("review_date", "Review date", "date", "When it is next due for review",
                   lambda a: _iso(a.review_date)),
            Column("end_date", "End date", "date", "When it ends unless renewed", lambda a: _iso(a.end_date)),
        )),
    "meetings": Register(
        "Meetings", "Published meetings of boards and committees.",
        "id", lambda ctx: published_meetings.meetings(ctx), (
            Column("id", "Meeting", "integer", "The meeting's number in the register", lambda mt: mt.id, True),
            Column("forum", "Forum", "string", "The board or committee (its slug)", lambda mt: mt.forum, True),
            Column("forum_name", "Forum name", "string", "The board or committee's name",
                   lambda mt: mt.forum_name, True),
            Column("date", "Date", "date", "The day of the meeting", lambda mt: mt.date.isoformat(), True),
            Column("time", "Time", "time", "Its start (Europe/London), where recorded", lambda mt: _iso(mt.time)),
            Column("venue", "Venue", "string", "Where it is held", lambda mt: mt.venue or ""),
            Column("status", "Status", "string", "scheduled, held or cancelled", lambda mt: mt.status, True),
            Column("agenda_items", "Agenda items", "integer", "How many items its published agenda has",
                   lambda mt: len(mt.items), True),
            Column("minutes_approved_on", "Minutes approved on", "date",
                   "When its minutes were approved; empty while they await approval",
                   lambda mt: _iso(mt.minutes.approved_at) if mt.minutes else ""),
        )),
    "papers": Register(
        "Papers", "Published papers (reports) to meetings.",
        "id", lambda ctx: published_meetings.papers(ctx), (
            Column("id", "Paper", "integer", "The paper's number in the register", lambda p: p.id, True),
            Column("title", "Title", "string", "The paper's title", lambda p: p.title, True),
            Column("to", "To", "string", "The meeting or body it is addressed to", lambda p: p.to or ""),
            Column("from", "From", "string", "Its author", lambda p: p.author or ""),
            Column("date", "Date", "date", "The paper's date", lambda p: _iso(p.date)),
            Column("meeting", "Meeting", "integer", "The meeting it went to (see meetings.csv)",
                   lambda p: p.meeting_id if p.meeting_id else ""),
        )),
}


def register_csv(ctx: Context, name: str) -> str | None:
    """A register as CSV (RFC 4180, a header row of column names), or None for an unknown register."""
    register = REGISTERS.get(name)
    if register is None:
        return None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in register.columns])
    for row in register.rows(ctx):
        writer.writerow([c.value(row) for c in register.columns])
    return out.getvalue()


def register_metadata(name: str, csv_url: str) -> dict | None:
    """The CSVW metadata of a register: each column typed and described."""
    register = REGISTERS.get(name)
    if register is None:
        return None
    return {
        "@context": "http://www.w3.org/ns/csvw",
        "url": csv_url,
        "dc:title": register.title,
        "dc:description": register.description + " Only records that may be public (OFFICIAL, approved).",
        "dc:license": {"@id": LICENSE},
        "dialect": {"header": True, "encoding": "utf-8"},
        "tableSchema": {
            "columns": [{"name": c.name, "titles": c.title, "datatype": c.datatype, "dc:description": c.description,
                         "required": c.required} for c in register.columns],
            "primaryKey": register.key,
        },
    }


def calendar(ctx: Context, forum: str, meeting_url: Callable[[int], str], host: str) -> bytes | None:
    """A forum's meetings as iCalendar: a stable UID each, times in Europe/London, cancelled ones so marked."""
    from icalendar import Calendar

    found = published.forum(ctx, forum)
    if found is None:
        return None
    cal = Calendar()
    cal.add("prodid", "-//Concord public register//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", found.name)
    cal.add("x-wr-timezone", "Europe/London")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    meetings = published_meetings.meeting_times(ctx, forum)
    if any(mt.time is not None for mt in meetings):  # what add_missing_timezones() adds, made once
        cal.subcomponents.insert(0, _london_timezone())
    lines: list[str] = []
    for mt in meetings:
        start: dt.date | dt.datetime
        if mt.time is not None:
            start = dt.datetime.combine(mt.date, mt.time, tzinfo=LONDON)
            end: dt.date | dt.datetime = start + dt.timedelta(hours=MEETING_HOURS)
        else:  # the register does not know the time: an all-day event
            start, end = mt.date, mt.date + dt.timedelta(days=1)
        lines += ical.event(found.name, start, end, "Europe/London", stamp, f"meeting-{mt.id}@{host}",
                            f"Agenda, papers and minutes: {meeting_url(mt.id)}", mt.venue,
                            "CANCELLED" if mt.status == "cancelled" else "CONFIRMED", meeting_url(mt.id))
    return ical.spliced(cal.to_ical(), lines)


@functools.cache
def _london_timezone() -> Any:  # noqa: ANN401  (icalendar's Timezone)
    """Europe/London as a VTIMEZONE, as `Calendar.add_missing_timezones` makes it (its rules,
    1970 to 2038, take a while to work out: made once per process, only ever read)."""
    from icalendar import Timezone

    return Timezone.from_tzid("Europe/London")
