"""What a meeting's agenda pack is made of, as plain data: the meeting, its agenda, each paper
(with its protective marking, contact officer, appendices of figures and the agreement it is
about), and the minutes and actions of the forum's previous meeting.

`concord.papers` lays these out as HTML, PDF and DOCX; nothing here knows about layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import Marking, is_publishable
from concord.domain.text import parse_date
from concord.domain.vocab import AttendanceRole, MinuteStatus
from concord.services import actions, meetings, paper_finance
from concord.services.context import Context


def _m() -> Any:
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class PackPaper:
    id: int
    item: str  # the agenda item's number
    title: str
    to: str | None
    author: str | None
    date: dt.date | None
    purpose: str | None
    recommendations: tuple[str, ...]
    background: str | None
    contact_officer: str | None
    marking: Marking
    legacy_marking: str | None
    held_until_approved: bool
    needs_decision: bool
    #: the financial tables it carries as appendices
    tables: tuple[paper_finance.FinanceTable, ...]
    #: the section 22A agreement it is about (a decision at the meeting names it), if any
    agreement: str | None

    @property
    def public(self) -> bool:
        return is_publishable(self.marking, approved=False, held_until_approved=self.held_until_approved)


@dataclass(frozen=True)
class PackItem:
    number: str
    title: str
    needs_decision: bool
    presenter: str | None
    papers: tuple[PackPaper, ...]


@dataclass(frozen=True)
class Attendee:
    name: str
    capacity: str | None
    role: AttendanceRole


@dataclass(frozen=True)
class MinutesData:
    meeting_id: int
    forum: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    status: MinuteStatus | None
    text: str | None
    marking: Marking
    legacy_marking: str | None
    held_until_approved: bool
    #: approved (or to be approved) at this later meeting
    approved_at: dt.date | None
    attendance: tuple[Attendee, ...]
    agenda: tuple[tuple[str, str], ...]
    actions: tuple[actions.TrackedAction, ...]

    @property
    def public(self) -> bool:
        return is_publishable(self.marking, approved=self.status is MinuteStatus.APPROVED,
                              held_until_approved=self.held_until_approved)


@dataclass(frozen=True)
class PackData:
    meeting_id: int
    forum_slug: str
    forum: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    public: bool
    marking: Marking
    items: tuple[PackItem, ...]
    previous: MinutesData | None
    #: the policing body whose forum it is (it signs the decision notices), if one
    body: str | None = None


def find_meeting(ctx: Context, key: str, field: str = "--meeting") -> int:
    """A meeting by its number in the register, or as FORUM/DATE (`cambridgeshire-bcb/2016-12-16`)."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    text = key.strip()
    if text.isdigit():
        if ctx.session.get(m.Meeting, int(text)) is None:
            raise DomainError(field, key, "is not a meeting in the register (see `concord meeting list`)")
        return int(text)
    forum, sep, day = text.rpartition("/")
    if not sep or not forum:
        raise DomainError(field, key, "is neither a meeting's number nor FORUM/DATE, e.g. cambridgeshire-bcb/2016-12-16")
    on = parse_date(day, field)
    found = ctx.session.scalars(sa.select(m.Meeting.id).join(m.Forum, m.Forum.id == m.Meeting.forum_id)
                                .where(m.Forum.slug == forum, m.Meeting.date == on).order_by(m.Meeting.id)).all()
    if not found:
        raise DomainError(field, key, "names no meeting in the register (see `concord meeting list`)")
    return int(found[0])


def pack(ctx: Context, meeting_id: int) -> PackData:
    """Everything a meeting's agenda pack holds."""
    m = _m()
    detail = meetings.meeting(ctx, meeting_id)
    if detail is None:
        raise DomainError("--meeting", str(meeting_id), "is not a meeting in the register")
    s = ctx.session
    rows = {p.id: p for p in s.scalars(sa.select(m.Paper).where(m.Paper.meeting_id == meeting_id))}
    about = _agreements(ctx, meeting_id)
    items = []
    for item in detail.items:
        papers = tuple(_paper(ctx, rows[p.id], item.number, about) for p in item.papers)
        items.append(PackItem(item.number, item.title, item.needs_decision, item.presenter, papers))
    others = tuple(_paper(ctx, rows[p.id], "", about) for p in detail.other_papers)
    if others:
        items.append(PackItem("", "Other papers", False, None, others))
    previous = minutes(ctx, detail.previous.id, approving=meeting_id) if detail.previous else None
    summary = detail.summary
    body = s.scalar(sa.select(m.PolicingBody.name).join(m.Forum, m.Forum.policing_body_id == m.PolicingBody.id)
                    .join(m.Meeting, m.Meeting.forum_id == m.Forum.id).where(m.Meeting.id == meeting_id))
    return PackData(meeting_id, summary.forum_slug, summary.forum, summary.date, summary.time, summary.venue,
                    detail.public, detail.marking, tuple(items), previous, body)


def minutes(ctx: Context, meeting_id: int, approving: int | None = None) -> MinutesData:
    """A meeting's minutes with its attendance, apologies, agenda and actions."""
    m = _m()
    detail = meetings.meeting(ctx, meeting_id)
    if detail is None:
        raise DomainError("--meeting", str(meeting_id), "is not a meeting in the register")
    mi = detail.minutes
    approved_at = mi.approved_at if mi else None
    if approved_at is None and approving is not None:
        approved_at = ctx.session.scalar(sa.select(m.Meeting.date).where(m.Meeting.id == approving))
    people = tuple(Attendee(a.name, a.capacity, a.role) for a in detail.attendance)
    acts = tuple(actions.list_actions(ctx, status="all", meeting_id=meeting_id))
    acts = tuple(sorted(acts, key=lambda a: _number_key(a.number)))
    s = detail.summary
    return MinutesData(meeting_id, s.forum, s.date, s.time, s.venue, mi.status if mi else None, mi.text if mi else None,
                       mi.marking if mi else detail.marking, mi.legacy_marking if mi else None,
                       bool(mi.held_until_approved) if mi else False, approved_at, people,
                       tuple((i.number, i.title) for i in detail.items), acts)


def _number_key(number: str | None) -> tuple:
    parts = (number or "").replace("(", ".").replace(")", "").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def _agreements(ctx: Context, meeting_id: int) -> dict[str, str]:
    """Agreement titles (lower case) → slug, for the agreements decided about at the meeting."""
    m = _m()
    rows = ctx.session.execute(sa.select(m.Agreement.title, m.Agreement.slug)
                               .join(m.Decision, m.Decision.agreement_id == m.Agreement.id)
                               .where(m.Decision.meeting_id == meeting_id))
    return {title.lower(): slug for title, slug in rows}


def _paper(ctx: Context, p: Any, item: str, about: dict[str, str]) -> PackPaper:  # noqa: ANN401
    slug = next((s for title, s in about.items() if title in p.title.lower()), None)
    return PackPaper(p.id, item, p.title, p.to, p.author, p.date, p.purpose, tuple(p.recommendations or ()),
                     p.background, p.contact_officer, Marking(p.marking), p.legacy_marking,
                     bool(p.held_until_approved), bool(p.needs_decision),
                     paper_finance.tables_for_paper(ctx, p.id), slug)
