"""Rule 15: what a published summary of an agreement must say before it is published."""

import pytest

from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.domain.summaries import PARTS, check_publishable, missing

WHOLE = {part: f"the {label}" for part, label in PARTS.items()}


def test_a_summary_says_seven_things_in_the_rules_order() -> None:
    assert missing({}) == ["title", "objective", "scope", "term", "termination", "direction and control",
                           "governance"]
    assert missing({**WHOLE, "scope": "  ", "governance": None}) == ["scope", "governance"]
    assert missing(WHOLE) == []


def test_only_a_whole_official_summary_may_be_published() -> None:
    check_publishable(WHOLE, Marking.OFFICIAL)
    with pytest.raises(DomainError) as gap:
        check_publishable({**WHOLE, "termination": ""}, Marking.OFFICIAL)
    assert gap.value.value == "termination" and gap.value.reason.startswith("is not yet written")
    with pytest.raises(DomainError) as marked:
        check_publishable(WHOLE, Marking.OFFICIAL_SENSITIVE)
    assert marked.value.field == "marking" and marked.value.value == "OFFICIAL-SENSITIVE"
