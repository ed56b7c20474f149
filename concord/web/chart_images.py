"""The finance pages' charts: SVG drawn by `concord.charts` (the same figures the papers print as PNG),
shown as an image with its description in words as the alternative text."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from concord import charts

if TYPE_CHECKING:
    from concord.services.capital_views import ProgrammeView
    from concord.services.mtfp import Scenario
    from concord.services.savings import SavingsRegister


@dataclass(frozen=True)
class Shown:
    src: str  # a data: URL of the SVG
    title: str
    description: str  # what the chart shows, in words: its alternative text


def _pounds(value: Decimal | None) -> str:
    return "none" if value is None else f"£{value.quantize(Decimal(1)):,}".replace("£-", "−£")


def shown(chart: charts.Chart, description: str) -> Shown:
    src = "data:image/svg+xml;base64," + base64.b64encode(chart.svg.encode("utf-8")).decode("ascii")
    return Shown(src, chart.title, description)


def mtfp_gap(s: Scenario) -> Shown | None:
    """A scenario's net revenue expenditure against its financing, the gap between them."""
    if not s.plan:
        return None
    years = [y.label for y in s.plan]
    drawn = charts.mtfp_gap(years, [y.net_revenue_expenditure for y in s.plan], [y.financing for y in s.plan],
                            title=f"The gap: {s.name}")
    said = "; ".join(f"{y.label} expenditure {_pounds(y.net_revenue_expenditure)}, financing {_pounds(y.financing)}, "
                     f"gap {_pounds(y.gap)}" for y in s.plan)
    return shown(drawn, f"{drawn.title}: {said}")


def capital_against_budget(p: ProgrammeView) -> Shown | None:
    """Each scheme's revised budget beside its spend so far."""
    if not p.schemes:
        return None
    names = [s.code or s.name for s in p.schemes]
    drawn = charts.capital_against_budget(names, [s.revised for s in p.schemes], [s.actual for s in p.schemes])
    said = "; ".join(f"{s.code or s.name}: revised budget {_pounds(s.revised)}, spent {_pounds(s.actual)}"
                     for s in p.schemes)
    return shown(drawn, f"{drawn.title}: {said}")


def spend_against_savings(reg: SavingsRegister) -> list[Shown]:
    """For each alliance, what its members spend on collaboration beside the savings predicted and delivered,
    by year."""
    out = []
    for rollup in reg.by_alliance:
        spend: dict[str, Decimal] = {}
        for row in reg.spend:
            if row.alliance == rollup.name:
                spend[row.year] = spend.get(row.year, Decimal(0)) + row.spend
        totals = {t.period: t for t in rollup.by_period}
        years = sorted(set(spend) | set(totals))
        if not years:
            continue
        drawn = charts.spend_against_savings(
            years, [spend.get(y) for y in years], [totals[y].predicted if y in totals else None for y in years],
            [totals[y].delivered if y in totals else None for y in years], title=f"Spend against savings: {rollup.name}")
        said = "; ".join(
            f"{y} spend {_pounds(spend.get(y))}, predicted {_pounds(totals[y].predicted if y in totals else None)}, "
            f"delivered {_pounds(totals[y].delivered if y in totals else None)}" for y in years)
        out.append(shown(drawn, f"{drawn.title}: {said}"))
    return out
