from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain import budget
from concord.domain.errors import DomainError
from concord.domain.vocab import Unit

D = Decimal


def test_variances() -> None:
    assert budget.variance(D("1050.25"), D("1000")) == D("50.25")
    assert budget.variance(D("900"), D("1000")) == D("-100")
    assert budget.forecast_variance(D("11800"), D("12000")) == D("-200")
    with pytest.raises(DomainError, match="actual"):
        budget.variance(1.5, D(1))  # type: ignore[arg-type]


def test_revised_capital_budget() -> None:
    # CP16/05-style scheme: slippage brought forward, original programme, in-year amendments
    assert budget.revised_capital_budget(D("120000"), D("450000"), D("-35000")) == D("535000")
    assert budget.revised_capital_budget(D("0"), D("100"), [D("10"), D("-5.50")]) == D("104.50")
    assert budget.capital_variance(D("300"), D("50"), D("400")) == D("-50")
    with pytest.raises(DomainError, match=r"amendments\[1\]"):
        budget.revised_capital_budget(D(0), D(0), [D(1), "x"])  # type: ignore[list-item]


def test_total_that_casts() -> None:
    r = budget.cast_check(D("150.00"), [D("100.00"), D("50.00")])
    assert (r.computed, r.difference, r.casts, r.within_rounding, r.flagged) == (D(150), D(0), True, True, False)


def test_total_that_does_not_cast_is_flagged_not_fixed() -> None:
    r = budget.cast_check(D("160.00"), [D("100.00"), D("50.00")])
    assert (r.printed, r.computed, r.difference) == (D("160.00"), D("150.00"), D("10.00"))
    assert not r.casts and not r.within_rounding and r.flagged


def test_thousands_within_rounding() -> None:
    # rows 1.4k, 1.4k, 1.4k print as 1, 1, 1 (£k) and the total 4.2k as 4: sum of rows 3 vs printed 4
    r = budget.cast_check(D("4000"), [D("1000"), D("1000"), D("1000")], unit=Unit.GBP_THOUSANDS)
    assert r.tolerance == D(2000) and not r.casts and r.within_rounding
    r = budget.cast_check(D("6000"), [D("1000"), D("1000"), D("1000")], unit="GBP_thousands")
    assert r.flagged  # £3k out on three rows is more than rounding


def test_tolerance_rule_and_override() -> None:
    assert budget.rounding_tolerance_for(Unit.GBP, 3) == D(2)
    assert budget.rounding_tolerance_for(Unit.GBP_THOUSANDS, 10) == D(5500)
    assert budget.rounding_tolerance_for(Unit.GBP_MILLIONS, 1) == D(100000)
    assert budget.rounding_tolerance_for(Unit.PERCENT, 4) == D("0.25")
    r = budget.cast_check(D("152"), [D("150")], rows_count=3)  # one pre-computed sum of three rows
    assert r.tolerance == D(2) and r.within_rounding
    assert budget.cast_check(D("152"), [D("150")], rounding_tolerance=D("1")).flagged
    with pytest.raises(DomainError, match="unit: furlongs"):
        budget.cast_check(D(1), [D(1)], unit="furlongs")
    with pytest.raises(DomainError, match="rounding_tolerance"):
        budget.cast_check(D(1), [D(1)], rounding_tolerance=D(-1))


def test_for_display_rounds_only_the_shown_figure() -> None:
    assert budget.for_display(D("1234567.89"), Unit.GBP_THOUSANDS) == D("1235")
    assert budget.for_display(D("1250000"), Unit.GBP_MILLIONS) == D("1.3")
    assert budget.for_display(D("2.5"), Unit.GBP) == D("3")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.decimals(min_value=D("-1e9"), max_value=D("1e9"), places=2), min_size=1, max_size=30),
       st.sampled_from([Unit.GBP, Unit.GBP_THOUSANDS]))
def test_rounded_rows_and_total_always_within_rounding(values, unit) -> None:  # noqa: ANN001
    shown = [budget.for_display(v, unit) * budget.DISPLAY_FACTOR[unit] for v in values]
    total = budget.for_display(sum(values), unit) * budget.DISPLAY_FACTOR[unit]
    r = budget.cast_check(total, shown, unit)
    assert r.within_rounding
    exact = budget.cast_check(sum(values), values, unit)
    assert exact.casts and exact.computed == sum(values)
