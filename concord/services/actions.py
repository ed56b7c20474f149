"""Actions from meetings: one tracker across forums.

An action has an owner and a due: a date, or a span from the meeting
that set it ("report back in six months"), computed by
`concord.domain.dues`. Marking one done is `records.complete_action`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import dues
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.text import check_title
from concord.domain.vocab import ActionStatus
from concord.services import meetings
from concord.services.context import Context

STATUSES = ("open", "done", "dropped", "all")


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class TrackedAction:
    id: int
    number: str | None
    text: str
    owner: str | None
    due: dt.date | None
    due_rule: str | None
    status: ActionStatus
    completed_on: dt.date | None
    update: str | None
    item: str | None
    forum_slug: str
    forum: str
    meeting_id: int
    meeting_date: dt.date
    version: int

    def overdue(self, as_of: dt.date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due < as_of


def _query():  # noqa: ANN202
    m = _m()
    return (sa.select(m.Action, m.Forum.slug, m.Forum.name, m.Meeting.date)
            .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
            .join(m.Forum, m.Forum.id == m.Meeting.forum_id))


def _view(a, slug: str, forum: str, day: dt.date) -> TrackedAction:  # noqa: ANN001
    return TrackedAction(a.id, a.number, a.text, a.owner, a.due, a.due_rule, ActionStatus(a.status), a.completed_on,
                         a.update, a.item, slug, forum, a.meeting_id, day, a.version)


def list_actions(ctx: Context, owner: str | None = None, status: str = "open", due_before: dt.date | None = None,
                 due_after: dt.date | None = None, forum: str | None = None,
                 meeting_id: int | None = None) -> list[TrackedAction]:
    """Actions soonest due first (no date last): by status (open, done, dropped or all), by
    owner (any part of the name, in any case), due before or after a date, of a forum or a meeting."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    if status not in STATUSES:
        raise DomainError("--status", status, "must be one of " + ", ".join(STATUSES))
    q = _query()
    if status != "all":
        q = q.where(m.Action.status == ActionStatus(status))
    if owner and owner.strip():
        words = owner.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = q.where(sa.func.lower(m.Action.owner).like(f"%{words}%", escape="\\"))
    if due_before is not None:
        q = q.where(m.Action.due < due_before)
    if due_after is not None:
        q = q.where(m.Action.due >= due_after)
    if forum:
        q = q.where(m.Forum.slug == forum)
    if meeting_id is not None:
        q = q.where(m.Action.meeting_id == meeting_id)
    q = q.order_by(m.Action.due.is_(None), m.Action.due, m.Meeting.date, m.Action.id)
    return [_view(*r) for r in ctx.session.execute(q)]


def action(ctx: Context, action_id: int) -> TrackedAction | None:
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    found = ctx.session.execute(_query().where(m.Action.id == action_id)).first()
    return _view(*found) if found else None


def owners(ctx: Context) -> list[str]:
    """Every owner named on an action, by name."""
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    return list(ctx.session.scalars(sa.select(m.Action.owner).where(m.Action.owner.is_not(None)).distinct()
                                    .order_by(m.Action.owner)))


def add_action(ctx: Context, meeting_id: int, text: str, owner: str | None = None, due: str | None = None,
               item: str | None = None) -> TrackedAction:
    """An action set at a meeting. `due` is a date (YYYY-MM-DD) or a span from the meeting
    ("report back in six months", "12 weeks"); with none, a span in the action's own words
    ("Report in six months on ...") sets it. `item` is the agenda item's number."""
    m = _m()
    s = ctx.session
    row = meetings._for_edit(ctx, meeting_id, Permission.ACTION_EDIT)
    text = check_title(text, "--text", 4000, allow_newlines=True)
    owner = check_title(owner, "--owner", 200) if owner and owner.strip() else None
    when = dues.due(due, row.date) if due and due.strip() else dues.due_from_text(text, row.date)
    agenda = None
    if item and item.strip():
        agenda = next((i for i in row.items if i.number == item.strip()), None)
        if agenda is None:
            raise DomainError("--item", item, "is not an item on this meeting's agenda")
    numbers = s.scalars(sa.select(m.Action.number).where(m.Action.meeting_id == row.id)).all()
    new = m.Action(meeting_id=row.id, agenda_item_id=agenda.id if agenda else None,
                   number=_next_number(numbers, agenda.number if agenda else None),
                   item=agenda.title if agenda else None, text=text, owner=owner,
                   due=when.date if when else None, due_rule=when.rule if when else None, status=ActionStatus.OPEN)
    s.add(new)
    s.flush()
    return action(ctx, new.id)  # type: ignore[return-value]


def _next_number(taken: Sequence[str | None], item: str | None) -> str:
    """The next action number: `4.1`, `4.2` for item 4; `A1`, `A2` for none."""
    prefix = f"{item}." if item and len(item) <= 14 else "A"
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def mark_done(ctx: Context, action_id: int, on: str, update: str | None = None,
              expected_version: int | None = None) -> TrackedAction:
    """Mark an open action done on `on` (YYYY-MM-DD, as typed), with what was done."""
    from concord.domain.text import parse_date
    from concord.services import records

    records.complete_action(ctx, action_id, parse_date(on, "--on"), update, expected_version)
    return action(ctx, action_id)  # type: ignore[return-value]
