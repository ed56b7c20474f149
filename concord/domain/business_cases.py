"""Business cases: stages and gateway reviews (rule 19).

Stages follow HM Treasury's Five Case Model: Strategic Outline (SOBC) →
Outline (OBC) → Full (FBC). A case may begin at any stage (the seeds' BCH
ICT case began as an Outline Business Case; a small scheme may need only
a Full one); once begun it moves one step at a time, never skipping or
going back. Gateway reviews run 0–5: the first review may be of any gate
(a project may come to gateway review part-way through its life); after
it, a review is of the same gate as the last (a re-review) or the next
one. Each review gives a delivery confidence rating.
Business cases are assured at the gate named in `GATE_FOR_STAGE`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from concord.domain.errors import DomainError


class Stage(StrEnum):
    """HM Treasury Five Case Model stages, in order."""

    SOBC = "SOBC"  # Strategic Outline Business Case
    OBC = "OBC"    # Outline Business Case
    FBC = "FBC"    # Full Business Case

    @property
    def order(self) -> int:
        return list(Stage).index(self)


class DeliveryConfidence(StrEnum):
    GREEN = "Green"
    AMBER_GREEN = "Amber/Green"
    AMBER = "Amber"
    AMBER_RED = "Amber/Red"
    RED = "Red"

    @property
    def severity(self) -> int:
        """0 for Green up to 4 for Red."""
        return list(DeliveryConfidence).index(self)


class Gateway(IntEnum):
    STRATEGIC_ASSESSMENT = 0
    BUSINESS_JUSTIFICATION = 1
    DELIVERY_STRATEGY = 2
    INVESTMENT_DECISION = 3
    READINESS_FOR_SERVICE = 4
    OPERATIONS_REVIEW = 5


GATE_FOR_STAGE: dict[Stage, Gateway] = {
    Stage.SOBC: Gateway.BUSINESS_JUSTIFICATION,
    Stage.OBC: Gateway.DELIVERY_STRATEGY,
    Stage.FBC: Gateway.INVESTMENT_DECISION,
}


def _stage(value: Stage | str, field: str) -> Stage:
    try:
        return Stage(str(value).upper())
    except ValueError:
        raise DomainError(field, value, "must be SOBC, OBC or FBC") from None


def advance(current_stage: Stage | str | None, new_stage: Stage | str) -> Stage:
    """The new stage: any stage to begin with, then only the next one; a DomainError on
    a skip, a repeat or going back."""
    new = _stage(new_stage, "new_stage")
    if current_stage is None:
        return new
    current = _stage(current_stage, "current_stage")
    if new.order == current.order + 1:
        return new
    if new.order <= current.order:
        raise DomainError("new_stage", new.value, f"does not move forward from {current.value}")
    skipped = ", ".join(s.value for s in Stage if current.order < s.order < new.order)
    raise DomainError("new_stage", new.value, f"skips {skipped}: stages go SOBC, OBC, FBC in turn")


@dataclass(frozen=True)
class GatewayReview:
    gate: Gateway
    held_on: dt.date
    confidence: DeliveryConfidence


def record_review(reviews: Sequence[GatewayReview], gate: int, held_on: dt.date,
                  confidence: DeliveryConfidence | str) -> GatewayReview:
    """The next gateway review, checked to follow the last in gate order and date."""
    try:
        g = Gateway(gate)
    except ValueError:
        raise DomainError("gate", gate, "must be a gateway review 0 to 5") from None
    try:
        rating = DeliveryConfidence(confidence)
    except ValueError:
        raise DomainError("confidence", confidence,
                          "must be Green, Amber/Green, Amber, Amber/Red or Red") from None
    if not reviews:
        return GatewayReview(g, held_on, rating)
    last = reviews[-1]
    if g < last.gate:
        raise DomainError("gate", int(g), f"goes back: the last review was Gate {int(last.gate)}")
    if g > last.gate + 1:
        raise DomainError("gate", int(g), f"skips a review: the last was Gate {int(last.gate)}, "
                          f"the next is Gate {int(last.gate) + 1}")
    if held_on < last.held_on:
        raise DomainError("held_on", held_on.isoformat(), f"is before the last review on {last.held_on.isoformat()}")
    return GatewayReview(g, held_on, rating)
