"""Savings by financial year, totalled from exact amounts (rule 21)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.savings import check_period, grand_total, period_key, totals_by_period, whole_pounds


@pytest.mark.parametrize("typed,period", [("2017/18", "2017/18"), (" 2017/2018 ", "2017/18"),
                                          ("2017/18-2019/20", "2017/18-2019/20"),
                                          ("2017/18 to 2019/20", "2017/18-2019/20"),
                                          ("2017/18 – 2019/20", "2017/18-2019/20"), ("1999/00", "1999/00")])
def test_periods_in_one_form(typed: str, period: str) -> None:
    assert check_period(typed) == period


@pytest.mark.parametrize("typed,reason", [("2017", "is not a financial year like"), ("2017/19", "is not one year"),
                                          ("2017/2019", "is not one year"), ("2019/20-2017/18", "ends before"),
                                          ("2017/18-2017/18", "ends before"), ("", "is not a financial year like"),
                                          ("１２３４/５６", "is not a financial year like")])
def test_bad_periods_are_refused_as_typed(typed: str, reason: str) -> None:
    with pytest.raises(DomainError, match=reason) as refused:
        check_period(typed)
    assert refused.value.field == "--period" and refused.value.value == typed


def test_totals_by_period_from_exact_figures_earliest_first() -> None:
    rows = [("2018/19", Decimal("0.40"), Decimal("0.50"))] * 3 + [("2017/18-2019/20", Decimal("5000000"), None),
                                                                  ("2017/18", None, Decimal("1"))]
    totals = totals_by_period(rows)
    assert [t.period for t in totals] == ["2017/18", "2017/18-2019/20", "2018/19"]
    last = totals[-1]
    assert (last.predicted, last.delivered) == (Decimal("1.20"), Decimal("1.50"))
    assert [whole_pounds(x) for x in (last.predicted, last.delivered)] == ["£1", "£2"]  # not £0 + £0 + £0, £1 × 3
    assert not totals[0].any_predicted and totals[0].any_delivered
    all_years = grand_total(totals)
    assert all_years.predicted == Decimal("5000001.20") and all_years.shortfall == Decimal("4999998.70")


@given(st.lists(st.tuples(st.sampled_from(["2016/17", "2017/18", "2016/17-2018/19"]),
                          st.one_of(st.none(), st.decimals(0, 10**9, places=2)),
                          st.one_of(st.none(), st.decimals(0, 10**9, places=2)))))
def test_the_totals_add_up_to_every_figure(rows) -> None:  # noqa: ANN001
    total = grand_total(totals_by_period(rows))
    assert total.predicted == sum((p for _, p, _ in rows if p is not None), Decimal(0))
    assert total.delivered == sum((d for _, _, d in rows if d is not None), Decimal(0))


def test_whole_pounds_rounds_half_up_for_display_only() -> None:
    assert whole_pounds(Decimal("1892000")) == "£1,892,000"
    assert whole_pounds(Decimal("0.5")) == "£1"
    assert whole_pounds(Decimal("-1234.5")) == "-£1,235"
    assert whole_pounds(None) == ""
    assert period_key("2017/18-2019/20") == (2017, 2019)


def test_a_forces_share_of_a_whole_is_counted_once_for_the_alliance() -> None:
    from concord.domain.savings import Attribution, counted_for_alliance, periods_overlap

    whole = Attribution("bch", "collab", None, None, "2017/18-2019/20")
    lines = [whole,
             Attribution("bch", "collab", None, "cambridgeshire", "2017/18-2020/21"),  # inside the whole
             Attribution("bch", "collab", None, "cambridgeshire", "2020/21"),          # after it
             Attribution("bch", "custody", None, "cambridgeshire", "2018/19"),         # no whole of its project
             Attribution("seven-force", "collab", None, "kent", "2018/19"),            # another alliance
             Attribution("bch", None, "Licensing", None, "2016/17"),
             Attribution("bch", None, "Licensing", "hertfordshire", "2016/17"),       # a function's share
             Attribution("bch", None, None, "hertfordshire", "2016/17")]              # of nothing in particular
    assert counted_for_alliance(lines) == [True, False, True, True, True, True, False, True]
    assert periods_overlap("2017/18", "2016/17-2017/18") and not periods_overlap("2017/18", "2018/19-2019/20")


def test_a_share_of_a_projects_whole_outside_any_alliance_is_counted_once() -> None:
    from concord.domain.savings import Attribution, counted_for_alliance

    lines = [Attribution(None, "kennels", None, None, "2018/19"), Attribution(None, "kennels", None, "kent", "2018/19"),
             Attribution(None, "kennels", None, "kent", "2019/20")]
    assert counted_for_alliance(lines) == [True, False, True]
