"""The precept: Band D × tax base, the bands by their ninths, the referendum limit."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.precept import bands, precept, referendum_check


def test_bands_are_ninths_of_band_d() -> None:
    b = bands(D("189.90"))
    assert (b["A"], b["D"], b["H"]) == (D("126.60"), D("189.90"), D("379.80"))
    assert b["E"] == D("232.10")  # 189.90 × 11/9 = 232.1


def test_the_precept_is_band_d_times_the_tax_base() -> None:
    assert precept(D("189.90"), D("232000.5")) == D("44056894.95")


@given(st.decimals(min_value=D("0.01"), max_value=D("5000"), places=2))
def test_band_h_is_twice_band_d_and_a_two_thirds(band_d: D) -> None:
    b = bands(band_d)
    assert b["H"] == band_d * 2
    assert abs(b["A"] - band_d * 6 / 9) <= D("0.005")


def test_a_rise_up_to_the_limit_is_allowed_and_above_it_is_not() -> None:
    within = referendum_check(D("189.90"), D("193.68"), D("2"), None)  # 1.99 %
    assert not within.excessive and within.increase == D("3.78") and within.increase_percent == D("1.99")
    over = referendum_check(D("189.90"), D("193.70"), D("2"), None)  # 2.00 %... 3.80 > 3.798
    assert over.excessive


def test_with_a_percentage_and_a_sum_the_greater_applies() -> None:
    # a £12 limit allows more than 2 % on a Band D of £189.90
    check = referendum_check(D("189.90"), D("201.90"), D("2"), D("12"))
    assert not check.excessive and check.allowed == D("12") and "whichever is greater" in check.limit
    assert referendum_check(D("189.90"), D("201.91"), D("2"), D("12")).excessive


def test_no_limit_and_bad_figures_are_refused() -> None:
    with pytest.raises(DomainError):
        referendum_check(D("189.90"), D("193.68"), None, None)
    with pytest.raises(DomainError):
        bands(D("0"))
    with pytest.raises(DomainError):
        precept(D("189.90"), D("-1"))
