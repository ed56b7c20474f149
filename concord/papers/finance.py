"""Finance appendices and charts: the register's tables as printed, with the variances the domain
computes, and the charts of issue 14 drawn from the same figures."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from concord import charts
from concord.domain.budget import for_display
from concord.domain.mtfp import fy
from concord.domain.vocab import TableKind, Unit
from concord.papers import model
from concord.services.paper_finance import FinanceTable

UNIT_WORDS = {Unit.GBP: "£", Unit.GBP_THOUSANDS: "£'000", Unit.GBP_MILLIONS: "£m", Unit.PERCENT: "%"}


def money(amount: Decimal | None, unit: Unit) -> str:
    """A figure as the paper prints it, in the table's unit: 45,101 (£'000); a dash for none."""
    if amount is None:
        return "-"
    shown = for_display(amount, unit)
    return f"{shown:,}"


def table(t: FinanceTable) -> model.Table:
    unit = UNIT_WORDS.get(t.unit, "")
    note = "" if t.casts is not False else "Printed totals that do not cast: " + "; ".join(t.cast_problems)
    if t.kind is TableKind.REVENUE:
        cols: tuple[str, ...] = ("Line", "Full-year budget", "YTD budget", "Actual", "Variance", "Forecast", "Forecast variance")
        rows = tuple((r.label, *(money(v, t.unit) for v in (r.full_year_budget, r.ytd_budget, r.actual, r.variance,
                                                            r.forecast, r.forecast_variance))) for r in t.revenue)
        totals = tuple(i for i, r in enumerate(t.revenue) if r.is_total)
    elif t.kind is TableKind.CAPITAL:
        cols = ("Scheme", "Name", "B/fwd", "Original", "Amendments", "Revised", "Actual", "Commitments", "Variance")
        rows = tuple((r.code or "", r.name, *(money(v, t.unit) for v in (
            r.brought_forward, r.original, r.amendments, r.revised, r.actual, r.commitments, r.variance)))
            for r in t.capital)
        totals = tuple(i for i, r in enumerate(t.capital) if r.is_total)
    elif t.kind is TableKind.MTFP:
        cols = ("", *(fy(y) for y in t.years))
        rows = tuple((r.label, *(money(v, t.unit) for v in r.amounts)) for r in t.mtfp)
        totals = ()
    else:
        return model.Table(t.title, ("",), (), note=note)
    numeric = tuple(i >= (2 if t.kind is TableKind.CAPITAL else 1) for i in range(len(cols)))
    return model.Table(f"{t.title} ({unit})", cols, rows, numeric, totals, note)


def _shown(values: Sequence[Decimal | None], unit: Unit) -> list[Decimal | None]:
    return [None if v is None else for_display(v, unit) for v in values]


def revenue_chart(tables: Sequence[FinanceTable]) -> model.Chart | None:
    """Forecast variance by line, from the table with most lines that are not totals."""
    revenue = [t for t in tables if t.kind is TableKind.REVENUE and t.revenue]
    if not revenue:
        return None
    t = max(revenue, key=lambda x: sum(not r.is_total for r in x.revenue))
    lines = [r for r in t.revenue if not r.is_total and r.forecast_variance is not None]
    c = charts.variance_by_line([r.label for r in lines], _shown([r.forecast_variance for r in lines], t.unit),
                                UNIT_WORDS[t.unit], "Forecast variance by line")
    return model.Chart(c.title, c.png, c.svg, c.description)


def capital_chart(tables: Sequence[FinanceTable]) -> model.Chart | None:
    """Revised budget against spend for each line of the summary (the capital table with most totals)."""
    capital = [t for t in tables if t.kind is TableKind.CAPITAL and t.capital]
    if not capital:
        return None
    t = max(capital, key=lambda x: (sum(r.is_total for r in x.capital), x.id))
    rows = [r for r in t.capital if not (r.is_total and r is t.capital[-1])]
    c = charts.capital_against_budget([r.name for r in rows], _shown([r.revised for r in rows], t.unit),
                                      _shown([r.actual for r in rows], t.unit), UNIT_WORDS[t.unit],
                                      "Capital spend against revised budget")
    return model.Chart(c.title, c.png, c.svg, c.description)


def mtfp_chart(tables: Sequence[FinanceTable]) -> model.Chart | None:
    """Net revenue expenditure against financing, from a table that has both rows."""
    for t in tables:
        if t.kind is not TableKind.MTFP:
            continue
        spend = next((r for r in t.mtfp if "expenditure" in r.label.lower()), None)
        money_in = next((r for r in t.mtfp if "financing" in r.label.lower()), None)
        if spend and money_in:
            c = charts.mtfp_gap([fy(y) for y in t.years], _shown(spend.amounts, t.unit),
                                _shown(money_in.amounts, t.unit), UNIT_WORDS[t.unit], "Net revenue expenditure against financing: the gap")
            return model.Chart(c.title, c.png, c.svg, c.description)
    return None


def charts_for(tables: Sequence[FinanceTable]) -> tuple[model.Chart, ...]:
    found = (revenue_chart(tables), capital_chart(tables), mtfp_chart(tables))
    return tuple(c for c in found if c is not None)


def summary(tables: Sequence[FinanceTable]) -> tuple[str, ...]:
    """A sentence for each table's bottom line, from its printed total (or its last row)."""
    out = []
    for t in tables:
        unit = UNIT_WORDS.get(t.unit, "")
        if t.kind is TableKind.REVENUE and t.revenue:
            rev = t.revenue[-1]
            out.append(f"{rev.label}: full-year budget {money(rev.full_year_budget, t.unit)}, forecast "
                       f"{money(rev.forecast, t.unit)}, forecast variance {money(rev.forecast_variance, t.unit)} "
                       f"({unit}).")
        elif t.kind is TableKind.CAPITAL and t.capital:
            cap = t.capital[-1]
            out.append(f"{cap.name}: revised budget {money(cap.revised, t.unit)}, spent {money(cap.actual, t.unit)}, "
                       f"committed {money(cap.commitments, t.unit)} ({unit}).")
        elif t.kind is TableKind.MTFP and t.mtfp:
            line = t.mtfp[-1]
            out.append(f"{line.label}: " + ", ".join(f"{fy(y)} {money(v, t.unit)}" for y, v in zip(t.years, line.amounts))
                       + f" ({unit}).")
    return tuple(out)
