"""Action dues: a date, or a span from the meeting ("report back in six months")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.dues import Due, Span, add_span, due, due_from_text, parse_span, relative_in_text
from concord.domain.errors import DomainError

NOV = dt.date(2016, 11, 10)  # the BCB meeting whose actions the seed's minutes list


@pytest.mark.parametrize(("typed", "expected", "rule"), [
    ("report back in six months", dt.date(2017, 5, 10), "6 months from the meeting"),
    ("Report back on use of force in twelve months", dt.date(2017, 11, 10), "12 months from the meeting"),
    ("in three months' time", dt.date(2017, 2, 10), "3 months from the meeting"),
    ("within 12 weeks", dt.date(2017, 2, 2), "12 weeks from the meeting"),
    ("a year", dt.date(2017, 11, 10), "1 year from the meeting"),
    ("10 days", dt.date(2016, 11, 20), "10 days from the meeting"),
    ("six-month", dt.date(2017, 5, 10), "6 months from the meeting"),
])
def test_a_relative_due_runs_from_the_meeting(typed: str, expected: dt.date, rule: str) -> None:
    assert due(typed, NOV) == Due(expected, rule)


def test_a_date_is_a_date_and_may_not_be_before_the_meeting() -> None:
    assert due(" 2017-03-31 ", NOV) == Due(dt.date(2017, 3, 31))
    assert due("2016-11-10", NOV) == Due(NOV)
    with pytest.raises(DomainError) as bad:
        due("2016-11-09", NOV)
    assert bad.value.field == "--due" and bad.value.value == "2016-11-09" and "before the meeting" in bad.value.reason


@pytest.mark.parametrize("typed", ["soon", "", "  ", "next meeting", "31/03/2017", "2017-02-30", "0 months",
                                   "in 121 months", "200 years"])
def test_what_is_neither_a_date_nor_a_span_is_refused_as_typed(typed: str) -> None:
    with pytest.raises(DomainError) as bad:
        due(typed, NOV, field="due")
    assert bad.value.field == "due" and bad.value.value == typed


def test_months_are_calendar_months_clamped_to_the_last_day() -> None:
    assert add_span(dt.date(2016, 8, 31), Span(6, "month")) == dt.date(2017, 2, 28)
    assert add_span(dt.date(2019, 8, 31), Span(6, "month")) == dt.date(2020, 2, 29)
    assert add_span(dt.date(2020, 2, 29), Span(1, "year")) == dt.date(2021, 2, 28)
    assert add_span(dt.date(2016, 12, 16), Span(1, "month")) == dt.date(2017, 1, 16)


def test_a_due_in_the_words_of_an_action() -> None:
    assert relative_in_text("Report in six months on how the workforce is changing") == Span(6, "month")
    assert due_from_text("Report in three months on governance", NOV) == Due(dt.date(2017, 2, 10),
                                                                             "3 months from the meeting")
    # a bare span is not a due: "the last six months' figures" says when, not by when
    assert relative_in_text("Analyse the last six months' figures") is None
    assert due_from_text("Write to the Home Secretary", NOV) is None
    assert parse_span("nothing here") is None


@given(st.dates(dt.date(1990, 1, 1), dt.date(2150, 12, 31)), st.integers(1, 120))
def test_months_later_is_the_same_day_or_the_months_last(start: dt.date, months: int) -> None:
    later = add_span(start, Span(months, "month"))
    assert (later.year - start.year) * 12 + later.month - start.month == months
    assert later.day == start.day or (later.day < start.day and (later + dt.timedelta(days=1)).day == 1)
