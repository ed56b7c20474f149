"""A force's command team minutes whose business includes the last meeting's minutes, "MINUTES OF THE MEETING HELD ON
19 MARCH 2012", an item below the paper's own dated heading (concord/ingest/extract/meetings.py): the heading names
the forum and dates the meeting, whether the page keeps its lines or runs them onto one. Force and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text, one_meeting

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


# a committee site's page that keeps no heading of its own: its only dates are the earlier meetings' whose minutes it
# agreed (panel, places and people invented)
HEADLESS = """Agenda and minutes

Venue: Long Room, Kirkholme Civic Centre, Mill Road, Kirkholme KH1 4AB

Contact: Omar Patel, Northshire Police and Crime Panel Scrutiny Officer

No. Item


Apologies for Absence


Apologies were received from Councillor Ruth Acland (Kirkholme Borough Council) (Councillor Len Pryce substituting).


Minutes pdf icon PDF 210 KB

To agree the Minutes of the meeting held on 14 March 2022.


The Minutes of the meeting of the Panel held on 14 March 2022 were agreed as a correct record and signed by the Chairman.


Precept Proposal pdf icon PDF 330 KB


The Panel considered the Commissioner's proposed precept for 2022/23 and agreed it.
"""


def test_a_page_dated_only_by_earlier_minutes_gives_no_meeting(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, HEADLESS)
    assert out["meetings"] == []  # not a meeting of "Panel" on 14 March 2022, the earlier meeting's date
    assert out["documents"][0]["kind"] == "minutes" and out["documents"][0]["date"] is None


def test_a_heading_still_dates_the_page_over_its_earlier_minutes(concord, tmp_path: Path):
    dated = HEADLESS.replace("Agenda and minutes\n", "Agenda and minutes\n\nNorthshire Police and Crime Panel - "
                             "Friday 8 April 2022 10.30 am\n")
    m = one_meeting(concord, tmp_path, dated)
    assert (m["forum"], m["date"]) == ("Northshire Police and Crime Panel", "2022-04-08")


# the same kind of page cut below its venue, the earlier meeting's minutes and actions put forward to confirm
CONFIRMING = """Venue: Council Chamber, Kirkholme Civic Centre

Welcome and Introductions:

The Chairman welcomed everyone to the meeting, including the Police and Crime Commissioner and officers of his office.

Apologies for Absence:

Apologies for absence were received from Councillor Ruth Acland and Councillor Len Pryce.

To confirm the Minutes of the Meeting held on 14th March 2022.

The Minutes of the Meeting held on 14th March 2022 were confirmed and signed as a correct record.

To confirm the actions following the Police and Crime Panel meeting held on 14th March 2022.

The Actions of the Meetings held on 9th December 2021 and 14th March 2022 were confirmed as complete.

Disclosure of Interests:

Members were invited to disclose any relevant interests; no interests were disclosed.

Communications from the Chairman:

The Chairman informed the Panel that a briefing on rural crime had been held for members in April.

Questions from the Public:

The Panel noted that no questions from the public had been received.

Police and Crime Plan Update:

The Police and Crime Commissioner presented his report on the delivery of the Police and Crime Plan. The Commissioner
invited questions from Panel Members.

That the update report on the delivery of the Police and Crime Plan be noted.
"""


def test_the_earlier_meetings_dates_do_not_date_the_paper(concord, tmp_path: Path):
    doc = ingest_text(concord, tmp_path, CONFIRMING)["documents"][0]
    assert (doc["kind"], doc["date"]) == ("minutes", None)  # not 14 March 2022, the meeting whose minutes it agreed
