"""Who is who in the register: forces, policing bodies, alliances and functions.

Read-only queries for the web application (and any other caller): each
takes the `Context`, needs `register:record:read`, and returns frozen
dataclasses. A detail query returns None for a key that is not in the
register, so the caller can say "not found" in its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from concord.domain.access import Permission
from concord.domain.titles import TitleSpan, title_history
from concord.services.context import Context


@dataclass(frozen=True)
class OfficeView:
    kind: str
    title: str
    #: every title the office has held, oldest first (concord.domain.titles)
    titles: tuple[TitleSpan, ...] = ()


@dataclass(frozen=True)
class ForceSummary:
    id: str
    name: str
    country: str
    territorial: bool
    policing_body: str | None


@dataclass(frozen=True)
class AllianceSummary:
    slug: str
    name: str
    kind: str
    host_force: str | None
    members: int


@dataclass(frozen=True)
class MemberView:
    force_id: str
    force: str
    joined_on: dt.date | None
    left_on: dt.date | None


@dataclass(frozen=True)
class FunctionSummary:
    id: int
    name: str
    alliance_slug: str
    alliance: str
    portfolio: str | None
    lead_force_id: str | None
    lead_force: str | None
    live_from: dt.date | None


@dataclass(frozen=True)
class NreView:
    financial_year: int
    amount: str
    is_estimate: bool


@dataclass(frozen=True)
class ForceDetail:
    force: ForceSummary
    short_name: str
    policing_body_slug: str | None
    offices: tuple[OfficeView, ...]
    alliances: tuple[AllianceSummary, ...]
    leads: tuple[FunctionSummary, ...]
    nre: tuple[NreView, ...]


@dataclass(frozen=True)
class PolicingBodySummary:
    slug: str
    name: str
    kind: str
    force_id: str
    force: str
    notice_prefix: str | None


@dataclass(frozen=True)
class PolicingBodyDetail:
    body: PolicingBodySummary
    office: OfficeView | None
    decision_notices: int


@dataclass(frozen=True)
class AllianceDetail:
    alliance: AllianceSummary
    host_force_id: str | None
    members: tuple[MemberView, ...]
    portfolios: tuple[str, ...]
    functions: tuple[FunctionSummary, ...]


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


def forces(ctx: Context) -> list[ForceSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = (sa.select(m.Force.id, m.Force.name, m.Force.country, m.Force.territorial, m.PolicingBody.name)
         .outerjoin(m.PolicingBody, m.PolicingBody.force_id == m.Force.id).order_by(m.Force.name))
    return [ForceSummary(*row) for row in ctx.session.execute(q)]


def force(ctx: Context, force_id: str) -> ForceDetail | None:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    s = ctx.session
    f = s.get(m.Force, force_id)
    if f is None:
        return None
    body = s.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.force_id == f.id))
    offices = s.execute(sa.select(m.Office.kind, m.Office.title).where(m.Office.force_id == f.id)
                        .order_by(m.Office.kind)).all()
    member_of = s.scalars(sa.select(m.AllianceMember.alliance_id).where(m.AllianceMember.force_id == f.id))
    nre = s.execute(sa.select(m.NetRevenueExpenditure.financial_year, m.NetRevenueExpenditure.amount,
                              m.NetRevenueExpenditure.is_estimate)
                    .where(m.NetRevenueExpenditure.force_id == f.id)
                    .order_by(m.NetRevenueExpenditure.financial_year)).all()
    return ForceDetail(
        force=ForceSummary(f.id, f.name, f.country, f.territorial, body.name if body else None),
        short_name=f.short_name,
        policing_body_slug=body.slug if body else None,
        offices=tuple(OfficeView(str(kind), title, tuple(title_history(f.id, kind))) for kind, title in offices),
        alliances=tuple(a for a in alliances(ctx) if a.slug in _slugs(ctx, list(member_of))),
        leads=tuple(fn for fn in functions(ctx) if fn.lead_force_id == f.id),
        nre=tuple(NreView(year, _pounds(amount), estimate) for year, amount, estimate in nre),
    )


def _slugs(ctx: Context, alliance_ids: list[int]) -> set[str]:
    m = _m()
    if not alliance_ids:
        return set()
    return set(ctx.session.scalars(sa.select(m.Alliance.slug).where(m.Alliance.id.in_(alliance_ids))))


def _pounds(amount: object) -> str:
    return f"£{amount:,.0f}" if amount is not None else ""


def policing_bodies(ctx: Context) -> list[PolicingBodySummary]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = (sa.select(m.PolicingBody.slug, m.PolicingBody.name, m.PolicingBody.kind, m.Force.id, m.Force.name,
                   m.PolicingBody.notice_prefix)
         .join(m.Force, m.Force.id == m.PolicingBody.force_id).order_by(m.PolicingBody.name))
    return [PolicingBodySummary(*row) for row in ctx.session.execute(q)]


def policing_body(ctx: Context, slug: str) -> PolicingBodyDetail | None:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    s = ctx.session
    found = next((b for b in policing_bodies(ctx) if b.slug == slug), None)
    if found is None:
        return None
    office = s.execute(sa.select(m.Office.kind, m.Office.title)
                       .where(m.Office.force_id == found.force_id, m.Office.kind == "policing_body")).first()
    notices = s.scalar(sa.select(sa.func.count()).select_from(m.DecisionNotice)
                       .join(m.PolicingBody, m.PolicingBody.id == m.DecisionNotice.policing_body_id)
                       .where(m.PolicingBody.slug == slug))
    shown = OfficeView(str(office[0]), office[1], tuple(title_history(found.force_id, office[0]))) if office else None
    return PolicingBodyDetail(found, shown, notices or 0)


def alliances(ctx: Context) -> list[AllianceSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    members = (sa.select(sa.func.count()).select_from(m.AllianceMember)
               .where(m.AllianceMember.alliance_id == m.Alliance.id).scalar_subquery())
    q = (sa.select(m.Alliance.slug, m.Alliance.name, m.Alliance.kind, m.Force.name, members)
         .outerjoin(m.Force, m.Force.id == m.Alliance.host_force_id).order_by(m.Alliance.name))
    return [AllianceSummary(slug, name, str(kind), host, n) for slug, name, kind, host, n in ctx.session.execute(q)]


def alliance(ctx: Context, slug: str) -> AllianceDetail | None:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    s = ctx.session
    a = s.scalar(sa.select(m.Alliance).where(m.Alliance.slug == slug))
    if a is None:
        return None
    summary = next(x for x in alliances(ctx) if x.slug == slug)
    members = s.execute(sa.select(m.Force.id, m.Force.name, m.AllianceMember.joined_on, m.AllianceMember.left_on)
                        .join(m.Force, m.Force.id == m.AllianceMember.force_id)
                        .where(m.AllianceMember.alliance_id == a.id).order_by(m.Force.name)).all()
    portfolios = s.scalars(sa.select(m.Portfolio.name).where(m.Portfolio.alliance_id == a.id)
                           .order_by(m.Portfolio.name)).all()
    return AllianceDetail(summary, a.host_force_id, tuple(MemberView(*row) for row in members), tuple(portfolios),
                          tuple(fn for fn in functions(ctx) if fn.alliance_slug == slug))


def functions(ctx: Context) -> list[FunctionSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    lead = aliased(m.Force)
    q = (sa.select(m.Function.id, m.Function.name, m.Alliance.slug, m.Alliance.name, m.Portfolio.name,
                   m.Function.lead_force_id, lead.name, m.Function.live_from)
         .join(m.Alliance, m.Alliance.id == m.Function.alliance_id)
         .outerjoin(m.Portfolio, m.Portfolio.id == m.Function.portfolio_id)
         .outerjoin(lead, lead.id == m.Function.lead_force_id)
         .order_by(m.Alliance.name, m.Function.name))
    return [FunctionSummary(*row) for row in ctx.session.execute(q)]


@dataclass(frozen=True)
class LinkedRecord:
    """An agreement or project that runs a function, as a line in a list."""

    slug: str
    title: str
    status: str | None


@dataclass(frozen=True)
class FunctionDetail:
    function: FunctionSummary
    agreements: tuple[LinkedRecord, ...]
    projects: tuple[LinkedRecord, ...]


def function(ctx: Context, function_id: int) -> FunctionDetail | None:
    """A function, with the agreements under which it runs and its projects (those the actor may read)."""
    from concord.services.visibility import visible

    found = next((fn for fn in functions(ctx) if fn.id == function_id), None)
    if found is None:
        return None
    m = _m()
    agreements = ctx.session.execute(
        sa.select(m.Agreement.slug, m.Agreement.title, m.Agreement.status)
        .join(m.AgreementFunction, m.AgreementFunction.agreement_id == m.Agreement.id)
        .where(m.AgreementFunction.function_id == function_id, visible(ctx, m.Agreement))
        .order_by(m.Agreement.start_date.desc(), m.Agreement.title))
    projects = ctx.session.execute(
        sa.select(m.Project.slug, m.Project.name, m.Project.status)
        .where(m.Project.function_id == function_id, visible(ctx, m.Project))
        .order_by(m.Project.name))
    return FunctionDetail(
        found,
        tuple(LinkedRecord(slug, title, status.value.replace("_", " ") if status else None)
              for slug, title, status in agreements),
        tuple(LinkedRecord(*row) for row in projects))
