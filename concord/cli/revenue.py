"""`concord revenue`: revenue budget monitoring — a month's statement by group, its lines, the totals
that do not cast, and a month against the month before."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, terminal_safe

app = typer.Typer(help="Revenue budget monitoring: months, show a month by group, compare with the month before.",
                  no_args_is_help=True)

YEAR = count(2100, 2000, "a financial year's first calendar year")
MONTH = count(12, 1, "a month of the financial year (1 is April, 12 is March)")
BODY_HELP = "The policing body: its force's id, e.g. cambridgeshire"
FIGURES = ("full_year_budget", "ytd_budget", "actual", "variance", "forecast", "forecast_variance")
HEADERS = ("Budget", "YTD budget", "Actual", "Variance", "Forecast", "Fcst var")


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="revenue")


@app.command("months")
def months(
    body: Annotated[Optional[str], typer.Argument(help="Only this policing body's")] = None,
    year: Annotated[Optional[int], typer.Option("--year", parser=YEAR, help="Only this year: 2016 is 2016/17")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """The monitoring statements in the register, a month each."""
    from concord.services import revenue

    with acting.reading() as ctx:
        found = revenue.months(ctx, body, year)
    if as_json:
        typer.echo(json.dumps([_summary(s) for s in found], indent=2))
        return
    if not found:
        typer.echo("No revenue monitoring statements: import one with `concord finance import`")
    for s in found:
        casts = {None: "no printed totals", True: "totals cast", False: "TOTALS DO NOT CAST"}[s.casts]
        typer.echo(f"{s.body} {s.label}: {s.lines} lines, {casts} (version {s.version})")


@app.command("show")
def show(
    body: Annotated[str, typer.Argument(help=BODY_HELP)],
    year: Annotated[int, typer.Option("--year", parser=YEAR, help="The financial year: 2016 is 2016/17")],
    month: Annotated[int, typer.Option("--month", parser=MONTH, help="The month: 1 is April, 12 is March")],
    group: Annotated[Optional[str], typer.Option(
        "--group", help="Drill down into one group's lines: employees, pensions, premises, transport, supplies, "
                        "income, collaboration, holding")] = None,
    lines: Annotated[bool, typer.Option("--lines", help="Every line of every group")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON (exact pounds and pence)")] = False,
) -> None:
    """A month's statement: each group's budget, year-to-date budget, actual, variance, forecast and forecast
    variance (from unrounded lines), and every printed total that does not cast."""
    from concord.domain import monitoring
    from concord.services import revenue

    chosen = monitoring.group_of(group, "--group") if group else None
    with acting.reading() as ctx:
        st = revenue.statement(ctx, body, year, month)
    if chosen is not None:
        st.rollup.group(chosen)  # a group with no lines this month is an error
    if as_json:
        typer.echo(json.dumps(_statement_json(st, chosen), indent=2))
        return
    unit = st.unit
    typer.echo(f"{terminal_safe(st.summary.title)} ({mon_name(st)}), {_unit_name(unit)}")
    typer.echo(_row("", HEADERS))
    for g in st.rollup.groups:
        if chosen is not None and g.group != chosen:
            continue
        typer.echo(_row(g.title, _shown(g.figures, unit)))
        if chosen is not None or lines:
            for h in g.headings:
                if h.heading:
                    typer.echo(_row(f"  {h.heading}", _shown(h.figures, unit)))
                for ln in h.lines:
                    typer.echo(_row(("    " if h.heading else "  ") + ln.label, _shown(ln.figures, unit)))
        if chosen is None:
            for span in st.rollup.spans_after(g.group):
                typer.echo(_row(span.title, _shown(span.figures, unit)))
    if chosen is None:
        typer.echo(_row("Total", _shown(st.rollup.figures, unit)))
    _problems(st.rollup.problems, unit, chosen)
    if st.previous:
        typer.echo(f"Against the month before: concord revenue compare {st.summary.body} "
                   f"--year {st.summary.year} --month {st.summary.month}")


@app.command("compare")
def compare(
    body: Annotated[str, typer.Argument(help=BODY_HELP)],
    year: Annotated[int, typer.Option("--year", parser=YEAR, help="The financial year: 2016 is 2016/17")],
    month: Annotated[int, typer.Option("--month", parser=MONTH, help="The month: 1 is April, 12 is March")],
    against_year: Annotated[Optional[int], typer.Option(
        "--against-year", parser=YEAR, help="Compare with this year's month (default: the month before)")] = None,
    against_month: Annotated[Optional[int], typer.Option(
        "--against-month", parser=MONTH, help="Compare with this month (default: the month before)")] = None,
    group: Annotated[Optional[str], typer.Option("--group", help="Only this group's lines")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON (exact pounds and pence)")] = False,
) -> None:
    """A month against another: how each group's and line's actual and forecast moved, lines new and gone."""
    from concord.domain import monitoring
    from concord.services import revenue

    chosen = monitoring.group_of(group, "--group") if group else None
    against = None
    if against_month is not None or against_year is not None:
        against = (against_year if against_year is not None else year,
                   against_month if against_month is not None else month)
    with acting.reading() as ctx:
        found = revenue.compare(ctx, body, year, month, against)
        unit = revenue.statement(ctx, body, year, month).unit
    c = found.comparison
    moves = [ln for ln in c.lines if chosen is None or ln.group == chosen]
    if as_json:
        typer.echo(json.dumps({
            "now": _summary(found.now), "before": _summary(found.before),
            "groups": [{"group": g.group.value if g.group else None, "title": g.title, "now": _figures(g.now),
                        "before": _figures(g.before), "movement": _figures(g.movement),
                        "forecast_variance_movement": _money(g.forecast_variance_movement)}
                       for g in c.groups if chosen is None or g.group == chosen],
            "lines": [{"group": ln.group.value if ln.group else None, "heading": ln.heading, "label": ln.label,
                       "status": ln.status, "movement": _figures(ln.movement),
                       "forecast_variance_movement": _money(ln.forecast_variance_movement)} for ln in moves],
            "total": {"now": _figures(c.now), "before": _figures(c.before),
                      "forecast_variance_movement": _money(c.forecast_variance_movement)}}, indent=2))
        return
    typer.echo(f"{found.now.body} {found.now.label} against {found.before.label}, {_unit_name(unit)}: movement "
               "(FV: forecast variance)")
    heads = ("Actual", "Forecast", "FV now", "FV before", "FV moved")
    typer.echo(_row("", heads))
    for g in c.groups:
        if chosen is None or g.group == chosen:
            typer.echo(_row(g.title, _move(g.movement, g.now, g.before, g.forecast_variance_movement, unit)))
    if chosen is None:
        typer.echo(_row("Total", _move(c.now.minus(c.before), c.now, c.before, c.forecast_variance_movement, unit)))
    else:
        for ln in moves:
            label = ln.label + {"new": " (new)", "gone": " (gone)", "both": ""}[ln.status]
            typer.echo(_row("  " + label, _move(ln.movement, ln.now, ln.before, ln.forecast_variance_movement, unit)))


@app.command("national")
def national(
    year: Annotated[int, typer.Option("--year", parser=YEAR, help="The financial year: 2016 is 2016/17")],
    month: Annotated[int, typer.Option("--month", parser=MONTH, help="The month: 1 is April, 12 is March")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON (exact pounds and pence)")] = False,
) -> None:
    """Every body's statement for a month added up: by group and by body."""
    from concord.domain.monitoring import TITLES, BudgetGroup
    from concord.services import revenue

    with acting.reading() as ctx:
        r = revenue.national(ctx, year, month)
    if as_json:
        typer.echo(json.dumps({"year": r.year, "month": r.month,
                               "groups": [{"group": g or None, "figures": _figures(f)} for g, f in r.groups],
                               "bodies": [{"body": b.body, "casts": b.casts, "figures": _figures(b.figures)}
                                          for b in r.bodies],
                               "total": _figures(r.figures)}, indent=2))
        return
    typer.echo(f"{len(r.bodies)} statements, month {month} of {year}/{(year + 1) % 100:02d}, £")
    typer.echo(_row("", HEADERS))
    for g, f in r.groups:
        typer.echo(_row(TITLES[BudgetGroup(g)] if g else "Not grouped", _shown(f, "GBP")))
    typer.echo(_row("Total", _shown(r.figures, "GBP")))


# --- output ----------------------------------------------------------------------------------

def mon_name(st: Any) -> str:
    from concord.domain.monitoring import month_name

    return month_name(st.summary.year, st.summary.month)


def _unit_name(unit: str) -> str:
    return {"GBP": "£", "GBP_thousands": "£'000", "GBP_millions": "£m"}.get(unit, unit)


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(Decimal(amount).quantize(Decimal("0.01")))


def _figures(f: Any) -> dict[str, str | None]:
    return {k: _money(getattr(f, k)) for k in FIGURES}


def _summary(s: Any) -> dict[str, Any]:
    return {"body": s.body, "year": s.year, "month": s.month, "month_name": s.label, "title": s.title,
            "lines": s.lines, "casts": s.casts, "marking": s.marking, "version": s.version}


def _statement_json(st: Any, chosen: Any) -> dict[str, Any]:
    return {**_summary(st.summary), "unit": st.unit,
            "previous": None if st.previous is None else {"year": st.previous[0], "month": st.previous[1]},
            "groups": [{"group": g.group.value if g.group else None, "title": g.title, "figures": _figures(g.figures),
                        "headings": [{"heading": h.heading, "figures": _figures(h.figures)} for h in g.headings],
                        "lines": [{"label": v.line.label, "heading": v.line.heading, "figures": _figures(v.line.figures),
                                   "function": v.line.function, "portfolio": v.portfolio,
                                   "agreements": list(v.agreements)}
                                  for v in st.lines if not v.line.is_total and v.line.group == g.group]}
                       for g in st.rollup.groups if chosen is None or g.group == chosen],
            "total": _figures(st.rollup.figures),
            "subtotals": [{"subtotal": x.key, "title": x.title, "after": x.after.value, "figures": _figures(x.figures)}
                          for x in st.rollup.spans] if chosen is None else [],
            "printed_totals": [{"label": c.label, "group": c.group.value if c.group else None, "column": c.column,
                                "printed": _money(c.printed), "computed": _money(c.computed),
                                "difference": _money(c.difference), "casts": c.within_rounding}
                               for c in st.rollup.checks if chosen is None or c.group in (chosen, None)]}


def _show(amount: Decimal | None, unit: str) -> str:
    from concord.domain.budget import for_display

    if amount is None:
        return "-"
    return f"{for_display(amount, unit if unit != 'percent' else 'GBP'):,}"


def _shown(f: Any, unit: str) -> list[str]:
    return [_show(getattr(f, k), unit) for k in FIGURES]


def _move(movement: Any, now: Any, before: Any, fv_move: Decimal, unit: str) -> list[str]:
    fv_now = now.forecast_variance if now is not None else Decimal(0)
    fv_before = before.forecast_variance if before is not None else Decimal(0)
    return [_show(movement.actual, unit), _show(movement.forecast, unit), _show(fv_now, unit),
            _show(fv_before, unit), _show(fv_move, unit)]


def _row(label: str, cells: Any) -> str:
    label = terminal_safe(label)
    label = label if len(label) <= 44 else label[:43] + "…"
    return f"{label:<44}" + "".join(f"{c:>12}" for c in cells)


def _problems(problems: Any, unit: str, chosen: Any) -> None:
    from concord.domain.money import fmt_gbp

    shown = [p for p in problems if chosen is None or p.group in (chosen, None)]
    for p in shown:
        typer.echo(f"DOES NOT CAST: {terminal_safe(p.label)}, {p.column.replace('_', ' ')}: printed "
                   f"{_show(p.printed, unit)} but its lines add up to {_show(p.computed, unit)} "
                   f"(difference {fmt_gbp(p.difference)})")
