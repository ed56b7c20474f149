from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.money import fmt_gbp, from_pence, pence, to_money


@pytest.mark.parametrize("text, expected", [
    ("£1,200,000", Decimal("1200000.00")),
    ("1200000", Decimal("1200000.00")),
    ("1.2m", Decimal("1200000.00")),
    ("£1.2M", Decimal("1200000.00")),
    ("£250k", Decimal("250000.00")),
    ("£2.5bn", Decimal("2500000000.00")),
    ("(1,234)", Decimal("-1234.00")),
    ("(£1,234.50)", Decimal("-1234.50")),
    ("-£5.50", Decimal("-5.50")),
    ("£-5.50", Decimal("-5.50")),
    ("\u22125", Decimal("-5.00")),
    ("  12.34 ", Decimal("12.34")),
    (".5", Decimal("0.50")),
])
def test_parses_what_papers_print(text: str, expected: Decimal) -> None:
    got = to_money(text, "total")
    assert got == expected and str(got) == str(expected)


def test_numbers_pass_through() -> None:
    assert to_money(Decimal("3.1"), "x") == Decimal("3.10")
    assert to_money(7, "x") == Decimal("7.00")
    assert to_money(0.1, "x") == Decimal("0.10")


@pytest.mark.parametrize("junk", ["", "abc", "£", "1.2.3", "12x", "(-5)", "1,2m3", "nan", "inf"])
def test_junk_is_a_domain_error_naming_field_and_value(junk: str) -> None:
    with pytest.raises(DomainError) as err:
        to_money(junk, "--total")
    assert err.value.field == "--total" and err.value.value == junk
    assert str(err.value).startswith("--total: ")


def test_not_money_types() -> None:
    for value in (None, True, [1], Decimal("NaN")):
        with pytest.raises(DomainError):
            to_money(value, "x")


def test_negative_refused_when_asked() -> None:
    with pytest.raises(DomainError, match="must not be negative"):
        to_money("(1,234)", "--nre kent", allow_negative=False)
    assert to_money("0", "x", allow_negative=False) == Decimal("0.00")


def test_pence_round_trip_and_fractions_refused() -> None:
    assert pence(Decimal("1234.56")) == 123456
    assert pence(Decimal("-0.01")) == -1
    assert from_pence(123456) == Decimal("1234.56")
    assert str(from_pence(100)) == "1.00"
    with pytest.raises(DomainError, match="whole number of pence"):
        pence(Decimal("0.005"))
    with pytest.raises(DomainError):
        from_pence(1.5)  # type: ignore[arg-type]


@settings(max_examples=200)
@given(st.integers(min_value=-10**14 + 1, max_value=10**14 - 1))
def test_pence_from_pence_inverse(p: int) -> None:
    assert pence(from_pence(p)) == p
    assert to_money(fmt_gbp(from_pence(p)), "x") == from_pence(p)


def test_fmt_gbp() -> None:
    assert fmt_gbp(Decimal("1200000")) == "£1,200,000.00"
    assert fmt_gbp(Decimal("-1234")) == "-£1,234.00"
    assert fmt_gbp(Decimal("0.005")) == "£0.01"
    assert fmt_gbp(Decimal("2.675")) == "£2.68"


@pytest.mark.parametrize("typed", ["1,2,3", "12 34", "\uff11\uff12", "\u0661\u0662", "0.001", "1.2345",
                                   "1" * 40, "1,00", "1,0000"])
def test_money_that_was_misread_or_rounded_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as err:
        to_money(typed, "--total")
    assert err.value.value == typed


def test_grouped_thousands_and_pence_are_read() -> None:
    assert to_money("1,234,567.89", "x") == Decimal("1234567.89")
    assert to_money("999,999,999,999.99", "x") == Decimal("999999999999.99")
    with pytest.raises(DomainError, match="too large"):
        to_money(Decimal("1E+40"), "x")
