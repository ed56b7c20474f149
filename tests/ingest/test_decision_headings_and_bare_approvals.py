"""Three things a decision record prints that are not what they look like: a heading "DECISION OF THE POLICE, FIRE
AND CRIME COMMISSIONER" is no Decision label with the rest of the line its value; a bare "Approved." under a
Decision heading approves the recommendation by reference and says nothing of what was decided; a part's heading
("PART 1 – NON-CONFIDENTIAL") is no summary. Bodies and facts invented; read through the real `concord ingest
--json`."""

from tests.ingest.ingesting import ingest_text

HEADED = """DECISION OF THE POLICE, FIRE AND CRIME COMMISSIONER

Reference:   PFCC/2023/019
Date:        22 August 2023
Title:       Joint fleet workshop at Hallam Road

Summary of decision
The Police, Fire and Crime Commissioner has approved the lease of a joint police and fire fleet workshop at Hallam
Road for ten years at £96,000 a year.

Reasons for the decision
Sharing a workshop saves £140,000 a year against two separate sites.

Signed: Martin Hale
Police, Fire and Crime Commissioner
"""

BARE = """Police and Crime Commissioner for Eastmoor

Decision Record 2019-007

Purchase of body worn video cameras

1. Purpose
To seek approval for the purchase of 600 body worn video cameras for frontline officers.

2. Recommendation
That the Commissioner approves the purchase of 600 cameras at a cost of £285,000 from the capital programme.

3. Decision
{approval}

Signed ........................................
Police and Crime Commissioner
Date: 3 June 2019
"""

PARTS = """REQUEST FOR PCC DECISION

Reference: RD 2018/33

PART 1 – NON-CONFIDENTIAL

Title: Youth diversion scheme grant

Summary:
The youth diversion scheme has run for three years on Home Office funding which ends this month.

Recommendation:
That the PCC grants £60,000 to the youth diversion scheme for 2018/19.

Signature: Hugh Carver
Date: 27 March 2018
"""


def test_a_heading_naming_the_office_is_no_decision_label(concord, tmp_path):
    rec, = ingest_text(concord, tmp_path, HEADED)["decision_notices"]
    assert rec["reference"] == "PFCC/2023/019" and rec["subject"] == "Joint fleet workshop at Hallam Road"
    assert rec["decision"].startswith("The Police, Fire and Crime Commissioner has approved the lease")
    assert rec["decision_maker"] == "Martin Hale"


def test_a_bare_approval_says_nothing_of_what_was_decided(concord, tmp_path):
    for approval in ("Approved.", "Agreed as recommended", "Recommendation approved."):
        rec, = ingest_text(concord, tmp_path, BARE.format(approval=approval))["decision_notices"]
        assert rec["reference"] == "2019-007" and rec["date"] == "2019-06-03"
        assert not rec["decision"], approval
    # a sentence that says what was approved is still the decision
    said = "Approved the purchase of 600 cameras from the capital programme."
    rec, = ingest_text(concord, tmp_path, BARE.format(approval=said))["decision_notices"]
    assert rec["decision"] == said


def test_a_parts_heading_is_no_summary(concord, tmp_path):
    rec, = ingest_text(concord, tmp_path, PARTS)["decision_notices"]
    assert rec["reference"] == "RD2018/33" and rec["subject"] == "Youth diversion scheme grant"
    assert rec["summary"].startswith("The youth diversion scheme has run for three years")
