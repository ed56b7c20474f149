"""Rule 17: what a policing body must publish, and whether it has.

The Elected Local Policing Bodies (Specified Information) Order 2011 (as
amended) requires a PCC to publish, among other things: the dates,
agendas, reports and minutes of its public meetings; a record of each
decision of significant public interest; its contracts over £10,000; and,
each month, its spending over £500. Section 23E of the Police Act 1996
adds its collaboration agreements. The Order says "as soon as
practicable" where it sets no time; those timings are settings here
(`Timings`), never constants in the rules.

Pure functions on plain values: the service gathers the published
records (and only those) and asks `checklist` what is met, late or
missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from concord.domain.errors import DomainError


ORDER = "Elected Local Policing Bodies (Specified Information) Order 2011"


class Status(StrEnum):
    MET = "met"
    LATE = "late"
    MISSING = "missing"
    NOT_HELD = "not held by Concord"


@dataclass(frozen=True)
class Timings:
    """Days allowed where the law says "as soon as practicable" (settings)."""

    #: the agenda and reports of a meeting published at least this many days before it
    agenda_days_before: int = 5
    #: approved minutes published within this many days of the meeting
    minutes_days_after: int = 42
    #: a decision notice published within this many days of its signature
    notice_days_after: int = 7

    def __post_init__(self) -> None:
        for name in ("agenda_days_before", "minutes_days_after", "notice_days_after"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 366:
                raise DomainError(name, value, "must be a whole number of days from 0 to 366")


@dataclass(frozen=True)
class MeetingFacts:
    key: str  # how the checklist names it (forum and date)
    date: dt.date
    has_agenda: bool
    papers: int
    minutes_published: bool
    cancelled: bool = False


@dataclass(frozen=True)
class NoticeFacts:
    reference: str
    signed_on: dt.date | None
    published_on: dt.date | None


@dataclass(frozen=True)
class Requirement:
    what: str  # what the Order (or the Act) requires
    source: str
    status: Status
    held: str  # what Concord holds
    problems: tuple[str, ...] = ()


def meetings_requirement(meetings: list[MeetingFacts], as_of: dt.date, t: Timings) -> Requirement:
    problems = []
    for mt in meetings:
        if mt.cancelled:
            continue
        if not mt.has_agenda and (mt.date - as_of).days <= t.agenda_days_before:
            problems.append(f"{mt.key}: no agenda published")
        if mt.date < as_of and not mt.minutes_published and (as_of - mt.date).days > t.minutes_days_after:
            problems.append(f"{mt.key}: minutes not published within {t.minutes_days_after} days")
    held = f"{len(meetings)} meetings, {sum(m.papers for m in meetings)} reports, " \
           f"{sum(m.minutes_published for m in meetings)} sets of minutes published"
    status = Status.MISSING if not meetings else Status.LATE if problems else Status.MET
    return Requirement("Dates, agendas, reports and minutes of public meetings",
                       ORDER, status, held, tuple(problems))


def notices_requirement(notices: list[NoticeFacts], t: Timings) -> Requirement:
    problems = []
    for n in notices:
        if n.signed_on and n.published_on and (n.published_on - n.signed_on).days > t.notice_days_after:
            problems.append(f"{n.reference}: published {(n.published_on - n.signed_on).days} days after "
                            f"signature (allowed {t.notice_days_after})")
    undated = sum(1 for n in notices if n.published_on is None)
    held = f"{len(notices)} decision notices published" + (f" ({undated} with no publication date recorded)"
                                                           if undated else "")
    status = Status.MISSING if not notices else Status.LATE if problems else Status.MET
    return Requirement("A record of each decision of significant public interest",
                       ORDER, status, held, tuple(problems))


def agreements_requirement(count: int) -> Requirement:
    return Requirement("Collaboration agreements (section 22A), or a summary where the full text would reveal "
                       "tactics", "Police Act 1996, section 23E", Status.MET if count else Status.MISSING,
                       f"{count} agreements published")


def checklist(meetings: list[MeetingFacts], notices: list[NoticeFacts], agreements: int, as_of: dt.date,
              t: Timings) -> list[Requirement]:
    """Each requirement with its status; those Concord does not keep say so."""
    return [
        meetings_requirement(meetings, as_of, t),
        notices_requirement(notices, t),
        agreements_requirement(agreements),
        Requirement("Contracts over £10,000", ORDER,
                    Status.NOT_HELD, "Concord does not keep contracts: publish them from the finance system"),
        Requirement("Each month, expenditure over £500", ORDER,
                    Status.NOT_HELD, "Concord does not keep spending: publish it from the finance system"),
    ]
