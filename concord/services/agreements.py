"""Keeping the register of agreements: add, renew, extend, join, withdraw.

Every change of substance is a new version (rule 14, s23C); parties are
offices, named on the command line by force id (`kent` = both offices,
`kent:chief` or `kent:pcc` = one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain import agreements as rules
from concord.domain.errors import DomainError
from concord.domain.forces import force as force_ref
from concord.domain.vocab import CostBasis, OfficeKind, VersionKind
from concord.services.reference import office
from concord.store import models as m

_KINDS = {"chief": (OfficeKind.CHIEF_CONSTABLE,), "cc": (OfficeKind.CHIEF_CONSTABLE,),
          "pcc": (OfficeKind.POLICING_BODY,), "body": (OfficeKind.POLICING_BODY,),
          "": (OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY)}


def offices_for(s: Session, spec: str, field: str = "party") -> list[m.Office]:
    """`kent` → both of Kent's offices; `kent:chief` / `kent:pcc` → one."""
    fid, _, which = spec.strip().partition(":")
    kinds = _KINDS.get(which.lower())
    if kinds is None:
        raise DomainError(field, spec, "must be FORCE, FORCE:chief or FORCE:pcc")
    force_ref(fid, field)
    return [office(s, k, fid) for k in kinds]


def get(s: Session, slug: str) -> m.Agreement:
    found = s.scalar(sa.select(m.Agreement).where(m.Agreement.slug == slug))
    if found is None:
        raise DomainError("agreement", slug, "is not in the register (see `concord agreement list`)")
    return found


@dataclass
class NewAgreement:
    slug: str
    title: str
    parties: list[str]
    start: dt.date
    end: dt.date | None = None
    review: dt.date | None = None
    lead: str | None = None
    annual_budget: Decimal | None = None
    cost_basis: str | None = None
    notice_months: int | None = None
    notice_to: str | None = None


def add(s: Session, new: NewAgreement) -> m.Agreement:
    if s.scalar(sa.select(m.Agreement.id).where(m.Agreement.slug == new.slug)):
        raise DomainError("slug", new.slug, "is already used by another agreement")
    if not new.parties:
        raise DomainError("party", None, "is required: an agreement has two or more parties")
    rules.validate_term(new.start, new.end, new.review)
    basis = None
    if new.cost_basis:
        try:
            basis = CostBasis(new.cost_basis)
        except ValueError:
            raise DomainError("cost_basis", new.cost_basis,
                              "must be one of " + ", ".join(b.value for b in CostBasis)) from None
    a = m.Agreement(slug=new.slug, title=new.title, start_date=new.start, end_date=new.end,
                    review_date=new.review, lead_force_id=force_ref(new.lead, "lead").id if new.lead else None,
                    annual_budget=new.annual_budget, cost_basis=basis, notice_period_months=new.notice_months,
                    notice_to=new.notice_to)
    seen: set[int] = set()
    for spec in new.parties:
        for o in offices_for(s, spec):
            if o.id not in seen:
                a.parties.append(m.AgreementParty(office_id=o.id, joined_on=new.start))
                seen.add(o.id)
    if len(seen) < 2:
        raise DomainError("party", new.parties, "names fewer than two offices: an agreement needs two or more parties")
    version = rules.next_version([], VersionKind.ORIGINAL, new.start)
    a.versions.append(m.AgreementVersion(number=version.number, kind=VersionKind.ORIGINAL,
                                         effective_from=new.start, summary="Original agreement"))
    s.add(a)
    s.flush()
    return a


def _versions(a: m.Agreement) -> list[rules.Version]:
    return [rules.Version(v.number, v.kind, v.effective_from) for v in a.versions]


def _add_version(a: m.Agreement, kind: VersionKind, effective: dt.date, summary: str, changes: dict,
                 notice: m.DecisionNotice | None = None) -> m.AgreementVersion:
    v = rules.next_version(_versions(a), kind, effective) if a.versions else \
        rules.Version(1, kind, effective)
    row = m.AgreementVersion(number=v.number, kind=kind, effective_from=effective, summary=summary,
                             changes=changes, decision_notice_id=notice.id if notice else None)
    a.versions.append(row)
    return row


def _notice(s: Session, reference: str | None) -> m.DecisionNotice | None:
    if not reference:
        return None
    from concord.domain.decisions import parse_notice_reference

    ref = str(parse_notice_reference(reference))
    found = s.scalar(sa.select(m.DecisionNotice).where(m.DecisionNotice.reference == ref))
    if found is None:
        raise DomainError("decision", reference, "is not a decision notice in the register")
    return found


def renew(s: Session, slug: str, party: str, on: dt.date, until: dt.date, reference: str | None = None) -> list[m.Renewal]:
    """Record a party's written renewal (rule 1)."""
    a = get(s, slug)
    if a.end_date and until <= a.end_date:
        raise DomainError("until", until.isoformat(), f"does not go beyond the current end date {a.end_date.isoformat()}")
    out = []
    for o in offices_for(s, party):
        r = m.Renewal(agreement=a, office_id=o.id, renewed_on=on, new_end_date=until, reference=reference)
        s.add(r)
        out.append(r)
    s.flush()
    _renewed_by_all(s, a, on)
    return out


def _renewed_by_all(s: Session, a: m.Agreement, on: dt.date) -> None:
    """Once every current party has renewed beyond the end date, the term runs on (rule 1):
    to the earliest date they all agreed, as a new version."""
    if a.end_date is None:
        return
    s.refresh(a)
    current = {p.office_id for p in a.parties if p.left_on is None or p.left_on > a.end_date}
    agreed: dict[int, dt.date] = {}
    for r in a.renewals:
        if r.in_writing and r.new_end_date > a.end_date:
            agreed[r.office_id] = max(agreed.get(r.office_id, r.new_end_date), r.new_end_date)
    if not current or not current <= set(agreed):
        return
    until = min(agreed[o] for o in current)
    old = a.end_date
    effective = max(on, max((v.effective_from for v in a.versions), default=on) + dt.timedelta(days=1))
    _add_version(a, VersionKind.TERM_EXTENDED, effective, f"Renewed in writing by every party to {until.isoformat()}",
                 {"end_date": [old.isoformat(), until.isoformat()], "months": _months_between(old, until)})
    a.end_date = until
    s.flush()


def extend(s: Session, slug: str, until: dt.date, effective: dt.date, decision: str | None = None) -> m.Agreement:
    """Extend the term: a new version (rule 14); 'three plus one' checked where the term is known (rule 12)."""
    a = get(s, slug)
    if a.end_date and until <= a.end_date:
        raise DomainError("until", until.isoformat(), f"is not after the current end date {a.end_date.isoformat()}")
    if a.original_term_months:
        months = [v.changes.get("months", 0) for v in a.versions if v.kind == VersionKind.TERM_EXTENDED]
        added = _months_between(a.end_date, until) if a.end_date else 0
        rules.check_extensions(a.original_term_months, months + [added])
    old = a.end_date
    _add_version(a, VersionKind.TERM_EXTENDED, effective, f"Term extended to {until.isoformat()}",
                 {"end_date": [old.isoformat() if old else None, until.isoformat()],
                  "months": _months_between(old, until) if old else None}, _notice(s, decision))
    a.end_date = until
    s.flush()
    return a


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def join(s: Session, slug: str, party: str, on: dt.date, decision: str | None = None) -> m.Agreement:
    """A member joins from a date: a new version with the new parties (rule 14)."""
    a = get(s, slug)
    have = {p.office_id for p in a.parties}
    added = [o for o in offices_for(s, party) if o.id not in have]
    if not added:
        raise DomainError("party", party, f"is already a party to '{a.title}'")
    for o in added:
        a.parties.append(m.AgreementParty(office_id=o.id, joined_on=on))
    _add_version(a, VersionKind.MEMBER_JOINS, on, f"{', '.join(o.title for o in added)} joined",
                 {"parties_added": [o.title for o in added]}, _notice(s, decision))
    s.flush()
    return a


def withdraw(s: Session, slug: str, party: str, given_on: dt.date) -> list[m.WithdrawalNotice]:
    """Written notice of withdrawal: the exit date follows the notice period (rule 3)."""
    a = get(s, slug)
    months = a.notice_period_months or 0
    exit_on = rules.earliest_exit_date(given_on, months)
    parties = {p.office_id for p in a.parties}
    out = []
    for o in offices_for(s, party):
        if o.id not in parties:
            raise DomainError("party", o.title, f"is not a party to '{a.title}'")
        n = m.WithdrawalNotice(agreement_id=a.id, office_id=o.id, given_on=given_on, exit_on=exit_on)
        s.add(n)
        out.append(n)
    s.flush()
    return out


def listing(s: Session) -> list[m.Agreement]:
    return list(s.scalars(sa.select(m.Agreement).order_by(m.Agreement.end_date.is_(None), m.Agreement.end_date,
                                                         m.Agreement.title)))


def add_provision(s: Session, slug: str, clause: str, provision_type: str, summary: str | None = None) -> m.AgreementProvision:
    """Record a clause and its s22A(2) provision type, refused unless the agreement's
    parties are the set that type needs (rule 13, s22A(3)-(5))."""
    from concord.domain.provisions import PartyOffice, ProvisionType, check_provision_parties

    a = get(s, slug)
    try:
        ptype = ProvisionType(provision_type)
    except ValueError:
        raise DomainError("--type", provision_type,
                          "must be " + ", ".join(t.value for t in ProvisionType)) from None
    parties = [PartyOffice(p.office.kind, p.office.force_id) for p in a.parties]
    problems = check_provision_parties(ptype, parties)
    if problems:
        raise DomainError("--type", ptype.value, f"does not fit the parties of '{a.title}': " + "; ".join(problems))
    provision = m.AgreementProvision(agreement_id=a.id, clause=clause, provision_type=ptype, summary=summary)
    s.add(provision)
    s.flush()
    return provision


def provisions(s: Session, agreement_id: int) -> list[m.AgreementProvision]:
    return list(s.scalars(sa.select(m.AgreementProvision).where(m.AgreementProvision.agreement_id == agreement_id)
                          .order_by(m.AgreementProvision.clause)))
