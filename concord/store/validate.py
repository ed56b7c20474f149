"""Rules checked on every write, in one place: before each flush.

Whatever writes — a service, the demo loader, an accepted ingestion
record — the same rules of `concord.domain` refuse bad rows with a
DomainError naming the field, the value and the reason, and the
transaction rolls back whole. Marking changes are recorded here too
(rule 18): every change of a record's marking writes its history, and a
downgrade needs a person's explicit confirmation.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from concord.domain import agreements as agreement_rules
from concord.domain import projects as project_rules
from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.store.session import ConcordSession
from concord.store.base import Base, Marked, table_of
from concord.store.models import (
    Agreement, AgreementParty, DecisionNotice, MarkingChange, NetRevenueExpenditure, ProjectPhase, Renewal,
)

#: session.info key a service sets when a person has confirmed a lower marking
CONFIRM_DOWNGRADE = "confirm_marking_downgrade"
#: session.info key for the reason recorded with marking changes
MARKING_REASON = "marking_reason"
_PENDING = "concord_marking_pending"

_NON_NEGATIVE_MONEY: dict[type[Base], tuple[str, ...]] = {Agreement: ("annual_budget", "one_off_budget")}


def _agreement(a: Agreement) -> None:
    if a.start_date is not None:
        agreement_rules.validate_term(a.start_date, a.end_date, a.review_date)
    elif a.end_date is not None and a.review_date is not None and a.review_date > a.end_date:
        raise DomainError("review_date", a.review_date.isoformat(), f"is after the end date {a.end_date.isoformat()}")
    if a.notice_period_months is not None and a.notice_period_months < 0:
        raise DomainError("notice_period_months", a.notice_period_months, "must not be negative")


def _party(p: AgreementParty) -> None:
    if p.joined_on and p.left_on and p.left_on < p.joined_on:
        raise DomainError("left_on", p.left_on.isoformat(), f"is before the party joined on {p.joined_on.isoformat()}")


def _renewal(s: Session, r: Renewal) -> None:
    agreement = r.agreement or s.get(Agreement, r.agreement_id)
    if agreement is None:
        raise DomainError("agreement", str(r.agreement_id), "does not exist")
    office_ids = {p.office_id for p in agreement.parties}
    if r.office_id not in office_ids:
        from concord.store.models import Office

        office = s.get(Office, r.office_id)
        name = office.title if office else r.office_id
        raise DomainError("party", name, f"is not a party to '{agreement.title}' and cannot renew it")
    if r.renewed_on and r.new_end_date <= r.renewed_on:
        raise DomainError("new_end_date", r.new_end_date.isoformat(), "must be after the date of the renewal")


def _nre(n: NetRevenueExpenditure) -> None:
    if n.amount is not None and Decimal(str(n.amount)) <= 0:
        raise DomainError("amount", str(n.amount), "must be more than zero (net revenue expenditure)")


def _notice(s: Session, n: DecisionNotice) -> None:
    clash = s.scalar(sa.select(DecisionNotice.reference).where(
        DecisionNotice.policing_body_id == n.policing_body_id, DecisionNotice.year == n.year,
        DecisionNotice.number == n.number, DecisionNotice.id != (n.id or -1)))
    if clash:
        raise DomainError("reference", n.reference, f"duplicates decision notice {clash}: numbers run "
                                                    "in sequence per body per year, with no duplicates")


def _phase(p: ProjectPhase) -> None:
    if p.planned_start and p.planned_end:
        project_rules.validate_phase(p.planned_start, p.planned_end, p.actual_start, p.actual_end)


def _money(obj: Base) -> None:
    for field in _NON_NEGATIVE_MONEY.get(type(obj), ()):
        value = getattr(obj, field)
        if value is not None and Decimal(value) < 0:
            raise DomainError(field, str(value), "must not be negative")


def _marking(s: Session, obj: Marked, new: bool, now: dt.datetime) -> None:
    state = inspect(obj)
    hist = state.attrs.marking.history
    before = hist.deleted[0] if hist.deleted else None
    after = obj.marking or Marking.OFFICIAL
    if not new and not hist.has_changes():
        return
    if before is not None and Marking(after).level < Marking(before).level and not s.info.get(CONFIRM_DOWNGRADE):
        raise DomainError("marking", str(after), f"is lower than {before}: a marking is never lowered "
                                                 "automatically; a person must confirm the new marking")
    s.info.setdefault(_PENDING, []).append((obj, {
        "entity": obj.__tablename__, "from_marking": before, "to_marking": Marking(after),
        "legacy_marking": obj.legacy_marking, "at": now, "by": s.info.get("actor", "concord"),
        "reason": s.info.get(MARKING_REASON) or ("first marking" if new else "not given")}))


@event.listens_for(ConcordSession, "before_flush")
def _validate(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    now = dt.datetime.now(dt.timezone.utc)
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Agreement):
            _agreement(obj)
        elif isinstance(obj, AgreementParty):
            _party(obj)
        elif isinstance(obj, Renewal):
            _renewal(session, obj)
        elif isinstance(obj, NetRevenueExpenditure):
            _nre(obj)
        elif isinstance(obj, DecisionNotice):
            _notice(session, obj)
        elif isinstance(obj, ProjectPhase):
            _phase(obj)
        _money(obj)
        if isinstance(obj, Marked):
            _marking(session, obj, obj in session.new, now)


@event.listens_for(ConcordSession, "after_flush")
def _write_marking_history(session: Session, _ctx) -> None:  # noqa: ANN001
    """Marking history rows, written once their records have ids."""
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    rows = []
    for obj, row in pending:
        ident = inspect(obj).mapper.primary_key_from_instance(obj)
        rows.append({**row, "entity_id": "/".join(map(str, ident))})
    session.connection().execute(sa.insert(table_of(MarkingChange)), rows)
