"""A decision log whose form lost the gap between its label and value cells ("Title Sale of ...", "Decided by Police
and Crime Commissioner"): in a block of such lines, each is a label; a lone line that opens with a label's word is
not."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

LOG = """Decision Log 2018

Decision number 2018/21
Title Sale of the former police station at Northtown
Decided by Police and Crime Commissioner
Date of decision 4 June 2018
Summary The Commissioner agreed to sell the former police station at Northtown to the district council.

Decision number 2018/22
Title Community safety grants
Decided by Chief Executive (delegated)
Date of decision 11 June 2018
Summary Grants of £80,000 to community safety partnerships were approved.
"""


def test_a_block_of_labels_with_one_space_before_each_value_is_read_as_labels(concord, tmp_path) -> None:  # noqa: ANN001
    notices = {n["reference"]: n for n in ingest_text(concord, tmp_path, LOG)["decision_notices"]}
    assert set(notices) == {"2018/21", "2018/22"}
    assert notices["2018/21"]["subject"] == "Sale of the former police station at Northtown"
    assert notices["2018/21"]["decision_maker"] == "Police and Crime Commissioner"
    assert notices["2018/22"]["subject"] == "Community safety grants"
    assert notices["2018/22"]["decision_maker"] == "Chief Executive (delegated)"
    assert notices["2018/22"]["date"] == "2018-06-11"


NOTICE = """Decision Notice 2020/031
Subject: Replacement of the control room telephony

Decision
I approve the replacement of the control room telephony at a cost of £420,000.
Title to the equipment passes to the Commissioner on delivery.

Signed: Jane Wilkins
Date: 3 April 2020
"""


def test_a_lone_line_opening_with_a_labels_word_stays_a_sentence(concord, tmp_path) -> None:  # noqa: ANN001
    (notice,) = ingest_text(concord, tmp_path, NOTICE)["decision_notices"]
    assert notice["subject"] == "Replacement of the control room telephony"
    assert notice["decision"].startswith("I approve the replacement of the control room telephony")
    assert "Title to the equipment" in notice["decision"]
