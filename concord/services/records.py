"""Decision notices and actions: the everyday records of a governance office.

Every function takes the caller's `Context` first and returns plain
frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.decisions import parse_notice_reference
from concord.domain.errors import DomainError
from concord.domain.forces import force as force_ref
from concord.domain.markings import Marking, map_legacy
from concord.domain.numbering import Signed, out_of_order
from concord.domain.text import check_id, check_title
from concord.domain.vocab import ActionStatus, DecisionKind
from concord.services.context import Context
from concord.store import models as m


@dataclass(frozen=True)
class NoticeView:
    id: int
    reference: str
    body: str
    subject: str
    signed_on: dt.date | None
    marking: Marking
    legacy_marking: str | None
    version: int
    #: things worth a look that do not stop the notice being recorded (numbers out of date order)
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionView:
    id: int
    text: str
    owner: str | None
    due: dt.date | None
    status: ActionStatus
    completed_on: dt.date | None
    forum: str
    meeting_date: dt.date
    version: int

    def overdue(self, as_of: dt.date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due < as_of


def add_notice(ctx: Context, reference: str, body: str, subject: str, decision: str, signed_on: dt.date | None,
               decision_maker: str | None = None, contact_officer: str | None = None,
               marking: str | None = None) -> NoticeView:
    """A signed, numbered decision notice and its executive decision (rule 10).

    `marking` is the protective marking as printed (default OFFICIAL);
    legacy wording is kept verbatim (rule 18).
    """
    s = ctx.session
    ref = parse_notice_reference(reference)
    force_ref(body, "--body")
    ctx.require(Permission.NOTICE_EDIT, organisation=f"{body}-opcc")
    subject = check_title(subject, "--subject")
    decision = check_title(decision, "--decision", allow_newlines=True)
    decision_maker = check_title(decision_maker, "--maker") if decision_maker is not None else None
    contact_officer = check_title(contact_officer, "--contact") if contact_officer is not None else None
    marked = map_legacy(marking) if marking is not None else None
    pb = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.force_id == body))
    if pb is None:
        raise DomainError("--body", body, "has no policing body that signs decision notices")
    if pb.notice_prefix and pb.notice_prefix != ref.body_code:
        raise DomainError("reference", reference, f"does not use {pb.name}'s prefix {pb.notice_prefix}")
    other = s.scalar(sa.select(m.PolicingBody.name).where(m.PolicingBody.notice_prefix == ref.body_code,
                                                          m.PolicingBody.id != pb.id))
    if other:
        raise DomainError("reference", reference, f"uses the prefix of {other}")
    if signed_on and signed_on.year != ref.year:
        raise DomainError("--signed", signed_on.isoformat(), f"is not in {ref.year}, the year of {ref}")
    pb.notice_prefix = ref.body_code
    same_year = [Signed(r, n, d) for r, n, d in s.execute(
        sa.select(m.DecisionNotice.reference, m.DecisionNotice.number, m.DecisionNotice.signed_on)
        .where(m.DecisionNotice.policing_body_id == pb.id, m.DecisionNotice.year == ref.year))
        if r is not None and n is not None]  # drafts have no number yet
    office = s.scalar(sa.select(m.Office).where(m.Office.force_id == body, m.Office.kind == "policing_body"))
    marks = {} if marked is None else {"marking": marked.marking, "legacy_marking": marked.legacy,
                                       "held_until_approved": marked.held_until_approved}
    made = m.Decision(kind=DecisionKind.EXECUTIVE, made_on=signed_on or dt.date(ref.year, 1, 1),
                      subject=subject, text=decision, office_id=office.id if office else None, **marks)
    notice = m.DecisionNotice(policing_body_id=pb.id, reference=str(ref), year=ref.year, number=ref.number,
                              subject=subject, decision_text=decision, decision_maker=decision_maker,
                              contact_officer=contact_officer, signed_on=signed_on, decision=made, **marks)
    s.add(notice)
    s.flush()
    flags = out_of_order(Signed(str(ref), ref.number, signed_on), same_year)
    return NoticeView(notice.id, str(ref), body, notice.subject, notice.signed_on,
                      Marking(notice.marking), notice.legacy_marking, notice.version, tuple(flags))


def _actions():  # noqa: ANN202
    return (sa.select(m.Action, m.Forum.name, m.Meeting.date)
            .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
            .join(m.Forum, m.Forum.id == m.Meeting.forum_id))


def _action_view(action: m.Action, forum: str, meeting_date: dt.date) -> ActionView:
    return ActionView(action.id, action.text, action.owner, action.due, ActionStatus(action.status),
                      action.completed_on, forum, meeting_date, action.version)


def open_actions(ctx: Context, as_of: dt.date) -> list[ActionView]:  # noqa: ARG001  (as_of: the caller's "overdue")
    """Open actions, soonest due first (those with no date last)."""
    ctx.require(Permission.REGISTER_READ)
    q = (_actions().where(m.Action.status == ActionStatus.OPEN)
         .order_by(m.Action.due.is_(None), m.Action.due, m.Action.id))
    return [_action_view(a, forum, day) for a, forum, day in ctx.session.execute(q)]


def complete_action(ctx: Context, action_id: int, on: dt.date, update: str | None = None,
                    expected_version: int | None = None) -> ActionView:
    """Mark an open action done on `on` (not before the meeting that set it)."""
    s = ctx.session
    check_id(action_id, "action")
    found = s.execute(_actions().where(m.Action.id == action_id)).first()
    if found is None:
        raise DomainError("action", action_id, "does not exist (see `concord action list`)")
    action, forum, meeting_date = found
    owner = s.scalar(sa.select(m.Organisation.slug).join(m.Meeting, m.Meeting.owner_id == m.Organisation.id)
                     .where(m.Meeting.id == action.meeting_id))
    ctx.require(Permission.ACTION_EDIT, organisation=owner)
    ctx.check_version("action", action_id, action, expected_version)
    if action.status != ActionStatus.OPEN:
        raise DomainError("action", action_id, f"is already {ActionStatus(action.status).value}")
    if on < meeting_date:
        raise DomainError("--on", on.isoformat(),
                          f"is before the meeting that set the action ({meeting_date.isoformat()})")
    action.status, action.completed_on = ActionStatus.DONE, on
    if update is not None:
        action.update = check_title(update, "--update", allow_newlines=True)
    s.flush()
    return _action_view(action, forum, meeting_date)
