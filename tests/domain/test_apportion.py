from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain.apportion import METHOD, Share, apportion
from concord.domain.errors import DomainError

D = Decimal


def test_bch_example() -> None:
    shares = apportion(D("1200000"), {"bedfordshire": D("100"), "cambridgeshire": D("130"),
                                      "hertfordshire": D("180")})
    # each force pays its printed share: 24.4 % of £1,200,000 is £292,800.00
    assert shares == [Share("bedfordshire", D("24.4"), D("292800.00")),
                      Share("cambridgeshire", D("31.7"), D("380400.00")),
                      Share("hertfordshire", D("43.9"), D("526800.00"))]


def test_kent_pays_its_printed_share_not_its_unrounded_one() -> None:
    shares = {s.force: s for s in apportion(D("1200000"), {"kent": D("280000000"), "essex": D("260000000"),
                                                            "norfolk": D("150000000")})}
    assert shares["kent"].share_percent == D("40.6")
    assert shares["kent"].amount == D("487200.00")  # not £486,956.52, the unrounded 280/690


def test_a_force_whose_share_rounds_to_nothing_pays_nothing_and_says_why() -> None:
    shares = {s.force: s for s in apportion(D("1000.00"), {"big": D("100000"), "tiny": D("1")})}
    assert shares["tiny"].share_percent == D("0.0") and shares["tiny"].amount == D("0.00")
    assert shares["tiny"].note and "0.0 %" in shares["tiny"].note
    assert shares["big"].amount == D("1000.00") and shares["big"].note is None


def test_thirds_tie_goes_alphabetically_when_nre_equal() -> None:
    shares = apportion(D("1.00"), {"c": D(5), "a": D(5), "b": D(5)})
    assert [(s.force, s.share_percent, s.amount) for s in shares] == [
        ("c", D("33.3"), D("0.33")), ("a", D("33.4"), D("0.34")), ("b", D("33.3"), D("0.33"))]


def test_tie_goes_to_larger_nre_first() -> None:
    # 2p over NRE 1:3: exact 0.5p and 1.5p, equal remainders; the larger NRE ("b") wins the tie,
    # although "a" comes first alphabetically
    shares = {s.force: s.amount for s in apportion(D("0.02"), {"a": D(1), "b": D(3)})}
    assert shares == {"a": D("0.00"), "b": D("0.02")}


def test_single_force_takes_everything() -> None:
    assert apportion(D("10.00"), {"kent": D("1")}) == [Share("kent", D("100.0"), D("10.00"))]


def test_method_is_documented() -> None:
    assert "largest remainder" in METHOD.lower() and "alphabetical" in METHOD


@pytest.mark.parametrize("total, nre, field", [
    (D("10"), {}, "nre"),
    (D("10"), {"kent": D("0")}, "nre kent"),
    (D("10"), {"kent": D("-1")}, "nre kent"),
    (D("-10"), {"kent": D("1")}, "total"),
    (D("0"), {"kent": D("1")}, "total"),
    (D("1E+40"), {"kent": D("1")}, "total"),
    (D("10.001"), {"kent": D("1")}, "total"),
    (10, {"kent": D("1")}, "total"),
])
def test_bad_input(total, nre, field) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err:
        apportion(total, nre)
    assert err.value.field == field


def test_trailing_zero_places_are_fine() -> None:
    assert apportion(D("10.000"), {"kent": D(1)})[0].amount == D("10.00")


forces = st.lists(st.from_regex(r"[a-z]{1,6}", fullmatch=True), min_size=1, max_size=9, unique=True)
nre_value = st.decimals(min_value=D("0.01"), max_value=D("999999999.99"), places=2)
money = st.decimals(min_value=D("0.01"), max_value=D("99999999.99"), places=2)


@settings(max_examples=200, deadline=None)
@given(forces.flatmap(lambda fs: st.tuples(st.just(fs), st.lists(nre_value, min_size=len(fs), max_size=len(fs)))),
       money, st.randoms())
def test_apportion_laws(forces_and_values, total: Decimal, rnd) -> None:  # noqa: ANN001
    fs, values = forces_and_values
    nre = dict(zip(fs, values))
    shares = apportion(total, nre)
    assert [s.force for s in shares] == fs
    assert sum(s.share_percent for s in shares) == D("100.0")
    assert sum(s.amount for s in shares) == total
    whole = sum(Fraction(v) for v in values)
    for s in shares:
        exact = Fraction(nre[s.force]) / whole
        assert abs(Fraction(s.share_percent) - exact * 100) < Fraction(1, 10)
        # each force pays its printed share of the cost, to within a penny
        assert abs(Fraction(s.amount) - Fraction(s.share_percent) / 100 * Fraction(total)) < Fraction(1, 100)
        if s.share_percent == 0:
            assert s.amount == 0 and s.note
        assert s.share_percent == s.share_percent.quantize(D("0.1"))
        assert s.amount == s.amount.quantize(D("0.01"))
    shuffled = list(nre.items())
    rnd.shuffle(shuffled)
    again = {s.force: s for s in apportion(total, dict(shuffled))}
    assert again == {s.force: s for s in shares}
