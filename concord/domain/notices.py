"""A decision notice's life: drafted, numbered, signed, published (rules 10, 11, 18).

A notice is drafted without a number. Numbering gives it the next number
in its body's sequence for the year (one more than the highest used, so
a gap once made is never filled silently: `concord check` shows it). An
approver of the body signs the numbered notice, in the year of its
number. Only a signed notice is published, and never one marked above
OFFICIAL: a person must first lower its marking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from concord.domain.errors import DomainError
from concord.domain.markings import Marking


class NoticeState(StrEnum):
    DRAFT = "draft"
    NUMBERED = "numbered"
    SIGNED = "signed"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def state_of(numbered: bool, signed: bool, published: bool) -> NoticeState:
    """Where a notice stands. A notice recorded after the event (`concord notice add`, a paper
    read in) is signed even when its date is not known, and published once the public
    register shows it."""
    if published:
        return NoticeState.PUBLISHED
    if signed:
        return NoticeState.SIGNED
    return NoticeState.NUMBERED if numbered else NoticeState.DRAFT


def next_number(used: Iterable[int | None]) -> int:
    """The next number in a body's sequence for a year: one more than the highest used."""
    return max((n for n in used if n is not None), default=0) + 1


def reference(code: str, year: int, number: int) -> str:
    """`CPCC2019-007`: the body's code, the year and the number to three places."""
    return f"{code}{year}-{number:03d}"


def check_can_edit(state: NoticeState, key: str) -> None:
    if state is not NoticeState.DRAFT:
        raise DomainError("notice", key, f"is {state.value}: only a draft can be changed")


def check_can_number(state: NoticeState, key: str) -> None:
    if state is not NoticeState.DRAFT:
        raise DomainError("notice", key, f"is already numbered ({state.value})")


def check_can_sign(state: NoticeState, key: str, year: int | None, on: dt.date) -> None:
    if state is NoticeState.DRAFT:
        raise DomainError("notice", key, "is a draft: number it before it is signed")
    if state is not NoticeState.NUMBERED:
        raise DomainError("notice", key, f"is already {state.value}")
    if year is not None and on.year != year:
        raise DomainError("--on", on.isoformat(), f"is not in {year}, the year of {key}")


def check_can_publish(state: NoticeState, key: str, marking: Marking | str, signed_on: dt.date | None,
                      on: dt.date) -> None:
    if state is NoticeState.PUBLISHED:
        raise DomainError("notice", key, "is already published")
    if state is not NoticeState.SIGNED:
        raise DomainError("notice", key, f"is {state.value}, not signed: only a signed notice is published")
    if Marking(marking) is not Marking.OFFICIAL:
        raise DomainError("marking", Marking(marking).value, "is above OFFICIAL: a notice so marked is never "
                          "published (an approver may lower its marking first, with a reason)")
    if signed_on is not None and on < signed_on:
        raise DomainError("--on", on.isoformat(), f"is before the notice was signed ({signed_on.isoformat()})")
