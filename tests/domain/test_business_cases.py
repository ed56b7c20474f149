import datetime as dt

import pytest

from concord.domain.business_cases import (
    GATE_FOR_STAGE, DeliveryConfidence, Gateway, GatewayReview, Stage, advance, record_review,
)
from concord.domain.errors import DomainError

D = dt.date


def test_stages_move_one_step_at_a_time() -> None:
    assert advance(None, "SOBC") is Stage.SOBC
    assert advance(Stage.SOBC, Stage.OBC) is Stage.OBC
    assert advance("obc", "FBC") is Stage.FBC


@pytest.mark.parametrize("current, new, reason", [
    (Stage.SOBC, Stage.FBC, "skips OBC"),
    (None, Stage.OBC, "starts as a SOBC"),
    (Stage.FBC, Stage.OBC, "does not move forward from FBC"),
    (Stage.OBC, Stage.OBC, "does not move forward from OBC"),
    (Stage.OBC, "PID", "must be SOBC, OBC or FBC"),
])
def test_skips_and_going_back_refused(current, new, reason) -> None:  # noqa: ANN001
    with pytest.raises(DomainError, match=reason) as err:
        advance(current, new)
    assert err.value.field == "new_stage"


def test_confidence_and_gates() -> None:
    assert [c.severity for c in DeliveryConfidence] == [0, 1, 2, 3, 4]
    assert DeliveryConfidence("Amber/Red") is DeliveryConfidence.AMBER_RED
    assert GATE_FOR_STAGE[Stage.FBC] is Gateway.INVESTMENT_DECISION and int(Gateway.OPERATIONS_REVIEW) == 5


def test_gateway_reviews_in_order() -> None:
    r0 = record_review([], 0, D(2016, 1, 10), "Amber")
    r1 = record_review([r0], 1, D(2016, 5, 1), DeliveryConfidence.AMBER_GREEN)
    again = record_review([r0, r1], 1, D(2016, 6, 1), "Green")  # re-review of the same gate
    assert again == GatewayReview(Gateway.BUSINESS_JUSTIFICATION, D(2016, 6, 1), DeliveryConfidence.GREEN)
    assert record_review([], 1, D(2016, 1, 1), "Red").gate is Gateway.BUSINESS_JUSTIFICATION
    with pytest.raises(DomainError, match="the next is Gate 2"):
        record_review([r0, r1], 3, D(2016, 7, 1), "Green")
    with pytest.raises(DomainError, match="goes back"):
        record_review([r0, r1], 0, D(2016, 7, 1), "Green")
    with pytest.raises(DomainError, match="first gateway review is Gate 0 or Gate 1"):
        record_review([], 2, D(2016, 7, 1), "Green")
    with pytest.raises(DomainError, match="held_on"):
        record_review([r0, r1], 2, D(2016, 4, 1), "Green")
    with pytest.raises(DomainError, match="gate: 6"):
        record_review([r0], 6, D(2016, 7, 1), "Green")
    with pytest.raises(DomainError, match="confidence: Purple"):
        record_review([r0], 1, D(2016, 7, 1), "Purple")
