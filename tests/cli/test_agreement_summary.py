"""Rule 15 from the command line: an agreement whose full text would reveal tactics is
published as a summary, written by an editor and published once an approver approves it."""

from __future__ import annotations

import pytest

EDITOR, APPROVER = "editor@cambridgeshire-opcc.example", "approver@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
PARTS = ["--scope", "Communications data for the three forces", "--term", "From May 2019 until ended",
         "--termination", "On six months' notice", "--direction-and-control", "The lead force's chief constable",
         "--governance", "The BCH joint chief officer board"]


@pytest.fixture
def demo(concord):  # noqa: ANN001, ANN201
    assert concord("demo").code == 0
    return concord


def test_a_summary_is_written_then_approved_whole_and_a_change_withdraws_the_approval(demo) -> None:  # noqa: ANN001
    wrote = demo("agreement", "summary", "investigatory-powers", "--title", "Investigatory powers collaboration",
                 "--objective", "Joint arrangements under the 2016 Act", user=EDITOR)
    assert wrote.code == 0, wrote.err
    assert "it does not yet say: scope, term, termination, direction and control, governance" in wrote.out
    early = demo("agreement", "summary-approve", "investigatory-powers", user=APPROVER)
    assert early.code == 2
    assert "summary: scope, term, termination, direction and control, governance are not yet written" in early.err
    assert demo("agreement", "summary", "investigatory-powers", *PARTS, user=EDITOR).code == 0
    refused = demo("agreement", "summary-approve", "investigatory-powers", user=EDITOR)
    assert refused.code == 4 and "not allowed" in refused.err
    approved = demo("agreement", "summary-approve", "investigatory-powers", "--on", "2019-06-01", user=APPROVER)
    assert approved.code == 0 and "Approved for publication on 2019-06-01" in approved.out, approved.err
    changed = demo("agreement", "summary", "investigatory-powers", "--term", "From May 2019; reviewed yearly",
                   user=EDITOR)
    assert changed.code == 0 and "Held until an approver approves it" in changed.out
    shown = demo("agreement", "summary", "investigatory-powers", "--show", user=VIEWER)
    assert shown.code == 0 and "Term: From May 2019; reviewed yearly" in shown.out


def test_bad_input_names_the_option_and_writes_nothing(demo) -> None:  # noqa: ANN001
    none = demo("agreement", "summary", "chiltern", "--objective", "Fleet", user=EDITOR)
    assert none.code == 2 and "--title" in none.err and "is required for a new summary" in none.err
    assert "has no published summary" in demo("agreement", "summary", "chiltern", "--show").out
    unknown = demo("agreement", "summary", "no-such-thing", "--title", "X", user=EDITOR)
    assert unknown.code == 2 and "agreement: no-such-thing is not in the register" in unknown.err
    viewer = demo("agreement", "summary", "chiltern", "--title", "Fleet", user=VIEWER)
    assert viewer.code == 4
    control = demo("agreement", "summary", "chiltern", "--title", "Fleet\x1b[31m", user=EDITOR)
    assert control.code == 2 and "--title" in control.err
