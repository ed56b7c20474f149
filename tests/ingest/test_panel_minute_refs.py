"""Panel and board minutes in layouts of other bodies (issue 13): minute references with the panel's prefix ("PCP" over
"1/21", "CSC 3/23", "34.12/13"), a P./A. attendance register, people run onto one line as "Name – post", a
substitute's remark in brackets, a table's column heads under the attendees, a council page's dated heading as the
only cue, a meeting page's furniture (CMIS), numbered apologies, and a police authority's minutes flattened onto one
line under its name. Bodies, places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

STACKED = """Northshire Police and Crime Panel Minutes

Date:
Tuesday, 6th July, 2021
Time:
5.00 p.m.
Place:
The Hall, 1 High Street, Northtown, NT1 1AA

Attendance Details

Present:
Cllr Ann Able (Chair), Cllr Ben Baker (Substitute for Cllr Cal Cole), Mayor Dee Dent and Cllr Eve Ellis O.B.E.
Officers:
Fay Ford, Gil Gray (Northtown Borough Council).
In Attendance:
Hal Hunt (PCC), Ian Irwin (OPCC).
Apologies for absence:
Cllr Cal Cole and Cllr Jo Jones.
Item Description Decision
PCP
1/21
APPOINTMENT OF CHAIR 2021/22
RESOLVED that Councillor Ann Able be appointed Chair.
PCP
2/21
MINUTES OF THE MEETINGS HELD ON 4 MARCH AND 3 JUNE 2021
RESOLVED that the minutes be approved.
PCP
3/21
ANNUAL REPORT OF THE COMMISSIONER 2020/21
RESOLVED that the report be noted.
"""


def _meeting(concord, tmp_path: Path, text: str) -> dict:
    out = ingest_text(concord, tmp_path, text)
    [m] = out["meetings"]
    return m


def test_a_prefixed_minute_reference_over_its_heading_and_labelled_blocks(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, STACKED)
    assert out["documents"][0]["kind"] == "minutes"  # an item about earlier minutes is no second paper
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2021-07-06", "17:00")
    assert m["members"] == ["Ann Able", "Ben Baker", "Dee Dent", "Eve Ellis"]
    assert m["in_attendance"] == ["Fay Ford", "Gil Gray", "Hal Hunt", "Ian Irwin"]
    assert m["apologies"] == ["Cal Cole", "Jo Jones"]  # the column heads below are nobody
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("PCP 1/21", "APPOINTMENT OF CHAIR 2021/22"),
        ("PCP 2/21", "MINUTES OF THE MEETINGS HELD ON 4 MARCH AND 3 JUNE 2021"),
        ("PCP 3/21", "ANNUAL REPORT OF THE COMMISSIONER 2020/21")]


DATED = """Northshire Police and Crime Panel Complaints Sub-Committee - Thursday, 28th March, 2024 4.30 pm

CSC 1/23

Welcome and Introductions


The Chair welcomed everyone to the meeting.

CSC 2/23

Declarations of Interest


There were no interests declared.

CSC 3/23

Exclusion of the Press and Public.


RESOLVED that the public be excluded from the meeting.
"""


def test_a_council_page_with_only_its_dated_heading_gives_minutes(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, DATED)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel Complaints Sub-Committee",
                                                  "2024-03-28", "16:30")
    assert [(i["number"], i["title"].rstrip(".")) for i in m["items"]] == [
        ("CSC 1/23", "Welcome and Introductions"), ("CSC 2/23", "Declarations of Interest"),
        ("CSC 3/23", "Exclusion of the Press and Public")]


REGISTER = (
    "AGENDA ITEM NO:4\n"
    "MINUTES OF A MEETING OF THE NORTHSHIRE POLICE AND CRIME PANEL HELD ON 11TH DECEMBER 2013 AT 10.30 A.M. "
    "Northtown Borough Council P. Councillor Ann Able P. Councillor Ben Baker Southtown District Council A. Councillor "
    "Cal Cole P. Councillor Dee Dent (Chairman), P. Councillor Eve Ellis Easttown City Council P. Councillor Fay Ford "
    "Independent Members P. Gil Gray P. Hal Hunt Officers Present: Ian Irwin – Lead Officer Northtown BC Jo Jones – "
    "Scrutiny Officer, Northtown BC Kim King – Police and Crime Commissioner Lee Lamb – Chief Constable "
    "PCP 34.12/13 MEMBERSHIP OF THE PANEL The Chairman welcomed Mr Gray to his first meeting of the Panel, which he "
    "attended in place of a member who had resigned earlier in the year. RESOLVED - that the appointment be noted. "
    "35.12/13 APOLOGIES FOR ABSENCE\n")


def test_a_present_absent_register_and_name_post_runs_on_a_flattened_page(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, REGISTER)
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2013-12-11", "10:30")
    assert m["venue"] is None  # the run-on after the time is the register, no place
    assert m["members"] == ["Ann Able", "Ben Baker", "Dee Dent", "Eve Ellis", "Fay Ford", "Gil Gray", "Hal Hunt"]
    assert "Cal Cole" not in m["members"] + m["apologies"]  # marked A.: absent, not an apology
    assert m["in_attendance"] == ["Ian Irwin", "Jo Jones", "Kim King", "Lee Lamb"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("PCP 34.12/13", "MEMBERSHIP OF THE PANEL"), ("35.12/13", "APOLOGIES FOR ABSENCE")]


CMIS = """Meeting Details

Meeting Summary
Northshire Police and Crime Panel
2 Feb 2026 - 14:00 to 17:00
Scheduled
  • Documents
  • Attendance
  • Visitors

Documents

Agenda

Public Agenda
1 NOTICE OF RECORDING

The Chair to advise that this meeting will be webcast.

2 APOLOGIES
To receive any apologies.
3 DECLARATIONS OF INTEREST

Members are reminded they must declare all relevant interests.
"""


def test_a_meeting_page_s_tabs_and_status_are_no_forum_or_venue(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, CMIS)
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (
        "Northshire Police and Crime Panel", "2026-02-02", "14:00", None)
    assert [i["title"] for i in m["items"]] == ["NOTICE OF RECORDING", "APOLOGIES", "DECLARATIONS OF INTEREST"]


NUMBERED_APOLOGIES = """MINUTES OF THE NORTHSHIRE POLICE AND CRIME PANEL

Held on Friday 5 March 2021 at 10.00am, Town Hall, Northtown

Present: Councillor A Able (Chair), Councillor B Baker, Mr C Cole

Apologies:
   1. Councillor D Dent
   2. Councillor E Eve
   3. Mrs F Fox

1. DECLARATIONS OF INTEREST

None.

2. MINUTES OF THE LAST MEETING

Agreed.
"""


def test_apologies_numbered_one_a_line_are_apologies_not_items(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, NUMBERED_APOLOGIES)
    assert m["apologies"] == ["D Dent", "E Eve", "F Fox"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "DECLARATIONS OF INTEREST"), ("2", "MINUTES OF THE LAST MEETING")]


FLAT_AUTHORITY = (
    "NORTHSHIRE POLICE AUTHORITY MINUTES OF THE MEETING HELD ON 4 JUNE 2010 AT POLICE HEADQUARTERS, NORTHTOWN "
    "PRESENT: Councillor A Able (Chair), Councillor B Baker, Mr C Cole, Mrs D Dent "
    "OFFICERS: Mr H Hill (Chief Executive), Mrs I Ince (Treasurer) 41 APOLOGIES FOR ABSENCE Apologies were received "
    "from Councillor J Jones. 42 DECLARATIONS OF INTEREST There were none. 43 MINUTES OF THE LAST MEETING The minutes "
    "were agreed, subject to the note at Agenda Item 1 Apologies being corrected. 44 CHIEF CONSTABLE'S REPORT The "
    "Chief Constable reported on performance. RESOLVED that the report be noted.\n")


def test_a_police_authority_s_minutes_flattened_under_its_name(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, FLAT_AUTHORITY)
    assert (m["forum"], m["date"]) == ("Northshire Police Authority", "2010-06-04")
    assert m["members"] == ["A Able", "B Baker", "C Cole", "D Dent"]
    assert m["in_attendance"] == ["H Hill", "I Ince"]
    assert m["apologies"] == ["J Jones"]
    assert [i["number"] for i in m["items"]] == ["41", "42", "43", "44"]


BLOCKS = """SOUTHSHIRE POLICE AND CRIME PANEL

Minutes of the meeting held on Monday 3 February 2020 at 10.30am in the Council Chamber, County Hall, Southtown

Present: Cllr A Able (Chairman), Cllr B Bakerand Mr C Cole, Mrs D Dent
Also present: Mr E Ellis (Police and Crime Commissioner), Ms F Ford (Chief Executive, OPCC)
In attendance: Mr G Gray (Panel Support Officer)

PCP 1/2020 – Apologies for Absence
Apologies were received from Cllr H Hunt and Cllr I Irwin.

PCP 2/2020: Declarations of Interest
There were none.
"""


def test_a_block_ends_at_the_first_minute_and_glued_names_are_parted(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, BLOCKS)
    assert m["members"] == ["A Able", "B Baker", "C Cole", "D Dent"]
    assert m["in_attendance"] == ["E Ellis", "F Ford", "G Gray"]
    assert m["apologies"] == ["H Hunt", "I Irwin"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("PCP 1/2020", "Apologies for Absence"), ("PCP 2/2020", "Declarations of Interest")]


RUN_ON = """Eastshire Police and Crime Panel
Minutes of a meeting held on 14 October 2020, 2.00pm, virtual meeting

| Name | Role |
|---|---|
| Ann Able | Chair |
| Ben Baker | Vice-Chair |

23/45 Welcome and apologies
Apologies were received from Councillor Fay Ford.
24/45 Minutes of the previous meeting
The minutes were agreed.
25/45 Police and Crime Plan update
Ms Dent will provide a written update to the next meeting.
"""


def test_minutes_without_blank_lines_put_an_undertaking_under_its_own_item(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, RUN_ON)
    [m] = out["meetings"]
    assert m["forum"] == "Eastshire Police and Crime Panel"  # "a meeting" names no forum
    assert m["members"] == ["Ann Able", "Ben Baker"]  # an unlabelled table of names under the heading
    assert m["apologies"] == ["Fay Ford"]
    [a] = out["actions"]
    assert (a["item"], a["text"]) == ("25/45", "Ms Dent will provide a written update to the next meeting.")


SURNAMES = """Agenda and minutes

Northshire Police and Crime Panel - Friday, 17th January, 2020 10.00 am

Venue: Council Chamber, Town Hall, Northtown. View directions

Items
No. Item

Present: Councillors Able (Chair), Baker, Cole and Dent; Mr E Ellis and Mrs F Ford (Independent Members).

Also in attendance: Mr G Gray (Police and Crime Commissioner) and Chief Superintendent H Hunt.

43.

Apologies for Absence

Minutes:

Apologies for absence were received from Councillors Irwin and Jones.

44.

Minutes of the meeting held on 15 November 2019 pdf icon PDF 120 KB

Minutes:

RESOLVED – That the minutes be confirmed.
"""


def test_councillors_by_surname_and_two_minutes_numbered_on_from_the_last_meeting(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, SURNAMES)
    assert m["members"] == ["Able", "Baker", "Cole", "Dent", "E Ellis", "F Ford"]
    assert m["in_attendance"] == ["G Gray", "H Hunt"]
    assert m["apologies"] == ["Irwin", "Jones"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("43", "Apologies for Absence"), ("44", "Minutes of the meeting held on 15 November 2019")]


NOTE_ABOVE = (
    "Northshire Police and Crime Panel Monday, 3 May 2021 at 10.00am, Town Hall, Northtown. Note: the papers for Agenda "
    "Item 1 Minutes of the last meeting were sent separately to members and are not reprinted here for that reason, "
    "please bring them. AGENDA 1. Apologies for Absence 2. Declarations of Interest 3. Minutes of the last meeting "
    "3 - 10 4. Police and Crime Plan 11 - 30 5. Date of next meeting\n")


def test_a_note_naming_agenda_item_1_is_no_start_of_the_flattened_agenda(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, NOTE_ABOVE)
    assert m["venue"] == "Town Hall, Northtown"
    assert [i["title"] for i in m["items"]] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of the last meeting", "Police and Crime Plan",
        "Date of next meeting"]


BOARD = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE

Notes of the Accountability Board

Date: Tuesday 8th November 2016
Time: 14:00 – 15:10
Venue: OPCC Conference Room

Present:
Ann Able          Police and Crime Commissioner (Chair)
ACO Ben Baker     Assistant Chief Officer
DCS Cal Cole      Head of Crime

In attendance:
Dee Dent          Chief Executive, OPCC
Eve Ellis         Chief Finance Officer, OPCC (minutes)

Apologies:
Fay Ford          Assistant Chief Constable

1.0  Welcome and apologies
     The Chair welcomed everyone.
2.0  Notes of the last meeting and matters arising
     The notes were agreed.
3.0  Finance update
     EE to circulate the revised budget to all members by 30 November 2016.
     CC to the meeting: the figures were noted.
"""


def test_a_board_s_items_numbered_n_0_and_an_action_under_an_attendee_s_initials(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BOARD)
    [m] = out["meetings"]
    assert m["members"] == ["Ann Able", "Ben Baker", "Cal Cole"]  # ACO, DCS: titles
    assert m["in_attendance"] == ["Dee Dent", "Eve Ellis"]
    assert m["apologies"] == ["Fay Ford"]
    assert [i["number"] for i in m["items"]] == ["1.0", "2.0", "3.0"]
    [a] = out["actions"]  # "CC" is nobody's initials at this meeting
    assert (a["item"], a["due"]) == ("3.0", "2016-11-30")
    assert a["text"].startswith("EE to circulate the revised budget")


OFFICES = """NORTHSHIRE POLICE AND CRIME PANEL

Minutes of the meeting held on 2 June 2022 at 10.00am at County Hall, Northtown

Present: Mr A Able (Chairman), Cllr B Baker (Vice-Chairman), Cllr C Cole

Also present: The Police and Crime Commissioner (Mr D Dent), the Chief Executive (Mr E Ellis) and Chief Constable F Ford

1. Apologies

Apologies were received from Cllr G Gray.

2. Minutes of the last meeting

Agreed.
"""


def test_an_office_with_its_holder_in_brackets_gives_the_holder(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, OFFICES)
    assert m["members"] == ["A Able", "B Baker", "C Cole"]
    assert m["in_attendance"] == ["D Dent", "E Ellis", "F Ford"]
    assert m["apologies"] == ["G Gray"]


STATUS = ("Northshire Police and Crime Panel - Friday, 4th March, 2022 10.00 am\n\nVenue: Council Chamber, Northtown\n\n"
          "Attendance\n\nAttendee\tRole\tAttendance\nCouncillor Ann Able\tChairman\tPresent\n"
          "Councillor Ben Baker\tVice-Chairman\tPresent\nCouncillor Cal Cole\tCommittee Member\tApologies\n"
          "Mr Dee Dent\tCo-opted Member\tPresent, as expected\nCouncillor Eve Ellis\tCommittee Member\tAbsent\n"
          "Ms Fay Ford\tPolice and Crime Commissioner\tIn attendance\n\n1. Apologies for absence\n\n"
          "Apologies were received from Councillor Cal Cole.\n\n2. Minutes\n\nRESOLVED that the minutes be approved.\n")


def test_an_attendance_table_says_who_came_in_which_role(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, STATUS)
    assert out["documents"][0]["title"] == "Northshire Police and Crime Panel - Friday, 4th March, 2022 10.00 am"
    [m] = out["meetings"]
    assert m["members"] == ["Ann Able", "Ben Baker", "Dee Dent"]
    assert m["in_attendance"] == ["Fay Ford"]
    assert m["apologies"] == ["Cal Cole"]  # "Absent": Eve Ellis is neither


ACTIONS = """MINUTES OF THE NORTHSHIRE POLICE AND CRIME PANEL HELD ON 5 MARCH 2021 AT COUNTY HALL

Present: Cllr A Able (Chair), Cllr B Baker, Mr C Cole

Also present: Mr D Dent (Police and Crime Commissioner)

1. APOLOGIES
Apologies were received from Cllr E Ellis.

2. COMPLAINTS UPDATE
Action Point 1: The OPCC to share the survey results with members by 31 March 2021.

3. ANY OTHER BUSINESS
The Panel agreed to support the proposal in principle and noted the report.
The Chair agreed to write to the Home Secretary on behalf of the Panel.
Mr Dent undertook to report back on the estates review at the next meeting.
"""


def test_numbered_action_points_and_undertakings_someone_agreed_to(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, ACTIONS)
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("2", "The OPCC to share the survey results with members by 31 March 2021."),
        ("3", "The Chair agreed to write to the Home Secretary on behalf of the Panel."),
        ("3", "Mr Dent undertook to report back on the estates review at the next meeting.")]
    assert out["actions"][0]["due"] == "2021-03-31"


def test_a_meeting_held_via_a_video_service_has_the_service_as_its_venue(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, "Minutes of the Police and Crime Panel held on Wednesday 3rd March 2021 at 2pm via "
                 "Microsoft Teams\n\nPresent: Councillors Able (Chair) and Baker\n\n12. Apologies\nNone.\n13. Minutes\n"
                 "Agreed.\n14. Precept\nNoted.\n")
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Police and Crime Panel", "2021-03-03", "14:00",
                                                              "Microsoft Teams")
    assert m["members"] == ["Able", "Baker"]
    assert [i["number"] for i in m["items"]] == ["12", "13", "14"]


SPACED_ITEMS = """Agenda and minutes

Northshire Police and Crime Panel - Tuesday, 15th September, 2020 10.30 am

Venue: Remote Meeting

Items

No. Item



39/20



APOLOGIES FOR ABSENCE



Apologies were received from Councillor Ann Able.



40/20



MINUTES OF THE PREVIOUS MEETING



The minutes were agreed as a true record.



41/20



DECLARATIONS OF INTEREST



There were none.
"""


def test_minute_numbers_three_blank_lines_over_their_headings(concord, tmp_path: Path):
    """A committee site's items table copied with three blank lines between each cell: each minute's number over its
    heading is still an item."""
    [m] = ingest_text(concord, tmp_path, SPACED_ITEMS)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("39/20", "APOLOGIES FOR ABSENCE"), ("40/20", "MINUTES OF THE PREVIOUS MEETING"),
        ("41/20", "DECLARATIONS OF INTEREST")]
