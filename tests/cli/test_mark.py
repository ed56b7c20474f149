"""`concord mark`: a person changes a record's marking, with its history (rule 18); in a fresh process."""

from __future__ import annotations

import pytest

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"


@pytest.fixture
def demo(concord):  # noqa: ANN001
    ran = concord("demo")
    assert ran.code == 0, ran.err


def _marking(concord, kind: str, key: str) -> str:  # noqa: ANN001
    ran = concord("mark", kind, key)
    assert ran.code == 0, ran.err
    return ran.out.splitlines()[0].split(": ", 1)[1].split(" (")[0]


KINDS = [
    ("agreement", "seven-force"), ("decision", "1"), ("decision_notice", "CPCC2019-007"), ("meeting", "1"),
    ("paper", "1"), ("minute", "1"), ("project", "bch-custody"), ("business-case", "1"), ("risk", "1"),
    ("financial_table", "1"),
]


def test_every_marked_kind_can_be_raised_by_an_editor_with_its_history(concord, demo) -> None:  # noqa: ANN001
    for kind, key in KINDS:
        ran = concord("mark", kind, key, "--marking", "OFFICIAL—SENSITIVE", "--reason", "names a supplier",
                      user=EDITOR)
        assert ran.code == 0, (kind, ran.err)
        assert "OFFICIAL -> OFFICIAL-SENSITIVE" in ran.out
        assert _marking(concord, kind, key) == "OFFICIAL-SENSITIVE"
        shown = concord("mark", kind, key).out
        assert "by Erin Editor <editor@cambridgeshire-opcc.example>: names a supplier" in shown


def test_a_downgrade_needs_an_approver_and_a_reason(concord, demo) -> None:  # noqa: ANN001
    assert concord("mark", "paper", "2", "--marking", "SECRET", "--reason", "operational detail", user=EDITOR).code == 0
    refused = concord("mark", "paper", "2", "--marking", "OFFICIAL", "--reason", "published", user=EDITOR)
    assert refused.code == 4 and "register:marking:change" in refused.err
    assert _marking(concord, "paper", "2") == "SECRET"
    no_reason = concord("mark", "paper", "2", "--marking", "OFFICIAL", user=APPROVER)
    assert no_reason.code == 2 and "--reason" in no_reason.err
    assert _marking(concord, "paper", "2") == "SECRET"
    done = concord("mark", "paper", "2", "--marking", "official", "--reason", "detail removed", user=APPROVER)
    assert done.code == 0, done.err
    assert "SECRET -> OFFICIAL (lowered, confirmed by a person" in done.out
    assert "by Aisha Approver <approver@cambridgeshire-opcc.example>: detail removed" in done.out
    # an unknown marking is refused, never mapped down
    assert concord("mark", "paper", "3", "--marking", "SECRET", "--reason", "r", user=EDITOR).code == 0
    for text in ("OFFICIAL SECRET", "OFFICIAL BUT SENSITIVE", "PRIVATE"):
        ran = concord("mark", "paper", "3", "--marking", text, "--reason", "r", user=APPROVER)
        assert ran.code == 2 and f"{text} " in ran.err, ran.err
    assert _marking(concord, "paper", "3") == "SECRET"


def test_legacy_wording_is_kept_and_stale_versions_and_bad_keys_are_refused(concord, demo) -> None:  # noqa: ANN001
    ran = concord("mark", "minute", "2", "--marking", "OFFICIAL-SENSITIVE", "--reason", "names a cadet", user=EDITOR)
    assert ran.code == 0, ran.err
    assert "Legacy marking kept as printed: PROTECT until Approved" in ran.out
    assert "Legacy marking as printed: PROTECT until Approved" in concord("mark", "minute", "2").out
    stale = concord("mark", "agreement", "seven-force", "--marking", "SECRET", "--reason", "r",
                    "--expected-version", "0", user=EDITOR)
    assert stale.code == 3, stale.err
    assert concord("mark", "thing", "1").code == 2
    missing = concord("mark", "paper", "99999")
    assert missing.code == 2 and "99999 " in missing.err
    same = concord("mark", "paper", "1", "--marking", "OFFICIAL", "--reason", "r", user=EDITOR)
    assert same.code == 2 and "already" in same.err
