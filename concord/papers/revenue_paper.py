"""The revenue monitoring paper for month N, from the register's monitoring statement (`concord revenue`):
lines in the groups the monitoring uses, each group's variance and forecast variance, the month
against the month before, and a chart of the forecast variance by group. Every figure comes from
`concord.domain.monitoring` on the stored lines (exact pounds), shown in the statement's unit.
"""

from __future__ import annotations

from decimal import Decimal

from concord import charts
from concord.domain import monitoring as mon
from concord.domain.budget import for_display
from concord.domain.markings import Marking, map_legacy
from concord.domain.mtfp import fy
from concord.domain.vocab import Unit
from concord.papers import model
from concord.papers.finance import UNIT_WORDS, money
from concord.services.paper_finance import RevenueMonth

FIGURES = ("Full-year budget", "YTD budget", "Actual", "Variance", "Forecast", "Forecast variance")
NUMERIC = (False,) + (True,) * 6


def shown(f: mon.Figures, unit: Unit) -> tuple[str, ...]:
    """A line's or a total's six figures as the paper prints them."""
    return tuple(money(v, unit) for v in (f.full_year_budget, f.ytd_budget, f.actual, f.variance, f.forecast,
                                           f.forecast_variance))


def _marking(text: str) -> Marking:
    return map_legacy(text).marking


def _groups(r: mon.Rollup, unit: Unit, words: str) -> model.Table:
    rows = tuple((g.title, *shown(g.figures, unit)) for g in r.groups) + (("Total", *shown(r.figures, unit)),)
    return model.Table(f"By group ({words})", ("Group", *FIGURES), rows, NUMERIC, (len(rows) - 1,))


def _lines(r: mon.Rollup, unit: Unit, words: str) -> model.Table:
    rows: list[tuple[str, ...]] = []
    totals: list[int] = []
    for g in r.groups:
        for h in g.headings:
            rows.extend((f"{h.heading}: {ln.label}" if h.heading else ln.label, *shown(ln.figures, unit))
                        for ln in h.lines)
        totals.append(len(rows))
        rows.append((f"Total {g.title.lower()}", *shown(g.figures, unit)))
    totals.append(len(rows))
    rows.append(("Total", *shown(r.figures, unit)))
    return model.Table(f"Lines by group ({words})", ("Line", *FIGURES), tuple(rows), NUMERIC, tuple(totals))


def _against(c: mon.Comparison, unit: Unit, words: str, before: str) -> model.Table:
    def row(title: str, now: mon.Figures, then: mon.Figures) -> tuple[str, ...]:
        return (title, money(then.forecast, unit), money(now.forecast, unit),
                money((now.forecast or Decimal(0)) - (then.forecast or Decimal(0)), unit),
                money(then.forecast_variance, unit), money(now.forecast_variance, unit),
                money(now.forecast_variance - then.forecast_variance, unit))
    rows = tuple(row(g.title, g.now, g.before) for g in c.groups) + (row("Total", c.now, c.before),)
    return model.Table(f"Against {before} ({words})", ("Group", f"Forecast, {before}", "Forecast", "Movement",
                                                       f"Forecast variance, {before}", "Forecast variance",
                                                       "Movement"), rows, NUMERIC, (len(rows) - 1,))


def document(month: RevenueMonth) -> model.Document:
    st = month.statement
    s = st.summary
    unit = Unit(st.unit)
    words = UNIT_WORDS.get(unit, "")
    r = st.rollup
    when = f"{fy(s.year)} month {s.month} ({mon.month_name(s.year, s.month)})"
    summary = [f"Net position at month {s.month}: full-year budget {money(r.figures.full_year_budget, unit)}, "
               f"forecast {money(r.figures.forecast, unit)}, forecast variance {money(r.figures.forecast_variance, unit)} "
               f"({words})."]
    blocks: list[model.Block] = [model.Facts((("Body", s.body_name), ("Month", when), ("Statement", s.title))),
                                 model.Heading("Summary")]
    c = month.against.comparison if month.against else None
    before = f"month {month.against.before.month}" if month.against else ""
    if c is not None:
        summary.append(f"Against {before}: the forecast moved by "
                       f"{money((c.now.forecast or Decimal(0)) - (c.before.forecast or Decimal(0)), unit)} and the "
                       f"forecast variance by {money(c.forecast_variance_movement, unit)} ({words}).")
    wrong = [ch for ch in r.checks if not ch.within_rounding]
    summary += [f"The printed {ch.label} ({ch.column.replace('_', ' ')}) is {money(ch.printed, unit)}; its lines add "
                f"up to {money(ch.computed, unit)}." for ch in wrong]
    blocks.append(model.Items(tuple(summary)))
    if r.groups:
        chart = variance_chart(r, unit)
        blocks.append(model.Chart(chart.title, chart.png, chart.svg, chart.description))
    blocks += [model.Heading("By group"), _groups(r, unit, words)]
    if c is not None:
        blocks += [model.Heading(f"Against {before}"), _against(c, unit, words, before)]
    marking = _marking(s.marking)
    appendix = model.Part("lines", "Lines by group", marking, kicker="Appendix A", blocks=(_lines(r, unit, words),))
    part = model.Part("paper", f"Revenue budget monitoring: {fy(s.year)}, month {s.month}", marking, blocks=tuple(blocks),
                      appendices=(appendix,))
    return model.Document(part.title, (part,), name=f"revenue-{s.body}-{s.year}-m{s.month}")


def variance_chart(r: mon.Rollup, unit: Unit) -> charts.Chart:
    """Forecast variance by group, in the statement's unit (also drawn on the web's month page)."""
    return charts.variance_by_line([g.title for g in r.groups],
                                   [for_display(g.figures.forecast_variance, unit) for g in r.groups],
                                   UNIT_WORDS.get(unit, ""), "Forecast variance by group")
