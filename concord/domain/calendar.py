"""Working days, meeting notice (rule 4) and FOI deadlines (rule 20).

Bank holidays come from the `holidays` library (offline), one list per
UK nation: ENG (England), WLS (Wales), SCT (Scotland), NIR (Northern
Ireland). England and Wales share one list. Our own `CORRECTIONS` are
applied on top: they pin one-off changes by royal proclamation, so that
an upgrade of the library cannot silently lose or move them.

Meeting notice counts England and Wales bank holidays; FOI counts a
bank holiday in any UK nation (`FOI_NATIONS`).

Bounds: dates from `EARLIEST` (1 January 1900) to `LATEST` (31 December
2099), the years for which the bank holidays are known; at most
`MAX_CLEAR_DAYS` (60) clear working days' notice and `MAX_FOI_DAYS` (260,
about a year) working days for a reply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import holidays

from concord.domain.errors import DomainError

NATIONS = ("ENG", "WLS", "SCT", "NIR")
NOTICE_NATIONS = ("ENG", "WLS")
FOI_NATIONS = NATIONS
_DAY = dt.timedelta(days=1)
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2099, 12, 31)
MAX_CLEAR_DAYS = 60
MAX_FOI_DAYS = 260


class Change(StrEnum):
    ADD = "add"
    REMOVE = "remove"


@dataclass(frozen=True)
class Correction:
    date: dt.date
    change: Change
    nations: tuple[str, ...]
    reason: str


_ALL = NATIONS
CORRECTIONS: tuple[Correction, ...] = (
    Correction(dt.date(1995, 5, 8), Change.ADD, _ALL, "VE Day 50th anniversary: Early May bank holiday moved to 8 May"),
    Correction(dt.date(1995, 5, 1), Change.REMOVE, _ALL, "Early May bank holiday 1995 moved to 8 May"),
    Correction(dt.date(2012, 6, 4), Change.ADD, _ALL, "Spring bank holiday 2012 moved to 4 June (Diamond Jubilee)"),
    Correction(dt.date(2012, 6, 5), Change.ADD, _ALL, "Diamond Jubilee of Elizabeth II"),
    Correction(dt.date(2012, 5, 28), Change.REMOVE, _ALL, "Spring bank holiday 2012 moved to 4 June"),
    Correction(dt.date(2020, 5, 8), Change.ADD, _ALL, "VE Day 75th anniversary: Early May bank holiday moved to 8 May"),
    Correction(dt.date(2020, 5, 4), Change.REMOVE, _ALL, "Early May bank holiday 2020 moved to 8 May"),
    Correction(dt.date(2022, 6, 2), Change.ADD, _ALL, "Spring bank holiday 2022 moved to 2 June (Platinum Jubilee)"),
    Correction(dt.date(2022, 6, 3), Change.ADD, _ALL, "Platinum Jubilee of Elizabeth II"),
    Correction(dt.date(2022, 5, 30), Change.REMOVE, _ALL, "Spring bank holiday 2022 moved to 2 June"),
    Correction(dt.date(2022, 9, 19), Change.ADD, _ALL, "State funeral of Queen Elizabeth II"),
    Correction(dt.date(2023, 5, 8), Change.ADD, _ALL, "Coronation of King Charles III"),
)


def _nations(nations: Iterable[str], field: str = "nations") -> tuple[str, ...]:
    if isinstance(nations, str):
        nations = (nations,)
    out = tuple(sorted({str(n).upper() for n in nations}))
    if not out:
        raise DomainError(field, out, "must name at least one UK nation (ENG, WLS, SCT, NIR)")
    for n in out:
        if n not in NATIONS:
            raise DomainError(field, n, "is not a UK nation code: use ENG, WLS, SCT or NIR")
    return out


def _check_date(d: object, field: str) -> None:
    if not isinstance(d, dt.date) or isinstance(d, dt.datetime):
        raise DomainError(field, d, "must be a date (YYYY-MM-DD)")
    if not EARLIEST <= d <= LATEST:
        raise DomainError(field, d.isoformat(), f"is outside the years whose bank holidays are known "
                          f"({EARLIEST.isoformat()} to {LATEST.isoformat()})")


def _check_days(n: object, field: str, low: int, high: int) -> None:
    if not isinstance(n, int) or isinstance(n, bool) or not low <= n <= high:
        raise DomainError(field, n, f"must be a whole number of working days from {low} to {high}")


def apply_corrections(days: Iterable[dt.date], nation: str, year: int,
                      corrections: Iterable[Correction] = CORRECTIONS) -> frozenset[dt.date]:
    """The library's holidays for one nation and year, with corrections applied."""
    out = set(days)
    for c in corrections:
        if c.date.year == year and nation in c.nations:
            (out.add if c.change is Change.ADD else out.discard)(c.date)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _nation_holidays(year: int, nation: str) -> frozenset[dt.date]:
    found = holidays.country_holidays("GB", subdiv=nation, years=year)
    return apply_corrections((d for d in found if d.year == year), nation, year)


@lru_cache(maxsize=4096)
def _closed(year: int, nations: tuple[str, ...]) -> frozenset[dt.date]:
    out: frozenset[dt.date] = frozenset()
    for n in nations:
        out |= _nation_holidays(year, n)
    return out


def bank_holidays(year: int, nations: Iterable[str] = NOTICE_NATIONS) -> list[dt.date]:
    """Bank holidays in `year` in any of `nations`, sorted."""
    return sorted(_closed(year, _nations(nations)))


def _is_working(d: dt.date, nations: tuple[str, ...]) -> bool:
    return d.weekday() < 5 and d not in _closed(d.year, nations)


def is_working_day(d: dt.date, nations: Iterable[str] = NOTICE_NATIONS) -> bool:
    """Monday to Friday and not a bank holiday in any of `nations`."""
    _check_date(d, "date")
    return _is_working(d, _nations(nations))


def clear_working_days_between(sent: dt.date, meeting: dt.date) -> int:
    """Working days (England and Wales) strictly between sending and the meeting."""
    _check_date(sent, "sent")
    _check_date(meeting, "meeting")
    count, d = 0, sent + _DAY
    while d < meeting:
        count += _is_working(d, NOTICE_NATIONS)
        d += _DAY
    return count


@lru_cache(maxsize=65536)
def _latest_dispatch(meeting: dt.date, clear_days: int) -> dt.date:
    d, found = meeting, 0
    while found < clear_days:
        d -= _DAY
        found += _is_working(d, NOTICE_NATIONS)
    return d - _DAY


def latest_dispatch_date(meeting: dt.date, clear_days: int = 2) -> dt.date:
    """The last day papers may be sent and still leave `clear_days` clear
    working days before the meeting: the calendar day before the earliest
    of those working days. With 0 clear days, the day before the meeting."""
    _check_date(meeting, "meeting")
    _check_days(clear_days, "clear_days", 0, MAX_CLEAR_DAYS)
    return _latest_dispatch(meeting, clear_days)


def sent_in_time(sent: dt.date, meeting: dt.date, clear_days: int = 2) -> bool:
    """True when papers sent on `sent` leave `clear_days` clear working days."""
    _check_date(sent, "sent")
    return sent <= latest_dispatch_date(meeting, clear_days)


def foi_due_date(received: dt.date, working_days: int = 20) -> dt.date:
    """The `working_days`-th working day after receipt (receipt is day 0);
    a bank holiday in any UK nation is not a working day."""
    _check_date(received, "received")
    _check_days(working_days, "working_days", 1, MAX_FOI_DAYS)
    d, found = received, 0
    while found < working_days:
        d += _DAY
        found += _is_working(d, FOI_NATIONS)
    return d
