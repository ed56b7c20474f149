"""A decision notice whose only labels are its decision number at the page's top and its summary under it (a web
page's notice, its heading left on the host's title): a record with its reference, where a reference label alone
further down a paper, or with no summary or subject under it, is not (concord/ingest/decision_cues.py). Office,
people and figures invented."""

from tests.ingest.ingesting import ingest_text

NOTICE = """Decision number: 41/202526
Author and Job Role: Ruth Acland – Treasurer
Protective Marking: OFFICIAL
Executive summary:
The financial monitoring report for the first six months of the year shows that the Northshire Police Group is
predicted to be £0.6m under budget by the end of March based on performance so far.
Financial Regulations state that all budget virements over £0.5m must be approved by the Commissioner.
Revenue Forecast
The group is made up of the Commissioner's office and the Force and is collectively £0.2m overspent.
"""


def test_a_number_at_the_top_over_a_summary_is_a_notice(concord, tmp_path):
    out = ingest_text(concord, tmp_path, NOTICE)
    assert out["documents"][0]["kind"] == "decision_notice"
    [notice] = out["decision_notices"]
    assert notice["reference"] == "41/202526"
    assert notice["summary"].startswith("The financial monitoring report")


def test_a_number_under_other_text_or_over_no_summary_is_none(concord, tmp_path):
    below = "Northshire budget monitoring\n\nThe Treasurer reported on the budget.\n\n" + NOTICE
    assert ingest_text(concord, tmp_path, below)["decision_notices"] == []
    bare = NOTICE.replace("Executive summary:\n", "")
    assert ingest_text(concord, tmp_path, bare)["decision_notices"] == []
