"""Reports known by their heading alone (concord/ingest/report_heading.py), as two police authorities printed them
(tests/ingest/corpus: the Hampshire Police Authority's report to its county council, the Greater Manchester Police
Authority's item 17b): "Report / of the / X Authority" one phrase a line, and a body's name over an Item line, a title
and "The purpose of this Briefing Note is ...". Bodies, names and text invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

REPORT_OF = """Report
of the
Northshire Police Authority
Appointment of Deputy Chief Constable
The Authority is pleased to report the appointment of A Jones as Deputy Chief Constable.
"""

PURPOSE = """NORTHSHIRE POLICE AUTHORITY
Item 9c
UPDATE ON CURRENT ISSUES
The purpose of this Briefing Note is to update Members on recent activities, as follows:
Estates Review
Members noted the review of the estate.
"""


def test_report_of_a_body_printed_one_phrase_a_line(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, REPORT_OF)
    [r] = out["reports"]
    assert r["from"] == "Northshire Police Authority"
    assert r["title"] == "Report of the Northshire Police Authority"  # the heading, not its first section
    assert r["to"] is None
    assert out["documents"][0]["kind"] == "report"


def test_a_title_over_a_purpose_sentence_under_the_body_it_goes_to(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PURPOSE)
    [r] = out["reports"]
    assert r["title"] == "UPDATE ON CURRENT ISSUES"
    assert r["to"] == "NORTHSHIRE POLICE AUTHORITY"
    assert r["from"] is None


def test_a_purpose_sentence_under_no_body_makes_no_report(concord, tmp_path: Path):
    text = PURPOSE.replace("NORTHSHIRE POLICE AUTHORITY\n", "Some notes\n")
    out = ingest_text(concord, tmp_path, text)
    assert out["reports"] == []


def test_report_of_a_body_in_the_middle_of_a_paper_is_no_heading(concord, tmp_path: Path):
    text = "Minutes were noted and the officers reported progress on several matters of business today.\n" * 6 \
        + REPORT_OF
    out = ingest_text(concord, tmp_path, text)
    assert out["reports"] == []


# A paper known by its running header (``_running_header``): the South Wales Police Authority's medium term financial
# strategy of 13 February 2012 (tests/ingest/corpus) prints "Page 3 of 36 Police Authority 13 February 2012" over its
# title. Bodies and text invented.
RUNNING = """OFFICIAL

OFFICIAL Page 2 of 10 Northshire Police Authority 4 March 2010

Estates Strategy 2010 to 2015 Introduction

The estate of the force has grown over forty years and no longer fits the way policing is delivered.
"""


def test_a_running_header_names_the_meeting_and_date_over_the_title(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RUNNING)
    [r] = out["reports"]
    assert r["title"] == "Estates Strategy 2010 to 2015"  # the section's heading after it dropped
    assert r["to"] == "Northshire Police Authority"
    assert r["date"] == "2010-03-04"
    assert r["from"] is None


def test_a_running_header_over_a_sentence_gives_no_report(concord, tmp_path: Path):
    text = RUNNING.replace("Estates Strategy 2010 to 2015 Introduction\n\n", "")
    out = ingest_text(concord, tmp_path, text)
    assert out["reports"] == []


def test_a_running_header_naming_no_body_gives_no_report(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RUNNING.replace("Northshire Police Authority", "Annual Review"))
    assert out["reports"] == []
