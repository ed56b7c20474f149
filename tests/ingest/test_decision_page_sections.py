"""Decision pages laid out by a web site, read through the real `concord ingest --json` in a fresh process: a record's
"Reference code" under a "Key information" section heading, the title above it; and a listing's table whose rows hold
paragraphs (the reference again, the title, a summary, a link) between their bars. The records are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

PAGE = """Skip to main content
Home

Regional firearms training collaboration

Key information

Reference code: RFT 112

Date signed:

Decision by: Jane Holt, Deputy Mayor for Policing and Crime

Executive summary

This decision seeks approval for a collaboration agreement for firearms training between three forces.

Recommendation

The Deputy Mayor is recommended to approve the agreement.
"""

TABLE = """Decisions
Details of the decisions agreed by the Commissioner are published here.
| Reference Number | Decision Title |
|---|---|
| 000512 |
000512
Northgate custody suite roof replacement
The roof of the custody suite has reached the end of its life and needs replacing.
Download PDF
|
| 000509 |
000509
Award of the vehicle telematics contract.
The force's vehicles need a telematics service to replace the one ending this year. Download PDF |
| 000507 |
000507
Purchase of body-worn video cameras
Download PDF
|
"""


def test_a_record_under_a_key_information_heading(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    [d] = out["decision_notices"]
    assert (d["reference"], d["subject"], d["decision_maker"]) == (
        "RFT112", "Regional firearms training collaboration", "Jane Holt")
    assert out["documents"][0]["title"] == "Regional firearms training collaboration"


def test_a_table_whose_rows_hold_paragraphs(concord, tmp_path):
    out = ingest_text(concord, tmp_path, TABLE)
    assert [(d["reference"], d["subject"]) for d in out["decision_notices"]] == [
        ("000512", "Northgate custody suite roof replacement"),
        ("000509", "Award of the vehicle telematics contract"),
        ("000507", "Purchase of body-worn video cameras")]
