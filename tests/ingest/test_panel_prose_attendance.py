"""Panel and police-authority minutes in more layouts (issue 13): attendance printed one cell a line (name, the body the
person sits for, status), apologies as a bulleted list after "received from:", a deputy "in attendance" in a sentence,
minute references of the committee's initials glued to the number ("CE01"), "Item 1" over its title, a minutes table's
rows, and a post in brackets with "and" in it. Bodies, places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

STACKED = """Agenda and minutes

Northshire Police and Crime Panel - Friday, 26th July, 2024 10.00 am

Venue: The Hall, Northtown. View directions

Meeting Attendees
Chairman
Councillor Ann Able

Northtown Borough Council

Present, as expected

Councillor Ben Baker photo
Committee Member
Councillor Ben Baker

Independent

Present, as expected

View Profile
Co-opted Member
Cal Cole MBE

Independent Co-opted Member

Apologies, sent representative

Deputy
Councillor Dee Dent

Southtown District Council

Not required

Committee Member
Councillor Eve Ellis

Westtown City Council

Absent
"""

BULLETS = """Agenda and minutes

Northshire Police and Crime Panel - Friday, 12th May, 2023 10.00 am

Venue: The Hall, Northtown. View directions

Items
No. Item

11.

Apologies for Absence

Minutes:

Apologies were received from:

·         Cllr Fay Ford (Northtown Borough Council)

·         Cllr Gil Gray (Local Authority Co-opted Member)

It was noted that Cllr Hal Hunt was in attendance as the deputy for Northtown Borough Council.

12.

Declarations of Interest

Minutes:

No declarations were made.

13.

Minutes of the Previous Meeting
"""

CODES = """Westshire Police Authority

     Minutes of a Meeting of the Estates Committee

        Held at Police Headquarters, Westtown
                           On Tuesday 28th July 2009 at 2pm

Present:               Mrs A Able (Chair)
                       Cllr B Baker

In attendance:          Mr C Cole (Chief Executive)
                        Ms D Dent (Public Relations and Marketing Manager)

EC01 Appointment of Chair

        That Mrs Ann Able be appointed as Chair.

EC02 Apologies for Absence

Apologies for absence were received from Mr E Ellis.

EC03 Minutes of the Previous Meeting

The minutes were approved.
"""

TABLE = """MINUTES OF THE EASTSHIRE POLICE AND CRIME PANEL HELD ON 3 MARCH 2022

Present: Councillor Ann Able (Chair), Councillor Ben Baker

| Minute No. | Title |
| --- | --- |
| 12/22 | Apologies for absence |
| 13/22 | Declarations of interest |
| 14/22 | Police and Crime Plan |
"""


def _meeting(concord, tmp_path: Path, text: str) -> dict:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, text)
    assert len(out["meetings"]) == 1, out["meetings"]
    return out["meetings"][0]


def test_attendance_one_cell_a_line_gives_who_came_and_who_sent_apologies(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, STACKED)
    assert m["members"] == ["Ann Able", "Ben Baker"]
    assert m["apologies"] == ["Cal Cole"]
    assert m["in_attendance"] == []  # "Not required", "Absent": nobody


def test_bulleted_apologies_and_a_deputy_in_attendance(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, BULLETS)
    assert m["apologies"] == ["Fay Ford", "Gil Gray"]
    assert m["in_attendance"] == ["Hal Hunt"]
    assert [i["number"] for i in m["items"]] == ["11", "12", "13"]


def test_initials_glued_to_minute_numbers_and_a_post_with_and_in_brackets(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, CODES)
    assert m["items"] == [{"number": "EC01", "title": "Appointment of Chair"},
                          {"number": "EC02", "title": "Apologies for Absence"},
                          {"number": "EC03", "title": "Minutes of the Previous Meeting"}]
    assert m["in_attendance"] == ["C Cole", "D Dent"]
    assert m["members"] == ["A Able", "B Baker"]


def test_a_minutes_table_of_numbers_and_titles(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, TABLE)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("12/22", "Apologies for absence"), ("13/22", "Declarations of interest"), ("14/22", "Police and Crime Plan")]


HELD = """Eastshire Police Authority

     Minutes of a Meeting of the Estates Committee

        Held at the Authority Offices, Easttown
                           On Tuesday 28th July 2009 at 2pm

Present:               Mrs A Able (Chair)
                       Cllr B Baker

EC01 Appointment of Chair

EC02 Apologies for Absence
"""

ORDINARY = """Agenda and minutes

Ordinary Meeting, Southshire Police and Crime Panel - Thursday, 8th July, 2021 1.00 pm

Venue: The Hall, Southtown. View directions

Items
No. Item

9.

Apologies for Absence

Minutes:

Apologies were received from:

  • Councillor Ken Hale, Southtown Council. Councillor Al Ray was in attendance as his deputy, without a vote.
  • Councillor Reg Bell, Co-opted Member

10.

Declarations of Interest
"""


def test_a_heading_that_goes_on_over_held_at_and_on_lines(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, HELD)
    assert out["documents"][0]["title"] == ("Minutes of a Meeting of the Estates Committee Held at the Authority Offices, "
                                            "Easttown On Tuesday 28th July 2009")
    assert out["meetings"][0]["time"] == "14:00"


def test_an_occasion_before_the_forum_and_a_deputy_in_a_bulleted_apology(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, ORDINARY)
    assert m["forum"] == "Southshire Police and Crime Panel"
    assert m["apologies"] == ["Ken Hale", "Reg Bell"]
    assert m["in_attendance"] == ["Al Ray"]


YEAR_FIRST = """Minutes of the Westshire Police and Crime Panel

Held at: The Guildhall, Westtown
Date: 5 April 2023
Time: 10:30

Attendees: Cllr Pat Page (Chair), Cllr Quin Quay, Sue Snow (Independent Co-opted Member)

In attendance: Tim Toll (PCC)

PCP/23/12 Apologies
PCP/23/13 Minutes of the previous meeting
PCP/23/14 Precept proposal
"""


def test_minute_references_with_the_year_before_the_number(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, YEAR_FIRST)
    assert [i["number"] for i in m["items"]] == ["PCP/23/12", "PCP/23/13", "PCP/23/14"]
    assert m["venue"] == "The Guildhall, Westtown"
    assert m["members"] == ["Pat Page", "Quin Quay", "Sue Snow"]
    assert m["in_attendance"] == ["Tim Toll"]


BRACKETED = """Minutes of the Northshire Police Authority Resources Committee held on 14 October 2010

Present: Councillor A Able (Chairman), Councillor B Baker, Mr C Cole.

Officers: Mr F Ford (Treasurer).

(1) Apologies for absence
Apologies were received from Councillor H Hunt.

(2) Minutes
The minutes of the meeting held on 9 September 2010 were agreed.

(3) Budget monitoring
RESOLVED:
(1) That the report be noted.
(2) The Treasurer will report back to the next meeting on the overtime budget.
"""


def test_items_numbered_in_brackets_and_an_undertaking_under_one(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BRACKETED)
    m = out["meetings"][0]
    assert m["items"] == [{"number": "1", "title": "Apologies for absence"}, {"number": "2", "title": "Minutes"},
                          {"number": "3", "title": "Budget monitoring"}]
    assert m["apologies"] == ["H Hunt"]
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("3", "The Treasurer will report back to the next meeting on the overtime budget.")]


ALIGNED = """NORTHSHIRE POLICE AND CRIME PANEL

Minutes of the meeting held on Wednesday 7 June 2023 at 10.00 am at County Hall, Northtown

Present: Councillor Amy Able (Chair), Councillor Bob Baker

1. Apologies for Absence
None.

2. Police and Crime Plan
The Commissioner presented the report. Mr Dent agreed to ensure that the survey results were shared with the Panel.

3. Actions arising
No.   Action                                              Owner      Due
1     Circulate the performance report to members         OPCC       30 June 2023
2     Arrange a briefing on the precept for new           Chair      September 2023
      members of the Panel
"""


def test_an_agreed_to_ensure_undertaking_and_a_space_aligned_action_log(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, ALIGNED)
    assert [(a["item"], a["text"], a["due"]) for a in out["actions"]] == [
        ("2", "Mr Dent agreed to ensure that the survey results were shared with the Panel.", None),
        ("3", "Circulate the performance report to members", "2023-06-30"),
        ("3", "Arrange a briefing on the precept for new members of the Panel", "2023-09")]


TWO_COLUMNS = """Southshire Police and Crime Panel
Minutes of the meeting held on 12 September 2019 in the Council Chamber, Civic Centre, Southtown at 2pm

PRESENT:
Cllr Ann Able (Chair)          Cllr Ben Baker
Cllr Cal Cole                  Mr Dan Dent (Independent Member)

APOLOGIES FOR ABSENCE:
Cllr Gil Gray and Cllr Hal Hunt

Minute 41 Declarations of interest
None.

Minute 42 Minutes
Agreed.

Minute 43 Proposed precept 2020/21
"""


def test_a_place_before_the_time_and_minute_numbered_headings(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, TWO_COLUMNS)
    assert (m["venue"], m["time"]) == ("Council Chamber, Civic Centre, Southtown", "14:00")
    assert m["members"] == ["Ann Able", "Ben Baker", "Cal Cole", "Dan Dent"]
    assert [i["number"] for i in m["items"]] == ["41", "42", "43"]
