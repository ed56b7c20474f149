"""Decision notices and actions: the everyday records of a governance office."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain.decisions import parse_notice_reference
from concord.domain.errors import DomainError
from concord.domain.forces import force as force_ref
from concord.domain.vocab import ActionStatus, DecisionKind
from concord.store import models as m


def add_notice(s: Session, reference: str, body: str, subject: str, decision: str, signed_on: dt.date | None,
               decision_maker: str | None = None, contact_officer: str | None = None) -> m.DecisionNotice:
    """A signed, numbered decision notice and its executive decision (rule 10)."""
    ref = parse_notice_reference(reference)
    force_ref(body, "--body")
    pb = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.force_id == body))
    if pb.notice_prefix and pb.notice_prefix != ref.body_code:
        raise DomainError("reference", reference, f"does not use {pb.name}'s prefix {pb.notice_prefix}")
    other = s.scalar(sa.select(m.PolicingBody.name).where(m.PolicingBody.notice_prefix == ref.body_code,
                                                          m.PolicingBody.id != pb.id))
    if other:
        raise DomainError("reference", reference, f"uses the prefix of {other}")
    pb.notice_prefix = ref.body_code
    if not subject.strip() or not decision.strip():
        raise DomainError("--subject" if not subject.strip() else "--decision", "", "must not be empty")
    if signed_on and signed_on.year != ref.year:
        raise DomainError("--signed", signed_on.isoformat(), f"is not in {ref.year}, the year of {ref}")
    office = s.scalar(sa.select(m.Office).where(m.Office.force_id == body, m.Office.kind == "policing_body"))
    made = m.Decision(kind=DecisionKind.EXECUTIVE, made_on=signed_on or dt.date(ref.year, 1, 1),
                      subject=subject[:300], text=decision, office_id=office.id if office else None)
    notice = m.DecisionNotice(policing_body_id=pb.id, reference=str(ref), year=ref.year, number=ref.number,
                              subject=subject[:300], decision_text=decision, decision_maker=decision_maker,
                              contact_officer=contact_officer, signed_on=signed_on, decision=made)
    s.add(notice)
    s.flush()
    return notice


def open_actions(s: Session, as_of: dt.date) -> list[tuple[m.Action, str, dt.date]]:
    q = (sa.select(m.Action, m.Forum.name, m.Meeting.date).join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
         .join(m.Forum, m.Forum.id == m.Meeting.forum_id).where(m.Action.status == ActionStatus.OPEN)
         .order_by(m.Action.due.is_(None), m.Action.due, m.Action.id))
    return [tuple(r) for r in s.execute(q)]


def complete_action(s: Session, action_id: int, on: dt.date, update: str | None = None) -> m.Action:
    action = s.get(m.Action, action_id)
    if action is None:
        raise DomainError("action", action_id, "does not exist (see `concord action list`)")
    if action.status != ActionStatus.OPEN:
        raise DomainError("action", action_id, f"is already {action.status.value}")
    meeting_date = s.scalar(sa.select(m.Meeting.date).where(m.Meeting.id == action.meeting_id))
    if on < meeting_date:
        raise DomainError("--on", on.isoformat(), f"is before the meeting that set the action ({meeting_date.isoformat()})")
    action.status, action.completed_on = ActionStatus.DONE, on
    if update:
        action.update = update
    return action
