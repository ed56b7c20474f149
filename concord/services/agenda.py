"""A meeting's agenda (with the notice rule, rule 4) and its attendance.

Business needing an in-principle decision must reach every party in
writing at least the forum's clear working days before the meeting. An
item added after the latest dispatch date is refused until the person
adding it confirms it (`confirm_late`); it is then recorded as late, and
its paper, sent that day, is one of the late papers `concord check` finds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import calendar
from concord.domain.errors import DomainError
from concord.domain.text import check_title, parse_date
from concord.domain.vocab import AttendanceRole
from concord.services import meetings
from concord.services.context import Context

ROLES = {"member": AttendanceRole.MEMBER, "present": AttendanceRole.MEMBER,
         "in-attendance": AttendanceRole.IN_ATTENDANCE, "in_attendance": AttendanceRole.IN_ATTENDANCE,
         "attendance": AttendanceRole.IN_ATTENDANCE, "apologies": AttendanceRole.APOLOGIES}


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class LateNotice:
    """Where an item stands against the forum's notice rule (rule 4)."""

    clear_days: int | None
    latest: dt.date | None
    #: None: not known (an item recorded after the meeting with no date given)
    sent_on: dt.date | None
    late: bool


@dataclass(frozen=True)
class AddedItem:
    meeting_id: int
    item: meetings.ItemView
    notice: LateNotice


def notice(meeting_date: dt.date, clear_days: int | None, sent_on: dt.date | None,
           needs_decision: bool) -> LateNotice:
    latest = calendar.latest_dispatch_date(meeting_date, clear_days) if clear_days is not None else None
    late = needs_decision and latest is not None and sent_on is not None and sent_on > latest
    return LateNotice(clear_days, latest, sent_on, bool(late))


def _sent(typed: str | None, meeting_date: dt.date, today: dt.date | None) -> dt.date | None:
    """The day business went out: as typed, else today, unless the meeting is past (then not known)."""
    if typed and typed.strip():
        sent = parse_date(typed, "--sent")
        if sent > meeting_date:
            raise DomainError("--sent", typed, f"is after the meeting ({meeting_date.isoformat()})")
        return sent
    day = today or dt.date.today()
    return day if day <= meeting_date else None


def notice_for(ctx: Context, meeting_id: int, sent_on: str | None, needs_decision: bool,
               today: dt.date | None = None) -> LateNotice:
    """Where business sent on `sent_on` (YYYY-MM-DD, as for `add_item`) would stand against the notice rule."""
    from concord.domain.access import Permission

    m = _m()
    ctx.require(Permission.REGISTER_READ)
    row = meetings._row(ctx, meeting_id)
    return notice(row.date, ctx.session.get_one(m.Forum, row.forum_id).notice_clear_days,
                  _sent(sent_on, row.date, today), needs_decision)


def add_item(ctx: Context, meeting_id: int, title: str, number: str | None = None, needs_decision: bool = False,
             presenter: str | None = None, paper: str | None = None, sent_on: str | None = None,
             confirm_late: bool = False, today: dt.date | None = None) -> AddedItem:
    """Add an agenda item (numbered next unless `number` is given), with its paper when
    it has one or needs a decision. `sent_on` (YYYY-MM-DD, default today) is when it
    went to every party; after the notice deadline it needs `confirm_late`."""
    m = _m()
    s = ctx.session
    row = meetings._for_edit(ctx, meeting_id)
    title = check_title(title, "--title", 300)
    presenter = check_title(presenter, "--presenter", 200) if presenter and presenter.strip() else None
    paper_title = check_title(paper, "--paper", 300) if paper and paper.strip() else None
    sent = _sent(sent_on, row.date, today)
    taken = {i.number for i in row.items}
    if number and number.strip():
        number = check_title(number, "--number", 20)
        if number in taken:
            raise DomainError("--number", number, "is already an item on this meeting's agenda")
    else:
        whole = [int(n) for n in taken if n.isdigit()]
        number = str(max(whole, default=0) + 1)
        while number in taken:
            number = str(int(number) + 1)
    forum = s.get_one(m.Forum, row.forum_id)
    where = notice(row.date, forum.notice_clear_days, sent, needs_decision)
    if where.late and not confirm_late:
        raise DomainError("--confirm-late", sent.isoformat() if sent else "",
                          f"is after {where.latest.isoformat() if where.latest else ''}, the latest date to send "
                          f"business needing a decision for {where.clear_days} clear working days' notice "
                          f"(rule 4): confirm to add the item as late")
    item = m.AgendaItem(meeting_id=row.id, position=max((i.position for i in row.items), default=0) + 1,
                        number=number, title=title, needs_decision=bool(needs_decision), presenter=presenter,
                        late=where.late)
    row.items.append(item)
    s.flush()
    if paper_title or needs_decision:
        s.add(m.Paper(meeting_id=row.id, agenda_item_id=item.id, title=paper_title or title, to=forum.name,
                      author=presenter, date=sent, dispatched_on=sent, needs_decision=bool(needs_decision),
                      marking=row.marking, owner_id=row.owner_id))
        s.flush()
    shown = next(i for i in meetings.meeting(ctx, row.id).items if i.id == item.id)  # type: ignore[union-attr]
    return AddedItem(row.id, shown, where)


def role(value: str, field: str = "--role") -> AttendanceRole:
    found = ROLES.get((value or "").strip().lower().replace(" ", "-"))
    if found is None:
        raise DomainError(field, value, "must be member, in-attendance or apologies")
    return found


def attend(ctx: Context, meeting_id: int, name: str, as_role: str, capacity: str | None = None) -> meetings.AttendeeView:
    """Record that `name` was at the meeting as a member or in attendance, or sent apologies
    (a second record for the same person replaces the first)."""
    m = _m()
    s = ctx.session
    row = meetings._for_edit(ctx, meeting_id)
    name = check_title(name, "--name", 120)
    kind = role(as_role)
    capacity = check_title(capacity, "--capacity", 200) if capacity and capacity.strip() else None
    person = s.scalar(sa.select(m.Person).where(m.Person.name == name))
    if person is None:
        person = m.Person(name=name, role=capacity)
        s.add(person)
        s.flush()
    seat = next((a for a in row.attendance if a.person_id == person.id), None)
    if seat is None:
        seat = m.Attendance(person_id=person.id, role=kind, capacity=capacity)
        row.attendance.append(seat)
    else:
        seat.role = kind
        seat.capacity = capacity or seat.capacity
    s.flush()
    return meetings.AttendeeView(seat.id, person.name, kind, seat.capacity)
