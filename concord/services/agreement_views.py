"""What the agreement services return: plain frozen data, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import agreements as rules
from concord.domain.checklist import missing_topics


@dataclass(frozen=True)
class PartyView:
    office: str
    force_id: str
    kind: str
    joined_on: dt.date | None
    left_on: dt.date | None
    signed_on: dt.date | None


@dataclass(frozen=True)
class FollowThroughView:
    version_number: int
    office: str
    kind: str
    given_on: dt.date
    decision_notice: str | None


@dataclass(frozen=True)
class VersionView:
    number: int
    kind: str
    effective_from: dt.date
    summary: str
    decision_notice: str | None
    follow_through: tuple[FollowThroughView, ...]
    #: parties on the version's date that have not yet followed it through (rule 5)
    awaiting: tuple[str, ...]


@dataclass(frozen=True)
class RenewalView:
    office: str
    renewed_on: dt.date
    new_end_date: dt.date
    reference: str | None


@dataclass(frozen=True)
class WithdrawalView:
    office: str
    given_on: dt.date
    exit_on: dt.date


@dataclass(frozen=True)
class ProvisionView:
    clause: str
    provision_type: str
    summary: str | None


@dataclass(frozen=True)
class AgreementSummary:
    slug: str
    title: str
    state: str
    start_date: dt.date | None
    end_date: dt.date | None
    parties: int


@dataclass(frozen=True)
class AgreementView:
    id: int
    slug: str
    title: str
    as_of: dt.date
    state: str
    start_date: dt.date | None
    review_date: dt.date | None
    end_date: dt.date | None
    lead_force_id: str | None
    annual_budget: Decimal | None
    cost_basis: str | None
    notice_period_months: int | None
    notice_to: str | None
    committed_for_duration: bool
    marking: str
    legacy_marking: str | None
    succeeds: str | None
    succeeded_by: tuple[str, ...]
    parties: tuple[PartyView, ...]
    former_parties: tuple[PartyView, ...]
    versions: tuple[VersionView, ...]
    renewals: tuple[RenewalView, ...]
    withdrawals: tuple[WithdrawalView, ...]
    provisions: tuple[ProvisionView, ...]
    not_yet_renewed: tuple[str, ...]
    missing_topics: tuple[str, ...]
    version: int


def state(a: Any, day: dt.date) -> str:  # noqa: ANN401
    from concord.domain.vocab import AgreementStatus

    if a.status == AgreementStatus.DRAFT:
        return "draft"
    return rules.state_on(a.start_date, a.end_date, day).value


def summary(a: Any, day: dt.date) -> AgreementSummary:  # noqa: ANN401
    current = [p for p in a.parties if rules.is_party_on(None, p.left_on, day)]
    return AgreementSummary(a.slug, a.title, state(a, day), a.start_date, a.end_date, len(current))


def _party(p: Any) -> PartyView:  # noqa: ANN401
    """A party named by its office's title when it became a party (Essex's PCC signed
    in 2015 as a PCC; it has been a PFCC since 2017)."""
    from concord.domain.titles import office_title

    title = office_title(p.office.force_id, p.office.kind, p.signed_on or p.joined_on)
    return PartyView(title, p.office.force_id, p.office.kind.value, p.joined_on, p.left_on, p.signed_on)


def eager() -> tuple:
    """Loader options for an agreement about to be viewed: its parties, renewals and versions, with
    their offices, in a few statements (not one per office)."""
    from sqlalchemy.orm import joinedload, selectinload

    from concord.store import models as m

    return (selectinload(m.Agreement.parties).joinedload(m.AgreementParty.office),
            selectinload(m.Agreement.renewals).joinedload(m.Renewal.office),
            selectinload(m.Agreement.versions))


def view(s: Any, a: Any, day: dt.date) -> AgreementView:  # noqa: ANN401
    """The agreement as it stands on `day`: a party that has left by then is a former party."""
    from concord.store import models as m

    follows = _follow(s, a)
    notices = dict(s.execute(sa.select(m.DecisionNotice.id, m.DecisionNotice.reference).where(
        m.DecisionNotice.id.in_({v.decision_notice_id for v in a.versions if v.decision_notice_id}
                                | {f.decision_notice_id for f in follows if f.decision_notice_id}))).all())
    versions = []
    for v in a.versions:
        done = tuple(FollowThroughView(f.version_number, f.office.title, f.kind.value, f.given_on,
                                       notices.get(f.decision_notice_id)) for f in follows
                     if f.version_number == v.number)
        on_day = [p.office.title for p in a.parties if rules.is_party_on(p.joined_on, p.left_on, v.effective_from)]
        versions.append(VersionView(v.number, v.kind.value, v.effective_from, v.summary,
                                    notices.get(v.decision_notice_id), done,
                                    tuple(rules.not_yet_followed_through(on_day, [f.office for f in done]))))
    current = tuple(_party(p) for p in a.parties if rules.is_party_on(None, p.left_on, day))
    former = tuple(_party(p) for p in a.parties if not rules.is_party_on(None, p.left_on, day))
    unrenewed: tuple[str, ...] = ()
    if a.end_date:
        at_end = rules.parties_at_end([(p.office.title, p.left_on) for p in a.parties], a.end_date)
        unrenewed = tuple(rules.unrenewed_parties(at_end, [
            rules.Renewal(r.office.title, r.new_end_date, r.in_writing, r.renewed_on) for r in a.renewals
            if r.renewed_on <= day], a.end_date))
    withdrawals = s.execute(sa.select(m.Office.title, m.WithdrawalNotice.given_on, m.WithdrawalNotice.exit_on)
                            .join(m.Office, m.Office.id == m.WithdrawalNotice.office_id)
                            .where(m.WithdrawalNotice.agreement_id == a.id)
                            .order_by(m.WithdrawalNotice.given_on, m.WithdrawalNotice.id)).all()
    provisions = s.scalars(sa.select(m.AgreementProvision).where(m.AgreementProvision.agreement_id == a.id)
                           .order_by(m.AgreementProvision.clause)).all()
    before = s.scalar(sa.select(m.Agreement.slug).where(m.Agreement.id == a.succeeds_id)) if a.succeeds_id else None
    after = tuple(s.scalars(sa.select(m.Agreement.slug).where(m.Agreement.succeeds_id == a.id)
                            .order_by(m.Agreement.start_date)))
    return AgreementView(
        id=a.id, slug=a.slug, title=a.title, as_of=day, state=state(a, day), start_date=a.start_date,
        review_date=a.review_date, end_date=a.end_date, lead_force_id=a.lead_force_id,
        annual_budget=Decimal(a.annual_budget) if a.annual_budget is not None else None,
        cost_basis=a.cost_basis.value if a.cost_basis else None, notice_period_months=a.notice_period_months,
        notice_to=a.notice_to, committed_for_duration=bool(a.committed_for_duration), marking=a.marking.value,
        legacy_marking=a.legacy_marking, succeeds=before, succeeded_by=after, parties=current,
        former_parties=former, versions=tuple(versions),
        renewals=tuple(RenewalView(r.office.title, r.renewed_on, r.new_end_date, r.reference) for r in a.renewals),
        withdrawals=tuple(WithdrawalView(*w) for w in withdrawals),
        provisions=tuple(ProvisionView(p.clause, p.provision_type.value, p.summary) for p in provisions),
        not_yet_renewed=unrenewed, missing_topics=tuple(t.value for t in missing_topics(a.covers or [])),
        version=a.version)


def _follow(s: Any, a: Any) -> list:  # noqa: ANN401
    from concord.store import models as m

    from sqlalchemy.orm import joinedload

    return list(s.scalars(sa.select(m.PartyFollowThrough).where(m.PartyFollowThrough.agreement_id == a.id)
                          .options(joinedload(m.PartyFollowThrough.office)).order_by(m.PartyFollowThrough.version_number, m.PartyFollowThrough.given_on,
                                    m.PartyFollowThrough.id)))
