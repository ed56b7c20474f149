"""A force's command team minutes whose business includes the last meeting's minutes, "MINUTES OF THE MEETING HELD ON
19 MARCH 2012", an item below the paper's own dated heading (concord/ingest/extract/meetings.py): the heading names
the forum and dates the meeting, whether the page keeps its lines or runs them onto one. Force and people invented."""

from pathlib import Path

from tests.ingest.ingesting import one_meeting

BUSINESS = ("PRESENT CC Anne Crowther (Chair) DCC Bill Dyer ACC Andy Hale ACC Sanghera\n"
            "DECLARATION(S) OF INTEREST There were no declarations of interest.\n"
            "PRESENTATION None\n"
            "MINUTES OF THE MEETING HELD ON 19 MARCH 2012 RESOLVED – These were approved as an accurate record.\n"
            "ACTION SCHEDULE AND WORK PROGRAMME Item 1 Ongoing Item 2 ACC Sanghera confirmed the posts would be cut.\n"
            "PORTFOLIO ISSUES DCC Dyer discussed the fuel strike and the supply of fuel the force holds.\n")
ON_LINES = "Senior Command Team Meeting\nSenior Command Team Meeting Monday 2nd April 2012\n" + BUSINESS
ONE_LINE = "Senior Command Team Meeting Monday 2nd April 2012 " + BUSINESS.replace("\n", " ")


def test_a_line_above_the_earlier_minutes_item_is_no_forum(concord, tmp_path: Path):
    m = one_meeting(concord, tmp_path, ON_LINES)
    assert m["forum"] == "Senior Command Team"  # not "PRESENTATION None", the line above the item
    assert m["members"] == ["Anne Crowther", "Bill Dyer", "Andy Hale", "Sanghera"]


def test_the_heading_run_onto_one_line_dates_the_meeting(concord, tmp_path: Path):
    m = one_meeting(concord, tmp_path, ONE_LINE)
    assert (m["forum"], m["date"]) == ("Senior Command Team", "2012-04-02")  # not the earlier meeting's 19 March
