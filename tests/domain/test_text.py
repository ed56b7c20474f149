import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError, shown
from concord.domain.numbering import Signed, out_of_order
from concord.domain.text import (
    ID_MAX, check_id, check_length, check_slug, check_title, parse_date, parse_integer, unsafe_character,
)


@pytest.mark.parametrize("slug", ["seven-force", "bch", "regional-fleet-2024", "a1"])
def test_good_slugs(slug: str) -> None:
    assert check_slug(slug, "slug", 80) == slug


@pytest.mark.parametrize("slug", ["", " ", "Seven", "a b", "a\tb", "a\nb", "a\x1b[1m", "a\u202eb", "-a", "a-",
                                  "a--b", "caf\u00e9", "a_b"])
def test_bad_slugs(slug: str) -> None:
    with pytest.raises(DomainError) as err:
        check_slug(slug, "slug", 80)
    assert err.value.field == "slug" and err.value.value == slug


def test_titles_are_trimmed_and_never_blank_or_controlled() -> None:
    assert check_title("  Fleet  ", "--title", 300) == "Fleet"
    for bad in ("", "   ", "a\x1bb", "a\u202eb", "a\rb", "a\nb"):
        with pytest.raises(DomainError):
            check_title(bad, "--title", 300)
    assert check_title("line one\nline two", "--decision", allow_newlines=True)


def test_lengths_name_the_limit() -> None:
    with pytest.raises(DomainError, match="is 81 characters long; the limit is 80"):
        check_length("x" * 81, "slug", 80)


@given(st.integers())
def test_ids_in_range_or_refused(n: int) -> None:
    if 1 <= n <= ID_MAX:
        assert check_id(n, "id") == n
    else:
        with pytest.raises(DomainError, match="from 1 to 2147483647"):
            check_id(n, "id")


@pytest.mark.parametrize("text", ["", "abc", "1.5", "\uff11", "1e3", "9" * 40, "2147483648", "-1"])
def test_integers_typed(text: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_integer(text, "--within", 0, 2**31 - 1)
    assert err.value.value == text


@pytest.mark.parametrize("text", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01", "2021-02-30",
                                  "２０２１-01-01", "20210101"])
def test_dates_out_of_range_or_malformed(text: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_date(text, "--as-of")
    assert err.value.value == text and "'" not in str(err.value)


def test_unsafe_characters() -> None:
    assert unsafe_character("plain text, £5 — ok") is None
    assert unsafe_character("a\u2066b") == "\u2066"
    assert unsafe_character("a\nb", allow_newlines=True) is None


def test_values_are_shown_as_typed() -> None:
    from decimal import Decimal

    assert str(DomainError("amount", Decimal("0.00"), "must be more than zero")) == "amount: 0.00 must be more than zero"
    assert shown(dt.date(2021, 1, 15)) == "2021-01-15" and shown("") == "(empty)" and shown(None) == "(none)"


def test_numbers_out_of_date_order_are_flagged() -> None:
    d = dt.date
    signed = [Signed("CPCC2019-008", 8, d(2019, 5, 16)), Signed("CPCC2019-010", 10, None)]
    assert out_of_order(Signed("CPCC2019-011", 11, d(2019, 7, 1)), signed) == []
    flags = out_of_order(Signed("CPCC2019-003", 3, d(2019, 12, 1)), signed)
    assert len(flags) == 1 and "CPCC2019-008" in flags[0]
    assert "signed later" in out_of_order(Signed("CPCC2019-009", 9, d(2019, 1, 2)), signed)[0]
    assert out_of_order(Signed("CPCC2019-001", 1, None), signed) == []


def test_a_page_address_is_not_a_short_name() -> None:
    with pytest.raises(DomainError) as err:
        check_slug("new", "slug", 80)
    assert "reserved" in err.value.reason
