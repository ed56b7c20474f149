"""The cues of last resort for decision records and reports (issue 13): a paper where nothing of any genre matched is
read by its genre's own words at its top — a line that gives a decision's reference or speaks of a decision over a
body that approves or signs; a line that calls the paper a report or briefing note over a report's sections — and its
records are reviewed among the least certain. Pages that only mention decisions or reports stay stored documents.
Bodies, places and people invented."""

from pathlib import Path

from concord.ingest import genre_resort
from tests.ingest.ingesting import ingest_text

RECORD = """Accessibility settings

Our reference: NPCC 2024-017

Funding for the rural crime team

The force asked for £40,000 to keep the rural crime team's two posts for a further year, after the
Home Office grant that funded them ended in March.

The Commissioner approved the funding of £40,000 from the reserve for the two posts until
31 March 2025, subject to a report on the team's results in the autumn.

Signature: Ann Able
Date: 2 April 2024
"""

BRIEFING = """NORTHSHIRE POLICE AUTHORITY

Briefing note for members

Neighbourhood policing: progress in the first year

Purpose

To update members on the first year of the neighbourhood policing programme.

Background

Every ward now has a named team. The programme board met six times in the year.

Next steps

The programme board will report again in the autumn.
"""

# the same record with no reference label: only its heading speaks of a decision
UNLABELLED = RECORD.replace("Our reference: NPCC 2024-017\n\nFunding for the rural crime team",
                            "Rural crime team funding decision")

NEWS = """Report a crime
Contact us

Commissioner welcomes new rural crime plan

The Commissioner today welcomed the force's new plan for rural crime. Farmers were consulted over the summer and
the plan was approved by the chief officer team. The decision was signed off last week.
"""

ABOUT = """Decision making

How the Commissioner makes decisions. Every decision of significant public interest is published on this page
within five working days, with its supporting report, unless it is confidential.
"""


def test_a_record_under_our_reference_with_its_decision_wrapped_over_lines(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RECORD)
    assert out["documents"][0]["kind"] == "decision_notice"
    [rec] = out["decision_notices"]
    assert rec["reference"].replace(" ", "") == "NPCC2024-017"  # "Our reference", a label of the vocabulary
    assert (rec["date"], rec["decision_maker"]) == ("2024-04-02", "Ann Able")
    # the decision's sentence, hard-wrapped over two lines, is read whole
    assert rec["decision"] == ("The Commissioner approved the funding of £40,000 from the reserve for the two posts "
                               "until 31 March 2025, subject to a report on the team's results in the autumn.")


def test_a_record_known_only_by_its_heading_and_approval_is_filed_as_a_decision(concord, tmp_path: Path):
    # no reference: no record a reviewer could match to the register, but the stored paper is filed as a decision
    # (its signature and date are the genre's signals) and --explain says which fields were missed
    out = ingest_text(concord, tmp_path, UNLABELLED)
    assert out["documents"][0]["kind"] == "decision_notice"
    assert out["decision_notices"] == []


def test_a_briefing_note_over_a_reports_sections_is_a_report_reviewed_early(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BRIEFING)
    assert out["documents"][0]["kind"] == "report"
    [rep] = out["reports"]
    assert rep["confidence"] <= 0.6


def test_explain_names_the_genres_cue_of_last_resort(concord, tmp_path: Path):
    for name, text, words in (("record.txt", UNLABELLED, "speaks of a decision or gives its reference"),
                              ("note.txt", BRIEFING, "calls the paper a report or a briefing note")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        ran = concord("ingest", str(p), "--explain")
        assert ran.code == 0, ran.err
        assert "the last resort, nothing of any genre matched" in ran.out and words in ran.out


def test_pages_that_only_mention_decisions_or_reports_stay_stored_documents(concord, tmp_path: Path):
    for text in (NEWS, ABOUT):
        out = ingest_text(concord, tmp_path, text)
        assert out["documents"][0]["kind"] == "other"
        assert out["decision_notices"] == [] and out["reports"] == []


def test_the_cue_needs_the_genres_body_not_only_its_top_line():
    # a decision's reference over prose that neither approves nor signs; a report's heading over no section
    assert genre_resort.decision_record("Ref: NPCC/2024/01\n\nThe panel met in the town hall.\n") == []
    assert genre_resort.report("Report\n\nThe weather was fine all week and the fair went ahead.\n") == []
    # a listing's page ("Decisions" above the line) is left to the listings
    listing = "Decisions 2024\n\nRef: NPCC/2024/01\n\nThe Commissioner approved the grant. Signed by the Commissioner.\n"
    assert genre_resort.decision_record(listing) == []
    assert genre_resort.decision_record(RECORD) == [(RECORD.index("Our reference"), "decision_notice")]
    assert genre_resort.decision_record(UNLABELLED) == [(UNLABELLED.index("Rural crime"), "decision_notice")]
    assert genre_resort.report(BRIEFING) == [(BRIEFING.index("Briefing note"), "report")]
