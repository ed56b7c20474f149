"""Reads of the finance registers that the sheets export and that their services do not list: each
alliance's shared costs, fleet profiles and fleet usage, the collaboration spend with its note, the
precepts, referendum limits and precept dates, and each capital programme's unit. Plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.services.context import Context
from concord.services.visibility import may_read_row
from concord.store.finance_lookups import models as _m


@dataclass(frozen=True)
class CostRow:
    alliance: str
    year: int
    label: str
    consultancy_allowance: bool
    amount: Decimal


@dataclass(frozen=True)
class ProfileRow:
    alliance: str
    name: str
    monthly_rate: Decimal


@dataclass(frozen=True)
class UsageRow:
    alliance: str
    profile: str
    force: str
    month: str  # YYYY-MM
    vehicles: int
    monthly_rate: Decimal


@dataclass(frozen=True)
class SpendRow:
    alliance: str
    force: str
    year: int
    amount: Decimal
    note: str | None


@dataclass(frozen=True)
class PreceptRow:
    body: str
    year: int
    band_d: Decimal
    tax_base: Decimal


@dataclass(frozen=True)
class LimitRow:
    year: int
    percent: Decimal | None
    pounds: Decimal | None


@dataclass(frozen=True)
class DateRow:
    body: str
    year: int
    event: str
    falls_on: dt.date


def _d(value: object) -> Decimal | None:
    return None if value is None else Decimal(value)  # type: ignore[arg-type]


def shared_costs(ctx: Context) -> list[CostRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.Alliance.slug, m.SharedCost).join(m.Alliance, m.Alliance.id == m.SharedCost.alliance_id).order_by(
        m.Alliance.slug, m.SharedCost.financial_year, m.SharedCost.id)
    return [CostRow(slug, c.financial_year, c.label, c.kind == m.CostKind.CONSULTANCY_ALLOWANCE, Decimal(c.amount))
            for slug, c in ctx.session.execute(q)]


def fleet_profiles(ctx: Context) -> list[ProfileRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.Alliance.slug, m.FleetProfile.name, m.FleetProfile.monthly_rate).join(
        m.Alliance, m.Alliance.id == m.FleetProfile.alliance_id).order_by(m.Alliance.slug, m.FleetProfile.id)
    return [ProfileRow(slug, name, Decimal(rate)) for slug, name, rate in ctx.session.execute(q)]


def fleet_usage(ctx: Context) -> list[UsageRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.Alliance.slug, m.FleetProfile.name, m.FleetUsage.force_id, m.FleetUsage.month,
                  m.FleetUsage.vehicles, m.FleetProfile.monthly_rate).join(
        m.FleetProfile, m.FleetProfile.id == m.FleetUsage.profile_id).join(
        m.Alliance, m.Alliance.id == m.FleetProfile.alliance_id).order_by(
        m.Alliance.slug, m.FleetUsage.month, m.FleetProfile.id, m.FleetUsage.force_id)
    return [UsageRow(slug, name, force, month, vehicles, Decimal(rate))
            for slug, name, force, month, vehicles, rate in ctx.session.execute(q)]


def collaboration_spend(ctx: Context) -> list[SpendRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.Alliance.slug, m.CollaborationSpend).join(
        m.Alliance, m.Alliance.id == m.CollaborationSpend.alliance_id).order_by(
        m.Alliance.slug, m.CollaborationSpend.force_id, m.CollaborationSpend.financial_year)
    return [SpendRow(slug, s.force_id, s.financial_year, Decimal(s.amount), s.note) for slug, s in ctx.session.execute(q)]


def precepts(ctx: Context) -> list[PreceptRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.PolicingBody.slug, m.Precept.financial_year, m.Precept.band_d, m.Precept.tax_base).join(
        m.PolicingBody, m.PolicingBody.id == m.Precept.policing_body_id).order_by(
        m.PolicingBody.slug, m.Precept.financial_year)
    return [PreceptRow(slug, year, Decimal(band_d), Decimal(base)) for slug, year, band_d, base in ctx.session.execute(q)]


def referendum_limits(ctx: Context) -> list[LimitRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.ReferendumLimit).order_by(m.ReferendumLimit.financial_year)
    return [LimitRow(x.financial_year, _d(x.percent), _d(x.pounds)) for x in ctx.session.scalars(q)]


def precept_dates(ctx: Context) -> list[DateRow]:
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.PolicingBody.slug, m.PreceptDate).join(
        m.PolicingBody, m.PolicingBody.id == m.PreceptDate.policing_body_id).order_by(
        m.PolicingBody.slug, m.PreceptDate.financial_year, m.PreceptDate.falls_on, m.PreceptDate.event)
    return [DateRow(slug, d.financial_year, d.event, d.falls_on) for slug, d in ctx.session.execute(q)]


def programme_units(ctx: Context) -> dict[tuple[str, int], str]:
    """(body, year) → the unit each capital programme was printed in (GBP, GBP_thousands...)."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    q = sa.select(m.PolicingBody.slug, m.CapitalProgramme).join(
        m.PolicingBody, m.PolicingBody.id == m.CapitalProgramme.policing_body_id)
    return {(slug, p.financial_year): str(p.unit.value if hasattr(p.unit, "value") else p.unit)
            for slug, p in ctx.session.execute(q) if may_read_row(ctx, p)}
