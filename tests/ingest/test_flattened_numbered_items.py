"""Minutes a document host flattened whole onto one line, items numbered with no stop and each heading run into its
minute's first sentence, read through the real `concord ingest --json` in a fresh process. The numbers that count up
one by one (1, 2, 3 ... not "12 per cent" nor "15 June") are the items; each heading ends where its minute's first
sentence opens. The partnership, people and business are invented; the shape is that of district policing
partnership minutes as hosting sites print them."""

from __future__ import annotations

from tests.ingest.ingesting import explained, ingest_text, one_meeting

FLAT = ("Source: https://docs.example.net/doc/123/northshire-dpp-minutes\n\n"
        "Northshire District Policing Partnership MINUTES OF THE PUBLIC MEETING OF THE NORTHSHIRE DISTRICT POLICING "
        "PARTNERSHIP HELD IN THE TOWN HALL, NORTHTOWN ON TUESDAY 14 SEPTEMBER 2004 AT 7.00 PM PRESENT: Councillor A "
        "Able (Chairman) Councillor B Baker Mr C Cole Ms D Dean Councillor E Evans Mrs F Ford IN ATTENDANCE: Chief "
        "Superintendent G Green 1 Welcome by the Chairman The Chairman welcomed those present to the meeting and "
        "outlined the work of the Partnership. 2 Apologies It was agreed to accept apologies from Mr J Jones and Mrs K "
        "King. 3 Declarations of Interest There were no declarations of interest. 4 Minutes It was proposed by "
        "Councillor B Baker, seconded by Mr C Cole and agreed that the minutes of the meeting held on 15 June 2004 be "
        "confirmed. 5 Report of the District Commander The Chief Superintendent presented his report on crime in the "
        "district for the period April to August 2004, noting a fall of 12 per cent in burglary. 6 Questions from the "
        "Public Three questions were received from members of the public.\n")


def test_items_counting_up_on_a_flattened_page_are_the_meetings_items(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FLAT)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome by the Chairman"), ("2", "Apologies"), ("3", "Declarations of Interest"), ("4", "Minutes"),
        ("5", "Report of the District Commander"), ("6", "Questions from the Public")]
    assert (m["forum"], m["date"], m["time"]) == ("Northshire District Policing Partnership", "2004-09-14", "19:00")
    assert m["members"] == ["A Able", "B Baker", "C Cole", "D Dean", "E Evans", "F Ford"]
    # the first item's heading ends the list of those in attendance, and the apologies are read from item 2
    assert m["in_attendance"] == ["G Green"]
    assert m["apologies"] == ["J Jones", "K King"]


def test_numbers_that_do_not_count_up_are_no_items(concord, tmp_path):
    # "12 per cent", "15 June" and a lone "3 Declarations" count nothing up: no item is made up from them
    text = FLAT.replace(" 1 Welcome", " Welcome").replace(" 2 Apologies", " Apologies") \
        .replace(" 4 Minutes", " Minutes").replace(" 5 Report", " Report").replace(" 6 Questions", " Questions")
    out = ingest_text(concord, tmp_path, text)
    assert all(not m["items"] for m in out["meetings"])


MARKED_PAGE = """Source: https://docs.example.net/doc/456/board-minutes

1 Official
Meeting Minutes: Northshire Board of Directors, 10:30 on 19 September 2018, Northtown House
Board Members in Attendance: Ann Able (Chair), Bob Baker, Cal Cole
1 Welcome and Administration (Chair)
1.1 The Chair opened the meeting.
2 Approval of Minutes of the Previous Meeting
2.1 The minutes were approved.
3 Chair's Update (Ann Able)
3.1 The Chair reported on her visits.
"""


def test_a_pages_marking_is_no_item_and_a_presenter_in_brackets_no_part_of_its_title(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MARKED_PAGE)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome and Administration"), ("2", "Approval of Minutes of the Previous Meeting"),
        ("3", "Chair's Update")]


HEADING_THEN_ITEMS = ("Source: https://docs.example.net/northshire-stop-search-panel\n\n"
                      "Northshire stop and search scrutiny panel standing minutes Tuesday 4th August 2015 1. Welcome "
                      "and apologies 2. Minutes and actions of last meeting 3. Stop and search management information "
                      "4. Input on the use of body worn video in searches 5. Lay observations of searches in the town "
                      "centre 6. Issues to take to the gold group 7. Date of next meeting • Chair – Ann Able (AA) • "
                      "Inspector Bob Baker (BB) • Cal Cole (CC) • Dee Dean (DD) Apologies: • Eve Ellis (EE) "
                      "Welcome AA welcomed everyone to the meeting and noted the apologies.\n")


def test_a_flattened_pages_heading_and_date_before_its_first_item(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HEADING_THEN_ITEMS)
    assert (m["forum"], m["date"]) == ("Northshire stop and search scrutiny panel", "2015-08-04")
    assert [(i["number"], i["title"]) for i in m["items"]][:3] == [
        ("1", "Welcome and apologies"), ("2", "Minutes and actions of last meeting"),
        ("3", "Stop and search management information")]
    assert m["members"][:2] == ["Ann Able", "Bob Baker"]


PAGE_COUNTER = ("Source: https://docs.example.net/northshire-board-minutes\n\n"
                "You are on page 1of 8 Board Meeting Date & Time: Wednesday 25th November 2020 at 10:30hrs Venue: "
                "Virtual Meeting Present: Anne Abbott Director General/Chair Robert Baker Senior Independent Director "
                "Carol Cole Non-Executive Director Diane Dean Director of Finance In Attendance: Eve Ellis Governance "
                "Secretary Fay Ford Head of "
                "Communications (Item 5) 1. WELCOME AND INTRODUCTIONS The meeting was quorate and the Chair welcomed "
                "members. 2. APOLOGIES There were no apologies received. 3. DECLARATION OF INTERESTS There were no "
                "declarations. 4. MINUTES OF THE LAST MEETING The minutes were agreed as a true record.\n")


def test_a_hosts_page_counter_before_the_heading_is_no_part_of_it(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PAGE_COUNTER)
    assert (m["date"], m["time"], m["venue"]) == ("2020-11-25", "10:30", "Virtual Meeting")
    assert m["members"] == ["Anne Abbott", "Robert Baker", "Carol Cole", "Diane Dean"]
    assert m["in_attendance"] == ["Eve Ellis", "Fay Ford"]
    assert [i["title"] for i in m["items"]] == ["WELCOME AND INTRODUCTIONS", "APOLOGIES", "DECLARATION OF INTERESTS",
                                               "MINUTES OF THE LAST MEETING"]


MINUTE_REFERENCES = ("Source: https://northshire.example.gov.uk/ieListDocuments.aspx?MId=665\n\n"
                     "Northshire Police and Crime Panel Complaints Sub-Committee - Thursday, 28th March, 2024 4.30 pm "
                     "CSC 1/23 Welcome and Introductions The Chair welcomed everyone to the meeting. CSC 2/23 "
                     "Declarations of Interest There were no interests declared. CSC 3/23 Minutes of the meeting held "
                     "6 April 2022 RESOLVED that the minutes of the meeting held on 6 April 2022 were confirmed as a "
                     "true record. CSC 4/23 Complaint against the Commissioner The Sub-Committee considered a "
                     "complaint about the Commissioner's conduct at a public meeting and agreed that it should be "
                     "resolved informally, the complainant to be told the outcome in writing within a month. Members "
                     "noted that the complainant had been offered a meeting with the Chief Executive. RESOLVED that "
                     "the complaint be resolved informally. CSC 5/23 Date of the next meeting It was noted that the "
                     "next meeting would be held on 4 June 2024.\n")


def test_minute_references_counting_up_on_a_flattened_page(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTE_REFERENCES)
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel Complaints Sub-Committee",
                                                  "2024-03-28", "16:30")
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("CSC 1/23", "Welcome and Introductions"), ("CSC 2/23", "Declarations of Interest"),
        ("CSC 3/23", "Minutes of the meeting held 6 April 2022"), ("CSC 4/23", "Complaint against the Commissioner"),
        ("CSC 5/23", "Date of the next meeting")]


NOTES_HEADING = ("Source: https://pcc.example.org.uk/accountability-board-notes-10th-march-2020/\n\n"
                 "Northshire Accountability Board Notes 10th March 2020 Office of the Northshire Police and Crime "
                 "Commissioner 10th March 2020 1. Welcome and introductions Anne Abbott (AA) Robert Baker (RB) Carol "
                 "Cole (CC) Diane Dean (DD) Apologies were accepted from Edward Ellis (EE), Frances Ford (FF) • AA "
                 "welcomed everyone to the meeting. 2. Previous minutes and action log • The minutes of the previous "
                 "meeting were circulated with the papers and no changes were requested. • Outstanding actions have "
                 "been updated on the action log. 3. Treasury management update • RB presented the treasury "
                 "management update for the third quarter of the year and the Board noted the report. 4. Any other "
                 "business • There was none.\n")


def test_a_flattened_pages_heading_naming_forum_record_and_date(concord, tmp_path):
    m = one_meeting(concord, tmp_path, NOTES_HEADING)
    assert (m["forum"], m["date"]) == ("Northshire Accountability Board", "2020-03-10")
    assert m["members"] == ["Anne Abbott", "Robert Baker", "Carol Cole", "Diane Dean"]
    assert m["apologies"] == ["Edward Ellis", "Frances Ford"]
    assert [i["title"] for i in m["items"]] == ["Welcome and introductions", "Previous minutes and action log",
                                               "Treasury management update", "Any other business"]


CAPS_HEADING = ("Source: https://docs.example.net/northshire-chief-officers-cabinet\n\n"
                "Security Classification: NOT PROTECTIVELY MARKED Author: Ann Able Date Created: 10 March 2010 "
                "Telephone: 0207 000 0000 NORTHSHIRE ASSOCIATION OF CHIEF OFFICERS Telephone: 020 0000 0000 Fax: 020 "
                "0000 0001 CABINET MINUTES Minutes of the Meeting held at Northtown House, 1 High Street, Northtown "
                "NT1 1AA on Wednesday 3 March 2010 at 11am 1. ATTENDANCE 1.1 Present Sir Robert Baker President (Chair) "
                "Carol Cole Vice President Diane Dean Vice President Eve Ellis Head of Crime Business Area Fay Ford Head "
                "of Finance Business Area 1.2 In Attendance Gus Green Director of Policy Hal Hill Secretariat "
                "2. MINUTES OF THE LAST MEETING 2.1 The minutes of the meeting held on 2 December 2009 were agreed. "
                "3. FINANCE REPORT 3.1 Fay Ford presented the report and Cabinet noted it.\n")


def test_a_forums_heading_with_its_record_word_over_the_minutes_sentence(concord, tmp_path):
    # "CABINET MINUTES" run into "Minutes of the Meeting held at ... on <date>": the heading names the forum
    m = one_meeting(concord, tmp_path, CAPS_HEADING)
    assert (m["date"], m["time"]) == ("2010-03-03", "11:00")
    assert m["venue"] == "Northtown House, 1 High Street, Northtown NT1 1AA"
    assert m["members"][:3] == ["Robert Baker", "Carol Cole", "Diane Dean"]


def test_the_same_heading_with_its_date_in_figures(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HEADING_THEN_ITEMS.replace("Tuesday 4th August 2015", "Tuesday 04/08/2015"))
    assert (m["forum"], m["date"]) == ("Northshire stop and search scrutiny panel", "2015-08-04")
    assert [i["title"] for i in m["items"]][:2] == ["Welcome and apologies", "Minutes and actions of last meeting"]


def test_explain_says_the_items_were_read_again_on_lines_of_their_own(concord, tmp_path):
    said = explained(concord, tmp_path, FLAT)
    assert "each numbered item (numbers counting up) on a line of its own" in said
    assert "on a line of its own" not in explained(concord, tmp_path, MARKED_PAGE)  # (a paper on its own lines)
