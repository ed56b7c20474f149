import datetime as dt
from decimal import Decimal

import pytest

from concord.domain.errors import DomainError
from concord.domain.projects import RAG, Phase, savings, slippage_days, validate_phase

D = dt.date


def test_rag_values_unchanged() -> None:
    assert [r.value for r in RAG] == ["red", "amber", "green", "complete"]


def test_phase_dates() -> None:
    Phase("Design", D(2016, 4, 1), D(2016, 4, 1))
    with pytest.raises(DomainError, match="planned_end: 2016-03-31 is before the planned start 2016-04-01"):
        Phase("Design", D(2016, 4, 1), D(2016, 3, 31))
    with pytest.raises(DomainError, match="actual_end"):
        validate_phase(D(2016, 4, 1), D(2016, 6, 1), D(2016, 5, 1), D(2016, 4, 30))
    with pytest.raises(DomainError, match="actual_start"):
        validate_phase(D(2016, 4, 1), D(2016, 6, 1), None, D(2016, 4, 30))


def test_slippage() -> None:
    done_late = Phase("Build", D(2016, 4, 1), D(2016, 6, 30), D(2016, 4, 1), D(2016, 7, 10))
    assert slippage_days(done_late, D(2017, 1, 1)) == 10
    running = Phase("Test", D(2016, 7, 1), D(2016, 9, 30), D(2016, 7, 5))
    assert slippage_days(running, D(2016, 10, 3)) == 3
    assert slippage_days(running, D(2016, 9, 1)) == 0


def test_savings_predicted_and_delivered() -> None:
    s = savings(Decimal("1200000"), Decimal("900000"))
    assert (s.shortfall, s.percent_delivered) == (Decimal("300000"), Decimal("75.0"))
    over = savings(Decimal("300"), Decimal("400"))
    assert over.shortfall == Decimal("-100") and over.percent_delivered == Decimal("133.3")
    assert savings(Decimal(0), Decimal(5)).percent_delivered is None
    with pytest.raises(DomainError, match="predicted"):
        savings(Decimal(-1), Decimal(0))
    with pytest.raises(DomainError, match="delivered"):
        savings(Decimal(1), 0.5)  # type: ignore[arg-type]
