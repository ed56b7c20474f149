import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.business_cases import (
    GATE_FOR_STAGE, DeliveryConfidence, Gateway, GatewayReview, Stage, advance, record_review,
)
from concord.domain.errors import DomainError

D = dt.date


def test_stages_move_one_step_at_a_time() -> None:
    assert advance(None, "SOBC") is Stage.SOBC
    assert advance(Stage.SOBC, Stage.OBC) is Stage.OBC
    assert advance("obc", "FBC") is Stage.FBC


def test_a_case_may_begin_at_outline_like_the_bch_ict_case() -> None:
    assert advance(None, "OBC") is Stage.OBC
    assert advance(None, Stage.FBC) is Stage.FBC


@pytest.mark.parametrize("current, new, reason", [
    (Stage.SOBC, Stage.FBC, "skips OBC"),
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
    assert record_review([], 2, D(2016, 7, 1), "Green").gate is Gateway.DELIVERY_STRATEGY  # any gate first
    with pytest.raises(DomainError, match="held_on"):
        record_review([r0, r1], 2, D(2016, 4, 1), "Green")
    with pytest.raises(DomainError, match="gate: 6"):
        record_review([r0], 6, D(2016, 7, 1), "Green")
    with pytest.raises(DomainError, match="confidence: Purple"):
        record_review([r0], 1, D(2016, 7, 1), "Purple")


@given(st.lists(st.sampled_from(list(Stage)), min_size=1, max_size=5))
def test_once_begun_a_stage_is_never_skipped(path) -> None:  # noqa: ANN001
    current = advance(None, path[0])
    for new in path[1:]:
        if new.order == current.order + 1:
            current = advance(current, new)
        else:
            with pytest.raises(DomainError):
                advance(current, new)


@given(st.integers(0, 5), st.lists(st.integers(0, 5), max_size=6))
def test_gateway_reviews_never_skip_after_the_first(first, gates) -> None:  # noqa: ANN001
    reviews = [record_review([], first, D(2016, 1, 1), "Green")]
    for i, gate in enumerate(gates, 1):
        last = int(reviews[-1].gate)
        if gate in (last, last + 1):
            reviews.append(record_review(reviews, gate, D(2016, 1, 1) + dt.timedelta(days=i), "Amber"))
        else:
            with pytest.raises(DomainError):
                record_review(reviews, gate, D(2016, 1, 1) + dt.timedelta(days=i), "Amber")
