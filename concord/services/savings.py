"""The savings and benefits register of collaboration: each saving predicted and delivered, per
project or function, per force (or the alliance as a whole) and per period; whether it is cashable,
its owner, baseline, measure, target and due date; the spend on collaboration per force per year
beside it; roll-ups per alliance and per force, summed exactly (`concord.domain.savings`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import savings as rules
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.money import exact
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.store import finance_lookups as lookups
from concord.services.context import Context
from concord.store.finance_lookups import models


@dataclass(frozen=True)
class SavingLine:
    id: int
    alliance: str | None  # None: a saving of a project that belongs to no alliance
    description: str
    project: str | None
    function: str | None
    force: str | None  # None: the alliance as a whole
    period: str
    cashable: bool
    owner: str | None
    measure: str | None
    baseline: Decimal | None
    target: Decimal | None
    due_on: dt.date | None
    predicted: Decimal | None
    delivered: Decimal | None
    version: int


@dataclass(frozen=True)
class Total:
    period: str
    predicted: Decimal
    delivered: Decimal
    shortfall: Decimal  # predicted − delivered


@dataclass(frozen=True)
class Rollup:
    """One alliance's or one force's savings by period, and in all."""

    name: str
    by_period: tuple[Total, ...]
    all_years: Total
    cashable: Decimal  # predicted cashable savings, in all


@dataclass(frozen=True)
class SpendBeside:
    alliance: str
    force: str
    year: str
    spend: Decimal
    predicted: Decimal | None  # the force's savings predicted for that one year (None: none recorded)
    delivered: Decimal | None


@dataclass(frozen=True)
class SavingsRegister:
    lines: tuple[SavingLine, ...]
    by_alliance: tuple[Rollup, ...]
    by_force: tuple[Rollup, ...]
    spend: tuple[SpendBeside, ...]


def add_saving(ctx: Context, alliance: str, description: str, period: str, *, predicted: Decimal | None = None,
               delivered: Decimal | None = None, force: str | None = None, project: str | None = None,
               function: str | None = None, cashable: bool = True, owner: str | None = None,
               measure: str | None = None, baseline: Decimal | None = None, target: Decimal | None = None,
               due_on: dt.date | None = None) -> SavingLine:
    m = models()
    row = lookups.alliance(ctx.session, alliance)
    if force is not None:  # membership is public: say so before asking who may record it
        lookups.check_member(ctx.session, row, force)
    _require(ctx, row, force)
    for value, field in ((predicted, "predicted"), (delivered, "delivered"), (baseline, "baseline"),
                         (target, "target")):
        if value is not None and exact(value, field) < 0:
            raise DomainError(field, value, "must not be negative")
    if predicted is None and delivered is None:
        raise DomainError("predicted", None, "give the saving predicted, or delivered, or both")
    line = m.SavingsLine(
        alliance_id=row.id, description=check_title(description, "description", 300),
        period=rules.check_period(period, "period"), predicted=predicted, delivered=delivered, force_id=force,
        project_id=_project(ctx, row, project), function_id=_function(ctx, row, function), cashable=cashable,
        owner=check_title(owner, "owner", 200) if owner else None,
        measure=check_title(measure, "measure", 300) if measure else None, baseline=baseline, target=target,
        due_on=due_on)
    ctx.session.add(line)
    ctx.session.flush()
    return _line(ctx, line)


def deliver(ctx: Context, saving: int, delivered: Decimal, expected_version: int | None = None) -> SavingLine:
    """Record what a saving has delivered."""
    m = models()
    line = ctx.session.get(m.SavingsLine, saving) if isinstance(saving, int) and 1 <= saving <= 2147483647 else None
    if line is None:
        raise DomainError("saving", saving, "is not a saving in the register")
    if line.alliance_id is None:  # a project's saving, outside any alliance: the project's office records it
        from concord.services.projects import _owner_of

        ctx.require(Permission.FINANCE_EDIT, organisation=_owner_of(ctx, line.project))
    else:
        _require(ctx, ctx.session.get(m.Alliance, line.alliance_id), line.force_id)
    ctx.check_version("saving", saving, line, expected_version)
    if exact(delivered, "delivered") < 0:
        raise DomainError("delivered", delivered, "must not be negative")
    line.delivered = delivered
    ctx.session.flush()
    return _line(ctx, line)


def add_spend(ctx: Context, alliance: str, force: str, year: int, amount: Decimal, note: str | None = None) -> SpendBeside:
    """What a force spent on the alliance's collaboration in a year (set again: replaced)."""
    m = models()
    row = lookups.alliance(ctx.session, alliance)
    _require(ctx, row, force)
    lookups.check_member(ctx.session, row, force)
    exact(amount, "amount")
    spend = ctx.session.scalar(sa.select(m.CollaborationSpend).where(
        m.CollaborationSpend.alliance_id == row.id, m.CollaborationSpend.force_id == force,
        m.CollaborationSpend.financial_year == year))
    if spend is None:
        spend = m.CollaborationSpend(alliance_id=row.id, force_id=force, financial_year=year)
        ctx.session.add(spend)
    spend.amount, spend.note = amount, check_title(note, "note", 300) if note else None
    ctx.session.flush()
    return next(s for s in register(ctx, alliance, force).spend if s.year == fy(year))


def register(ctx: Context, alliance: str | None = None, force: str | None = None) -> SavingsRegister:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    q = sa.select(m.SavingsLine).order_by(m.SavingsLine.alliance_id, m.SavingsLine.id)
    s = sa.select(m.CollaborationSpend).order_by(m.CollaborationSpend.force_id, m.CollaborationSpend.financial_year)
    if alliance:
        row = lookups.alliance(ctx.session, alliance)
        q, s = q.where(m.SavingsLine.alliance_id == row.id), s.where(m.CollaborationSpend.alliance_id == row.id)
    if force:
        q, s = q.where(m.SavingsLine.force_id == force), s.where(m.CollaborationSpend.force_id == force)
    lines = [_line(ctx, x) for x in ctx.session.scalars(q)]
    alliances = sorted({x.alliance for x in lines if x.alliance})
    forces = sorted({x.force for x in lines if x.force})
    slugs = {i: slug for i, slug in ctx.session.execute(sa.select(m.Alliance.id, m.Alliance.slug))}
    spend = []
    for row in ctx.session.scalars(s):
        label = fy(row.financial_year)
        mine = [x for x in lines if x.alliance == slugs[row.alliance_id] and x.force == row.force_id
                and x.period == label]
        spend.append(SpendBeside(slugs[row.alliance_id], row.force_id, label, Decimal(row.amount),
                                 _sum(x.predicted for x in mine), _sum(x.delivered for x in mine)))
    counted = rules.counted_for_alliance([_attribution(x) for x in lines])
    once = [x for x, count in zip(lines, counted) if count]  # a force's share of a whole is inside the whole
    return SavingsRegister(tuple(lines), tuple(_rollup(a, [x for x in once if x.alliance == a]) for a in alliances),
                           tuple(_rollup(f, [x for x in lines if x.force == f]) for f in forces), tuple(spend))


def _attribution(x: SavingLine) -> rules.Attribution:
    return rules.Attribution(x.alliance, x.project, x.function, x.force, x.period)


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    given = [v for v in values if v is not None]
    return sum(given, Decimal(0)) if given else None


def _rollup(name: str, lines: list[SavingLine]) -> Rollup:
    totals = rules.totals_by_period((x.period, x.predicted, x.delivered) for x in lines)
    whole = rules.grand_total(totals)

    def plain(t: rules.PeriodTotal) -> Total:
        return Total(t.period, t.predicted, t.delivered, t.shortfall)

    return Rollup(name, tuple(plain(t) for t in totals), plain(whole),
                  sum((x.predicted or Decimal(0) for x in lines if x.cashable), Decimal(0)))


def _line(ctx: Context, x: Any) -> SavingLine:
    m = models()
    alliance = ctx.session.scalar(sa.select(m.Alliance.slug).where(m.Alliance.id == x.alliance_id)) \
        if x.alliance_id is not None else None
    project = ctx.session.scalar(sa.select(m.Project.slug).where(m.Project.id == x.project_id)) if x.project_id else None
    function = ctx.session.scalar(sa.select(m.Function.name).where(m.Function.id == x.function_id)) \
        if x.function_id else None
    money = {k: (Decimal(getattr(x, k)) if getattr(x, k) is not None else None)
             for k in ("baseline", "target", "predicted", "delivered")}
    return SavingLine(x.id, alliance, x.description, project, function, x.force_id, x.period, x.cashable, x.owner,
                      x.measure, money["baseline"], money["target"], x.due_on, money["predicted"],
                      money["delivered"], x.version)






def _require(ctx: Context, alliance: Any, force: str | None) -> None:
    """The alliance's programme office records its savings; a force's own OPCC records that force's."""
    office = f"{alliance.slug}-programme-office"
    if force is not None and ctx.actor.can(Permission.FINANCE_EDIT, f"{force}-opcc") and not ctx.read_only:
        return
    ctx.require(Permission.FINANCE_EDIT, organisation=office)


def _project(ctx: Context, alliance: Any, slug: str | None) -> int | None:
    if not slug:
        return None
    m = models()
    found = ctx.session.scalar(sa.select(m.Project.id).where(m.Project.slug == slug.strip().lower()))
    if found is None:
        raise DomainError("project", slug, "is not a project in the register")
    return found


def _function(ctx: Context, alliance: Any, name: str | None) -> int | None:
    if not name:
        return None
    m = models()
    found = ctx.session.scalar(sa.select(m.Function.id).where(m.Function.alliance_id == alliance.id,
                                                              sa.func.lower(m.Function.name) == name.strip().lower()))
    if found is None:
        raise DomainError("function", name, f"is not a collaborated function of {alliance.name}")
    return found
