"""A paper a document host flattened onto one line (concord/ingest/reline.py), read put back onto its lines where
its parts begin: through the real `concord ingest --json` and `--explain` in a fresh process, and the pure function.
Bodies and people invented."""

from __future__ import annotations

from pathlib import Path

from concord.ingest.reline import LONG, reline
from tests.ingest.ingesting import explained, ingest_text

FLAT = ("Source: invented\n Westmoor Police and Crime Panel Minutes of the meeting held on Tuesday 4 November 2025 at "
        "2.00 pm at Shire Hall, Westbridge Present: Councillor Ruth Abbot (Chair), Councillor Ian Brook, Councillor "
        "Zoe Carter In attendance: Omar Dale (Chief Executive), Lena Eve (Treasurer) 1. Apologies Apologies were "
        "received from Councillor Hugh Ford. 2. Minutes of the previous meeting The minutes of the meeting held on 7 "
        "October 2025 were agreed as a correct record. 3. Police and crime plan update The Commissioner presented "
        "the update. RESOLVED that the update be noted. 4. Complaints update The Panel noted the report of the Chief "
        "Executive on complaints received in the quarter. 5. Date of next meeting The next meeting will be held on "
        "2 December 2025 at Shire Hall.\n")


def test_a_flattened_paper_gives_its_meeting_with_its_items(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, FLAT)["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Westmoor Police and Crime Panel", "2025-11-04", "14:00",
                                                             "Shire Hall, Westbridge")
    assert m["members"] == ["Ruth Abbot", "Ian Brook", "Zoe Carter"]
    assert m["in_attendance"] == ["Omar Dale", "Lena Eve"]
    assert m["apologies"] == ["Hugh Ford"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Apologies"), ("2", "Minutes of the previous meeting"), ("3", "Police and crime plan update"),
        ("4", "Complaints update"), ("5", "Date of next meeting")]


def test_explain_says_the_paper_was_put_back_onto_lines(concord, tmp_path: Path):
    out = explained(concord, tmp_path, FLAT)
    assert "layout: flattened onto long lines" in out
    assert "agenda_items (2. Minutes of the previous meeting" in out


def test_the_same_paper_printed_on_its_lines_is_read_as_printed(concord, tmp_path: Path):
    printed = FLAT.replace(" Present:", "\nPresent:").replace(" In attendance:", "\nIn attendance:")
    for k in range(1, 6):
        printed = printed.replace(f" {k}. ", f"\n\n{k}. ")
    assert "layout: flattened" not in explained(concord, tmp_path, printed)


def test_reline_keeps_every_offset_and_breaks_only_long_lines():
    short = "Present: Jane Roe 1. Apologies None. 2. Minutes Agreed. 3. Plan Noted."
    assert len(short) < LONG and reline(short) == short
    out = reline(FLAT)
    assert len(out) == len(FLAT)
    # only spaces and line breaks change places: every other character stays where it was
    assert all(a == b or {a, b} == {" ", "\n"} for a, b in zip(FLAT, out))
    assert out.replace("\n", " ") == FLAT.replace("\n", " ")
    lines = out.split("\n")
    assert "1. Apologies" in lines and "Apologies were received from Councillor Hugh Ford." in lines
    assert any(line.startswith("Present: Councillor Ruth Abbot") for line in lines)
    assert "RESOLVED that the update be noted." in lines


def test_numbers_that_do_not_count_up_are_no_headings():
    text = ("Minutes of the meeting of the Westmoor Panel. " + "The Panel noted 12 complaints and 3 appeals. " * 12 +
            "It agreed 7 Actions for the year.")
    assert len(text) >= LONG
    assert "\n7 Actions" not in reline(text) and "\n12 complaints" not in reline(text)


def test_a_forum_at_the_lines_start_before_a_heading_that_names_none_stays_whole():
    """"Northmoor Police Reform Board Minutes of the meeting held on ..." at the start of a long line: the forum's
    name is already at its line's start, so no break goes inside it (before "Reform")."""
    text = ("Northmoor Police Reform Board Minutes of the meeting held on 26 April 2017 at 10 High Street, Northtown. "
            "Present: Ann Able, Bob Baker and Cat Cole. " + "The Board discussed the plan at length. " * 6)
    out = reline(text)
    assert len(out) == len(text)
    assert out.startswith("Northmoor Police Reform Board Minutes of the meeting held on 26 April 2017")
