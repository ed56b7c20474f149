"""The MTFP: assumptions grow the base year; the gap is a difference, never a sum."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.mtfp import Assumptions, BaseYear, compare, fy, project

D = Decimal

# a base year in the shape of a county force's budget (the seed's is £130.5m), in pounds
BASE = BaseYear(year=2016, officer_pay=D(62_000_000), staff_pay=D(38_000_000), energy=D(2_000_000),
                other_costs=D(28_500_000), grant=D(76_000_000), tax_base=D("232_000.5"), band_d=D("189.90"),
                other_financing=D(500_000))
# the seed's assumptions for 2017/18 (pay 1 %, increments 0.6 %, inflation 1 %, energy 3 %, grant -0.5 %,
# tax base +2 %), with a precept rise of 1.99 %
FIRST = Assumptions(officer_pay_award=D("0.01"), staff_pay_award=D("0.01"), increments=D("0.006"),
                    general_inflation=D("0.01"), energy_inflation=D("0.03"), grant_change=D("-0.005"),
                    tax_base_growth=D("0.02"), band_d_increase=D("0.0199"))


def test_one_year_grows_each_part_by_its_own_assumption() -> None:
    base, year = project(BASE, [FIRST])
    assert base.year == 2016 and base.label == "2016/17" and year.label == "2017/18"
    assert year.officer_pay == D(62_000_000) * D("1.01") * D("1.006")
    assert year.staff_pay == D(38_000_000) * D("1.01") * D("1.006")
    assert year.energy == D(2_060_000)
    assert year.other_costs == D(28_785_000)
    assert year.grant == D(75_620_000)
    assert year.tax_base == D("232_000.5") * D("1.02")
    assert year.band_d == D("193.68")  # 189.90 × 1.0199 = 193.679..., set to the penny
    assert year.council_tax == year.tax_base * D("193.68")
    assert year.financing == year.grant + year.council_tax + D(500_000)
    assert year.net_revenue_expenditure == year.officer_pay + year.staff_pay + year.energy + year.other_costs
    assert year.gap == year.net_revenue_expenditure - year.financing


def test_the_gap_is_a_difference_and_in_year_gaps_add_up_to_the_last_gap() -> None:
    plan = project(BASE, [FIRST] * 4)
    for y in plan:
        assert y.gap == y.net_revenue_expenditure - y.financing
    assert plan[0].in_year_gap == plan[0].gap
    assert [y.in_year_gap for y in plan[1:]] == [b.gap - a.gap for a, b in zip(plan, plan[1:])]
    assert sum(y.in_year_gap for y in plan) == plan[-1].gap
    assert plan[-1].gap != sum(y.gap for y in plan)  # the printed "cumulative" gaps are never added up


def test_savings_reduce_their_year_and_every_year_after() -> None:
    with_savings = BaseYear(**{**BASE.__dict__, "savings": {2017: D(1_000_000), 2019: D(500_000)}})
    plain, saved = project(BASE, [FIRST] * 3), project(with_savings, [FIRST] * 3)
    assert [p.gap - s.gap for p, s in zip(plain, saved)] == [D(0), D(1_000_000), D(1_000_000), D(1_500_000)]
    assert saved[3].savings == D(1_500_000)


def test_scenarios_side_by_side_by_year() -> None:
    flat = Assumptions(general_inflation=D("0.02"))
    rows = compare({"central": project(BASE, [FIRST] * 2), "flat": project(BASE, [flat] * 3)})
    assert [year for year, _ in rows] == [2016, 2017, 2018, 2019]
    assert set(rows[1][1]) == {"central", "flat"} and set(rows[3][1]) == {"flat"}
    assert rows[1][1]["central"].gap != rows[1][1]["flat"].gap


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("officer_pay_award", D("0.6"), "between -50 % and 50 %"),
    ("grant_change", D("-0.75"), "between -50 % and 50 %"),
    ("energy_inflation", D("NaN"), "a rate such as 0.01"),
    ("band_d_increase", 0.02, "a rate such as 0.01"),
])
def test_a_rate_out_of_reason_is_refused_naming_it(field: str, value: object, reason: str) -> None:
    with pytest.raises(DomainError) as e:
        Assumptions(**{field: value})
    assert e.value.field == field and reason in e.value.reason


def test_bad_plans_are_refused() -> None:
    with pytest.raises(DomainError, match="at least one year"):
        project(BASE, [])
    with pytest.raises(DomainError, match="at most 10 years"):
        project(BASE, [FIRST] * 11)
    with pytest.raises(DomainError, match="cannot be negative"):
        BaseYear(**{**BASE.__dict__, "grant": D(-1)})
    with pytest.raises(DomainError, match="a saving is a positive amount"):
        BaseYear(**{**BASE.__dict__, "savings": {2017: D(-5)}})
    with pytest.raises(DomainError, match="first calendar year"):
        BaseYear(**{**BASE.__dict__, "year": 17})


def test_financial_year_labels() -> None:
    assert fy(2017) == "2017/18" and fy(2099) == "2099/00"


rates = st.decimals(min_value=D("-0.1"), max_value=D("0.1"), places=4)
assumption_sets = st.builds(Assumptions, officer_pay_award=rates, staff_pay_award=rates, increments=rates,
                            general_inflation=rates, energy_inflation=rates, grant_change=rates,
                            tax_base_growth=rates, band_d_increase=rates)


@settings(max_examples=200, deadline=None)
@given(st.lists(assumption_sets, min_size=1, max_size=5))
def test_laws_hold_for_any_assumptions(years: list[Assumptions]) -> None:
    plan = project(BASE, years)
    assert [y.year for y in plan] == list(range(2016, 2016 + len(years) + 1))
    assert sum(y.in_year_gap for y in plan) == plan[-1].gap
    for y in plan:
        assert y.gap == y.net_revenue_expenditure - y.financing
        assert y.band_d == y.band_d.quantize(D("0.01"))


def test_a_precept_set_replaces_the_assumed_band_d_and_tax_base_and_later_years_grow_from_it() -> None:
    from concord.domain.mtfp import Assumptions, BaseYear, PreceptSet, project

    base = BaseYear(year=2016, officer_pay=Decimal(100), staff_pay=Decimal(0), energy=Decimal(0),
                    other_costs=Decimal(0), grant=Decimal(0), tax_base=Decimal("1000.5"), band_d=Decimal("100.00"))
    rise = Assumptions(band_d_increase=Decimal("0.02"), tax_base_growth=Decimal("0.01"))
    plain = project(base, [rise, rise])
    assert [y.band_d for y in plain] == [Decimal("100.00"), Decimal("102.00"), Decimal("104.04")]
    assert not any(y.precept_set for y in plain)
    plan = project(base, [rise, rise], {2017: PreceptSet(Decimal("101.50"), Decimal("999.25"))})
    first, second = plan[1], plan[2]
    assert (first.band_d, first.tax_base, first.assumed_band_d) == (Decimal("101.50"), Decimal("999.25"),
                                                                    Decimal("102.00"))
    assert first.council_tax == Decimal("101423.88")  # 101.50 × 999.25 = 101,423.875, the precept to the penny
    assert (second.band_d, second.precept_set) == (Decimal("103.53"), False)  # 101.50 × 1.02, to the penny
    assert plan[0] == plain[0]
