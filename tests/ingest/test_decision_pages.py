"""A PCC's decisions page whose entries are links the stored text does not keep (concord/ingest/extract/kinds.py,
``_uncued``): the page's own heading names decisions ("Decisions and approvals") and a section of it is dated
("Decisions since January 2021"). Layout of the Devon and Cornwall PCC's page (tests/ingest/corpus); the office and
the text here are invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PAGE = """Skip to content
Our decisions

The commissioner publishes every decision of significant public interest, with the report that supported it.

Below you can find the records of those decisions. All downloads are in PDF format.

Decisions since May 2016

Decisions made by the previous commissioner can be found in the archive.
"""

POLICY = """Decision Making

Decisions of Significant Public Interest

There is a sliding scale of decisions which are required of the commissioner, from internal matters to the budget.

Forward Plan of Decisions

Forward plans contain the decisions expected to be made in each quarter of 2019.
"""


def test_a_page_of_decisions_with_a_dated_section_is_a_listing(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE)
    [doc] = out["documents"]
    assert doc["kind"] == "decision_notice"
    assert doc["title"] == "Our decisions"
    assert out["decision_notices"] == []  # no entry with a reference survives: no record


def test_a_decision_making_policy_page_is_no_listing(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, POLICY)
    assert out["documents"][0]["kind"] == "other"


def test_a_decisions_heading_without_a_dated_section_is_no_listing(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE.replace("Decisions since May 2016", "Find out more"))
    assert out["documents"][0]["kind"] == "other"
