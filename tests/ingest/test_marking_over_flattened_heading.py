"""A page flattened onto one line whose protective marking stands before its minutes heading in capitals, the
heading run on into the attendees ("NOT PROTECTIVELY MARKED MINUTES OF THE ... MEETING th WEDNESDAY 11 JUNE 2014 ...
AT 9.30 AM Members Attendance Andrew Cooke ..."), read through the real `concord ingest --json` in a fresh process.
The group and people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

PAGE = ("Source: https://docs.example.org/doc/123/cog-june-2014\n NOT PROTECTIVELY MARKED MINUTES OF THE CHANGE CHIEF "
        "OFFICER GROUP MEETING th WEDNESDAY 11 JUNE 2014 FORCE CONFERENCE SUITE, FORCE HEADQUARTERS AT 9.30 AM Members "
        "Attendance Andrew Stone Helen Marsh Peter Lane Julie Fox Deputy Chief Constable (Chair) Assistant Chief "
        "Constable Director of Resources Head of Finance 1. APOLOGIES None received. 2. MINUTES OF THE LAST MEETING "
        "HELD ON 14 MAY 2014 The minutes were agreed. 3. CHANGE PROGRAMME The group noted the programme's progress "
        "and the savings made in the first quarter of the year, which were on plan.")


def test_a_marking_and_a_heading_in_capitals_run_on_into_a_flattened_page(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    [meeting] = out["meetings"]
    assert (meeting["date"], meeting["time"]) == ("2014-06-11", "09:30")
    assert meeting["forum"].lower() == "change chief officer group"
    assert meeting["members"][:4] == ["Andrew Stone", "Helen Marsh", "Peter Lane", "Julie Fox"]
    assert out["documents"][0]["kind"] == "minutes"


def test_an_earlier_meetings_minutes_further_down_start_no_second_paper(concord, tmp_path):
    # "MINUTES OF THE LAST MEETING HELD ON ..." is an item of the page, not a heading of its own
    out = ingest_text(concord, tmp_path, PAGE.replace("MINUTES OF THE LAST MEETING HELD ON 14 MAY 2014",
                                                      "MINUTES OF THE CHANGE GROUP MEETING HELD ON 14 MAY 2014"))
    assert len(out["meetings"]) == 1


BOARD = ("Source: https://docs.example.org/doc/456/board-minutes\n\nBoard minutes, 3 October 2014\n\nadvertisement "
         "OFFICIAL MEETING OF THE BOARD OF DIRECTORS FULL MINUTES Title of meeting Northshire Board of Directors Date 03 "
         "October 2014 (0900 - 1300) Venue Committee Room (Eastgate) Attendees Board Directors Dame Alice Stone (AS) "
         "(Chair) Ann Barnes (AB) Millie Banerjee (MB) Peter Fahy (PF) Agenda Item 1 - Welcome and administration 1.1 The "
         "meeting was opened by the Chair who noted that the meeting had been duly convened and was quorate.\n")


def test_a_hosts_furniture_word_and_a_marking_before_a_heading_and_attendees_after_a_forms_venue(concord, tmp_path):
    out = ingest_text(concord, tmp_path, BOARD)
    [meeting] = out["meetings"]
    assert (meeting["forum"], meeting["date"], meeting["venue"]) == ("Northshire Board of Directors", "2014-10-03",
                                                                      "Committee Room (Eastgate)")
    assert meeting["members"] == ["Alice Stone", "Ann Barnes", "Millie Banerjee", "Peter Fahy"]


SITE = ("Source: https://democracy.example.gov.uk/ieListDocuments.aspx?CId=726&MId=1796\n Agenda and minutes Police and "
        "Crime Panel for Northshire - Monday, 1st October, 2012 10.00 am Members of the public are welcome to attend our "
        "meetings to watch them in person. Venue: Committee Room C, County Hall, Northtown. View directions Contact: "
        "Mike Neville Items No. Item 1. Apologies Minutes: Apologies were received from County Councillor S Blackburn. "
        "2. Minutes of the last meeting Minutes: The minutes of the meeting held on 4 September 2012 were agreed. 3. "
        "Update on the election of the Police and Crime Commissioner Minutes: The Panel noted the update.\n")


def test_a_committee_sites_heading_and_meeting_line_run_on_into_the_page(concord, tmp_path):
    [meeting] = ingest_text(concord, tmp_path, SITE)["meetings"]
    assert (meeting["forum"], meeting["date"], meeting["time"]) == ("Police and Crime Panel for Northshire",
                                                                      "2012-10-01", "10:00")
    assert [i["number"] for i in meeting["items"]] == ["1", "2", "3"]
