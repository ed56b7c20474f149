"""A board's minutes whose page a document host flattened onto one line (issue 13): "Meeting Minutes: <board> <times>
on <date>: <place>", then "Board Members in Attendance:", "Apologies:" and "Others in Attendance:" and the first
minute, all run together. Read through the real `concord ingest --json`; the board and people invented."""

from tests.ingest.ingesting import ingest_text

PAGE = ("Transcription\n\n1 Official Meeting Minutes: Northshire Board of Directors 10:30 16:30 on 19 th September 2018: "
        "Grand Hotel, 30 High Street, Northtown, NT1 4DD., Board Members in Attendance: Ann Able(AA) (Meeting Chair) "
        "Bob Baker (BB) Cal Cole (CC) Dee Dean (DD) Apologies: Eve Ellis Others in Attendance: Fay Ford (FF) Director of "
        "Research, Gus Gale (GG) Chief of Staff; Hal Hunt (HH), Ivy Irons (II) Governance Manager 1 Welcome and "
        "Administration (Chair) 1.1 The Chair opened the meeting and noted apologies from Eve Ellis. 1.2 There were no "
        "declarations of interest. 2. Approval of Minutes of the Previous Meeting 2.1 The draft minutes of the previous "
        "meeting were approved without amendment.\n")


def test_run_on_board_minutes(concord, tmp_path):
    [m] = ingest_text(concord, tmp_path, PAGE)["meetings"]
    assert m["forum"] == "Northshire Board of Directors"
    assert m["date"] == "2018-09-19"
    assert m["venue"] == "Grand Hotel, 30 High Street, Northtown, NT1 4DD"
    assert m["members"] == ["Ann Able", "Bob Baker", "Cal Cole", "Dee Dean"]
    assert m["in_attendance"] == ["Fay Ford", "Gus Gale", "Hal Hunt", "Ivy Irons"]
    assert m["apologies"] == ["Eve Ellis"]


TABLE = ("Source: https://example.org/doc/1/northshire-reform-board\n\nNorthshire Reform Board Minutes of the meeting held on "
         "26 April 2017 (1300-1600) at 10, High Street, Northtown Security classification: Not Protectively Marked "
         "Disclosable under FOIA 2000: Yes Author: Ann Clerk Force/organisation: Northshire Chiefs' Council and "
         "Northshire Association of Police and Crime Commissioners Date created: 27 April 2017\n\nATTENDEES Name Organisation Robert Able Chief Executive, Northshire Commissioners (NC) Helen "
         "Baker NC, Financial Support to NRB Katherine Cole Police and Crime Commissioner for Northshire and Chair of the "
         "Northshire ICT Company Simon Dean Chief Constable, Westshire Police Rebecca Ellis Chief Executive, Mayor's "
         "Office\n\n016/2017 Welcome and Introductions\n\nThe Chair welcomed members to the meeting.\n")


def test_an_attendee_table_flattened_onto_its_label(concord, tmp_path):
    """"Minutes of the meeting held on" under the board's name, a document header run on after the place, and the
    attendee table's rows run onto its label and column heads: each person by a given name and the surname after."""
    [m] = ingest_text(concord, tmp_path, TABLE)["meetings"]
    assert m["forum"] == "Northshire Reform Board"
    assert m["date"] == "2017-04-26"
    assert m["venue"] == "10, High Street, Northtown"
    assert m["members"] == ["Robert Able", "Helen Baker", "Katherine Cole", "Simon Dean", "Rebecca Ellis"]


CAPITALS = ("National Strategic Board (Meeting Number 24)\nTotal Page:16\nOFFICIAL Recipients Only MINUTES NORTHSHIRE AIR "
            "SUPPORT (NAS) NATIONAL STRATEGIC BOARD (MEETING NUMBER 24) 28 June 2018 PRESENT NAME REPRESENTING PCC Ann "
            "Able (AA) Police and Crime Commissioner for Northshire – Chair CC Robert Baker (RB) Northshire Police – Lead "
            "Force Ch. Supt Carol Cole (CC) NAS Chief Operating Officer Dan Dean (DD) NAS Director of Operations Emma "
            "Ellis (EE) Treasurer – Northshire Office of the Police and Crime Commissioner PCC Frank Ford (FF) (by phone) "
            "Police and Crime Commissioner for Westshire – Western Region\n")


def test_a_heading_in_capitals_run_on_with_its_attendees(concord, tmp_path):
    """"MINUTES <board in capitals> (MEETING NUMBER 24) <date>" and the attendee table after it on one line: the
    board's name as printed (not the host's page title, nor its meeting's number), each person by the initials after
    the name."""
    [m] = ingest_text(concord, tmp_path, CAPITALS)["meetings"]
    assert m["forum"] == "Northshire Air Support (NAS) National Strategic Board"
    assert m["date"] == "2018-06-28"
    assert m["members"] == ["Ann Able", "Robert Baker", "Carol Cole", "Dan Dean", "Emma Ellis", "Frank Ford"]


PANEL = """WESSEXSHIRE POLICE AND CRIME PANEL

MINUTES
Date 3 February 2016
Time 10.00 am
Venue Council Chamber, County Hall, Northtown

Present Councillor A Brown (Chair), Councillor B Green, Mr D Black (Independent Member)
Also present Mr E Grey (Police and Crime Commissioner), Ms F Rose (Chief Executive, OPCC)
Apologies Councillor G Pink

1. Declarations of interest
None were declared.
"""


def test_a_label_of_two_words_before_a_title_and_an_initial(concord, tmp_path):  # noqa: ANN001
    """"Also present Mr E Grey": the label with no colon, its first person a title and an initial."""
    (meeting,) = ingest_text(concord, tmp_path, PANEL)["meetings"]
    assert meeting["members"] == ["A Brown", "B Green", "D Black"]
    assert meeting["in_attendance"] == ["E Grey", "F Rose"]
    assert meeting["apologies"] == ["G Pink"]
    assert (meeting["date"], meeting["time"]) == ("2016-02-03", "10:00")
