"""Late papers (rule 4) through the real `concord check`, in a fresh process."""

from __future__ import annotations

import json


def test_only_business_needing_a_decision_at_a_forum_with_the_rule_is_late(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    ran = concord("check", "--as-of", "2017-01-01", "--json")
    assert ran.code == 0, ran.err
    late = [f for f in json.loads(ran.out)["findings"] if f["kind"] == "paper_late"]
    # the Seven Force agreement's Summit asks for two clear working days; the paper needed a decision
    assert [f["subject"].split(":")[0] for f in late] == ["Eastern Region Alliance Summit 2016-07-26"]
    assert "in-principle decision" in late[0]["detail"] and "2016-07-21" in late[0]["detail"]
    # the BCB's estates report needs no decision, and the BCB's terms set no notice rule: not late
    assert not [f for f in late if "Estates" in f["subject"] or "Business Coordination Board" in f["subject"]]
