import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concord.domain import calendar as cal
from concord.domain.errors import DomainError

D = dt.date


@pytest.mark.parametrize("day", [
    D(2016, 12, 26), D(2016, 12, 27),  # Christmas on a Sunday: Boxing Day and substitute
    D(2020, 5, 8),                      # VE Day 75
    D(2022, 6, 2), D(2022, 6, 3),       # Platinum Jubilee
    D(2022, 9, 19),                     # state funeral
    D(2023, 5, 8),                      # coronation
    D(2012, 6, 4), D(2012, 6, 5),       # Diamond Jubilee
    D(1995, 5, 8),
])
def test_known_england_and_wales_bank_holidays(day: dt.date) -> None:
    assert not cal.is_working_day(day)
    assert not cal.is_working_day(day, ("WLS",))
    assert day in cal.bank_holidays(day.year)


@pytest.mark.parametrize("day", [D(2020, 5, 4), D(2022, 5, 30), D(2012, 5, 28), D(1995, 5, 1)])
def test_moved_bank_holidays_are_working_days(day: dt.date) -> None:
    assert cal.is_working_day(day)


def test_england_and_wales_share_one_list() -> None:
    for year in (2016, 2020, 2022, 2023, 2025):
        assert cal.bank_holidays(year, ("ENG",)) == cal.bank_holidays(year, ("WLS",))


def test_other_nations_holidays() -> None:
    st_andrew = D(2022, 11, 30)    # Wednesday
    boyne = D(2023, 7, 12)         # Wednesday
    st_patrick = D(2023, 3, 17)    # Friday
    assert cal.is_working_day(st_andrew)
    assert not cal.is_working_day(st_andrew, ("SCT",))
    assert cal.is_working_day(boyne, ("ENG", "WLS", "SCT"))
    assert not cal.is_working_day(boyne, ("NIR",))
    assert not cal.is_working_day(st_patrick, cal.FOI_NATIONS)
    assert cal.is_working_day(D(2023, 4, 10), ("SCT",))  # Easter Monday is not a Scottish holiday
    assert not cal.is_working_day(D(2023, 4, 10))


def test_weekends_are_not_working_days() -> None:
    assert not cal.is_working_day(D(2024, 6, 1))  # Saturday
    assert not cal.is_working_day(D(2024, 6, 2))  # Sunday
    assert cal.is_working_day(D(2024, 6, 3))


def test_bad_nation_or_date_is_a_domain_error() -> None:
    with pytest.raises(DomainError, match="nations: XYZ"):
        cal.is_working_day(D(2024, 1, 2), ("XYZ",))
    with pytest.raises(DomainError, match="nations"):
        cal.is_working_day(D(2024, 1, 2), ())
    with pytest.raises(DomainError, match="date"):
        cal.is_working_day("2024-01-02")  # type: ignore[arg-type]


def test_corrections_add_and_remove() -> None:
    extra = (cal.Correction(D(2030, 3, 4), cal.Change.ADD, ("ENG",), "test"),
             cal.Correction(D(2030, 1, 1), cal.Change.REMOVE, ("ENG",), "test"),
             cal.Correction(D(2030, 3, 5), cal.Change.ADD, ("SCT",), "other nation"))
    got = cal.apply_corrections([D(2030, 1, 1), D(2030, 12, 25)], "ENG", 2030, extra)
    assert got == frozenset({D(2030, 3, 4), D(2030, 12, 25)})
    assert all(c.reason for c in cal.CORRECTIONS)


@pytest.mark.parametrize("meeting, latest", [
    (D(2016, 12, 16), D(2016, 12, 13)),   # Friday: Wed and Thu are the clear days
    (D(2016, 12, 28), D(2016, 12, 21)),   # over Christmas: Thu 22 and Fri 23
    (D(2020, 5, 11), D(2020, 5, 5)),      # VE Day Friday 8 May
    (D(2022, 9, 21), D(2022, 9, 15)),     # state funeral Monday 19 Sept
    (D(2024, 6, 3), D(2024, 5, 29)),      # Monday: Thu and Fri
])
def test_latest_dispatch_date_examples(meeting: dt.date, latest: dt.date) -> None:
    assert cal.latest_dispatch_date(meeting) == latest
    assert cal.sent_in_time(latest, meeting)
    assert not cal.sent_in_time(latest + dt.timedelta(days=1), meeting)


def test_latest_dispatch_other_clear_days() -> None:
    assert cal.latest_dispatch_date(D(2016, 12, 16), 5) == D(2016, 12, 8)
    assert cal.latest_dispatch_date(D(2016, 12, 16), 0) == D(2016, 12, 15)
    with pytest.raises(DomainError, match="clear_days: -1"):
        cal.latest_dispatch_date(D(2016, 12, 16), -1)


def test_clear_working_days_between() -> None:
    assert cal.clear_working_days_between(D(2016, 12, 13), D(2016, 12, 16)) == 2
    assert cal.clear_working_days_between(D(2016, 12, 14), D(2016, 12, 16)) == 1
    assert cal.clear_working_days_between(D(2016, 12, 21), D(2016, 12, 28)) == 2
    assert cal.clear_working_days_between(D(2016, 12, 16), D(2016, 12, 16)) == 0


dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2035, 12, 31))


@settings(max_examples=150, deadline=None)
@given(dates, st.integers(min_value=0, max_value=10))
def test_dispatch_on_latest_date_leaves_enough_clear_days(meeting: dt.date, n: int) -> None:
    latest = cal.latest_dispatch_date(meeting, n)
    assert latest < meeting
    assert cal.clear_working_days_between(latest, meeting) >= n
    after = latest + dt.timedelta(days=1)
    if after < meeting:
        assert cal.clear_working_days_between(after, meeting) < n
    # the day after the latest date is itself a working day (the earliest clear day)
    if n:
        assert cal.is_working_day(after)


@pytest.mark.parametrize("received, due", [
    (D(2024, 1, 2), D(2024, 1, 30)),     # no holidays: four weeks
    (D(2022, 11, 21), D(2022, 12, 20)),  # St Andrew's Day (Scotland) counts
    (D(2023, 6, 30), D(2023, 7, 31)),    # Battle of the Boyne (Northern Ireland) counts
    (D(2016, 12, 20), D(2017, 1, 23)),   # 26, 27 Dec; 2 Jan; 3 Jan (Scotland)
])
def test_foi_due_dates(received: dt.date, due: dt.date) -> None:
    assert cal.foi_due_date(received) == due


def test_foi_receipt_is_day_zero() -> None:
    assert cal.foi_due_date(D(2024, 1, 2), 1) == D(2024, 1, 3)
    assert cal.foi_due_date(D(2024, 1, 5), 1) == D(2024, 1, 8)  # Friday -> Monday
    with pytest.raises(DomainError, match="working_days"):
        cal.foi_due_date(D(2024, 1, 5), 0)


def test_twenty_thousand_dispatch_dates_well_under_a_second() -> None:
    meetings = [D(2015, 1, 1) + dt.timedelta(days=i % 3000) for i in range(20_000)]
    cal._latest_dispatch.cache_clear()
    start = time.perf_counter()
    for m in meetings:
        cal.latest_dispatch_date(m, 2)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("call, field", [
    (lambda: cal.latest_dispatch_date(D(2016, 12, 16), cal.MAX_CLEAR_DAYS + 1), "clear_days"),
    (lambda: cal.latest_dispatch_date(D(1, 1, 1), 2), "meeting"),
    (lambda: cal.latest_dispatch_date(D(2100, 1, 1), 2), "meeting"),
    (lambda: cal.foi_due_date(D(2016, 12, 16), cal.MAX_FOI_DAYS + 1), "working_days"),
    (lambda: cal.foi_due_date(D(1899, 12, 31)), "received"),
    (lambda: cal.clear_working_days_between(D(1, 1, 1), D(2016, 1, 1)), "sent"),
])
def test_bounds_are_stated_and_kept(call, field: str) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err:
        call()
    assert err.value.field == field


def test_the_bounds_themselves_work() -> None:
    assert cal.latest_dispatch_date(cal.EARLIEST + dt.timedelta(days=200), cal.MAX_CLEAR_DAYS) >= D(1899, 1, 1)
    assert cal.foi_due_date(cal.LATEST, cal.MAX_FOI_DAYS) > cal.LATEST
