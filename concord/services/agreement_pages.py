"""The register of agreements as an officer reads it: filtered and paged,
and one agreement with everything that bears on it.

`register` is the list with its filters (force, alliance, state on a day,
words of the title, short name or functions); `page` is one agreement:
its view (`agreements.show`), its alliance and functions, each party's
title on the day, renewal and earliest exit, the decisions, decision
notices and papers about it, the cost apportionment for a financial year
(rule 6, through `concord.services.calc`) and the checklist (rule 16).
Records marked above OFFICIAL are left out unless the actor may read them
(`concord.services.visibility.visible`, the one filter).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain import agreements as rules
from concord.domain.access import Permission
from concord.domain.checklist import Topic, checklist_status
from concord.domain.errors import DomainError
from concord.domain.titles import office_title
from concord.domain.vocab import AgreementStatus, CostBasis
from concord.services import calc
from concord.services.agreement_views import AgreementView, eager, view
from concord.services.context import Context
from concord.services.visibility import visible

STATES = {"in_force": "In force", "not_started": "Not yet in force", "ended": "Ended", "draft": "Draft"}
PER_PAGE = 25


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class RegisterRow:
    slug: str
    title: str
    state: str
    alliance: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    review_date: dt.date | None
    parties: int
    marking: str


@dataclass(frozen=True)
class RegisterPage:
    rows: tuple[RegisterRow, ...]
    total: int
    page: int
    pages: int
    as_of: dt.date


def choices(ctx: Context) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    """The forces and the alliances an agreement can be filtered by."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    forces = ctx.session.execute(sa.select(m.Force.id, m.Force.name).order_by(m.Force.name)).all()
    alliances = ctx.session.execute(sa.select(m.Alliance.slug, m.Alliance.name).order_by(m.Alliance.name)).all()
    return tuple(Choice(*f) for f in forces), tuple(Choice(*a) for a in alliances)


def _state_clause(a: Any, state: str, day: dt.date) -> sa.ColumnElement[bool]:  # noqa: ANN401
    """SQL for `agreement_views.state` on `day` (draft, else `rules.state_on` from the dates)."""
    live = a.status != AgreementStatus.DRAFT
    started = sa.or_(a.start_date.is_(None), a.start_date <= day)
    clauses = {
        "draft": a.status == AgreementStatus.DRAFT,
        "not_started": sa.and_(live, a.start_date > day),
        "ended": sa.and_(live, started, a.end_date < day),
        "in_force": sa.and_(live, started, sa.or_(a.end_date.is_(None), a.end_date >= day)),
    }
    if state not in clauses:
        raise DomainError("status", state, "must be one of " + ", ".join(STATES))
    return clauses[state]


def _words(words: str) -> list[str]:
    return [w for w in words.split() if w][:8]


def _like(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def register(ctx: Context, as_of: dt.date | None = None, force: str | None = None, alliance: str | None = None,
             status: str | None = None, words: str | None = None, page: int = 1,
             per_page: int = PER_PAGE) -> RegisterPage:
    """The agreements the actor may read, filtered, soonest end first, one page of them."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    a = m.Agreement
    day = as_of or dt.date.today()
    where: list[sa.ColumnElement[bool]] = [visible(ctx, a)]
    if force:
        where.append(a.id.in_(sa.select(m.AgreementParty.agreement_id)
                              .join(m.Office, m.Office.id == m.AgreementParty.office_id)
                              .where(m.Office.force_id == force)))
    if alliance:
        where.append(a.alliance_id.in_(sa.select(m.Alliance.id).where(m.Alliance.slug == alliance)))
    if status:
        where.append(_state_clause(a, status, day))
    for word in _words(words or ""):
        pattern = _like(word)
        named = (sa.select(m.AgreementFunction.agreement_id)
                 .join(m.Function, m.Function.id == m.AgreementFunction.function_id)
                 .where(sa.func.lower(m.Function.name).like(pattern, escape="\\")))
        where.append(sa.or_(sa.func.lower(a.title).like(pattern, escape="\\"),
                            sa.func.lower(a.slug).like(pattern, escape="\\"), a.id.in_(named)))
    total = ctx.session.scalar(sa.select(sa.func.count()).select_from(a).where(*where)) or 0
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    parties = (sa.select(sa.func.count()).select_from(m.AgreementParty)
               .where(m.AgreementParty.agreement_id == a.id,
                      sa.or_(m.AgreementParty.left_on.is_(None), m.AgreementParty.left_on > day))
               .scalar_subquery())
    q = (sa.select(a.slug, a.title, a.status, a.start_date, a.end_date, a.review_date, m.Alliance.name, parties,
                   a.marking)
         .outerjoin(m.Alliance, m.Alliance.id == a.alliance_id).where(*where)
         .order_by(a.end_date.is_(None), a.end_date, a.title).offset((page - 1) * per_page).limit(per_page))
    rows = tuple(RegisterRow(r.slug, r.title, "draft" if r.status == AgreementStatus.DRAFT else
                             rules.state_on(r.start_date, r.end_date, day).value, r.name, r.start_date, r.end_date,
                             r.review_date, r[7], r.marking.value) for r in ctx.session.execute(q))
    return RegisterPage(rows, total, page, pages, day)


# --- one agreement -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyStanding:
    """A party on the day: its title then, its latest renewal, and when it could leave."""

    office: str
    force_id: str
    kind: str
    title_on_day: str
    joined_on: dt.date | None
    signed_on: dt.date | None
    renewed_on: dt.date | None
    renewed_to: dt.date | None
    notice_given_on: dt.date | None
    exit_on: dt.date | None
    #: why there is no exit date, where there is none
    exit_note: str | None
    #: still a party at the end date and has not renewed in writing beyond it (rule 1)
    not_yet_renewed: bool = False


@dataclass(frozen=True)
class Linked:
    """A record about the agreement: a decision, a decision notice, a paper or a forum."""

    kind: str
    key: str
    title: str
    on: dt.date | None
    detail: str | None = None


@dataclass(frozen=True)
class CostShare:
    force: str
    share_percent: str
    amount: str
    note: str | None


@dataclass(frozen=True)
class CostApportionment:
    year: int
    total: str | None
    shares: tuple[CostShare, ...]
    method: str | None
    #: why no apportionment is shown, where none is
    problem: str | None


@dataclass(frozen=True)
class ChecklistItem:
    topic: str
    how: str | None


@dataclass(frozen=True)
class AgreementPage:
    agreement: AgreementView
    owner: str | None
    alliance: Choice | None
    lead_force: str | None
    functions: tuple[Choice, ...]
    parties: tuple[PartyStanding, ...]
    decisions: tuple[Linked, ...]
    notices: tuple[Linked, ...]
    papers: tuple[Linked, ...]
    forums: tuple[Linked, ...]
    apportionment: CostApportionment
    years: tuple[int, ...]
    checklist: tuple[ChecklistItem, ...]


def financial_year(day: dt.date) -> int:
    """The financial year a day falls in (2016/17 is 2016)."""
    return day.year if day.month >= 4 else day.year - 1


def page(ctx: Context, slug: str, as_of: dt.date | None = None, year: int | None = None) -> AgreementPage | None:
    """One agreement as it stands on `as_of`, with its costs apportioned for financial `year`;
    None when there is no such agreement the actor may read."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    s = ctx.session
    a = s.scalar(sa.select(m.Agreement).where(m.Agreement.slug == slug, visible(ctx, m.Agreement))
                 .options(*eager()))
    if a is None:
        return None
    day = as_of or dt.date.today()
    shown = view(s, a, day)
    owner = s.scalar(sa.select(m.Organisation.name).where(m.Organisation.id == a.owner_id)) if a.owner_id else None
    ally = s.execute(sa.select(m.Alliance.slug, m.Alliance.name).where(m.Alliance.id == a.alliance_id)).first() \
        if a.alliance_id else None
    lead = s.scalar(sa.select(m.Force.name).where(m.Force.id == a.lead_force_id)) if a.lead_force_id else None
    functions = tuple(Choice(str(i), n) for i, n in s.execute(
        sa.select(m.Function.id, m.Function.name).join(m.AgreementFunction, m.AgreementFunction.function_id == m.Function.id)
        .where(m.AgreementFunction.agreement_id == a.id).order_by(m.Function.name)))
    years = tuple(sorted(set(s.scalars(sa.select(m.NetRevenueExpenditure.financial_year).distinct()))))
    chosen = year if year is not None else financial_year(day)
    recorded = {t for t, held in ((Topic.PARTIES, bool(a.parties)), (Topic.PROVISION_TYPES, bool(shown.provisions)),
                                  (Topic.FUNCTIONS, bool(functions)), (Topic.LEAD_FORCE, bool(a.lead_force_id)),
                                  (Topic.TERM_AND_REVIEW, bool(a.end_date or a.review_date)),
                                  (Topic.FUNDING, a.cost_basis is not None),
                                  (Topic.WITHDRAWAL_AND_EXIT, a.notice_period_months is not None
                                   or bool(a.committed_for_duration))) if held}
    return AgreementPage(
        agreement=shown, owner=owner, alliance=Choice(*ally) if ally else None, lead_force=lead,
        functions=functions, parties=_standing(ctx, a, day, set(shown.not_yet_renewed) if shown.state != 'ended' else set()), decisions=_decisions(ctx, a),
        notices=_notices(ctx, a), papers=_papers(ctx, a), forums=_forums(ctx, a),
        apportionment=_apportion(ctx, a, chosen), years=years,
        checklist=tuple(ChecklistItem(t.value, how) for t, how in checklist_status(a.covers or [], recorded)))


def _standing(ctx: Context, a: Any, day: dt.date, unrenewed: set[str]) -> tuple[PartyStanding, ...]:  # noqa: ANN401
    m = _m()
    notices = {n.office_id: n for n in ctx.session.scalars(
        sa.select(m.WithdrawalNotice).where(m.WithdrawalNotice.agreement_id == a.id))}
    out = []
    for p in a.parties:
        if not rules.is_party_on(None, p.left_on, day):
            continue
        renewals = sorted((r for r in a.renewals if r.office_id == p.office_id and r.renewed_on <= day),
                          key=lambda r: (r.new_end_date, r.renewed_on))
        latest = renewals[-1] if renewals else None
        notice = notices.get(p.office_id)
        exit_on, note = (notice.exit_on, None) if notice else _earliest_exit(a, day)
        out.append(PartyStanding(
            office_title(p.office.force_id, p.office.kind, p.signed_on or p.joined_on),
            p.office.force_id, p.office.kind.value, office_title(p.office.force_id, p.office.kind, day),
            p.joined_on, p.signed_on, latest.renewed_on if latest else None, latest.new_end_date if latest else None,
            notice.given_on if notice else None, exit_on, note, p.office.title in unrenewed))
    return tuple(out)


def _earliest_exit(a: Any, day: dt.date) -> tuple[dt.date | None, str | None]:  # noqa: ANN401
    """When a party giving written notice on `day` would leave (rule 3), or why it cannot be said."""
    if a.notice_period_months is None and not a.committed_for_duration:
        return None, "no notice period recorded"
    try:
        return rules.withdrawal_exit_date(day, a.notice_period_months, bool(a.committed_for_duration),
                                          a.end_date), None
    except DomainError as exc:
        return None, exc.reason


def _decisions(ctx: Context, a: Any) -> tuple[Linked, ...]:  # noqa: ANN401
    m = _m()
    d = m.Decision
    rows = ctx.session.execute(sa.select(d.id, d.subject, d.made_on, d.kind)
                               .where(d.agreement_id == a.id, visible(ctx, d)).order_by(d.made_on, d.id))
    return tuple(Linked("decision", str(i), subject, made, kind.value.replace("_", " "))
                 for i, subject, made, kind in rows)


def _notices(ctx: Context, a: Any) -> tuple[Linked, ...]:  # noqa: ANN401
    m = _m()
    n = m.DecisionNotice
    ids = {v.decision_notice_id for v in a.versions if v.decision_notice_id}
    ids |= set(ctx.session.scalars(sa.select(m.PartyFollowThrough.decision_notice_id).where(
        m.PartyFollowThrough.agreement_id == a.id, m.PartyFollowThrough.decision_notice_id.is_not(None))))
    # the notices of its decisions, looked up by index (an OR of the two made SQLite read every notice)
    ids |= set(ctx.session.scalars(sa.select(n.id).join(m.Decision, m.Decision.id == n.decision_id)
                                   .where(m.Decision.agreement_id == a.id)))
    rows = ctx.session.execute(sa.select(n.reference, n.subject, n.signed_on)
                               .where(n.id.in_(ids), visible(ctx, n)).order_by(n.year, n.number))
    return tuple(Linked("decision_notice", ref, subject, signed) for ref, subject, signed in rows)


def _forums(ctx: Context, a: Any) -> tuple[Linked, ...]:  # noqa: ANN401
    m = _m()
    return tuple(Linked("forum", slug, name, None) for slug, name in ctx.session.execute(
        sa.select(m.Forum.slug, m.Forum.name).where(m.Forum.agreement_id == a.id).order_by(m.Forum.name)))


def _papers(ctx: Context, a: Any, limit: int = 50) -> tuple[Linked, ...]:  # noqa: ANN401
    """Papers to the meetings of the forums it sets up, and to meetings that decided about it."""
    m = _m()
    p = m.Paper
    meetings = sa.union(
        sa.select(m.Meeting.id).join(m.Forum, m.Forum.id == m.Meeting.forum_id).where(m.Forum.agreement_id == a.id),
        sa.select(m.Decision.meeting_id).where(m.Decision.agreement_id == a.id, m.Decision.meeting_id.is_not(None)))
    rows = ctx.session.execute(
        sa.select(p.id, p.title, m.Meeting.date, m.Forum.name)
        .join(m.Meeting, m.Meeting.id == p.meeting_id).join(m.Forum, m.Forum.id == m.Meeting.forum_id)
        .where(p.meeting_id.in_(sa.select(meetings.subquery().c[0])), visible(ctx, p))
        .order_by(m.Meeting.date.desc(), p.id).limit(limit))
    return tuple(Linked("paper", str(i), title, on, forum) for i, title, on, forum in rows)


def _apportion(ctx: Context, a: Any, year: int) -> CostApportionment:  # noqa: ANN401
    """The annual budget shared by each party force's NRE for `year` (rule 6), or why it is not."""
    m = _m()
    if a.cost_basis != CostBasis.NRE_SHARE:
        how = a.cost_basis.value.replace("_", " ") if a.cost_basis else "not recorded"
        return CostApportionment(year, None, (), None, f"the cost basis is {how}, not each force's share of NRE")
    if a.annual_budget is None:
        return CostApportionment(year, None, (), None, "no annual budget is recorded")
    start = dt.date(year, 4, 1)
    forces = sorted({p.office.force_id for p in a.parties
                     if rules.is_party_on(p.joined_on, p.left_on, max(start, a.start_date or start))})
    nres: dict[str, Any] = dict(ctx.session.execute(sa.select(m.NetRevenueExpenditure.force_id, m.NetRevenueExpenditure.amount)
                                    .where(m.NetRevenueExpenditure.financial_year == year,
                                           m.NetRevenueExpenditure.force_id.in_(forces))).all())
    missing = [f for f in forces if f not in nres]
    label = f"{year}/{(year + 1) % 100:02d}"
    if not forces:
        return CostApportionment(year, None, (), None, f"no force was a party in {label}")
    if missing:
        return CostApportionment(year, None, (), None, f"no net revenue expenditure is recorded for {label} for "
                                 + ", ".join(missing))
    result = calc.apportion(str(a.annual_budget), [f"{f}={nres[f]}" for f in forces])
    names: dict[str, str] = dict(ctx.session.execute(sa.select(m.Force.id, m.Force.name).where(m.Force.id.in_(forces))).all())
    return CostApportionment(year, f"£{result.total:,.2f}", tuple(
        CostShare(names.get(sh.force, sh.force), f"{sh.share_percent}%", f"£{sh.amount:,.2f}", sh.note)
        for sh in result.shares), result.method, None)
