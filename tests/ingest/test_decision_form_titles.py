"""Decision records whose title follows the form's name on the heading's line ("Decision Record: Custody CCTV
Replacement", "Request for Decision – Custody CCTV Replacement"), the reference on a labelled line below: the subject
is the title without the form's name. An approval that only points to what it approves ("I approve the
recommendation.") says nothing of what was decided: no decision is read from it. Bodies and facts invented; read
through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

RECORD = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE

Decision Record: Custody CCTV Replacement

Reference: 2019/045

Background
The custody cameras are no longer supported.

Decision
I approve the replacement of the custody CCTV system at a cost of £240,000.

Signed: Alan Brooke
Police and Crime Commissioner
Date: 12 June 2019
"""

REQUEST = """Police and Crime Commissioner for Northshire

Request for Decision – Custody CCTV Replacement

Decision number: 2019/046

Recommendation
That the Commissioner approves the replacement of the custody CCTV system.

Approval
I approve the recommendation.
Signature: Alan Brooke
Date: 12 June 2019
"""


def test_the_title_after_the_forms_name(concord, tmp_path):
    [rec] = ingest_text(concord, tmp_path, RECORD)["decision_notices"]
    assert (rec["reference"], rec["subject"]) == ("2019/045", "Custody CCTV Replacement")
    assert rec["decision"] == "I approve the replacement of the custody CCTV system at a cost of £240,000."


def test_an_approval_by_reference_is_no_decision(concord, tmp_path):
    [rec] = ingest_text(concord, tmp_path, REQUEST)["decision_notices"]
    assert (rec["reference"], rec["subject"]) == ("2019/046", "Custody CCTV Replacement")
    assert (rec["decision"], rec["decision_maker"], rec["date"]) == ("", "Alan Brooke", "2019-06-12")
