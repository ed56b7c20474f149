"""Meetings of forums: list, add, and a meeting's whole page.

Every function takes the caller's `Context` first and returns plain
frozen dataclasses. A meeting belongs to its forum's organisation;
editing it needs `MEETING_EDIT` there. The agenda and attendance are in
`services.agenda`, the minutes in `services.minutes`, the actions in
`services.actions`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import calendar
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.domain.text import check_id, check_title, parse_date
from concord.domain.vocab import AttendanceRole, DecisionKind, MeetingStatus, MinuteStatus
from concord.services import forums
from concord.services.context import Context

WHEN = ("all", "past", "upcoming")


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    forum_slug: str
    forum: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    status: MeetingStatus
    items: int
    minutes: MinuteStatus | None
    version: int


@dataclass(frozen=True)
class PaperView:
    id: int
    title: str
    author: str | None
    date: dt.date | None
    purpose: str | None
    recommendations: tuple[str, ...]
    contact_officer: str | None
    dispatched_on: dt.date | None
    needs_decision: bool
    #: sent after the latest dispatch date for the forum's notice rule (rule 4)
    late: bool
    marking: Marking


@dataclass(frozen=True)
class ItemView:
    id: int
    number: str
    title: str
    needs_decision: bool
    presenter: str | None
    late: bool
    papers: tuple[PaperView, ...]


@dataclass(frozen=True)
class AttendeeView:
    id: int
    name: str
    role: AttendanceRole
    capacity: str | None


@dataclass(frozen=True)
class MinuteView:
    id: int
    meeting_id: int
    status: MinuteStatus
    text: str | None
    approved_at_meeting_id: int | None
    approved_at: dt.date | None
    approved_on: dt.date | None
    marking: Marking
    legacy_marking: str | None
    held_until_approved: bool
    version: int


@dataclass(frozen=True)
class ResolutionView:
    id: int
    kind: DecisionKind
    subject: str
    text: str
    made_on: dt.date


@dataclass(frozen=True)
class MeetingRef:
    id: int
    date: dt.date


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    public: bool
    marking: Marking
    legacy_marking: str | None
    #: the forum's notice rule (rule 4) and the latest date papers needing a decision may go out
    notice_clear_days: int | None
    latest_dispatch: dt.date | None
    items: tuple[ItemView, ...]
    #: papers for the meeting that are on no agenda item
    other_papers: tuple[PaperView, ...]
    attendance: tuple[AttendeeView, ...]
    minutes: MinuteView | None
    resolutions: tuple[ResolutionView, ...]
    previous: MeetingRef | None
    next: MeetingRef | None
    #: minutes of earlier meetings approved at this one
    approved_here: tuple[MeetingRef, ...]
    #: draft minutes of earlier meetings of the forum that could be approved at this one
    drafts_to_approve: tuple[MeetingRef, ...]


def _owner(ctx: Context, meeting) -> str | None:  # noqa: ANN001
    """The organisation a meeting belongs to: its own owner, else its forum's."""
    m = _m()
    s = ctx.session
    if meeting.owner_id is not None:
        return s.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == meeting.owner_id))
    return forums._owner_slug(s, s.get(m.Forum, meeting.forum_id))


def _row(ctx: Context, meeting_id: int, field: str = "meeting"):  # noqa: ANN201
    """The meeting row (for services only), or a DomainError."""
    m = _m()
    check_id(meeting_id, field)
    row = ctx.session.get(m.Meeting, meeting_id)
    if row is None:
        raise DomainError(field, meeting_id, "is not a meeting in the register (see `concord meeting list`)")
    return row


def _for_edit(ctx: Context, meeting_id: int, permission: Permission = Permission.MEETING_EDIT,
                  field: str = "meeting"):  # noqa: ANN201
    """The meeting row, once the actor may do `permission` on it."""
    row = _row(ctx, meeting_id, field)
    ctx.require(permission, organisation=_owner(ctx, row))
    return row


def _summary_query():  # noqa: ANN202
    m = _m()
    # counted per meeting shown, by the (meeting, number) index: not grouped over every item first
    items = (sa.select(sa.func.count()).select_from(m.AgendaItem).where(m.AgendaItem.meeting_id == m.Meeting.id)
             .correlate(m.Meeting).scalar_subquery().label("n"))
    return (sa.select(m.Meeting, m.Forum.slug, m.Forum.name, items, m.Minute.status)
            .join(m.Forum, m.Forum.id == m.Meeting.forum_id)
            .outerjoin(m.Minute, m.Minute.meeting_id == m.Meeting.id))


def _summary(row, slug: str, name: str, items: int | None, minutes: str | None) -> MeetingSummary:  # noqa: ANN001
    return MeetingSummary(row.id, slug, name, row.date, row.time, row.venue, MeetingStatus(row.status), items or 0,
                          MinuteStatus(minutes) if minutes else None, row.version)


def list_meetings(ctx: Context, forum: str | None = None, when: str = "all",
                  as_of: dt.date | None = None) -> list[MeetingSummary]:
    """Meetings, newest first: of one forum, and past (before `as_of`) or upcoming (on or after it)."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    if when not in WHEN:
        raise DomainError("when", when, "must be one of " + ", ".join(WHEN))
    day = as_of or dt.date.today()
    q = _summary_query()
    if forum:
        q = q.where(m.Forum.id == forums._row(ctx, forum, "forum").id)
    if when == "past":
        q = q.where(m.Meeting.date < day).order_by(m.Meeting.date.desc())
    elif when == "upcoming":
        q = q.where(m.Meeting.date >= day).order_by(m.Meeting.date)
    else:
        q = q.order_by(m.Meeting.date.desc())
    return [_summary(*r) for r in ctx.session.execute(q.order_by(m.Forum.name, m.Meeting.id))]


def summary(ctx: Context, meeting_id: int) -> MeetingSummary:
    m = _m()
    row = ctx.session.execute(_summary_query().where(m.Meeting.id == meeting_id)).one()
    return _summary(*row)


def add_meeting(ctx: Context, forum: str, date: str, time: str | None = None,
                venue: str | None = None) -> MeetingSummary:
    """A meeting of `forum` on `date` (YYYY-MM-DD), at `time` (HH:MM) and `venue` if known."""
    m = _m()
    s = ctx.session
    row = forums._row(ctx, forum)
    org = forums._owner_slug(s, row)
    ctx.require(Permission.MEETING_EDIT, organisation=org)
    day = parse_date(date, "--date")
    at = _time(time) if time and time.strip() else None
    place = check_title(venue, "--venue", 300) if venue and venue.strip() else None
    if s.scalar(sa.select(m.Meeting.id).where(m.Meeting.forum_id == row.id, m.Meeting.date == day,
                                              m.Meeting.time.is_(None) if at is None else m.Meeting.time == at)):
        raise DomainError("--date", date, f"already has a meeting of {row.name}" + (f" at {time}" if at else ""))
    owner_id = s.scalar(sa.select(m.Organisation.id).where(m.Organisation.slug == org)) if org else None
    meeting = m.Meeting(forum_id=row.id, date=day, time=at, venue=place, status=MeetingStatus.SCHEDULED,
                        public=row.public, owner_id=owner_id)
    s.add(meeting)
    s.flush()
    return summary(ctx, meeting.id)


def _time(text: str) -> dt.time:
    try:
        value = dt.time.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("--time", text, "is not a time of day in the form HH:MM, e.g. 14:00") from None
    if len(text.strip()) != 5:
        raise DomainError("--time", text, "is not a time of day in the form HH:MM, e.g. 14:00")
    return value


def paper_view(p, latest: dt.date | None, needs_decision: bool) -> PaperView:  # noqa: ANN001
    decide = bool(p.needs_decision) or needs_decision
    late = bool(latest is not None and decide and p.dispatched_on is not None and p.dispatched_on > latest)
    return PaperView(p.id, p.title, p.author, p.date, p.purpose, tuple(p.recommendations or ()), p.contact_officer,
                     p.dispatched_on, decide, late, Marking(p.marking))


def minute_view(ctx: Context, mi) -> MinuteView:  # noqa: ANN001
    m = _m()
    at = ctx.session.scalar(sa.select(m.Meeting.date).where(m.Meeting.id == mi.approved_at_meeting_id)) \
        if mi.approved_at_meeting_id else None
    return MinuteView(mi.id, mi.meeting_id, MinuteStatus(mi.status), mi.text, mi.approved_at_meeting_id, at,
                      mi.approved_on, Marking(mi.marking), mi.legacy_marking, bool(mi.held_until_approved), mi.version)


def meeting(ctx: Context, meeting_id: int) -> MeetingDetail | None:
    """Everything about one meeting, or None if there is no such meeting."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    s = ctx.session
    found = s.execute(_summary_query().where(m.Meeting.id == meeting_id)).first()
    if found is None:
        return None
    row = found[0]
    forum = s.get_one(m.Forum, row.forum_id)
    latest = calendar.latest_dispatch_date(row.date, forum.notice_clear_days) \
        if forum.notice_clear_days is not None else None
    papers = s.scalars(sa.select(m.Paper).where(m.Paper.meeting_id == row.id).order_by(m.Paper.id)).all()
    by_item: dict[int | None, list] = {}
    for p in papers:
        by_item.setdefault(p.agenda_item_id, []).append(p)
    items = tuple(ItemView(i.id, i.number, i.title, i.needs_decision, i.presenter, bool(i.late),
                           tuple(paper_view(p, latest, i.needs_decision) for p in by_item.get(i.id, [])))
                  for i in row.items)
    attendance = tuple(AttendeeView(a.id, a.person.name, AttendanceRole(a.role), a.capacity) for a in row.attendance)
    minute = s.scalar(sa.select(m.Minute).where(m.Minute.meeting_id == row.id))
    decisions = s.scalars(sa.select(m.Decision).where(m.Decision.meeting_id == row.id).order_by(m.Decision.id))
    others = s.execute(sa.select(m.Meeting.id, m.Meeting.date, m.Minute.status, m.Minute.approved_at_meeting_id)
                       .outerjoin(m.Minute, m.Minute.meeting_id == m.Meeting.id)
                       .where(m.Meeting.forum_id == row.forum_id, m.Meeting.id != row.id,
                              m.Meeting.status != MeetingStatus.CANCELLED)
                       .order_by(m.Meeting.date, m.Meeting.id)).all()
    before = [o for o in others if o.date < row.date]
    after = [o for o in others if o.date > row.date]
    return MeetingDetail(
        summary=_summary(*found), public=row.public, marking=Marking(row.marking), legacy_marking=row.legacy_marking,
        notice_clear_days=forum.notice_clear_days, latest_dispatch=latest, items=items,
        other_papers=tuple(paper_view(p, latest, False) for p in by_item.get(None, [])),
        attendance=attendance, minutes=minute_view(ctx, minute) if minute else None,
        resolutions=tuple(ResolutionView(d.id, DecisionKind(d.kind), d.subject, d.text, d.made_on) for d in decisions),
        previous=MeetingRef(before[-1].id, before[-1].date) if before else None,
        next=MeetingRef(after[0].id, after[0].date) if after else None,
        approved_here=tuple(MeetingRef(o.id, o.date) for o in others if o.approved_at_meeting_id == row.id),
        drafts_to_approve=tuple(MeetingRef(o.id, o.date) for o in before if o.status == MinuteStatus.DRAFT))
