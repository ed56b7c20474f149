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
from concord.domain.mtfp import fy
from concord.domain.text import check_title
from concord.services.context import Context
from concord.services.mtfp import _body, _m, _owner


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


def set_limit(ctx: Context, year: int, percent: Decimal | None, pounds: Decimal | None) -> Limit:
    """The year's referendum limit (an administrator's setting)."""
    ctx.require(Permission.FINANCE_EDIT)
    m = _m()
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
    m = _m()
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
    m = _m()
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
    m = _m()
    found = _body(ctx, body)
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
        tuple((d, e) for d, e in dates), row.version)


def _row(ctx: Context, body: Any, year: int) -> Any:
    m = _m()
    return ctx.session.scalar(sa.select(m.Precept).where(m.Precept.policing_body_id == body.id,
                                                         m.Precept.financial_year == year))


def _writable(ctx: Context, body: str) -> Any:
    found = _body(ctx, body)
    owner = _owner(ctx, found)
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    return found
