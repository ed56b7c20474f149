"""Joint audit committee minutes in the layouts issue 13 describes: the heading, date, time and place on lines of
their own, attendees in blocks (members; officers of the PCC; officers of the force; auditors) with posts printed
before or after the names, minute references led by the committee's initials, Action lines, and an agenda letter
that calls the reader to "a meeting of the X". Bodies, places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

BLOCKS = """JOINT AUDIT COMMITTEE
MINUTES OF THE MEETING HELD ON 9thJune 2016 AT POLICE HEADQUARTERS, SOUTHTOWN COMMENCING AT 9.30AM

PRESENT
Independent Members: Mr A Able (Chair), Mrs B Baker, Mr C Cole
Police and Crime Commissioner's Office: Chief Executive - Ms D Dean; Chief Finance Officer - Mr E Ellis
Constabulary: Deputy Chief Constable - Mr F Fox; Chief Finance Officer - Mrs G Gale
Internal Audit (RSM): Mr H Hale
External Audit (EY): Ms I Ives

APOLOGIES
Mr J Jones (Police and Crime Commissioner)

JAC 12/16 MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on 10 March 2016 were agreed.
JAC 13/16 INTERNAL AUDIT PROGRESS REPORT
The Committee noted the report. ACTION: Chief Finance Officer to circulate the revised plan to members.
JAC 14/16 ANNUAL GOVERNANCE STATEMENT
Action 16/02: Mr Fox to bring the updated risk register to the next meeting.
Action 10 - Firearms licensing
Actions: None.
"""

TWO_PRESENT = """MINUTES OF A MEETING OF THE JOINT INDEPENDENT AUDIT COMMITTEE HELD AT POLICE HEADQUARTERS, NORTHTOWN ON 12 \
SEPTEMBER 2017 COMMENCING AT 11.00AM AND CONCLUDED AT 12.35PM Members Present: Dr L Lane (Chairman)(LL), M A Moss (MM), \
Mrs P Pike OBE (PP) Present: F Ford (Chief Constable) J Judd (Deputy Chief Constable) P Parr (Chief Executive, OPCC) \
I Inch (Chief Finance Officer, OPCC) N North (Chief Internal Auditor, OPCC) A Ash (Manager, Ernst & Young)
"""

LETTER = """Date: 7 December 2017 Dear Member JOINT INDEPENDENT AUDIT COMMITTEE You are requested to attend a meeting of \
the Joint Independent Audit Committee on Wednesday 13 December 2017 in the Conference Hall, Police Headquarters, \
Northtown at 10.00am. Yours sincerely Jo Clerk Chief Executive To: Members of the Joint Independent Audit Committee

Agenda Item Page No.

1. Minutes of the last meeting held on 12 September 2017 3 - 14

2. Northshire Police Risk Management Report 15 - 26

3. Progress on 2017/18 Internal Audit Plan Delivery and 27 - 40 Summary of matters arising from completed audits

4. Treasury Management Strategy 2018/19 41 - 52
"""

TABLE = """Joint Audit Committee
Minutes of the meeting held on 12 July 2019

| Name | Role |
| Ann Able | Chair, Independent Member |
| Bob Baker | Independent Member |
| Cal Cole | Chief Finance Officer, OPCC |

Apologies: Ed Ellis (Independent Member)

5/19 Minutes of the last meeting
Agreed.
6/19 Annual Governance Statement
The committee endorsed the statement.
7/19 Treasury Management
Noted.
"""


def test_blocks_with_posts_before_names_and_firms_in_brackets_are_in_attendance(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BLOCKS)
    [m] = out["meetings"]
    assert (m["date"], m["time"], m["venue"]) == ("2016-06-09", "09:30", "POLICE HEADQUARTERS, SOUTHTOWN")
    assert m["members"] == ["A Able", "B Baker", "C Cole"]
    assert m["in_attendance"] == ["D Dean", "E Ellis", "F Fox", "G Gale", "H Hale", "I Ives"]
    assert m["apologies"] == ["J Jones"]


def test_minute_references_keep_the_committees_initials(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, BLOCKS)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("JAC 12/16", "MINUTES OF THE PREVIOUS MEETING"), ("JAC 13/16", "INTERNAL AUDIT PROGRESS REPORT"),
        ("JAC 14/16", "ANNUAL GOVERNANCE STATEMENT")]


def test_numbered_and_inline_action_labels_give_actions_and_a_log_entry_heading_does_not(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, BLOCKS)
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("JAC 13/16", "Chief Finance Officer to circulate the revised plan to members."),
        ("JAC 14/16", "Mr Fox to bring the updated risk register to the next meeting.")]


def test_a_bare_present_block_after_members_present_is_in_attendance(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, TWO_PRESENT)
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Joint Independent Audit Committee", "2017-09-12", "11:00")
    assert m["members"] == ["L Lane", "M A Moss", "P Pike"]
    assert m["in_attendance"] == ["F Ford", "J Judd", "P Parr", "I Inch", "N North", "A Ash"]


def test_a_letter_calling_the_member_to_a_meeting_of_the_committee_gives_its_agenda(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, LETTER)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (
        "Joint Independent Audit Committee", "2017-12-13", "10:00", "Conference Hall, Police Headquarters, Northtown")
    assert [i["title"] for i in m["items"]] == [
        "Minutes of the last meeting held on 12 September 2017", "Northshire Police Risk Management Report",
        "Progress on 2017/18 Internal Audit Plan Delivery and Summary of matters arising from completed audits",
        "Treasury Management Strategy 2018/19"]


def test_attendees_in_a_table_headed_name_are_members_by_their_roles_and_no_venue(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, TABLE)["meetings"]
    # the Role column: a seat on the committee makes a member, a post (the Chief Finance Officer) attendance
    assert m["members"] == ["Ann Able", "Bob Baker"]
    assert m["in_attendance"] == ["Cal Cole"]
    assert m["venue"] is None
    assert m["apologies"] == ["Ed Ellis"]


DEPUTIES = """Police and Crime Panel
Minutes of the meeting held on 3 March 2021

| Name | Role |
| Cllr Ann Able | Chair |
| Cllr Bob Baker | Deputy Chair |
| Dee Dean | Deputy Chief Constable |
| Fay Ford | Deputy Police and Crime Commissioner |

1. Apologies for absence
None.
2. Police and crime plan
Noted.
"""


def test_a_deputy_chair_sits_on_the_panel_and_a_deputy_chief_constable_attends(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, DEPUTIES)["meetings"]
    assert m["members"] == ["Ann Able", "Bob Baker"]
    assert m["in_attendance"] == ["Dee Dean", "Fay Ford"]


INITIALS = """Joint Audit Committee
Minutes of meeting held on Wednesday 2 February 2022 at 2pm, Room 5, Police HQ, Northtown

Present:
AA – Ann Able (Chair, Independent Member)
BB – Bob Baker (Independent Member)

In attendance:
CC – Cal Cole (PCC Chief Finance Officer)

Apologies:
FF – Fay Fox (Independent Member)
1. APOLOGIES FOR ABSENCE
Noted.
2. DECLARATIONS OF INTEREST
There were no declarations of interest.
3. EXTERNAL AUDIT PLAN 2021/22
Mr Gale presented the plan. The Chief Finance Officer will circulate the fee scale to members.
"""


def test_initials_before_names_are_dropped_and_an_undertaking_sits_under_its_own_item(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, INITIALS)
    [m] = out["meetings"]
    assert (m["members"], m["in_attendance"], m["apologies"]) == (["Ann Able", "Bob Baker"], ["Cal Cole"], ["Fay Fox"])
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("3", "The Chief Finance Officer will circulate the fee scale to members.")]


ITEM_APOLOGIES = """Meeting: Joint Audit Committee
Date: 18 November 2020
Time: 09:30
Location: Via Microsoft Teams

Present
Ann Able – Chair
Bob Baker – Independent Member

Officers
Dee Dean – Chief Executive, OPCC

Auditors
Fay Fox – Grant Thornton (External Audit)

Item 1 – Apologies
Hal Hale (Chief Constable).
Item 2 – Minutes of 16 September 2020
Agreed.
Item 3 – Risk management update
Noted.
"""


def test_names_under_an_apologies_item_are_the_apologies(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, ITEM_APOLOGIES)["meetings"]
    assert (m["members"], m["in_attendance"], m["apologies"]) == (["Ann Able", "Bob Baker"], ["Dee Dean", "Fay Fox"],
                                                                  ["Hal Hale"])
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]


RUN_IN = """JOINT AUDIT COMMITTEE
Minutes of the meeting held on 3rdMarch 2015 at Police HQ, Easttown

Present: Cllr A Able (Chair), Mrs B Baker, Supt C Cole
Apologies: Ms E Ellis

1. Apologies: as above
2. Declarations of interest: none
3. Minutes: The minutes of 9 December 2014 were approved.
4. Internal Audit: Progress Report
"""

MINUTE_DASH = """JOINT AUDIT COMMITTEE MINUTES
Date: 14 October 2020
Time: 10:00

Minute 23/2020 – Minutes of the previous meeting
The minutes were agreed.
Minute 24/2020 – Internal audit progress report
Noted.
"""


def test_a_run_in_heading_is_the_items_title_and_a_titled_colon_is_kept(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, RUN_IN)["meetings"]
    assert m["date"] == "2015-03-03"
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes"), ("4", "Internal Audit: Progress Report")]


def test_a_minute_reference_and_its_title_set_apart_by_a_dash(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, MINUTE_DASH)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("23/2020", "Minutes of the previous meeting"), ("24/2020", "Internal audit progress report")]


TWICE = """152
AUDIT COMMITTEE Tuesday 15 January 2019 at 2.00 p.m. Room 4, Headquarters, Low Road, Northtown NT1 2AB A G E N D A Note \
for Members of the Public: If you have any specific requirements to enable you to attend the meeting, please contact the \
office prior to the meeting. Part 1 – Public Agenda 1. Welcome and Apologies 2. Declarations of Interests 3. To approve \
the minutes of the meeting held on 23 October 2018 4. External Audit Plan 2018/19 – Report from Associate Partner \
(Northshire Audit LLP) 5. Internal Audit – Reports from Head of Internal Audit A. 2018/19 Plan Update B. Follow Up \
Recommendations 6. Forward Work Plan – Report from Chief Finance Officer 1

Citation preview

AUDIT COMMITTEE

Tuesday 15 January 2019 at 2.00 p.m. Room 4, Headquarters, Low Road,

Northtown NT1 2AB

A G E N D A

Part 1 – Public Agenda

1. Welcome and Apologies

2. Declarations of Interests
"""


def test_an_agenda_printed_flattened_then_line_by_line_is_one_meeting_without_presenters(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, TWICE)
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (
        "Audit Committee", "2019-01-15", "14:00", "Room 4, Headquarters, Low Road, Northtown NT1 2AB")
    assert [i["title"] for i in m["items"]] == [
        "Welcome and Apologies", "Declarations of Interests", "To approve the minutes of the meeting held on 23 October 2018",
        "External Audit Plan 2018/19", "Internal Audit", "Forward Work Plan"]


def test_a_heading_with_the_date_before_or_inside_it_still_names_the_committee(concord, tmp_path: Path):
    body = ("Time: 10:00\nVenue: Room 1, Police HQ\n\nPresent: Jane Able (Chair), Ben Baker, Cara Cole\n"
            "In attendance: Dan Dean (Treasurer)\n\n1. Apologies\nNone.\n2. Minutes\nAgreed.\n3. Risk\nNoted.\n")
    for k, head in enumerate(("Record of the Joint Audit Committee meeting, 14 October 2020",
                              "14 October 2020 – Joint Audit Committee – Minutes",
                              "JOINT AUDIT COMMITTEE – 14/10/2020 – MINUTES")):
        [m] = ingest_text(concord, tmp_path, head + "\n" + body, name=f"p{k}.txt")["meetings"]
        assert (m["forum"], m["date"], m["time"]) == ("Joint Audit Committee", "2020-10-14", "10:00"), head
        assert (m["members"], m["in_attendance"]) == (["Jane Able", "Ben Baker", "Cara Cole"], ["Dan Dean"]), head


STATUS_TABLE = """Joint Audit Committee
Minutes of the meeting held on 12 July 2019 at Police HQ, Northtown

| Name | Role | Attendance |
| Ann Able | Chair | Present |
| Bob Baker | Independent Member | Present |
| Cal Cole | Independent Member | Apologies |
| Dee Dean | Chief Finance Officer | Present |

1. Minutes of the last meeting
Agreed.
2. Annual Governance Statement
Endorsed.
"""


def test_minutes_of_the_meeting_held_over_an_attendance_table_are_minutes_and_its_apologies_stay_apart(
        concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, STATUS_TABLE)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["date"], m["venue"]) == ("2019-07-12", "Police HQ, Northtown")
    # the Role column names who sits on the committee: the Chief Finance Officer attended as an officer
    assert (m["members"], m["in_attendance"], m["apologies"]) == (["Ann Able", "Bob Baker"], ["Dee Dean"], ["Cal Cole"])
