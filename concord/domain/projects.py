"""Projects: RAG status, phase dates and savings.

A phase's planned end may not be before its planned start, nor its actual
end before its actual start. Slippage is the days the actual (or, while
unfinished, today's) date runs past the planned end. Savings delivered are
compared with savings predicted: the shortfall is predicted − delivered
(negative when more was delivered than predicted).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from concord.domain.errors import DomainError


class RAG(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    COMPLETE = "complete"


@dataclass(frozen=True)
class Phase:
    name: str
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None

    def __post_init__(self) -> None:
        validate_phase(self.planned_start, self.planned_end, self.actual_start, self.actual_end)


def validate_phase(planned_start: dt.date, planned_end: dt.date,
                   actual_start: dt.date | None = None, actual_end: dt.date | None = None) -> None:
    if planned_end < planned_start:
        raise DomainError("planned_end", planned_end.isoformat(),
                          f"is before the planned start {planned_start.isoformat()}")
    if actual_end is not None:
        if actual_start is None:
            raise DomainError("actual_start", None, "is required when the phase has an actual end")
        if actual_end < actual_start:
            raise DomainError("actual_end", actual_end.isoformat(),
                              f"is before the actual start {actual_start.isoformat()}")


def slippage_days(phase: Phase, as_of: dt.date) -> int:
    """Days past the planned end: by the actual end, or by `as_of` while the phase is unfinished."""
    end = phase.actual_end or as_of
    return max(0, (end - phase.planned_end).days)


@dataclass(frozen=True)
class Savings:
    predicted: Decimal
    delivered: Decimal

    @property
    def shortfall(self) -> Decimal:
        return self.predicted - self.delivered

    @property
    def percent_delivered(self) -> Decimal | None:
        """Delivered as a percentage of predicted, to one place; None when nothing was predicted."""
        if self.predicted == 0:
            return None
        return (self.delivered / self.predicted * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def savings(predicted: Decimal, delivered: Decimal) -> Savings:
    for name, value in (("predicted", predicted), ("delivered", delivered)):
        if isinstance(value, bool) or not isinstance(value, (Decimal, int)) or not Decimal(value).is_finite():
            raise DomainError(name, value, "must be a Decimal amount of pounds")
    if predicted < 0:
        raise DomainError("predicted", predicted, "must not be negative")
    return Savings(Decimal(predicted), Decimal(delivered))
