import datetime as dt
from decimal import Decimal

import pytest

from concord.domain.errors import DomainError
from concord.domain.recharge import Invoice, invoice_date, month_bounds, monthly_recharge

D = Decimal


def test_invoiced_in_arrears_on_first_working_day_of_next_month() -> None:
    invoices = monthly_recharge("2016-12", {"thames-valley": 40, "bedfordshire": 12, "hertfordshire": 0}, D("95.50"))
    assert invoices == [
        Invoice("bedfordshire", "2016-12", 12, D("95.50"), D("1146.00"), dt.date(2017, 1, 3)),
        Invoice("thames-valley", "2016-12", 40, D("95.50"), D("3820.00"), dt.date(2017, 1, 3)),
    ]


@pytest.mark.parametrize("month, day", [
    ("2017-03", dt.date(2017, 4, 3)),    # 1 April 2017 is a Saturday
    ("2020-04", dt.date(2020, 5, 1)),
    ("2016-07", dt.date(2016, 8, 1)),
    ("2021-12", dt.date(2022, 1, 4)),    # 1 Jan Sat; 3 Jan substitute holiday
])
def test_invoice_dates(month: str, day: dt.date) -> None:
    assert invoice_date(month) == day


def test_month_bounds() -> None:
    assert month_bounds("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert month_bounds("2016-12") == (dt.date(2016, 12, 1), dt.date(2016, 12, 31))


def test_fractional_rate_rounds_half_up() -> None:
    assert monthly_recharge("2017-01", {"kent": 3}, D("10.005"))[0].amount == D("30.02")
    assert monthly_recharge("2017-01", {"kent": 1}, D("10.005"))[0].amount == D("10.01")


@pytest.mark.parametrize("month, vehicles, rate, field", [
    ("2017-13", {"kent": 1}, D(1), "month"),
    ("March 2017", {"kent": 1}, D(1), "month"),
    ("2017-03", {"kent": -1}, D(1), "vehicles kent"),
    ("2017-03", {"kent": 1.5}, D(1), "vehicles kent"),
    ("2017-03", {"kent": 1}, D(-1), "rate_per_vehicle"),
    ("2017-03", {"kent": 1}, 9.5, "rate_per_vehicle"),
])
def test_bad_input(month, vehicles, rate, field) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err:
        monthly_recharge(month, vehicles, rate)
    assert err.value.field == field
