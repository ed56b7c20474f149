"""Revenue budget monitoring, read: a policing body's statement for a month of a financial year.

A statement is a revenue financial table marked `monitoring`, one per body, year and month. Its
lines carry their group (`concord.domain.monitoring.BudgetGroup`, kept in the line's `section`
so that the store's casting checks each group's printed total against that group's lines), the
heading they sit under (a portfolio, as printed), and, for a collaboration line, the collaborated
function and the section 22A agreement it pays for. Figures are exact pounds; variances, roll-ups
and the checks of printed totals are computed by the domain, never stored. This module reads
statements and rolls them up; `concord.services.revenue_recording` checks and writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import monitoring as mon
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.mtfp import fy
from concord.services.context import Context
from concord.services.visibility import may_read_row


@dataclass(frozen=True)
class MonthSummary:
    body: str
    body_name: str
    year: int
    month: int
    title: str
    lines: int
    casts: bool | None
    marking: str
    version: int

    @property
    def label(self) -> str:
        return f"{fy(self.year)} month {self.month} ({mon.month_name(self.year, self.month)})"

@dataclass(frozen=True)
class LineView:
    line: mon.Line
    portfolio: str | None  # the function's portfolio in the register
    agreements: tuple[str, ...]  # the agreement linked, or those covering the function


@dataclass(frozen=True)
class Statement:
    summary: MonthSummary
    unit: str
    lines: tuple[LineView, ...]
    rollup: mon.Rollup
    previous: tuple[int, int] | None  # the previous month's statement, when the register has it


@dataclass(frozen=True)
class MonthComparison:
    now: MonthSummary
    before: MonthSummary
    comparison: mon.Comparison


@dataclass(frozen=True)
class BodyTotal:
    body: str
    figures: mon.Figures
    casts: bool | None


@dataclass(frozen=True)
class NationalRollup:
    year: int
    month: int
    groups: tuple[tuple[str, mon.Figures], ...]  # group value ("" for lines with none) and its total
    bodies: tuple[BodyTotal, ...]
    figures: mon.Figures
# --- reading ---------------------------------------------------------------------------------

def months(ctx: Context, body: str | None = None, year: int | None = None) -> list[MonthSummary]:
    """The monitoring statements in the register (of one body, one year), latest last."""
    ctx.require(Permission.REGISTER_READ)
    m = _m()
    ft = m.FinancialTable
    q = (sa.select(ft, m.PolicingBody).join(m.PolicingBody, m.PolicingBody.id == ft.policing_body_id)
         .where(ft.monitoring.is_(True)).order_by(m.PolicingBody.slug, ft.financial_year, ft.period))
    if body:
        q = q.where(ft.policing_body_id == _body(ctx, body).id)
    if year is not None:
        q = q.where(ft.financial_year == year)
    rows = ctx.session.execute(q).all()
    counts: dict[int, int] = dict(ctx.session.execute(sa.select(m.BudgetLine.table_id, sa.func.count())
                                      .where(m.BudgetLine.table_id.in_([r.id for r, _ in rows]))
                                      .group_by(m.BudgetLine.table_id)).all()) if rows else {}
    return [_summary(ctx, b, r, counts.get(r.id, 0)) for r, b in rows if may_read_row(ctx, r)]


def statement(ctx: Context, body: str, year: int, month: int) -> Statement:
    """A month's statement: its lines with their variances, group and heading totals, and its printed
    totals checked against their rows."""
    ctx.require(Permission.REGISTER_READ)
    found, row = _readable(ctx, body, year, month)
    names, slugs, portfolios, agreements = _links(ctx, row.lines)
    lines = [_domain_line(x, names, slugs) for x in row.lines]
    views = tuple(LineView(ln, portfolios.get(x.function_id), agreements.get((x.function_id, x.agreement_id), ()))
                  for ln, x in zip(lines, row.lines))
    before = mon.previous_month(year, month)
    has_before = _statement_row(ctx, found.id, *before) is not None
    return Statement(_summary(ctx, found, row), str(row.unit), views, mon.roll_up(lines, str(row.unit)),
                     before if has_before else None)


def compare(ctx: Context, body: str, year: int, month: int,
            against: tuple[int, int] | None = None) -> MonthComparison:
    """A month against another (by default the month before: month 12 of the year before for month 1)."""
    ctx.require(Permission.REGISTER_READ)
    before = against or mon.previous_month(year, month)
    found, now_row = _readable(ctx, body, year, month)
    _, before_row = _readable(ctx, body, *before, what="the month compared with")
    return MonthComparison(_summary(ctx, found, now_row), _summary(ctx, found, before_row),
                           mon.compare([_domain_line(x) for x in now_row.lines],
                                       [_domain_line(x) for x in before_row.lines]))


def national(ctx: Context, year: int, month: int) -> NationalRollup:
    """Every body's statement for a month, added up in the database: per group and per body."""
    ctx.require(Permission.REGISTER_READ)
    mon.check_month(month)
    m = _m()
    ft, bl = m.FinancialTable, m.BudgetLine
    tables = ctx.session.execute(sa.select(ft, m.PolicingBody.slug)
                                 .join(m.PolicingBody, m.PolicingBody.id == ft.policing_body_id)
                                 .where(ft.monitoring.is_(True), ft.financial_year == year, ft.period == month)).all()
    readable = {t.id: (slug, t.casts) for t, slug in tables if may_read_row(ctx, t)}
    cols = [sa.func.sum(sa.type_coerce(getattr(bl, c), sa.BigInteger)) for c in mon.COLUMNS]
    sums = ctx.session.execute(sa.select(bl.table_id, bl.section, *cols)
                               .where(bl.table_id.in_(list(readable)), bl.is_total.is_(False))
                               .group_by(bl.table_id, bl.section)).all() if readable else []
    groups: dict[str, mon.Figures] = {}
    bodies: dict[int, mon.Figures] = {}
    for table_id, section, *pence in sums:
        figures = mon.Figures(*(None if p is None else Decimal(int(p)) / 100 for p in pence))
        groups[section or ""] = groups.get(section or "", mon.Figures()).plus(figures)
        bodies[table_id] = bodies.get(table_id, mon.Figures()).plus(figures)
    order = {g.value: i for i, g in enumerate(mon.BudgetGroup)}
    return NationalRollup(year, month, tuple(sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))),
                          tuple(sorted((BodyTotal(readable[t][0], f, readable[t][1]) for t, f in bodies.items()),
                                       key=lambda b: b.body)),
                          mon.total(groups.values()))

# --- helpers ---------------------------------------------------------------------------------

def _m() -> Any:
    from concord.store import models

    return models

def _body_or_none(ctx: Context, slug: str) -> Any:
    m = _m()
    key = (slug or "").strip().lower()
    cache = ctx.session.info.setdefault("concord_revenue_lookups", {})
    if ("body", key) in cache:
        return cache[("body", key)]
    cache[("body", key)] = found = ctx.session.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.slug == key))
    return found


def _body(ctx: Context, slug: str) -> Any:
    found = _body_or_none(ctx, slug)
    if found is None:
        raise DomainError("body", slug, "is not a policing body in the register (its force's id, e.g. cambridgeshire)")
    return found

def _statement_row(ctx: Context, body_id: int, year: int, month: int) -> Any:
    ft = _m().FinancialTable
    return ctx.session.scalar(sa.select(ft).where(ft.monitoring.is_(True), ft.policing_body_id == body_id,
                                                  ft.financial_year == year, ft.period == month)
                              .order_by(ft.id).limit(1))

def _readable(ctx: Context, body: str, year: int, month: int, what: str = "month") -> tuple[Any, Any]:
    mon.check_month(month)
    found = _body(ctx, body)
    row = _statement_row(ctx, found.id, year, month)
    if row is None or not may_read_row(ctx, row):
        raise DomainError(what, f"{fy(year)} month {month}",
                          f"{found.name} has no revenue monitoring statement for that month")
    return found, row


_UNSET: Any = object()


def _summary(ctx: Context, body: Any, row: Any, count: int | None = None, casts: Any = _UNSET) -> MonthSummary:
    return MonthSummary(body=body.slug, body_name=body.name, year=row.financial_year, month=row.period,
                        title=row.title, lines=len(row.lines) if count is None else count,
                        casts=row.casts if casts is _UNSET else casts,
                        marking=str(row.marking), version=row.version)


_GROUPS = {g.value: g for g in mon.BudgetGroup}


def _domain_line(x: Any, functions: dict[int, str] | None = None, agreements: dict[int, str] | None = None) -> mon.Line:
    return mon.Line(group=_GROUPS.get(x.section or ""), label=x.label, heading=x.heading, is_total=x.is_total,
                    position=x.position, figures=mon.Figures(x.full_year_budget, x.ytd_budget, x.actual, x.forecast),
                    function=(functions or {}).get(x.function_id), agreement=(agreements or {}).get(x.agreement_id))


def _links(ctx: Context, rows: Sequence[Any]) -> tuple[dict[int, str], dict[int, str], dict[int, str],
                                                      dict[tuple, tuple[str, ...]]]:
    """The names of the linked functions, the slugs of the linked agreements, each function's portfolio,
    and the agreements of each line (the one linked, or those covering its function)."""
    m = _m()
    functions = {x.function_id for x in rows if x.function_id}
    agreements = {x.agreement_id for x in rows if x.agreement_id}
    if not functions and not agreements:
        return {}, {}, {}, {}
    names, portfolios = {}, {}
    for fid, name, portfolio in ctx.session.execute(
            sa.select(m.Function.id, m.Function.name, m.Portfolio.name)
            .outerjoin(m.Portfolio, m.Portfolio.id == m.Function.portfolio_id).where(m.Function.id.in_(functions))):
        names[fid], portfolios[fid] = name, portfolio
    slugs: dict[int, str] = dict(ctx.session.execute(sa.select(m.Agreement.id, m.Agreement.slug)
                                     .where(m.Agreement.id.in_(agreements))).all()) if agreements else {}
    covering: dict[int, list[str]] = {}
    if functions:
        for fid, slug in ctx.session.execute(
                sa.select(m.AgreementFunction.function_id, m.Agreement.slug)
                .join(m.Agreement, m.Agreement.id == m.AgreementFunction.agreement_id)
                .where(m.AgreementFunction.function_id.in_(functions)).order_by(m.Agreement.slug)):
            covering.setdefault(fid, []).append(slug)
    out = {}
    for x in rows:
        key = (x.function_id, x.agreement_id)
        out[key] = (slugs[x.agreement_id],) if x.agreement_id else tuple(covering.get(x.function_id, ()))
    return names, slugs, portfolios, out
