"""A decision record's values are not its page's trimmings nor its labels: a site's "Decisions" menu heading over its
trail of pages, a link to the record's file under "Documents", a label over the approval ("Commissioner's
Approval:"); the office printed under the signature's date signs; and a summary that states what the office decided
gives the decision. Invented records in shapes no corpus paper prints, read through the real `concord ingest` in a
fresh process."""

from tests.ingest.ingesting import ingest_text


def _notice(concord, tmp_path, text: str) -> dict:  # noqa: ANN001
    notices = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert len(notices) == 1, notices
    return notices[0]


WEB_PAGE = """Source: https://example.org/decisions/decision-018-2020
Skip to content
Home | About | Decisions | Contact us
Decisions
Home > Transparency > Decisions > Decision 018/2020
Decision 018/2020 – Funding for the rural crime team
Published: 22 July 2020
Decision taken by: Police and Crime Commissioner
Date decision taken: 20 July 2020
Summary
The Commissioner has agreed to fund two additional officers for the rural crime team for two years.
Documents
Decision 018-2020 (PDF, 210KB)
Share this page
"""


def test_a_menu_heading_and_a_file_link_hold_no_decision(concord, tmp_path):  # noqa: ANN001
    n = _notice(concord, tmp_path, WEB_PAGE)
    assert n["reference"] == "018/2020"
    assert n["subject"] == "Funding for the rural crime team"
    assert n["decision"] == "The Commissioner has agreed to fund two additional officers for the rural crime team " \
                            "for two years."
    assert n["decision_maker"] == "Police and Crime Commissioner"
    assert n["date"] == "2020-07-20"


APPROVAL_LABEL = """Source: https://example.org/pcc-decision-2015-011.pdf
Police and Crime Commissioner for Southmoor
Decision Number: PCC 2015/011
Decision Title: Collaboration agreement for regional forensics
Executive Summary:
The four forces of the region propose to collaborate on forensic services under section 22A of the Police Act 1996.
Recommendation:
That the Commissioner signs the collaboration agreement.
Commissioner's Approval:
I approve the recommendation(s).
Signature: ..................................
Date: 4th March 2015
Police and Crime Commissioner
"""


def test_a_label_over_the_approval_names_no_one(concord, tmp_path):  # noqa: ANN001
    n = _notice(concord, tmp_path, APPROVAL_LABEL)
    assert n["decision_maker"] == "Police and Crime Commissioner"
    assert n["date"] == "2015-03-04"
    assert not n["decision"]  # (an approval by reference says nothing of what was decided)


SUMMARY_ON_ITS_LABEL_LINE = """Source: https://example.org/docs/decision-2014-06.docx
Police and Crime Commissioner for Eastwold – Decision Record

Reference:\tPCC/2014/06
Date:\t3 April 2014
Title:\tCommissioning of restorative justice services
Summary:\tThe Commissioner has decided to commission restorative justice services from Restore Eastwold for two \
years from 1 April 2014, at £150,000 a year.
Decision maker:\tPolice and Crime Commissioner, Mark Ainsley
"""


def test_a_summary_that_states_the_decision_on_its_label_line_gives_it(concord, tmp_path):  # noqa: ANN001
    n = _notice(concord, tmp_path, SUMMARY_ON_ITS_LABEL_LINE)
    assert n["decision"].startswith("The Commissioner has decided to commission restorative justice services")
    assert n["decision_maker"] == "Mark Ainsley"


def test_a_summary_that_tells_of_a_request_is_no_decision(concord, tmp_path):  # noqa: ANN001
    """A control: a summary on its label's line that does not state a decision gives none."""
    text = SUMMARY_ON_ITS_LABEL_LINE.replace("The Commissioner has decided to commission",
                                             "The force asks the Commissioner to commission")
    assert not _notice(concord, tmp_path, text)["decision"]
