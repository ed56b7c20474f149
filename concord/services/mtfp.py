"""MTFP scenarios of a policing body: a base year's budget and each later year's assumptions,
projected by `concord.domain.mtfp` to net revenue expenditure, financing and the gap.

Assumptions are percentages as papers print them (1.99 is 1.99 %). A
scenario marked above OFFICIAL is shown only to those with rights over
its body's records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from concord.domain import mtfp
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import map_legacy
from concord.domain.text import check_title
from concord.services.context import Context
from concord.services.visibility import may_read_row
from concord.store.finance_lookups import models, office_of, policing_body

#: the assumptions a year may set, as the command line and forms name them
RATES = tuple(f.name for f in fields(mtfp.Assumptions))


@dataclass(frozen=True)
class NewScenario:
    body: str  # the policing body's slug (its force), e.g. "cambridgeshire"
    name: str
    base_year: int
    officer_pay: Decimal
    staff_pay: Decimal
    energy: Decimal
    other_costs: Decimal
    grant: Decimal
    tax_base: Decimal
    band_d: Decimal
    other_financing: Decimal = Decimal(0)
    marking: str = "OFFICIAL"


@dataclass(frozen=True)
class ScenarioSummary:
    body: str
    name: str
    base_year: int
    years: tuple[int, ...]  # the years with assumptions
    marking: str
    version: int


@dataclass(frozen=True)
class Scenario:
    body: str
    name: str
    marking: str
    version: int
    plan: tuple[mtfp.PlanYear, ...]
    #: each projected year's assumptions, as percentages, by year
    assumptions: Mapping[int, Mapping[str, Decimal]]


def add_scenario(ctx: Context, new: NewScenario) -> ScenarioSummary:
    m = models()
    body = policing_body(ctx.session, new.body)
    owner = office_of(ctx.session, body)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    name = check_title(new.name, "name", 80)
    # the domain checks the figures before anything is written
    mtfp.BaseYear(year=new.base_year, officer_pay=new.officer_pay, staff_pay=new.staff_pay, energy=new.energy,
                  other_costs=new.other_costs, grant=new.grant, tax_base=new.tax_base, band_d=new.band_d,
                  other_financing=new.other_financing)
    if ctx.session.scalar(sa.select(m.MtfpScenario.id).where(m.MtfpScenario.policing_body_id == body.id,
                                                             m.MtfpScenario.name == name)):
        raise DomainError("name", name, f"{body.name} already has a scenario of that name")
    mapped = map_legacy(new.marking)
    row = m.MtfpScenario(policing_body_id=body.id, name=name, base_year=new.base_year, officer_pay=new.officer_pay,
                         staff_pay=new.staff_pay, energy=new.energy, other_costs=new.other_costs, grant=new.grant,
                         tax_base=new.tax_base, band_d=new.band_d, other_financing=new.other_financing,
                         marking=mapped.marking, legacy_marking=mapped.legacy,
                         held_until_approved=mapped.held_until_approved, owner_id=owner.id if owner else None)
    ctx.session.add(row)
    ctx.session.flush()
    return _summary(body.slug, row)


def assume(ctx: Context, body: str, name: str, year: int, rates: Mapping[str, Decimal],
           savings: Decimal | None = None, expected_version: int | None = None) -> Scenario:
    """Set a year's assumptions (percentages; those not given keep their value, or 0 for a new year)."""
    m = models()
    row, found_body = _scenario(ctx, body, name)
    owner = office_of(ctx.session, found_body)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    ctx.check_version("MTFP scenario", f"{body}/{name}", row, expected_version)
    unknown = sorted(set(rates) - set(RATES))
    if unknown:
        raise DomainError("assumption", ", ".join(unknown), "is not an assumption; they are " + ", ".join(RATES))
    if not row.base_year < year <= row.base_year + mtfp.MAX_YEARS:
        raise DomainError("year", year, f"must be one of the {mtfp.MAX_YEARS} years after the base year "
                          f"{mtfp.fy(row.base_year)}")
    existing = {a.financial_year: a for a in row.assumptions}
    if year not in existing and year - 1 != row.base_year and year - 1 not in existing:
        raise DomainError("year", year, f"comes after {mtfp.fy(year - 1)}, which has no assumptions yet: "
                          "set that year first (a plan's years follow one another)")
    a = existing.get(year)
    if a is None:
        a = m.MtfpAssumption(financial_year=year, **{r: Decimal(0) for r in RATES}, savings=Decimal(0))
        row.assumptions.append(a)
    for rate, percent in rates.items():
        setattr(a, rate, percent)
    if savings is not None:
        a.savings = savings
    _assumptions(a)  # the domain's bounds, before the write
    mtfp.BaseYear(year=row.base_year, officer_pay=Decimal(0), staff_pay=Decimal(0), energy=Decimal(0),
                  other_costs=Decimal(0), grant=Decimal(0), tax_base=Decimal(0), band_d=Decimal(0),
                  savings={year: Decimal(a.savings)})
    flag_modified(row, "name")  # a year's change is a change of the scenario: its version moves on
    ctx.session.flush()
    return _scenario_view(ctx, found_body, row)


def scenarios(ctx: Context, body: str | None = None) -> list[ScenarioSummary]:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    q = sa.select(m.MtfpScenario, m.PolicingBody.slug).join(m.PolicingBody).order_by(m.PolicingBody.slug,
                                                                                     m.MtfpScenario.name)
    if body:
        q = q.where(m.PolicingBody.id == policing_body(ctx.session, body).id)
    return [_summary(slug, row) for row, slug in ctx.session.execute(q) if may_read_row(ctx, row)]


def scenario(ctx: Context, body: str, name: str) -> Scenario:
    ctx.require(Permission.REGISTER_READ)
    row, found_body = _scenario(ctx, body, name)
    return _scenario_view(ctx, found_body, row)


# --- helpers -------------------------------------------------------------------------------

def _scenario(ctx: Context, body: str, name: str) -> tuple[Any, Any]:
    m = models()
    found_body = policing_body(ctx.session, body)
    row = ctx.session.scalar(sa.select(m.MtfpScenario).where(m.MtfpScenario.policing_body_id == found_body.id,
                                                             m.MtfpScenario.name == (name or "").strip()))
    if row is None or not may_read_row(ctx, row):
        raise DomainError("scenario", name, f"{found_body.name} has no MTFP scenario of that name")
    return row, found_body


def _assumptions(a: Any) -> mtfp.Assumptions:
    values = {}
    for rate in RATES:
        percent = getattr(a, rate)
        try:
            values[rate] = Decimal(percent) / 100
        except (ArithmeticError, TypeError, ValueError):
            raise DomainError(rate, percent, "must be a percentage such as 1.5") from None
    try:
        return mtfp.Assumptions(**values)
    except DomainError as e:  # the domain speaks in rates; the user typed percentages
        raise DomainError(e.field, f"{getattr(a, e.field)} %", e.reason) from None


def _summary(body: str, row: Any) -> ScenarioSummary:
    return ScenarioSummary(body=body, name=row.name, base_year=row.base_year,
                           years=tuple(a.financial_year for a in row.assumptions),
                           marking=str(row.marking), version=row.version)


def _precepts_set(ctx: Context, body: Any) -> dict[int, mtfp.PreceptSet]:
    """The precepts a policing body has set, by year: a plan's years take their Band D and tax base
    from these (`concord precept set`) rather than from its own assumptions."""
    m = models()
    return {year: mtfp.PreceptSet(Decimal(band_d), Decimal(tax_base)) for year, band_d, tax_base in ctx.session.execute(
        sa.select(m.Precept.financial_year, m.Precept.band_d, m.Precept.tax_base)
        .where(m.Precept.policing_body_id == body.id))}


def _scenario_view(ctx: Context, body: Any, row: Any) -> Scenario:
    base = mtfp.BaseYear(year=row.base_year, officer_pay=row.officer_pay, staff_pay=row.staff_pay, energy=row.energy,
                         other_costs=row.other_costs, grant=row.grant, tax_base=Decimal(row.tax_base),
                         band_d=row.band_d, other_financing=row.other_financing,
                         savings={a.financial_year: Decimal(a.savings) for a in row.assumptions if a.savings})
    years: Sequence[Any] = row.assumptions
    precepts = _precepts_set(ctx, body)
    plan = mtfp.project(base, [_assumptions(a) for a in years], precepts) if years else [
        mtfp.project(base, [mtfp.Assumptions()], precepts)[0]]
    return Scenario(body=body.slug, name=row.name, marking=str(row.marking), version=row.version, plan=tuple(plan),
                    assumptions={a.financial_year: {r: Decimal(getattr(a, r)) for r in RATES} for a in years})
