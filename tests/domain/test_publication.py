"""Rule 17: the publication checklist as a pure function of the published facts and the settings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.publication import MeetingFacts, NoticeFacts, Status, Timings, checklist

DAY = dt.date(2020, 3, 1)


def _meeting(days_ago: int, agenda: bool = True, minutes: bool = False, cancelled: bool = False) -> MeetingFacts:
    return MeetingFacts(f"Board {days_ago}", DAY - dt.timedelta(days=days_ago), agenda, 1, minutes, cancelled)


def test_minutes_are_late_only_after_the_setting_allows() -> None:
    t = Timings(minutes_days_after=28)
    assert checklist([_meeting(28)], [], 1, DAY, t)[0].status is Status.MET
    late = checklist([_meeting(29)], [], 1, DAY, t)[0]
    assert late.status is Status.LATE and late.problems == ("Board 29: minutes not published within 28 days",)
    assert checklist([_meeting(29, minutes=True)], [], 1, DAY, t)[0].status is Status.MET
    assert checklist([_meeting(90, cancelled=True)], [], 1, DAY, t)[0].status is Status.MET


def test_an_agenda_is_due_the_setting_s_days_before_the_meeting() -> None:
    t = Timings(agenda_days_before=5)
    assert checklist([_meeting(-6, agenda=False)], [], 1, DAY, t)[0].status is Status.MET
    assert checklist([_meeting(-5, agenda=False)], [], 1, DAY, t)[0].status is Status.LATE


def test_notices_published_late_and_nothing_held() -> None:
    t = Timings(notice_days_after=7)
    ok = NoticeFacts("X-1", DAY, DAY + dt.timedelta(days=7))
    late = NoticeFacts("X-2", DAY, DAY + dt.timedelta(days=8))
    assert checklist([], [ok], 1, DAY, t)[1].status is Status.MET
    row = checklist([], [ok, late], 1, DAY, t)[1]
    assert row.status is Status.LATE and "X-2: published 8 days after signature (allowed 7)" in row.problems
    rows = checklist([], [], 0, DAY, t)
    assert [r.status for r in rows] == [Status.MISSING, Status.MISSING, Status.MISSING, Status.NOT_HELD,
                                        Status.NOT_HELD]


@pytest.mark.parametrize("value", [-1, 367, "5", True, 2.5])
def test_a_timing_out_of_range_is_refused_by_name(value: object) -> None:
    with pytest.raises(DomainError) as e:
        Timings(minutes_days_after=value)  # type: ignore[arg-type]
    assert e.value.field == "minutes_days_after"


@given(st.lists(st.tuples(st.integers(-30, 400), st.booleans(), st.booleans()), max_size=12),
       st.integers(0, 366))
def test_a_longer_allowance_never_makes_more_problems(meetings: list, allowance: int) -> None:
    facts = [_meeting(d, a, m) for d, a, m in meetings]
    short = checklist(facts, [], 1, DAY, Timings(minutes_days_after=allowance))[0]
    longer = checklist(facts, [], 1, DAY, Timings(minutes_days_after=min(366, allowance + 30)))[0]
    def kinds(problems: tuple[str, ...]) -> set[tuple[str, bool]]:
        return {(p.split(":")[0], "minutes" in p) for p in problems}

    assert kinds(longer.problems) <= kinds(short.problems)
