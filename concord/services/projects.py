"""Projects read: the list, and one project with its business case, phases and savings.

A project's business case moves SOBC → OBC → FBC through gateway reviews
(rule 19), its phases carry planned and actual dates, its delivery
confidence is a RAG status, and its savings are predicted and delivered
per period, totalled from the exact amounts (rule 21). Changes are in
`concord.services.project_changes`.

A project marked above OFFICIAL is shown only to those who may read it
(`concord.services.visibility.may_read_marked`): to anyone else it is not
there. Every function takes the caller's `Context` first and returns
frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.business_cases import DeliveryConfidence, Gateway, Stage
from concord.domain.markings import Marking
from concord.domain.projects import RAG, Phase, slippage_days
from concord.domain.savings import (
    Attribution, PeriodTotal, counted_for_alliance, grand_total, period_key, totals_by_period,
)
from concord.services.context import Context
from concord.services.visibility import may_read_marked
from concord.store import models as m


@dataclass(frozen=True)
class ProjectSummary:
    slug: str
    name: str
    alliance: str | None
    rag: RAG | None
    stage: Stage | None
    confidence: DeliveryConfidence | None  # of the latest gateway review
    predicted: Decimal | None  # in all periods (None: no figure recorded)
    delivered: Decimal | None


@dataclass(frozen=True)
class PhaseView:
    id: int
    position: int
    name: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    rag: RAG | None
    slippage_days: int | None  # past the planned end, as of the day asked


@dataclass(frozen=True)
class StageView:
    stage: Stage
    approved_on: dt.date | None
    forum: str | None


@dataclass(frozen=True)
class ReviewView:
    gate: int
    gate_name: str
    held_on: dt.date | None
    rating: DeliveryConfidence | None


@dataclass(frozen=True)
class CaseView:
    id: int
    title: str
    stage: Stage
    version: int
    stages: tuple[StageView, ...]
    reviews: tuple[ReviewView, ...]


@dataclass(frozen=True)
class SavingView:
    id: int
    period: str
    force: str | None  # the force's name (None: all forces)
    predicted: Decimal | None
    delivered: Decimal | None
    version: int
    force_id: str | None = None


@dataclass(frozen=True)
class ProjectDetail:
    slug: str
    name: str
    alliance: str | None
    function: str | None
    lead_force: str | None
    senior_responsible_owner: str | None
    rag: RAG | None
    status: str | None
    summary: str | None
    marking: Marking
    owner: str | None  # the organisation's slug
    version: int
    phases: tuple[PhaseView, ...]
    cases: tuple[CaseView, ...]
    savings: tuple[SavingView, ...]
    totals: tuple[PeriodTotal, ...]
    total: PeriodTotal

    @property
    def confidence(self) -> DeliveryConfidence | None:
        """The rating of the latest gateway review that gave one."""
        rated = [r for c in self.cases for r in c.reviews if r.rating is not None]
        return max(rated, key=lambda r: (r.held_on or dt.date.min, r.gate)).rating if rated else None


@dataclass(frozen=True)
class ForumChoice:
    slug: str
    name: str


def forums(ctx: Context) -> list[ForumChoice]:
    """The forums that may approve a business case stage, by name."""
    ctx.require(Permission.REGISTER_READ)
    return [ForumChoice(slug, name) for slug, name in
            ctx.session.execute(sa.select(m.Forum.slug, m.Forum.name).order_by(m.Forum.name))]


def listing(ctx: Context) -> list[ProjectSummary]:
    """Every project the actor may read, by name, with its stage, confidence and savings."""
    ctx.require(Permission.REGISTER_READ)
    s = ctx.session
    owners = _owners(ctx)
    rows = s.execute(sa.select(m.Project, m.Alliance.name).outerjoin(m.Alliance, m.Alliance.id == m.Project.alliance_id)
                     .order_by(m.Project.name)).all()
    stages = dict(s.execute(sa.select(m.BusinessCase.project_id, m.BusinessCase.stage)
                            .where(m.BusinessCase.project_id.is_not(None)).order_by(m.BusinessCase.id.desc())).all())
    ratings: dict[int, DeliveryConfidence] = {}
    for project_id, rating in s.execute(
            sa.select(m.BusinessCase.project_id, m.GatewayReview.rating)
            .join(m.GatewayReview, m.GatewayReview.business_case_id == m.BusinessCase.id)
            .where(m.GatewayReview.rating.is_not(None))
            .order_by(m.GatewayReview.held_on, m.GatewayReview.gate, m.GatewayReview.id)):
        if project_id is not None and rating is not None:
            ratings[project_id] = rating  # the latest wins
    money: dict[int | None, list[Decimal | None]] = defaultdict(lambda: [None, None])
    found = s.execute(sa.select(m.SavingsLine.project_id, m.SavingsLine.force_id, m.SavingsLine.period,
                                m.SavingsLine.predicted, m.SavingsLine.delivered)
                      .where(m.SavingsLine.project_id.is_not(None))).all()
    counted = counted_for_alliance([Attribution(None, str(r.project_id), None, r.force_id, r.period) for r in found])
    for (project_id, _, _, predicted, delivered), count in zip(found, counted):
        if not count:  # a force's share of the project's whole saving is inside the whole
            continue
        for i, amount in enumerate((predicted, delivered)):
            if amount is not None:
                money[project_id][i] = (money[project_id][i] or Decimal(0)) + Decimal(str(amount))
    return [ProjectSummary(p.slug, p.name, alliance, p.rag, stages.get(p.id), ratings.get(p.id), *money[p.id])
            for p, alliance in rows if _readable(ctx, p, owners)]


def show(ctx: Context, slug: str, as_of: dt.date | None = None) -> ProjectDetail | None:
    """One project by its slug; None when there is none (or the actor may not read it)."""
    ctx.require(Permission.REGISTER_READ)
    p = _find(ctx, slug)
    if p is None or not _readable(ctx, p, _owners(ctx)):
        return None
    return _detail(ctx, p, as_of)


def _find(ctx: Context, slug: str) -> m.Project | None:
    """The project row (for services only)."""
    return ctx.session.scalar(sa.select(m.Project).where(m.Project.slug == (slug or "").strip().lower()))


def _owner_of(ctx: Context, p: m.Project) -> str | None:
    return _owners(ctx).get(p.owner_id) if p.owner_id is not None else None


def _detail(ctx: Context, p: m.Project, as_of: dt.date | None = None) -> ProjectDetail:
    s = ctx.session
    as_of = as_of or dt.date.today()
    alliance = s.get(m.Alliance, p.alliance_id) if p.alliance_id else None
    function = s.get(m.Function, p.function_id) if p.function_id else None
    lead = s.get(m.Force, p.lead_force_id) if p.lead_force_id else None
    forums = dict(s.execute(sa.select(m.Forum.id, m.Forum.name)).all())
    forces = dict(s.execute(sa.select(m.Force.id, m.Force.name)).all())
    cases = []
    for case in s.scalars(sa.select(m.BusinessCase).where(m.BusinessCase.project_id == p.id).order_by(m.BusinessCase.id)):
        stages = tuple(StageView(Stage(st.stage), st.approved_on, forums.get(st.forum_id) if st.forum_id else None) for st in
                       sorted(case.stages, key=lambda st: Stage(st.stage).order))
        reviews = tuple(ReviewView(r.gate, _gate_name(r.gate), r.held_on, r.rating) for r in case.reviews)
        cases.append(CaseView(case.id, case.title, Stage(case.stage), case.version, stages, reviews))
    saved = [SavingView(sv.id, sv.period, forces.get(sv.force_id, sv.force_id) if sv.force_id else None,
                        sv.predicted, sv.delivered, sv.version, sv.force_id)  # type: ignore[arg-type]
             for sv in p.savings]
    saved.sort(key=lambda sv: (period_key(sv.period), sv.force or "", sv.id))
    # a force's share of a saving recorded for the whole project is inside the whole: totalled once
    counted = counted_for_alliance([Attribution(None, p.slug, None, sv.force_id, sv.period) for sv in saved])
    totals = totals_by_period((sv.period, sv.predicted, sv.delivered) for sv, count in zip(saved, counted) if count)
    return ProjectDetail(p.slug, p.name, alliance.name if alliance else None, function.name if function else None,
                         lead.name if lead else None, p.senior_responsible_owner, p.rag, p.status, p.summary,
                         Marking(p.marking), _owner_of(ctx, p), p.version,
                         tuple(_phase(ph, as_of) for ph in p.phases), tuple(cases), tuple(saved),
                         tuple(totals), grand_total(totals))


def _phase(ph: m.ProjectPhase, as_of: dt.date) -> PhaseView:
    slipped = None
    if ph.planned_start and ph.planned_end:
        slipped = slippage_days(Phase(ph.name, ph.planned_start, ph.planned_end, ph.actual_start, ph.actual_end),
                                as_of)
    return PhaseView(ph.id, ph.position, ph.name, ph.planned_start, ph.planned_end, ph.actual_start,
                     ph.actual_end, ph.rag, slipped)


def _gate_name(gate: int) -> str:
    try:
        return Gateway(gate).name.replace("_", " ").capitalize()
    except ValueError:
        return ""


def _owners(ctx: Context) -> dict[int, str]:
    return dict(ctx.session.execute(sa.select(m.Organisation.id, m.Organisation.slug)).all())


def _readable(ctx: Context, p: m.Project, owners: dict[int, str]) -> bool:
    if Marking(p.marking) is Marking.OFFICIAL:
        return True
    return may_read_marked(ctx.actor, owners.get(p.owner_id) if p.owner_id is not None else None)
