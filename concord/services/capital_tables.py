"""Capital programme tables as printed: a body's schemes for a month of a year, in one table each.

A table holds scheme lines (`CP16/05`: brought forward, original programme, amendments, actual,
commitments) and printed totals, kept exactly as given; the revised budget and the variance are
computed (rule 9) and the store checks that printed totals cast. Writing a table replaces its
schemes; the same schemes again leave it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from concord.domain import budget
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import map_legacy
from concord.domain.text import check_title
from concord.domain.vocab import TableKind, Unit
from concord.services.context import Context
from concord.services.visibility import may_read_row

FIGURES = ("brought_forward", "original", "amendments", "actual", "commitments")


@dataclass(frozen=True)
class SchemeIn:
    name: str
    code: str | None = None
    section: str | None = None
    is_total: bool = False
    brought_forward: Decimal | None = None
    original: Decimal | None = None
    amendments: Decimal | None = None
    actual: Decimal | None = None
    commitments: Decimal | None = None


@dataclass(frozen=True)
class TableIn:
    body: str
    year: int
    month: int | None
    title: str
    schemes: tuple[SchemeIn, ...]
    unit: str = "GBP"
    marking: str = "OFFICIAL"


@dataclass(frozen=True)
class Scheme:
    code: str | None
    name: str
    section: str | None
    is_total: bool
    brought_forward: Decimal | None
    original: Decimal | None
    amendments: Decimal | None
    actual: Decimal | None
    commitments: Decimal | None

    @property
    def revised(self) -> Decimal:
        return budget.revised_capital_budget(self.brought_forward or Decimal(0), self.original or Decimal(0),
                                             self.amendments or Decimal(0))

    @property
    def variance(self) -> Decimal:
        return budget.capital_variance(self.actual or Decimal(0), self.commitments or Decimal(0), self.revised)


@dataclass(frozen=True)
class Table:
    body: str
    year: int | None
    month: int | None
    title: str
    unit: str
    marking: str
    casts: bool | None
    version: int
    schemes: tuple[Scheme, ...]


@dataclass(frozen=True)
class Written:
    table: Table
    changed: bool


def tables(ctx: Context, year: int | None = None, month: int | None = None) -> list[Table]:
    """The capital tables of the register (of a year, a month), by body and title."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    ft = m.FinancialTable
    q = (sa.select(ft, m.PolicingBody.slug).join(m.PolicingBody, m.PolicingBody.id == ft.policing_body_id)
         .where(ft.kind == TableKind.CAPITAL).order_by(m.PolicingBody.slug, ft.financial_year, ft.period, ft.id))
    if year is not None:
        q = q.where(ft.financial_year == year)
    if month is not None:
        q = q.where(ft.period == month)
    return [_view(slug, row) for row, slug in ctx.session.execute(q) if may_read_row(ctx, row)]


def write_table(ctx: Context, new: TableIn, expected_version: int | None = None) -> Written:
    """Record a capital table (found by body, year, month and title), replacing its schemes."""
    m = _m()
    body = ctx.session.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.slug == new.body.strip().lower()))
    if body is None:
        raise DomainError("body", new.body, "is not a policing body in the register (its force's id, e.g. kent)")
    owner = ctx.session.scalar(sa.select(m.Organisation).where(m.Organisation.slug == f"{body.force_id}-opcc"))
    ctx.require(Permission.FINANCE_EDIT, organisation=owner.slug if owner else None)
    title = check_title(new.title, "table", 300)
    try:
        unit = Unit(new.unit)
    except ValueError:
        raise DomainError("unit", new.unit, "must be one of " + ", ".join(u.value for u in Unit)) from None
    mapped = map_legacy(new.marking)
    for s in new.schemes:
        check_title(s.name, "scheme", 200)
        if s.code and len(s.code) > 20:
            raise DomainError("scheme number", s.code, "is longer than 20 characters")
    ft = m.FinancialTable
    row = ctx.session.scalar(sa.select(ft).where(ft.kind == TableKind.CAPITAL, ft.policing_body_id == body.id,
                                                 ft.financial_year == new.year, ft.title == title,
                                                 ft.period.is_(None) if new.month is None else ft.period == new.month))
    values = [dict(position=i + 1, code=s.code, name=s.name.strip(), section=s.section, is_total=s.is_total,
                   **{f: getattr(s, f) for f in FIGURES}) for i, s in enumerate(new.schemes)]
    if row is None:
        row = ft(policing_body_id=body.id, kind=TableKind.CAPITAL, title=title, financial_year=new.year,
                 period=new.month, unit=unit, marking=mapped.marking, legacy_marking=mapped.legacy,
                 held_until_approved=mapped.held_until_approved, owner_id=owner.id if owner else None)
        row.schemes = [m.CapitalScheme(**v) for v in values]
        ctx.session.add(row)
        ctx.session.flush()
        return Written(_view(body.slug, row), True)
    if not may_read_row(ctx, row):
        raise DomainError("table", new.title, "is not a table you may see")
    ctx.check_version("capital table", title, row, expected_version)
    keys = list(values[0]) if values else []
    same = (len(row.schemes) == len(values) and str(row.unit) == unit.value and row.marking == mapped.marking
            and all(tuple(getattr(x, k) for k in keys) == tuple(v[k] for k in keys)
                    for x, v in zip(row.schemes, values)))
    if same:
        return Written(_view(body.slug, row), False)
    row.schemes.clear()
    ctx.session.flush()
    row.schemes = [m.CapitalScheme(**v) for v in values]
    row.unit, row.marking, row.legacy_marking = unit, mapped.marking, mapped.legacy
    row.held_until_approved = mapped.held_until_approved
    flag_modified(row, "title")
    ctx.session.flush()
    return Written(_view(body.slug, row), True)


def _m() -> Any:
    from concord.store import models

    return models


def _view(slug: str, row: Any) -> Table:
    return Table(body=slug, year=row.financial_year, month=row.period, title=row.title, unit=str(row.unit),
                 marking=str(row.marking), casts=row.casts, version=row.version,
                 schemes=tuple(Scheme(x.code, x.name, x.section, x.is_total, *(getattr(x, f) for f in FIGURES))
                               for x in row.schemes))
