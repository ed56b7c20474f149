"""A meeting whose forum is no forum's name (nothing, a web page's "Meeting Details" heading, another label's line
"Venue: Council House") is no record a reviewer could file: found scoring earlier rounds' code on the papers of bodies
it had not seen, where every such record was wrong. Pages invented."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PAGE = """Source: https://example.org/mgCommitteeDetails.aspx?ID=123

Meeting Details

Date: Monday 2 February 2026 10.00 am

Venue: Council House, Northtown

Agenda

1. Apologies for absence

2. Minutes of the last meeting

3. Police and crime plan: progress report

4. Work programme
"""


def test_a_page_that_names_no_forum_gives_no_meeting(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["meetings"] == []
    [doc] = out["documents"]
    assert doc["kind"] == "agenda"  # what the page is, by its heading and labels
    assert "no record" in doc["reason"]


def test_the_same_page_under_its_panels_name_is_a_meeting(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE.replace("Meeting Details", "Northshire Police and Crime Panel"))
    [m] = out["meetings"]
    assert m["forum"] == "Northshire Police and Crime Panel"
    assert m["date"] == "2026-02-02" and len(m["items"]) == 4
