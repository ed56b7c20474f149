"""The four finance charts (issue 14): spend against savings by year, variance by line,
the MTFP gap, and capital spend against budget.

Money comes in as Decimal and is drawn in the unit the caller names
(e.g. "£'000"); a chart never rounds what it is given, it only plots it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after the backend is chosen)
from matplotlib.ticker import FuncFormatter  # noqa: E402

#: amounts on an axis as they are printed: 28,500,000, never 2.85 with "1e7" above the axis
WHOLE = FuncFormatter(lambda value, _: f"{value:,.0f}")

#: GOV.UK colours: blue, green, red, dark grey
BLUE, GREEN, RED, GREY = "#1d70b8", "#00703c", "#d4351c", "#505a5f"
#: matplotlib's text layout keeps shared state: one chart at a time
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Chart:
    title: str
    svg: str
    png: bytes
    #: what the chart shows, in words (alt text for pages and documents)
    description: str


def _check(labels: Sequence[str], *series: Sequence[Decimal | None]) -> None:
    for values in series:
        if len(values) != len(labels):
            raise ValueError(f"{len(labels)} labels but {len(values)} values")


def _f(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def _render(fig: Figure, title: str, description: str) -> Chart:
    fig.suptitle(title, fontsize=11, x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    svg, png = io.StringIO(), io.BytesIO()
    fig.savefig(svg, format="svg", metadata={"Date": None})
    fig.savefig(png, format="png", dpi=150)
    return Chart(title, svg.getvalue(), png.getvalue(), description)


def _figure(width: float = 7.0, height: float = 3.2) -> Figure:
    return Figure(figsize=(width, height))


def _style(ax, unit: str) -> None:  # noqa: ANN001
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylabel(unit, fontsize=8)
    ax.yaxis.set_major_formatter(WHOLE)
    ax.tick_params(labelsize=8)
    ax.axhline(0, color=GREY, linewidth=0.6)


def spend_against_savings(years: Sequence[str], spend: Sequence[Decimal | None], predicted: Sequence[Decimal | None],
                          delivered: Sequence[Decimal | None], unit: str = "£",
                          title: str = "Spend against savings by year") -> Chart:
    """Bars of spend, predicted and delivered savings for each year."""
    _check(years, spend, predicted, delivered)
    with _LOCK:
        fig = _figure()
        ax = fig.add_subplot()
        x = range(len(years))
        for offset, values, colour, name in ((-0.27, spend, GREY, "Spend"), (0, predicted, BLUE, "Savings predicted"),
                                             (0.27, delivered, GREEN, "Savings delivered")):
            ax.bar([i + offset for i in x], [_f(v) for v in values], width=0.26, color=colour, label=name)
        ax.set_xticks(list(x), list(years))
        _style(ax, unit)
        ax.legend(fontsize=8, frameon=False)
        return _render(fig, title, f"{title}, {unit}, for {', '.join(years)}")


def variance_by_line(lines: Sequence[str], variance: Sequence[Decimal | None], unit: str = "£",
                     title: str = "Variance by line") -> Chart:
    """Horizontal bars: overspends (positive) in red, underspends in green."""
    _check(lines, variance)
    with _LOCK:
        fig = _figure(7.0, min(7.5, max(2.0, 0.2 * len(lines) + 1.0)))
        ax = fig.add_subplot()
        values = [_f(v) for v in variance]
        ax.barh(range(len(lines)), values, color=[RED if v > 0 else GREEN for v in values])
        ax.set_yticks(range(len(lines)), list(lines))
        ax.invert_yaxis()
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=7)
        ax.axvline(0, color=GREY, linewidth=0.6)
        ax.set_xlabel(f"{unit} (over budget is positive)", fontsize=8)
        ax.xaxis.set_major_formatter(WHOLE)
        return _render(fig, title, f"{title}, {unit}: {len(lines)} lines, over budget in red, under in green")


def mtfp_gap(years: Sequence[str], expenditure: Sequence[Decimal | None], financing: Sequence[Decimal | None],
             unit: str = "£", title: str = "The Medium Term Financial Plan gap") -> Chart:
    """Expenditure and financing as lines; the gap between them shaded and labelled (a difference)."""
    _check(years, expenditure, financing)
    with _LOCK:
        fig = _figure()
        ax = fig.add_subplot()
        x = list(range(len(years)))
        spend, money = [_f(v) for v in expenditure], [_f(v) for v in financing]
        ax.plot(x, spend, marker="o", color=RED, label="Net revenue expenditure")
        ax.plot(x, money, marker="o", color=BLUE, label="Financing")
        ax.fill_between(x, money, spend, color=RED, alpha=0.12)
        for i, (s, f) in enumerate(zip(expenditure, financing)):
            if s is not None and f is not None:
                ax.annotate(f"gap {s - f:,}", (i, (_f(s) + _f(f)) / 2), fontsize=7, ha="center", color=GREY)
        ax.set_xticks(x, list(years))
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_ylabel(unit, fontsize=8)
        ax.yaxis.set_major_formatter(WHOLE)
        ax.tick_params(labelsize=8)
        ax.legend(fontsize=8, frameon=False)
        return _render(fig, title, f"{title}, {unit}: expenditure against financing for {', '.join(years)}")


def capital_against_budget(schemes: Sequence[str], budget: Sequence[Decimal | None], spend: Sequence[Decimal | None],
                           unit: str = "£", title: str = "Capital spend against budget") -> Chart:
    """For each scheme or category, its revised budget and its spend so far side by side."""
    _check(schemes, budget, spend)
    with _LOCK:
        fig = _figure(7.0, min(7.5, max(2.0, 0.3 * len(schemes) + 1.0)))
        ax = fig.add_subplot()
        y = list(range(len(schemes)))
        ax.barh([i - 0.2 for i in y], [_f(v) for v in budget], height=0.38, color=BLUE, label="Revised budget")
        ax.barh([i + 0.2 for i in y], [_f(v) for v in spend], height=0.38, color=GREEN, label="Spent")
        ax.set_yticks(y, list(schemes))
        ax.invert_yaxis()
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=7)
        ax.set_xlabel(unit, fontsize=8)
        ax.xaxis.set_major_formatter(WHOLE)
        ax.legend(fontsize=8, frameon=False)
        return _render(fig, title, f"{title}, {unit}: {len(schemes)} rows")
