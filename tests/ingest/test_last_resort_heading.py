"""The cue of last resort (issue 13): a paper where nothing of any genre matched, whose first lines name a forum with the
meeting's date just under it, over a meeting's business, is read as that meeting, among the least certain records;
the same heading over prose that records no business stays a stored document. Bodies, places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

BOARD = """Northshire Strategic Policing Board

Tuesday 14 March 2023, 10.00 am

Ann Able, Police and Crime Commissioner (Chair)
Ben Baker, Chief Constable

1. Welcome and introductions

The Commissioner welcomed everyone. Apologies were received from Dev Dhar.

2. Force performance

The Chief Constable presented the quarter's figures. It was agreed that the Board would receive a report on
response times at its next meeting.

3. Estates strategy

The Board noted the progress made on the new custody suite.
"""

NEWS = """Northshire Police and Crime Panel

14 March 2023

The panel today welcomed the Commissioner's new plan for rural crime, which sets out how farms and villages will be
kept safe. The plan will be published in the spring.
"""


def test_a_forum_and_its_date_over_numbered_business_is_a_meeting_reviewed_early(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BOARD)
    assert out["documents"][0]["kind"] == "minutes"
    [meeting] = out["meetings"]
    assert (meeting["forum"], meeting["date"], meeting["time"]) == ("Northshire Strategic Policing Board", "2023-03-14",
                                                                   "10:00")
    assert [i["title"] for i in meeting["items"]] == ["Welcome and introductions", "Force performance",
                                                     "Estates strategy"]
    assert meeting["apologies"] == ["Dev Dhar"]
    assert meeting["confidence"] <= 0.6  # found by its heading alone: among the first a reviewer checks


def test_explain_names_the_cue_of_last_resort(concord, tmp_path: Path):
    p = tmp_path / "board.txt"
    p.write_text(BOARD, encoding="utf-8")
    ran = concord("ingest", str(p), "--explain")
    assert ran.code == 0, ran.err
    assert "the last resort, nothing of any genre matched" in ran.out


def test_the_same_heading_over_prose_with_no_business_stays_a_stored_document(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, NEWS)
    assert out["documents"][0]["kind"] == "other"
    assert out["meetings"] == []


def test_a_paper_with_a_cue_of_its_own_is_not_read_by_the_last_resort(concord, tmp_path: Path):
    # a Minutes heading further down: the paper's own cue is used, and the meeting is not reviewed among the least certain
    out = ingest_text(concord, tmp_path, BOARD.replace("1. Welcome", "Minutes\n\nPresent: Ann Able, Ben Baker\n\n1. Welcome"))
    [meeting] = out["meetings"]
    assert meeting["members"] == ["Ann Able", "Ben Baker"]
    assert meeting["confidence"] > 0.6


def test_a_minutes_heading_with_the_date_under_it_is_the_papers_own_cue_not_the_last_resort(concord, tmp_path: Path):
    # the first lines name the forum and the date, as the last resort looks for, but they are a Minutes heading
    paper = "Minutes of the Northshire Strategic Policing Board\n" + BOARD.split("\n", 1)[1]
    out = ingest_text(concord, tmp_path, paper.replace("1. Welcome", "Present: Ann Able, Ben Baker\n\n1. Welcome"))
    [meeting] = out["meetings"]
    assert meeting["forum"] == "Northshire Strategic Policing Board"
    assert meeting["confidence"] > 0.6
