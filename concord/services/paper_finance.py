"""The figures that generated papers print: revenue monitoring, the capital programme and the MTFP,
as the register holds them today (financial tables of budget lines, capital schemes and MTFP lines).

All of a paper's finance reading is in this one module, so that it can be pointed at the richer
revenue and capital services when they arrive. Derived figures (variances, revised budgets) come
from `concord.domain.budget`, never stored twice; the printed totals are kept as printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from concord.domain import budget
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.domain.vocab import TableKind, Unit
from concord.services import revenue as revenue_service
from concord.services.context import Context
from concord.services.visibility import visible

Money = Decimal | None


def _m() -> Any:
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class RevenueRow:
    label: str
    is_total: bool
    full_year_budget: Money
    ytd_budget: Money
    actual: Money
    variance: Money
    forecast: Money
    forecast_variance: Money


@dataclass(frozen=True)
class CapitalRow:
    code: str | None
    name: str
    is_total: bool
    brought_forward: Money
    original: Money
    amendments: Money
    revised: Money
    actual: Money
    commitments: Money
    variance: Money


@dataclass(frozen=True)
class MtfpRow:
    label: str
    amounts: tuple[Money, ...]  # one per year of the table's `years`


@dataclass(frozen=True)
class FinanceTable:
    id: int
    kind: TableKind
    title: str
    unit: Unit
    financial_year: int | None
    period: int | None
    marking: Marking
    #: None: no printed totals; False: see cast_problems (rule 9)
    casts: bool | None
    cast_problems: tuple[str, ...]
    revenue: tuple[RevenueRow, ...] = ()
    capital: tuple[CapitalRow, ...] = ()
    years: tuple[int, ...] = ()
    mtfp: tuple[MtfpRow, ...] = ()


def _dec(value: object) -> Money:
    return None if value is None else Decimal(str(value))


def _diff(a: Money, b: Money) -> Money:
    return None if a is None and b is None else (a or Decimal(0)) - (b or Decimal(0))


def _revenue(line: Any) -> RevenueRow:  # noqa: ANN401
    fyb, ytd, actual, forecast = (_dec(line.full_year_budget), _dec(line.ytd_budget), _dec(line.actual),
                                  _dec(line.forecast))
    var = budget.variance(actual, ytd) if actual is not None and ytd is not None else _diff(actual, ytd)
    fvar = budget.forecast_variance(forecast, fyb) if forecast is not None and fyb is not None else _diff(forecast, fyb)
    return RevenueRow(line.label, bool(line.is_total), fyb, ytd, actual, var, forecast, fvar)


def _capital(s: Any) -> CapitalRow:  # noqa: ANN401
    bf, orig, amend, actual, commit = (_dec(s.brought_forward), _dec(s.original), _dec(s.amendments), _dec(s.actual),
                                       _dec(s.commitments))
    zero = Decimal(0)
    revised = None if bf is None and orig is None and amend is None else \
        budget.revised_capital_budget(bf or zero, orig or zero, amend or zero)
    variance = None if revised is None and actual is None and commit is None else \
        budget.capital_variance(actual or zero, commit or zero, revised or zero)
    return CapitalRow(s.code, s.name, bool(s.is_total), bf, orig, amend, revised, actual, commit, variance)


def _view(t: Any) -> FinanceTable:  # noqa: ANN401
    problems = tuple(str(p.get("message", p)) if isinstance(p, dict) else str(p) for p in (t.cast_problems or ()))
    base = dict(id=t.id, kind=TableKind(t.kind), title=t.title, unit=Unit(t.unit), financial_year=t.financial_year,
                period=t.period, marking=Marking(t.marking), casts=t.casts, cast_problems=problems)
    if t.kind == TableKind.REVENUE:
        return FinanceTable(**base, revenue=tuple(_revenue(line) for line in t.lines))
    if t.kind == TableKind.CAPITAL:
        return FinanceTable(**base, capital=tuple(_capital(s) for s in t.schemes))
    if t.kind == TableKind.MTFP:
        years = tuple(sorted({line.financial_year for line in t.mtfp}))
        rows: dict[str, dict[int, Money]] = {}
        for line in sorted(t.mtfp, key=lambda x: (x.position, x.financial_year)):
            rows.setdefault(line.label, {})[line.financial_year] = _dec(line.amount)
        return FinanceTable(**base, years=years,
                            mtfp=tuple(MtfpRow(label, tuple(v.get(y) for y in years)) for label, v in rows.items()))
    return FinanceTable(**base)


def _tables(ctx: Context, *where: Any) -> tuple[FinanceTable, ...]:  # noqa: ANN401
    m = _m()
    ctx.require(Permission.REGISTER_READ)
    rows = ctx.session.scalars(sa.select(m.FinancialTable).where(visible(ctx, m.FinancialTable), *where)
                               .order_by(m.FinancialTable.id))
    return tuple(_view(t) for t in rows)


def tables_for_paper(ctx: Context, paper_id: int) -> tuple[FinanceTable, ...]:
    """The financial tables a paper carries as its appendices, in the order they were stored."""
    return _tables(ctx, _m().FinancialTable.paper_id == paper_id)


def _body_id(ctx: Context, body: str) -> int:
    m = _m()
    found = ctx.session.scalar(sa.select(m.PolicingBody.id).where(m.PolicingBody.slug == body))
    if found is None:
        raise DomainError("--body", body, "is not a policing body in the register (e.g. cambridgeshire)")
    return int(found)


def monitoring(ctx: Context, kind: TableKind, body: str, year: int, month: int) -> tuple[FinanceTable, ...]:
    """A body's revenue or capital tables for month `month` of financial year `year` (2016 = 2016/17), as
    papers printed them (a monitoring statement, `concord revenue`, is read by `revenue_month`)."""
    m = _m()
    t = m.FinancialTable
    found = _tables(ctx, t.kind == kind, t.policing_body_id == _body_id(ctx, body), t.financial_year == year,
                    t.period == month, t.monitoring.is_(False))
    if not found:
        raise DomainError("--month", str(month), f"has no {kind.value} figures for {body} in {year}/{(year + 1) % 100:02d} "
                          "in the register")
    return found


@dataclass(frozen=True)
class RevenueMonth:
    """A month's revenue monitoring statement, grouped as `concord revenue show` groups it, and the same
    statement against the month before when the register has that month."""

    statement: revenue_service.Statement
    against: revenue_service.MonthComparison | None


def revenue_month(ctx: Context, body: str, year: int, month: int) -> RevenueMonth | None:
    """The monitoring statement of `body` for month `month` of `year`; None when the register has none."""
    _body_id(ctx, body)
    if not any(s.month == month for s in revenue_service.months(ctx, body, year)):
        return None
    found = revenue_service.statement(ctx, body, year, month)
    against = revenue_service.compare(ctx, body, year, month, found.previous) if found.previous else None
    return RevenueMonth(found, against)


def mtfp(ctx: Context, body: str) -> tuple[FinanceTable, ...]:
    """A body's MTFP tables as printed (the projected scenarios are in `services.mtfp`)."""
    m = _m()
    t = m.FinancialTable
    return _tables(ctx, t.kind == TableKind.MTFP, t.policing_body_id == _body_id(ctx, body))


def month_end(year: int, month: int) -> dt.date:
    """The last day of month `month` (1 = April) of financial year `year`."""
    first = dt.date(year + (month + 3 - 1) // 12, (month + 3 - 1) % 12 + 1, 1)
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
