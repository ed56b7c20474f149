"""A police-authority report whose header a converter ran onto one line in mixed case (concord/ingest/flat_header.py,
``_mixed_prose_header``), and a report's title printed in capitals just below "Report of", over the first section's
heading (concord/ingest/extract/reports.py, ``_title_below``). The layout is the Derbyshire Police Authority's item 7(c)
of 19 February 2009 (tests/ingest/corpus); the bodies, names and text here are invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

RUN_ON = ("AGENDA ITEM 5 TO RESOURCES COMMITTEE Northshire Police Authority Resources Committee Tuesday, 3 March 2010 "
          "Report of the Treasurer 2. CAPITAL PROGRAMME MONITORING 2009/10 Purpose of the Report 2.1 To inform Members "
          "of the capital programme position at the end of January 2010. 2.2 The programme is forecast to underspend "
          "by a small amount.\n")

STACKED = """Southvale Police Authority Meeting 12 November 2008
Joint Report of the Chief Constable and Clerk
ESTATES STRATEGY REVIEW
Purpose of Report
1.1 To set out the review of the police estate.
"""


def test_a_run_on_header_in_mixed_case_gives_meeting_author_date_and_title(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RUN_ON)
    [r] = out["reports"]
    assert r["title"] == "CAPITAL PROGRAMME MONITORING 2009/10"  # without its section number
    assert r["from"] == "Treasurer"
    assert r["to"] == "Northshire Police Authority Resources Committee"
    assert r["date"] == "2010-03-03"
    assert out["documents"][0]["kind"] == "report"


def test_a_title_in_capitals_below_report_of_over_a_section_heading(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, STACKED)
    [r] = out["reports"]
    assert r["title"] == "ESTATES STRATEGY REVIEW"
    assert r["from"] == "Chief Constable and Clerk"
    assert r["date"] == "2008-11-12"


def test_a_capitals_line_below_report_of_with_no_section_heading_is_no_title(concord, tmp_path: Path):
    text = STACKED.replace("Purpose of Report\n", "")
    out = ingest_text(concord, tmp_path, text)
    assert all(r["title"] != "ESTATES STRATEGY REVIEW" for r in out["reports"])


def test_report_of_in_a_sentence_of_minutes_splits_nothing(concord, tmp_path: Path):
    text = ("The Committee received the Report of the Treasurer on the capital programme and asked about the figures "
            "for next year, the reserves and the timing of the estates review before noting it.\n") * 2
    out = ingest_text(concord, tmp_path, text)
    assert out["reports"] == []


def test_the_same_header_with_its_date_in_figures(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RUN_ON.replace("Tuesday, 3 March 2010", "Tuesday, 03/03/2010"))
    [r] = out["reports"]
    assert (r["title"], r["from"], r["date"]) == ("CAPITAL PROGRAMME MONITORING 2009/10", "Treasurer", "2010-03-03")
    assert r["to"] == "Northshire Police Authority Resources Committee"
