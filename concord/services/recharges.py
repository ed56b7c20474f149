"""Costs an alliance shares and the usage it recharges, and each member's statement.

A programme cost (or the annual consultancy allowance, kept as its own
figure) is shared by each member's printed share of NRE for the year
(rule 6, `concord.domain.apportion`). Fleet usage is invoiced monthly in
arrears at the profile's rate (rule 8, `concord.domain.recharge`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import apportion, recharge
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.money import exact
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.store import finance_lookups as lookups
from concord.services.context import Context
from concord.store.finance_lookups import models

ZERO = Decimal(0)


@dataclass(frozen=True)
class CostShare:
    label: str
    kind: str
    total: Decimal
    share_percent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class FleetCharge:
    month: str
    profile: str
    vehicles: int
    rate: Decimal
    amount: Decimal
    invoice_date: dt.date


@dataclass(frozen=True)
class Statement:
    alliance: str
    member: str
    year: int
    label: str
    method: str
    costs: tuple[CostShare, ...]
    fleet: tuple[FleetCharge, ...]
    total_costs: Decimal
    total_fleet: Decimal
    total: Decimal


@dataclass(frozen=True)
class StatementsOf:
    """An alliance's years with shared costs or fleet usage, and its members that year."""

    alliance: str
    name: str
    year: int
    label: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class Recorded:
    what: str
    version: int


@dataclass(frozen=True)
class Profile:
    name: str
    monthly_rate: Decimal


@dataclass(frozen=True)
class AllianceCosts:
    """What a form recording an alliance's costs and usage offers: its members and fleet profiles."""

    alliance: str
    name: str
    members: tuple[str, ...]
    profiles: tuple[Profile, ...]


def alliance_costs(ctx: Context, alliance: str) -> AllianceCosts:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    row = lookups.alliance(ctx.session, alliance)
    members = tuple(sorted({x.force_id for x in row.members}))
    profiles = tuple(Profile(p.name, Decimal(p.monthly_rate)) for p in ctx.session.scalars(
        sa.select(m.FleetProfile).where(m.FleetProfile.alliance_id == row.id).order_by(m.FleetProfile.name)))
    return AllianceCosts(row.slug, row.name, members, profiles)


def add_cost(ctx: Context, alliance: str, year: int, label: str, amount: Decimal,
             consultancy_allowance: bool = False) -> Recorded:
    m = models()
    row = _writable(ctx, alliance)
    label = check_title(label, "label", 200)
    if exact(amount, "amount") <= 0:
        raise DomainError("amount", amount, "must be more than zero")
    if ctx.session.scalar(sa.select(m.SharedCost.id).where(m.SharedCost.alliance_id == row.id,
                                                           m.SharedCost.financial_year == year,
                                                           m.SharedCost.label == label)):
        raise DomainError("label", label, f"{row.name} already shares a cost of that name in {fy(year)}")
    kind = m.CostKind.CONSULTANCY_ALLOWANCE if consultancy_allowance else m.CostKind.PROGRAMME
    cost = m.SharedCost(alliance_id=row.id, financial_year=year, label=label, kind=kind, amount=amount)
    ctx.session.add(cost)
    ctx.session.flush()
    return Recorded(f"{label} ({kind}) £{amount:,.2f} in {fy(year)}", cost.version)


def add_profile(ctx: Context, alliance: str, name: str, monthly_rate: Decimal) -> Recorded:
    m = models()
    row = _writable(ctx, alliance)
    name = check_title(name, "profile", 120)
    if exact(monthly_rate, "rate") < 0:
        raise DomainError("rate", monthly_rate, "must not be negative")
    if _profile(ctx, row, name, missing_ok=True):
        raise DomainError("profile", name, f"{row.name} already has a fleet profile of that name")
    profile = m.FleetProfile(alliance_id=row.id, name=name, monthly_rate=monthly_rate)
    ctx.session.add(profile)
    ctx.session.flush()
    return Recorded(f"profile {name} at £{monthly_rate:,.2f} a vehicle a month", profile.version)


def record_usage(ctx: Context, alliance: str, profile: str, force: str, month: str, vehicles: int) -> Recorded:
    """Vehicles of a profile a member had on fleet in a month (recorded again: replaced)."""
    m = models()
    row = _writable(ctx, alliance)
    found = _profile(ctx, row, profile)
    recharge.month_bounds(month)
    if isinstance(vehicles, bool) or not isinstance(vehicles, int) or not 0 <= vehicles <= 100000:
        raise DomainError("vehicles", vehicles, "must be a whole number of vehicles from 0 to 100000")
    lookups.check_member(ctx.session, row, force)
    usage = ctx.session.scalar(sa.select(m.FleetUsage).where(m.FleetUsage.profile_id == found.id,
                                                             m.FleetUsage.force_id == force,
                                                             m.FleetUsage.month == month.strip()))
    if usage is None:
        usage = m.FleetUsage(profile_id=found.id, force_id=force, month=month.strip(), vehicles=vehicles)
        ctx.session.add(usage)
    else:
        usage.vehicles = vehicles
    ctx.session.flush()
    return Recorded(f"{force}: {vehicles} {found.name} on fleet in {month.strip()}", usage.version)


def statement(ctx: Context, alliance: str, member: str, year: int) -> Statement:
    """A member's share of the alliance's costs for a financial year, and its fleet invoices for
    the months of that year."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    row = lookups.alliance(ctx.session, alliance)
    lookups.check_member(ctx.session, row, member)
    first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    members = [f for f, joined, left in ctx.session.execute(
        sa.select(m.AllianceMember.force_id, m.AllianceMember.joined_on, m.AllianceMember.left_on).where(
            m.AllianceMember.alliance_id == row.id))
        if (joined is None or joined <= last) and (left is None or left >= first)]
    nre = {f: Decimal(a) for f, a in ctx.session.execute(
        sa.select(m.NetRevenueExpenditure.force_id, m.NetRevenueExpenditure.amount).where(
            m.NetRevenueExpenditure.force_id.in_(members), m.NetRevenueExpenditure.financial_year == year))}
    costs = []
    shared = ctx.session.scalars(sa.select(m.SharedCost).where(m.SharedCost.alliance_id == row.id,
                                                               m.SharedCost.financial_year == year)
                                 .order_by(m.SharedCost.label)).all()
    if shared:
        missing = sorted(set(members) - set(nre))
        if missing or member not in nre:
            raise DomainError("nre", ", ".join(missing) or member, f"has no net revenue expenditure for {fy(year)}: "
                              "the costs cannot be shared")
        for cost in shared:
            share = next(s for s in apportion.apportion(Decimal(cost.amount), nre) if s.force == member)
            costs.append(CostShare(cost.label, str(cost.kind), Decimal(cost.amount), share.share_percent, share.amount))
    fleet = []
    q = sa.select(m.FleetUsage.month, m.FleetProfile.name, m.FleetUsage.vehicles, m.FleetProfile.monthly_rate).join(
        m.FleetProfile).where(m.FleetProfile.alliance_id == row.id, m.FleetUsage.force_id == member).order_by(
        m.FleetUsage.month, m.FleetProfile.name)
    for month, profile, vehicles, rate in ctx.session.execute(q):
        if not first <= recharge.month_bounds(month)[0] <= last:
            continue
        for invoice in recharge.monthly_recharge(month, {member: vehicles}, Decimal(rate)):
            fleet.append(FleetCharge(month, profile, vehicles, invoice.rate_per_vehicle, invoice.amount,
                                     invoice.invoice_date))
    total_costs = sum((c.amount for c in costs), ZERO)
    total_fleet = sum((f.amount for f in fleet), ZERO)
    return Statement(row.slug, member, year, fy(year), apportion.METHOD, tuple(costs), tuple(fleet), total_costs,
                     total_fleet, total_costs + total_fleet)


def statements(ctx: Context) -> list[StatementsOf]:
    """Every alliance and year for which members have a statement."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    years: dict[int, set[int]] = {}
    for alliance_id, year in ctx.session.execute(sa.select(m.SharedCost.alliance_id, m.SharedCost.financial_year)):
        years.setdefault(alliance_id, set()).add(year)
    for alliance_id, month in ctx.session.execute(
            sa.select(m.FleetProfile.alliance_id, m.FleetUsage.month).join(m.FleetProfile)):
        first = recharge.month_bounds(month)[0]
        years.setdefault(alliance_id, set()).add(first.year if first.month >= 4 else first.year - 1)
    out = []
    for alliance in ctx.session.scalars(sa.select(m.Alliance).where(m.Alliance.id.in_(years)).order_by(m.Alliance.name)):
        for year in sorted(years[alliance.id]):
            first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
            members = tuple(sorted(x.force_id for x in alliance.members
                                   if (x.joined_on is None or x.joined_on <= last) and (x.left_on is None or x.left_on >= first)))
            out.append(StatementsOf(alliance.slug, alliance.name, year, fy(year), members))
    return out




def _writable(ctx: Context, slug: str) -> Any:
    found = lookups.alliance(ctx.session, slug)
    ctx.require(Permission.FINANCE_EDIT, organisation=f"{found.slug}-programme-office")
    return found




def _profile(ctx: Context, alliance: Any, name: str, missing_ok: bool = False) -> Any:
    m = models()
    found = ctx.session.scalar(sa.select(m.FleetProfile).where(m.FleetProfile.alliance_id == alliance.id,
                                                               m.FleetProfile.name == (name or "").strip()))
    if found is None and not missing_ok:
        raise DomainError("profile", name, f"is not a fleet profile of {alliance.name}")
    return found
