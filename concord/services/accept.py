"""Turning an accepted review item into records of the register.

Each function takes the (possibly corrected) payload of one proposed
record in the extraction format and adds what it describes, reusing
records that already exist (a forum by name, a meeting by forum and
date), so that accepting twice never duplicates.

Every payload is first read field by field by its type
(`review_fields`), and every record made or touched takes the marking
of the paper it came from (rule 18): the strictest of the marking its
paper prints, the one proposed for it and the one it already has, with
the legacy wording verbatim and held until approved when any says so.
Nothing is ever lowered here; a person lowers a marking, with a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain import decisions as decision_rules
from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.domain.forces import force as force_ref
from concord.domain.vocab import AttendanceRole, CostBasis, ForumKind, MinuteStatus
from concord.ingest.marking import PrintedMarking, marking_of, strictest
from concord.services import review_fields
from concord.services.context import Context
from concord.store import models as m
from concord.store.validate import MARKING_REASON

ORDER = ("meeting", "report", "decision_notice", "agreement", "project", "table", "action")


def accept(ctx: Context, record_type: str, p: dict[str, Any], revision_id: int) -> tuple[str, int]:
    """Add what one accepted proposed record describes, in the caller's unit of
    work and as its actor; returns the table and id of the record made or reused."""
    s, by = ctx.session, ctx.actor.name
    handler = _HANDLERS.get(record_type)
    if handler is None:
        raise DomainError("record_type", record_type, "cannot be accepted into the register")
    p = review_fields.checked(record_type, p)
    revision = s.get(m.DocumentRevision, revision_id)
    proposed = marking_of(p["marking"], bool(p.get("held_until_approved"))) if p.get("marking") else None
    marking = strictest(proposed, revision_marking(revision))
    owner_id = revision.owner_id if revision is not None else None
    where = f"{revision.document.name} (revision {revision.number})" if revision is not None else "a paper"
    s.info[MARKING_REASON] = f"as printed on {where}, accepted from the review queue by {by}"

    def mark_new(_s: Session, row: Any) -> None:  # every marked row made while accepting takes the paper's
        if hasattr(row, "marking"):
            _apply(row, marking, owner_id)

    sa.event.listen(s, "transient_to_pending", mark_new)
    try:
        obj = handler(s, p, revision_id, ctx) if handler is _agreement else handler(s, p, revision_id)
        for target in _marked(s, obj):  # a row that was already there: never lowered, held if either is
            _apply(target, strictest(_current(target), marking), owner_id)
        s.flush()
    finally:
        sa.event.remove(s, "transient_to_pending", mark_new)
        s.info.pop(MARKING_REASON, None)
    return obj.__tablename__, obj.id


def _marked(s: Session, obj: Any) -> list[Any]:
    """The records that carry the marking of what was accepted: the record
    itself, or for an action (which has no marking of its own) its meeting."""
    if hasattr(obj, "marking"):
        return [obj]
    if isinstance(obj, m.Action):
        return [s.get(m.Meeting, obj.meeting_id)]
    return []


def revision_marking(revision: m.DocumentRevision | None) -> PrintedMarking | None:
    if revision is None:
        return None
    return PrintedMarking(revision.marking, revision.legacy_marking or revision.marking.value,
                          revision.held_until_approved)


def _current(row: Any) -> PrintedMarking | None:
    if row.marking is None:  # not yet flushed: its marking is the one being given
        return None
    return PrintedMarking(row.marking, row.legacy_marking or Marking(row.marking).value, bool(row.held_until_approved))


def _apply(row: Any, marking: PrintedMarking, owner_id: int | None) -> None:
    row.marking, row.held_until_approved = marking.marking, marking.held_until_approved
    row.legacy_marking = marking.legacy
    if row.owner_id is None:
        row.owner_id = owner_id


def slug(text: str, n: int = 60) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:n] or "untitled"


def _unique_slug(s: Session, model, text: str, n: int = 60) -> str:  # noqa: ANN001
    """A slug for `text` not yet used by any row of `model` (adds -2, -3... when taken)."""
    base, k = slug(text, n), 1
    candidate = base
    while s.scalar(sa.select(model.id).where(model.slug == candidate)):
        k += 1
        candidate = f"{base}-{k}"
    return candidate


def _date(p: dict, key: str, required: bool = False) -> dt.date | None:
    value = p.get(key)
    if not value:
        if required:
            raise DomainError(key, value, "is required: correct it with --set " f"{key}=YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except (TypeError, ValueError):
        raise DomainError(key, value, "is not a date (YYYY-MM-DD)") from None


def _required(p: dict, key: str) -> str:
    value = (p.get(key) or "").strip() if isinstance(p.get(key), str) else p.get(key)
    if not value:
        raise DomainError(key, value, f"is required: correct it with --set {key}=...")
    return value


def _decision_notice(s: Session, p: dict, _rev: int) -> m.DecisionNotice:
    ref = decision_rules.parse_notice_reference(_required(p, "reference"))
    body = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.notice_prefix == ref.body_code))
    if body is None and p.get("policing_body"):
        body = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.force_id == force_ref(p["policing_body"], "policing_body").id))
        if body is not None:
            if body.notice_prefix and body.notice_prefix != ref.body_code:
                raise DomainError("policing_body", p["policing_body"],
                                  f"numbers its notices {body.notice_prefix}, not {ref.body_code}")
            body.notice_prefix = ref.body_code
    if body is None:
        raise DomainError("reference", p["reference"],
                          f"has prefix {ref.body_code}, which no policing body uses yet: "
                          "say whose it is with --set policing_body=<force id>")
    reference = f"{ref.body_code}{ref.year}-{ref.number:03d}"
    if s.scalar(sa.select(m.DecisionNotice.id).where(m.DecisionNotice.reference == reference)):
        raise DomainError("reference", reference, "is already in the register (decision numbers are unique)")
    notice = m.DecisionNotice(policing_body_id=body.id, reference=reference, year=ref.year, number=ref.number,
                              subject=_required(p, "subject")[:300], decision_text=_required(p, "decision"),
                              decision_maker=p.get("decision_maker"), contact_officer=p.get("contact_officer"),
                              signed_on=_date(p, "date"))
    s.add(notice)
    return notice


def _forum(s: Session, name: str) -> m.Forum:
    forum = s.scalar(sa.select(m.Forum).where(sa.func.lower(m.Forum.name) == name.lower()))
    if forum is None:
        forum = m.Forum(slug=_unique_slug(s, m.Forum, name), name=name, kind=ForumKind.BOARD)
        s.add(forum)
        s.flush()
    return forum


def _meeting(s: Session, p: dict, _rev: int) -> m.Meeting:
    forum = _forum(s, _required(p, "forum"))
    day = _date(p, "date", required=True)
    time = dt.time.fromisoformat(p["time"]) if p.get("time") else None
    meeting = s.scalar(sa.select(m.Meeting).where(m.Meeting.forum_id == forum.id, m.Meeting.date == day))
    if meeting is None:
        meeting = m.Meeting(forum_id=forum.id, date=day, time=time, venue=p.get("venue"))
        s.add(meeting)
        s.flush()
    meeting.venue = meeting.venue or p.get("venue")
    meeting.time = meeting.time or time
    have = {a.person_id for a in meeting.attendance}
    for role, key in ((AttendanceRole.MEMBER, "members"), (AttendanceRole.IN_ATTENDANCE, "in_attendance"),
                      (AttendanceRole.APOLOGIES, "apologies")):
        for name in p.get(key) or []:
            person = _person(s, name)
            if person.id not in have:
                meeting.attendance.append(m.Attendance(person_id=person.id, role=role))
                have.add(person.id)
    numbers = {i.number for i in meeting.items}
    for pos, item in enumerate(p.get("items") or [], start=len(meeting.items) + 1):
        if item.get("number") and item["number"] not in numbers:
            meeting.items.append(m.AgendaItem(position=pos, number=str(item["number"])[:20],
                                              title=(item.get("title") or "")[:300] or "(untitled)"))
            numbers.add(item["number"])
    if p.get("kind") == "minutes":
        _draft_minutes(s, meeting, p)
    return meeting


def _draft_minutes(s: Session, meeting: m.Meeting, p: dict) -> None:
    """Accepted minutes are the meeting's draft minutes until approved at a later meeting (rule 11)."""
    if s.scalar(sa.select(m.Minute.id).where(m.Minute.meeting_id == meeting.id)) is not None:
        return
    said = "unconfirmed (draft)" if p.get("status") == "draft" else "as printed"
    minute = m.Minute(meeting_id=meeting.id, status=MinuteStatus.DRAFT,
                      text=f"Minutes {said} in {p.get('source') or 'an ingested paper'}.")
    s.add(minute)  # takes the paper's marking; draft minutes are held until approved
    minute.held_until_approved = True


def _person(s: Session, name: str) -> m.Person:
    person = s.scalar(sa.select(m.Person).where(m.Person.name == name))
    if person is None:
        person = m.Person(name=name[:120])
        s.add(person)
        s.flush()
    return person


def _action(s: Session, p: dict, _rev: int) -> m.Action:
    day = _date(p, "meeting_date", required=True)
    meetings = s.scalars(sa.select(m.Meeting).where(m.Meeting.date == day)).all()
    if len(meetings) != 1:
        why = "matches no meeting in the register: accept the meeting first" if not meetings else \
              "matches several meetings: correct it or accept it by hand"
        raise DomainError("meeting_date", p.get("meeting_date"), why)
    action = m.Action(meeting_id=meetings[0].id, item=(p.get("item") or None), text=_required(p, "text"),
                      owner=p.get("owner"), due=_date(p, "due"))
    s.add(action)
    return action


def _report(s: Session, p: dict, rev: int) -> m.Paper:
    paper = m.Paper(title=_required(p, "title")[:300], to=p.get("to"), author=p.get("from"),
                    date=_date(p, "date"), recommendations=list(p.get("recommendations") or []),
                    contact_officer=p.get("contact_officer"), source_revision_id=rev)
    s.add(paper)
    return paper


_BASES = (("revenue expenditure", CostBasis.NRE_SHARE), ("nre", CostBasis.NRE_SHARE),
          ("usage", CostBasis.USAGE), ("vehicle", CostBasis.USAGE), ("equal", CostBasis.EQUAL),
          ("host", CostBasis.HOST_FUNDED), ("fixed", CostBasis.FIXED))


def _agreement(s: Session, p: dict, _rev: int, ctx: Context) -> m.Agreement:
    """An accepted agreement goes through the agreement services, the one way to
    create or vary one: a new agreement gets its original version; an
    amendment of one already in the register (`varies`) becomes its next version."""
    from concord.services import agreements

    title = _required(p, "title")
    if p.get("varies") or p.get("version") in ("extension", "variation", "amendment"):
        return _variation(ctx, p, str(p.get("varies") or title))
    start = _date(p, "start_date")
    if start is None:
        raise DomainError("start_date", p.get("start_date"), "is required: an agreement's original version is "
                          "in force from a date; correct it with --set start_date=YYYY-MM-DD")
    same = s.scalar(sa.select(m.Agreement.slug).where(sa.func.lower(m.Agreement.title) == title.strip().lower(),
                                                      m.Agreement.start_date == start))
    if same:
        raise DomainError("title", title, f"is already in the register as '{same}', in force from {start.isoformat()}")
    basis = next((b for word, b in _BASES if word in (p.get("cost_basis") or "").lower()), None)
    budget = p.get("annual_budget_gbp")
    new = agreements.NewAgreement(
        slug=_unique_slug(s, m.Agreement, title, 70), title=title[:300], parties=list(p.get("parties") or []),
        start=start, end=_date(p, "end_date"), review=_date(p, "review_date"), lead=p.get("lead") or None,
        annual_budget=Decimal(str(budget)).quantize(Decimal("0.01")) if budget is not None else None,
        cost_basis=basis.value if basis else None, notice_months=p.get("notice_period_months"),
        marking=p.get("marking") or "OFFICIAL", summary="Original agreement (accepted from "
        f"{p.get('source') or 'an ingested paper'})")
    return s.get_one(m.Agreement, agreements.add(ctx, new).id)


def _variation(ctx: Any, p: dict, varies: str) -> m.Agreement:
    from concord.services import agreement_changes

    s = ctx.session
    target = s.scalar(sa.select(m.Agreement).where(sa.func.lower(m.Agreement.title) == varies.strip().lower())
                      .order_by(m.Agreement.start_date.desc()))
    if target is None:
        raise DomainError("varies", varies, "is not an agreement in the register: accept the agreement it "
                          "varies first, or correct it with --set varies=TITLE")
    until = _date(p, "end_date")
    if until is None or (target.end_date is not None and until <= target.end_date):
        raise DomainError("end_date", p.get("end_date"), f"does not extend '{target.title}' (it ends "
                          f"{target.end_date.isoformat() if target.end_date else 'on no date'}): "
                          "correct it with --set end_date=YYYY-MM-DD")
    latest = max(v.effective_from for v in target.versions) if target.versions else target.start_date
    effective = _date(p, "effective_date") or (target.end_date + dt.timedelta(days=1) if target.end_date else latest)
    agreement_changes.extend(ctx, target.slug, until, max(effective, latest), summary=(
        f"Term extended to {until.isoformat()} (accepted from {p.get('source') or 'an ingested paper'})"))
    return target


def _project(s: Session, p: dict, _rev: int) -> m.Project:
    name = _required(p, "name")
    candidate = _unique_slug(s, m.Project, name, 70)
    project = m.Project(slug=candidate, name=name[:200], status=p.get("status"),
                        lead_force_id=force_ref(p["lead"], "lead").id if p.get("lead") else None)
    for i, ph in enumerate(p.get("phases") or [], start=1):
        project.phases.append(m.ProjectPhase(position=i, name=(ph.get("name") or f"Phase {i}")[:200],
                                             planned_start=_date(ph, "start"), planned_end=_date(ph, "end")))
    for sv in p.get("savings") or []:
        project.savings.append(m.SavingsLine(period=str(sv.get("period") or "")[:40] or "unspecified",
                                             description=project.name, cashable=True,
                                             predicted=_money(sv.get("predicted_gbp")),
                                             delivered=_money(sv.get("actual_gbp"))))
    s.add(project)
    return project


def _money(value: Any, factor: Decimal = Decimal(1)) -> Decimal | None:
    if value is None:
        return None
    return (Decimal(str(value)) * factor).quantize(Decimal("0.01"))


def _table(s: Session, p: dict, _rev: int) -> m.FinancialTable:
    from concord.services.tables import _table_from_payload

    return _table_from_payload(s, p)


#: what accepting a proposed record makes (or reuses)
_Accepted = m.DecisionNotice | m.Meeting | m.Action | m.Paper | m.Agreement | m.Project | m.FinancialTable
_HANDLERS: dict[str, Callable[..., _Accepted]] = {
    "decision_notice": _decision_notice, "meeting": _meeting, "action": _action, "report": _report,
    "agreement": _agreement, "project": _project, "table": _table}

__all__ = ["accept", "ORDER"]
