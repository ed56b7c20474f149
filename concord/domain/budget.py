"""Budget maths (rule 9) and casting printed totals (rule 21).

Figures are exact Decimal pounds. Totals are computed from unrounded
values and rounded for display only; no figure is ever adjusted to make a
printed total cast — a total that does not cast is reported, not fixed.

Rounding rule for `cast_check`: a table printed in a unit (whole pounds,
£k to whole thousands, £m to one decimal place, percent to one decimal
place — `ROUNDING_UNIT`) rounds each of its n rows and its total by up to
half a unit. So the printed total may differ from the sum of its printed
rows by up to (n + 1) × ½ unit ("figures may not cast due to rounding");
a larger difference is flagged. An explicit `rounding_tolerance` (in
pounds) replaces the rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from concord.domain.errors import DomainError
from concord.domain.vocab import Unit

ROUNDING_UNIT: dict[Unit, Decimal] = {
    Unit.GBP: Decimal(1),
    Unit.GBP_THOUSANDS: Decimal(1_000),
    Unit.GBP_MILLIONS: Decimal(100_000),
    Unit.PERCENT: Decimal("0.1"),
}
DISPLAY_FACTOR: dict[Unit, Decimal] = {
    Unit.GBP: Decimal(1), Unit.GBP_THOUSANDS: Decimal(1_000),
    Unit.GBP_MILLIONS: Decimal(1_000_000), Unit.PERCENT: Decimal(1),
}
DISPLAY_PLACES: dict[Unit, Decimal] = {
    Unit.GBP: Decimal(1), Unit.GBP_THOUSANDS: Decimal(1),
    Unit.GBP_MILLIONS: Decimal("0.1"), Unit.PERCENT: Decimal("0.1"),
}


def _amount(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise DomainError(field, value, "must be a Decimal amount")
    amount = Decimal(value)
    if not amount.is_finite():
        raise DomainError(field, value, "must be a finite amount")
    return amount


def _unit(unit: Unit | str) -> Unit:
    try:
        return Unit(unit)
    except ValueError:
        raise DomainError("unit", unit, f"must be one of {', '.join(u.value for u in Unit)}") from None


def variance(actual: Decimal, ytd_budget: Decimal) -> Decimal:
    """Actual − year-to-date budget: positive is an overspend."""
    return _amount(actual, "actual") - _amount(ytd_budget, "ytd_budget")


def forecast_variance(forecast: Decimal, full_year_budget: Decimal) -> Decimal:
    """Forecast outturn − full-year budget: positive is a forecast overspend."""
    return _amount(forecast, "forecast") - _amount(full_year_budget, "full_year_budget")


def revised_capital_budget(brought_forward: Decimal, original: Decimal,
                           amendments: Decimal | Sequence[Decimal]) -> Decimal:
    """Brought forward + original programme + amendments (one figure or several)."""
    if isinstance(amendments, (list, tuple)):
        extra = sum((_amount(a, f"amendments[{i}]") for i, a in enumerate(amendments)), Decimal(0))
    else:
        extra = _amount(amendments, "amendments")
    return _amount(brought_forward, "brought_forward") + _amount(original, "original") + extra


def capital_variance(actual: Decimal, commitments: Decimal, revised: Decimal) -> Decimal:
    """Actual + commitments − revised budget: positive is over the programme."""
    return _amount(actual, "actual") + _amount(commitments, "commitments") - _amount(revised, "revised")


@dataclass(frozen=True)
class CastResult:
    computed: Decimal      # exact sum of the rows
    printed: Decimal       # the printed total, as printed
    difference: Decimal    # printed − computed
    casts: bool            # difference is exactly zero
    within_rounding: bool  # |difference| is no more than the rounding tolerance (true when it casts)
    tolerance: Decimal = Decimal(0)

    @property
    def flagged(self) -> bool:
        return not self.within_rounding


def rounding_tolerance_for(unit: Unit | str, rows: int) -> Decimal:
    """(rows + 1) × ½ unit: see the module notes."""
    if rows < 0:
        raise DomainError("rows_count", rows, "must not be negative")
    return ROUNDING_UNIT[_unit(unit)] * (rows + 1) / 2


def cast_check(printed_total: Decimal, rows: Sequence[Decimal], unit: Unit | str = Unit.GBP,
               rounding_tolerance: Decimal | None = None, rows_count: int | None = None) -> CastResult:
    """Does `printed_total` equal the sum of `rows`, or differ only by rounding?

    `rows_count` says how many printed rows were rounded when `rows` holds
    fewer values (for example one pre-computed sum); it defaults to len(rows).
    """
    printed = _amount(printed_total, "printed_total")
    computed = sum((_amount(r, f"rows[{i}]") for i, r in enumerate(rows)), Decimal(0))
    n = len(rows) if rows_count is None else rows_count
    if rounding_tolerance is None:
        tolerance = rounding_tolerance_for(unit, n)
    else:
        tolerance = _amount(rounding_tolerance, "rounding_tolerance")
        if tolerance < 0:
            raise DomainError("rounding_tolerance", rounding_tolerance, "must not be negative")
    difference = printed - computed
    return CastResult(computed, printed, difference, difference == 0, abs(difference) <= tolerance, tolerance)


def for_display(amount: Decimal, unit: Unit | str = Unit.GBP) -> Decimal:
    """Pounds shown in `unit` (e.g. 1,234,567 → 1235 in £k), rounded half up for display only."""
    u = _unit(unit)
    return (_amount(amount, "amount") / DISPLAY_FACTOR[u]).quantize(DISPLAY_PLACES[u], rounding=ROUND_HALF_UP)
