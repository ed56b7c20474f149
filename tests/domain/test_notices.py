"""A decision notice's life: draft, numbered, signed, published (rules 10, 11, 18)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain import notices as rules
from concord.domain.errors import DomainError
from concord.domain.notices import NoticeState

D = dt.date(2019, 9, 3)


@given(st.lists(st.one_of(st.none(), st.integers(1, 999))))
def test_the_next_number_is_one_more_than_any_used(used: list[int | None]) -> None:
    n = rules.next_number(used)
    assert n not in used and n >= 1
    assert all(u is None or u < n for u in used)


def test_next_number_starts_at_one_and_never_fills_a_gap() -> None:
    assert rules.next_number([]) == 1
    assert rules.next_number([None]) == 1
    assert rules.next_number([1, 2, 5]) == 6


def test_reference() -> None:
    assert rules.reference("CPCC", 2019, 7) == "CPCC2019-007"
    assert rules.reference("CPCC", 2019, 1234) == "CPCC2019-1234"


@pytest.mark.parametrize("numbered,signed,published,state", [
    (False, False, False, NoticeState.DRAFT), (True, False, False, NoticeState.NUMBERED),
    (True, True, False, NoticeState.SIGNED), (True, True, True, NoticeState.PUBLISHED)])
def test_state(numbered: bool, signed: bool, published: bool, state: NoticeState) -> None:
    assert rules.state_of(numbered, signed, published) is state


def test_only_a_draft_is_numbered_or_changed() -> None:
    rules.check_can_number(NoticeState.DRAFT, "7")
    rules.check_can_edit(NoticeState.DRAFT, "7")
    for state in (NoticeState.NUMBERED, NoticeState.SIGNED, NoticeState.PUBLISHED):
        with pytest.raises(DomainError, match="already numbered"):
            rules.check_can_number(state, "X")
        with pytest.raises(DomainError, match="only a draft can be changed"):
            rules.check_can_edit(state, "X")


def test_a_numbered_notice_is_signed_in_the_year_of_its_number() -> None:
    rules.check_can_sign(NoticeState.NUMBERED, "CPCC2019-011", 2019, D)
    with pytest.raises(DomainError, match="number it before it is signed"):
        rules.check_can_sign(NoticeState.DRAFT, "7", None, D)
    with pytest.raises(DomainError, match="already signed"):
        rules.check_can_sign(NoticeState.SIGNED, "CPCC2019-011", 2019, D)
    with pytest.raises(DomainError) as refused:
        rules.check_can_sign(NoticeState.NUMBERED, "CPCC2019-011", 2019, dt.date(2020, 1, 1))
    assert str(refused.value) == "--on: 2020-01-01 is not in 2019, the year of CPCC2019-011"


def test_only_a_signed_official_notice_is_published_and_not_before_it_was_signed() -> None:
    rules.check_can_publish(NoticeState.SIGNED, "R", "OFFICIAL", D, D)
    rules.check_can_publish(NoticeState.SIGNED, "R", "OFFICIAL", None, D)  # recorded signed, date not known
    for state in (NoticeState.DRAFT, NoticeState.NUMBERED):
        with pytest.raises(DomainError, match="only a signed notice is published"):
            rules.check_can_publish(state, "R", "OFFICIAL", None, D)
    with pytest.raises(DomainError, match="already published"):
        rules.check_can_publish(NoticeState.PUBLISHED, "R", "OFFICIAL", D, D)
    for marking in ("OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"):
        with pytest.raises(DomainError, match="is above OFFICIAL") as refused:
            rules.check_can_publish(NoticeState.SIGNED, "R", marking, D, D)
        assert refused.value.field == "marking" and refused.value.value == marking
    with pytest.raises(DomainError, match="before the notice was signed"):
        rules.check_can_publish(NoticeState.SIGNED, "R", "OFFICIAL", D, D - dt.timedelta(days=1))
