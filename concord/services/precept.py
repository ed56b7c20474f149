"""The precept of a policing body for a year: Band D × tax base, the bands A to H, the rise on the
year before checked against that year's referendum limit (a setting), and the precept timetable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import precept as rules
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.findings import Finding, Kind
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.services.context import Context
from concord.store.finance_lookups import models, office_of, policing_body


@dataclass(frozen=True)
class Limit:
    year: int
    percent: Decimal | None
    pounds: Decimal | None


@dataclass(frozen=True)
class PreceptView:
    body: str
    year: int
    label: str
    band_d: Decimal
    tax_base: Decimal
    precept: Decimal
    bands: tuple[tuple[str, Decimal], ...]
    previous_band_d: Decimal | None
    increase: Decimal | None
    increase_percent: Decimal | None
    limit: str | None          # "2 % or £12.00, whichever is greater"; None: no limit set for the year
    excessive: bool | None     # the rise needs a referendum; None when it cannot be judged
    timetable: tuple[tuple[dt.date, str], ...]
    version: int
    body_name: str = ""


@dataclass(frozen=True)
class PreceptSummary:
    body: str
    body_name: str
    year: int
    label: str
    band_d: Decimal
    precept: Decimal


@dataclass(frozen=True)
class BodyChoice:
    slug: str
    name: str


def precepts(ctx: Context) -> list[PreceptSummary]:
    """Every precept set, by policing body, latest year first."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    rows = ctx.session.execute(sa.select(m.PolicingBody.slug, m.PolicingBody.name, m.Precept.financial_year,
                                         m.Precept.band_d, m.Precept.tax_base)
                               .join(m.Precept, m.Precept.policing_body_id == m.PolicingBody.id)
                               .order_by(m.PolicingBody.name, m.Precept.financial_year.desc()))
    return [PreceptSummary(slug, name, year, fy(year), Decimal(band_d), rules.precept(Decimal(band_d), Decimal(base)))
            for slug, name, year, band_d, base in rows]


def limits(ctx: Context) -> list[Limit]:
    """The referendum limit of each year that has one, latest first."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    return [Limit(r.financial_year, Decimal(r.percent) if r.percent is not None else None,
                  Decimal(r.pounds) if r.pounds is not None else None)
            for r in ctx.session.scalars(sa.select(m.ReferendumLimit).order_by(m.ReferendumLimit.financial_year.desc()))]


def bodies(ctx: Context) -> list[BodyChoice]:
    """The policing bodies whose precept the actor may set."""
    ctx.require(Permission.REGISTER_READ)
    m = models()
    offices = {o.slug for o in ctx.session.scalars(sa.select(m.Organisation))}
    return [BodyChoice(b.slug, b.name) for b in ctx.session.scalars(sa.select(m.PolicingBody).order_by(m.PolicingBody.name))
            if ctx.actor.can(Permission.FINANCE_EDIT, f"{b.force_id}-opcc" if f"{b.force_id}-opcc" in offices else None)]


def set_limit(ctx: Context, year: int, percent: Decimal | None, pounds: Decimal | None) -> Limit:
    """The year's referendum limit: a setting of the whole register, which an administrator changes."""
    ctx.require(Permission.SETTING_CHANGE)
    m = models()
    if percent is None and pounds is None:
        raise DomainError("limit", None, "give a percentage, a sum in pounds, or both")
    row = ctx.session.scalar(sa.select(m.ReferendumLimit).where(m.ReferendumLimit.financial_year == year))
    if row is None:
        row = m.ReferendumLimit(financial_year=year)
        ctx.session.add(row)
    row.percent, row.pounds = percent, pounds
    ctx.session.flush()
    return Limit(year, percent, pounds)


def set_precept(ctx: Context, body: str, year: int, band_d: Decimal, tax_base: Decimal,
                expected_version: int | None = None) -> PreceptView:
    m = models()
    found = _writable(ctx, body)
    rules.precept(band_d, tax_base)  # the domain's checks, before the write
    row = _row(ctx, found, year)
    if row is None:
        row = m.Precept(policing_body_id=found.id, financial_year=year)
        ctx.session.add(row)
    else:
        ctx.check_version("precept", f"{body}/{fy(year)}", row, expected_version)
    row.band_d, row.tax_base = band_d, tax_base
    ctx.session.flush()
    return precept(ctx, body, year)


def add_date(ctx: Context, body: str, year: int, event: str, on: dt.date) -> PreceptView:
    """A date of the year's precept timetable (set again to move it)."""
    m = models()
    found = _writable(ctx, body)
    event = check_title(event, "event", 200)
    row = ctx.session.scalar(sa.select(m.PreceptDate).where(m.PreceptDate.policing_body_id == found.id,
                                                            m.PreceptDate.financial_year == year,
                                                            m.PreceptDate.event == event))
    if row is None:
        ctx.session.add(m.PreceptDate(policing_body_id=found.id, financial_year=year, event=event, falls_on=on))
    else:
        row.falls_on = on
    ctx.session.flush()
    return precept(ctx, body, year)


def precept(ctx: Context, body: str, year: int) -> PreceptView:
    ctx.require(Permission.REGISTER_READ)
    m = models()
    found = policing_body(ctx.session, body)
    row = _row(ctx, found, year)
    if row is None:
        raise DomainError("year", fy(year), f"{found.name} has no precept for that year: set it with "
                          "`concord precept set`")
    band_d, tax_base = Decimal(row.band_d), Decimal(row.tax_base)
    before = _row(ctx, found, year - 1)
    limit = ctx.session.scalar(sa.select(m.ReferendumLimit).where(m.ReferendumLimit.financial_year == year))
    check = None
    if before is not None and limit is not None:
        check = rules.referendum_check(Decimal(before.band_d), band_d,
                                       Decimal(limit.percent) if limit.percent is not None else None,
                                       Decimal(limit.pounds) if limit.pounds is not None else None)
    increase = band_d - Decimal(before.band_d) if before is not None else None
    dates = ctx.session.execute(sa.select(m.PreceptDate.falls_on, m.PreceptDate.event).where(
        m.PreceptDate.policing_body_id == found.id, m.PreceptDate.financial_year == year).order_by(
        m.PreceptDate.falls_on, m.PreceptDate.event)).all()
    return PreceptView(
        found.slug, year, fy(year), band_d, tax_base, rules.precept(band_d, tax_base),
        tuple(rules.bands(band_d).items()), Decimal(before.band_d) if before is not None else None, increase,
        check.increase_percent if check else (rules.referendum_check(Decimal(before.band_d), band_d, Decimal(0), None)
                                              .increase_percent if before is not None else None),
        check.limit if check else None, check.excessive if check else None,
        tuple((d, e) for d, e in dates), row.version, found.name)


def precept_findings(ctx: Context) -> list[Finding]:
    """For `concord check`: each precept whose rise on the year before is above that year's referendum
    limit, and each year of an MTFP scenario whose own assumptions give another Band D than the
    precept set (the plan uses the precept set; the assumption wants bringing into line)."""
    from concord.services import mtfp

    ctx.require(Permission.REGISTER_READ)
    m = models()
    out = []
    rows = ctx.session.execute(sa.select(m.PolicingBody.slug, m.PolicingBody.name, m.Precept.financial_year)
                               .join(m.Precept, m.Precept.policing_body_id == m.PolicingBody.id)
                               .order_by(m.PolicingBody.slug, m.Precept.financial_year)).all()
    for slug, name, year in rows:
        view = precept(ctx, slug, year)
        if view.excessive:
            out.append(Finding(None, Kind.PRECEPT_ABOVE_LIMIT, f"{name} precept {view.label}",
                               f"Band D £{view.band_d:,.2f} rises £{view.increase:,.2f} ({view.increase_percent} %) "
                               f"on {fy(year - 1)}, above the referendum limit of {view.limit}",
                               entity="precept", key=f"{slug}/{year}"))
    for slug in sorted({slug for slug, _, _ in rows}):
        for summary in mtfp.scenarios(ctx, slug):
            plan = mtfp.scenario(ctx, slug, summary.name)
            for y in plan.plan:
                if y.assumed_band_d is not None and y.assumed_band_d != y.band_d:
                    out.append(Finding(None, Kind.MTFP_PRECEPT_DIFFERS, f"{slug}/{summary.name} {y.label}",
                                       f"the scenario assumes Band D £{y.assumed_band_d:,.2f}; the precept set is "
                                       f"£{y.band_d:,.2f}, which the plan uses", entity="mtfp", key=slug))
    return out


def _row(ctx: Context, body: Any, year: int) -> Any:
    m = models()
    return ctx.session.scalar(sa.select(m.Precept).where(m.Precept.policing_body_id == body.id,
                                                         m.Precept.financial_year == year))


def _writable(ctx: Context, body: str) -> Any:
    found = policing_body(ctx.session, body)
    owner = office_of(ctx.session, found)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    return found
