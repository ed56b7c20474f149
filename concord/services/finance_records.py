"""Where a financial table of the register is shown: the record a finding about it (a printed
total that does not cast, rule 9) leads to.

A revenue monitoring statement is shown as its month; any other table
(a capital table, an MTFP table) by itself, beside the capital programme
of its body and year where there is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.mtfp import fy
from concord.services.context import Context
from concord.services.visibility import may_read_row
from concord.store.finance_lookups import models as _m


@dataclass(frozen=True)
class CastProblem:
    total: str
    column: str
    printed: Decimal
    computed: Decimal
    difference: Decimal


@dataclass(frozen=True)
class TableHome:
    id: int
    title: str
    kind: str
    body: str | None  # the policing body's slug
    year: int | None
    label: str | None  # "2016/17"
    month: int | None
    monitoring: bool  # a revenue monitoring statement: shown as its month
    has_programme: bool  # the body has a capital programme that year
    casts: bool | None
    problems: tuple[CastProblem, ...]


def table_home(ctx: Context, table_id: int) -> TableHome:
    """A financial table by its id, with what does not cast in it; a DomainError if there is
    none the reader may see."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    row = ctx.session.get(m.FinancialTable, table_id) if isinstance(table_id, int) and 1 <= table_id <= 2**31 - 1 \
        else None
    if row is None or not may_read_row(ctx, row):
        raise DomainError("table", table_id, "is not a financial table in the register")
    body = ctx.session.scalar(sa.select(m.PolicingBody.slug).where(m.PolicingBody.id == row.policing_body_id)) \
        if row.policing_body_id else None
    programme = ctx.session.scalar(
        sa.select(m.CapitalProgramme).where(m.CapitalProgramme.policing_body_id == row.policing_body_id,
                                            m.CapitalProgramme.financial_year == row.financial_year)) \
        if body and row.financial_year else None
    has_programme = programme is not None and may_read_row(ctx, programme)
    problems = tuple(CastProblem(str(p["total"]), str(p["column"]).replace("_", " "), Decimal(p["printed"]),
                                 Decimal(p["computed"]), Decimal(p["difference"])) for p in row.cast_problems or [])
    return TableHome(row.id, row.title, str(row.kind), body, row.financial_year,
                     fy(row.financial_year) if row.financial_year else None, row.period,
                     bool(row.monitoring and body and row.financial_year and row.period), has_programme, row.casts,
                     problems)
