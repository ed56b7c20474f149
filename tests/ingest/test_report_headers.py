"""Report headers in the layouts converters and OCR leave (concord/ingest/flat_header.py, extract/reports.py,
split.py): a prose header run onto one line, "Report of the Clerk" with a Purpose heading and no recommendation,
header rows with a " / " cell border or one space between label and value, a date whose raised ordinal ran ahead of
its label, and a paper that prints no title. Bodies, people and figures invented."""

from concord.ingest.flat_header import unflatten
from tests.ingest.ingesting import ingest_text

ONE_LINE = """Official – Open
ITEM NO: 4 JOINT AUDIT PANEL – 12 MARCH 2014 TREASURY MANAGEMENT – HALF YEAR REVIEW 2013/14 REPORT BY CHIEF FINANCE OFFICER FOR THE COMMISSIONER PURPOSE OF THE REPORT To inform the Panel of treasury activity in the first half of the year.
1.
BACKGROUND
1.1
The Commissioner adopted the treasury strategy in February.
"""

CLERK = """NORTHSHIRE POLICE AUTHORITY
9
21 MAY 2008

REPORT OF THE CLERK

MEMBERS' ALLOWANCES SCHEME 2008/09


Purpose of report

1.
To ask members to review the scheme of allowances.
"""

CELLS = """Meeting: / Finance Committee
Date: / 3 June 2010
Report of: / Treasurer
Subject: / Capital Programme Outturn 2009/10

Purpose
To report the outturn of the capital programme.
"""

SPACED = """MEETING Finance Committee
DATE 3 June 2010
REPORT OF Treasurer
SUBJECT Capital Programme Outturn 2009/10

Purpose
To report the outturn of the capital programme.
"""

LIFTED = """     Item 7

TO: Eastshire Police Authority

FROM: Ann Other, Chief Executive

     rd March 2010 DATE: 3



Purpose of the report

    To set out the Authority's own budget for 2010/11.
"""


def test_prose_header_on_one_line_is_broken_back_into_lines():
    text = unflatten(ONE_LINE)
    assert len(text) == len(ONE_LINE)
    assert "\nJOINT AUDIT PANEL – 12 MARCH 2014\nTREASURY MANAGEMENT – HALF YEAR REVIEW 2013/14\n" \
           "REPORT BY CHIEF FINANCE OFFICER FOR THE COMMISSIONER\nPURPOSE OF THE REPORT\nTo inform" in text


def test_prose_header_on_one_line(concord, tmp_path):
    out = ingest_text(concord, tmp_path, ONE_LINE)
    [r] = out["reports"]
    assert r["title"].replace("–", "-") == "TREASURY MANAGEMENT - HALF YEAR REVIEW 2013/14"
    assert r["to"] == "Joint Audit Panel" and r["date"] == "2014-03-12"
    assert r["from"].lower() == "chief finance officer for the commissioner"


def test_prose_header_on_one_line_with_a_dash_after_its_number_and_the_date_in_figures(concord, tmp_path):
    text = ONE_LINE.replace("ITEM NO: 4", "ITEM NO - 4").replace("12 MARCH 2014", "12/03/2014")
    [r] = ingest_text(concord, tmp_path, text)["reports"]
    assert r["title"].replace("–", "-") == "TREASURY MANAGEMENT - HALF YEAR REVIEW 2013/14"
    assert r["to"] == "Joint Audit Panel" and r["date"] == "2014-03-12"


def test_report_of_the_clerk_with_a_purpose_and_no_recommendation(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CLERK)
    assert out["documents"][0]["kind"] == "report"
    [r] = out["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "MEMBERS' ALLOWANCES SCHEME 2008/09", "Northshire Police Authority", "Clerk", "2008-05-21")


def test_header_rows_with_a_cell_border_or_one_space(concord, tmp_path):
    for n, text in enumerate((CELLS, SPACED)):
        out = ingest_text(concord, tmp_path, text, name=f"paper{n}.txt")
        [r] = out["reports"]
        assert (r["title"], r["to"], r["from"], r["date"]) == (
            "Capital Programme Outturn 2009/10", "Finance Committee", "Treasurer", "2010-06-03"), text


def test_one_space_between_words_is_no_header():
    text = "Date of the review was agreed.\nSubject to approval the plan goes ahead.\nBy then the work is done.\n"
    assert unflatten(text) == text


def test_raised_ordinal_before_its_label_and_no_title(concord, tmp_path):
    out = ingest_text(concord, tmp_path, "By A Uploader,2014-06-28 11:06\n10 views 0\n\n\n" + LIFTED)
    [r] = out["reports"]
    assert r["date"] == "2010-03-03"
    assert r["to"] == "Eastshire Police Authority" and r["from"] == "Ann Other, Chief Executive"
    assert r["title"] is None  # "Item 7", the counter and the uploader's line are no title


MIXED = """MEETING: Finance Committee
DATE: 3 June 2010
REPORT OF Treasurer
SUBJECT Capital Programme Outturn 2009/10

Purpose
To report the outturn of the capital programme.
"""


def test_some_header_rows_labelled_with_a_colon_others_with_one_space():
    text = unflatten(MIXED)
    assert "REPORT OF\tTreasurer\nSUBJECT\tCapital" in text and text.startswith("MEETING: Finance Committee\n")


WRAPPED = """WESTSHIRE POLICE AUTHORITY

Meeting
Date
Report of
Subject
Police Authority
3 June 2010
Chief Constable and
Treasurer
Capital Programme Outturn 2009/10

Purpose of report
1. To report the outturn of the capital programme.
"""


def test_a_header_read_column_by_column_with_a_value_wrapped_over_two_lines(concord, tmp_path):
    [r] = ingest_text(concord, tmp_path, WRAPPED)["reports"]
    assert (r["title"], r["from"], r["date"]) == ("Capital Programme Outturn 2009/10", "Chief Constable and Treasurer",
                                                  "2010-06-03")


def test_a_recommendation_on_its_headings_line(concord, tmp_path):
    head = "Meeting: Finance Committee\nDate: 3 June 2010\nReport of: Treasurer\nSubject: Capital Programme Outturn\n\n"
    for n, line in enumerate(("Recommendation: That the report be noted.",
                              "RECOMMENDATION That the report be noted.")):
        [r] = ingest_text(concord, tmp_path, head + line + "\n\nBackground\n1. The programme was set.\n",
                          name=f"r{n}.txt")["reports"]
        assert r["recommendations"] == ["That the report be noted."], line


def test_the_meeting_named_in_a_prose_header(concord, tmp_path):
    for n, (top, to) in enumerate((("REPORT TO THE FINANCE COMMITTEE – 3 JUNE 2010", "Finance Committee"),
                                   ("Westshire Police Authority Finance Committee – 3 June 2010",
                                    "Westshire Police Authority Finance Committee"))):
        text = f"{top}\n\nCAPITAL PROGRAMME OUTTURN 2009/10\n\nREPORT OF THE TREASURER\n\n1. Purpose of report\n" \
               "1.1 To report the outturn.\n"
        [r] = ingest_text(concord, tmp_path, text, name=f"p{n}.txt")["reports"]
        assert (r["to"].lower(), r["date"], r["from"]) == (to.lower(), "2010-06-03", "Treasurer"), top


FOUR_COLUMNS = """Meeting: Finance Committee          Date: 3 June 2010
Report of: Treasurer                 Subject: Capital Programme Outturn 2009/10

Purpose
To report the outturn of the capital programme.
"""


def test_a_header_of_two_label_and_value_pairs_a_row(concord, tmp_path):
    for n, text in enumerate((FOUR_COLUMNS, FOUR_COLUMNS.replace("          Date", "\tDate").replace(
            "                 Subject", "\tSubject"))):
        [r] = ingest_text(concord, tmp_path, text, name=f"q{n}.txt")["reports"]
        assert (r["title"], r["to"], r["from"], r["date"]) == (
            "Capital Programme Outturn 2009/10", "Finance Committee", "Treasurer", "2010-06-03"), text


def test_two_pairs_a_row_of_a_meetings_header_are_left_alone():
    text = "Meeting: Police and Crime Panel      Date: 3 June 2010\nVenue: County Hall      Time: 10.00 am\n"
    assert unflatten(text) == text


def test_the_contact_in_capitals_under_sub_labels_or_in_a_sentence(concord, tmp_path):
    head = "Meeting: Finance Committee\nDate: 3 June 2010\nReport of: Treasurer\nSubject: Capital Programme Outturn\n\n"
    for n, (tail, who) in enumerate((
            ("CONTACT OFFICER: ANN OTHER, HEAD OF FINANCE, EXT 1234\n", "ANN OTHER"),
            ("Contact Officer\nName: Ann Other\nTitle: Head of Finance\n", "Ann Other"),
            ("For further information please contact Ann Other, Head of Finance, on 01234 567890.\n", "Ann Other"),
            ("For further information please contact Democratic Services on 01234 567890.\n", None))):
        [r] = ingest_text(concord, tmp_path, head + tail, name=f"c{n}.txt")["reports"]
        assert r["contact_officer"] == who, tail


def test_a_title_in_running_case_under_report_of(concord, tmp_path):
    """"Report to the Finance Committee, 3 June 2010" / "Report of the Treasurer" / "Treasury Management Strategy
    2010/11" / "Summary": the heading between the author and the first section is the title, in running case as in
    capitals; a sentence there is none."""
    head = "Westshire Police Authority\n\nReport to the Finance Committee, 3 June 2010\n\nReport of the Treasurer\n\n"
    body = "\n\nSummary\nThis report sets out the strategy.\n\nRecommendations\n1. That the strategy be approved.\n"
    [r] = ingest_text(concord, tmp_path, head + "Treasury Management Strategy 2010/11" + body, name="a.txt")["reports"]
    assert (r["title"], r["to"], r["from"], r["date"]) == (
        "Treasury Management Strategy 2010/11", "Finance Committee", "Treasurer", "2010-06-03")
    [r] = ingest_text(concord, tmp_path, head + "The strategy was reviewed by officers." + body, name="b.txt")["reports"]
    assert r["title"] != "The strategy was reviewed by officers."
