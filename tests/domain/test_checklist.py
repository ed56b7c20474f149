import pytest

from concord.domain.checklist import CHECKLIST, Topic, missing_topics, topic
from concord.domain.errors import DomainError


def test_checklist_has_the_eighteen_topics_in_order() -> None:
    assert len(CHECKLIST) == 18
    assert CHECKLIST[0] is Topic.PARTIES and CHECKLIST[-1] is Topic.PUBLICATION


def test_missing_topics_in_checklist_order() -> None:
    covered = [t.value for t in CHECKLIST if t not in (Topic.STAFF, Topic.PUBLICATION, Topic.ASSETS)]
    assert missing_topics(covered) == [Topic.ASSETS, Topic.STAFF, Topic.PUBLICATION]
    assert missing_topics([]) == list(CHECKLIST)


def test_topics_read_loosely() -> None:
    assert topic("Data Protection & FOI") is Topic.DATA_PROTECTION_AND_FOI
    assert topic("DIRECTION_AND_CONTROL") is Topic.DIRECTION_AND_CONTROL
    assert topic("Withdrawal") is Topic.WITHDRAWAL_AND_EXIT
    assert topic(Topic.STAFF) is Topic.STAFF


def test_unknown_topic_is_a_domain_error() -> None:
    with pytest.raises(DomainError, match="covered: catering is not a checklist topic"):
        missing_topics(["parties", "catering"])


def test_checklist_status_counts_the_text_and_what_the_register_records() -> None:
    from concord.domain.checklist import CHECKLIST, Topic, checklist_status

    rows = dict(checklist_status(["governance"], [Topic.PARTIES, Topic.LEAD_FORCE]))
    assert list(rows) == list(CHECKLIST)
    assert rows[Topic.GOVERNANCE] == "the agreement's text covers it"
    assert rows[Topic.PARTIES] == "parties recorded" and rows[Topic.LEAD_FORCE] == "lead force recorded"
    assert rows[Topic.ASSETS] is None and rows[Topic.PUBLICATION] is None
