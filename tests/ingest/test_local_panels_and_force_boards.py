"""Notes of local scrutiny panels and minutes of a force's own boards, read through the real `concord ingest --json`
in a fresh process. Bodies and people invented; the layouts are those of real papers (tests/ingest/corpus,
eighteenth round: stop and search scrutiny panels, a force's command team, a national force's leadership board)."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text, one_meeting

PANEL_NOTES = """Source: invented

Northtown Stop and Search scrutiny panel 24/02/2015

Agenda

  1. Welcome/ Introductions
  2. Apologies
  3. Matters arising from previous meeting
  4. Latest stop and search update

1.Attendees:

  • Chair – Chester Able (CA), Northtown Citizens for Change.
  • Chief Inspector Tracey Baker (TB)
  • Gloria Cole (GC)
  • Sgt Krista Dean (KD)

2.Apologies :

  • Sharon Ellis
  • Eileen Ford

3.Matters arising from previous meeting.

The group decided that the meetings should be held bi monthly.

Action: dates of meetings to be circulated for the next 12 months. (TB)
"""


def test_a_panel_named_in_sentence_case_with_its_date_and_numbers_glued_to_labels(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PANEL_NOTES)
    assert (m["forum"], m["date"]) == ("Northtown Stop and Search scrutiny panel", "2015-02-24")
    assert m["members"] == ["Chester Able", "Tracey Baker", "Gloria Cole", "Krista Dean"]
    assert m["apologies"] == ["Sharon Ellis", "Eileen Ford"]  # "2.Apologies :", the space after the number lost
    assert [i["title"] for i in m["items"]] == ["Welcome/ Introductions", "Apologies",
                                                "Matters arising from previous meeting", "Latest stop and search update"]


STANDING_MINUTES = """Source: invented

Stop and Search scrutiny panel standing minutes

Tuesday 4th August 2015

  1. Welcome and apologies
  2. Minutes and actions of last meeting
  3. Stop and search management information

  • Chair – Chester Able (CA), Northtown Citizens for Change.
  • Chief Inspector Tracey Baker (TB)
  • Frank Cole (FC)
  • Pc Vince Dean (VD)

1.Apologies :

  • Janet Ellis (JE)
  • Shirley Ford (SF)

2. Minutes and actions from the last meeting

  • Ensure in the future that the document is page numbered.
"""


def test_standing_minutes_in_sentence_case_dated_below(concord, tmp_path):
    m = one_meeting(concord, tmp_path, STANDING_MINUTES)
    assert (m["forum"], m["date"]) == ("Stop and Search scrutiny panel", "2015-08-04")
    assert m["members"] == ["Chester Able", "Tracey Baker", "Frank Cole", "Vince Dean"]
    assert m["apologies"] == ["Janet Ellis", "Shirley Ford"]


NAMED_ABOVE = """Source: invented

NT Stop and Search Scrutiny
Minutes of the meeting held on Thursday 12th March 2015
Those in attendance:
Linda Able (LA) – Chair
Tod Baker (TB)
Inspector Andy Cole (AC)
Sergeant Nicky Dean (ND)
Apologies:
Sam Ellis
Vicki Ford
1)Welcome, Introduction & Apologies
Meeting opened by the Chair.
2)Conflicts of interest
No conflict identified.
3)Matters arising from previous meeting
Update given on the forms viewed at the last meeting.
"""


def test_minutes_of_the_meeting_held_on_under_the_heading_that_names_it(concord, tmp_path):
    m = one_meeting(concord, tmp_path, NAMED_ABOVE)
    # "Minutes of the meeting held on ..." names no forum: the heading above it does, whatever its words
    assert (m["forum"], m["date"]) == ("NT Stop and Search Scrutiny", "2015-03-12")
    assert m["members"] == ["Linda Able", "Tod Baker", "Andy Cole", "Nicky Dean"]  # "Those in attendance:"
    assert m["apologies"] == ["Sam Ellis", "Vicki Ford"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome, Introduction & Apologies"), ("2", "Conflicts of interest"),
        ("3", "Matters arising from previous meeting")]


FLATTENED_BOARD = ("Source: invented\n\n13\n"
                   "OFFICIAL Integrity, Fairness and Respect are the values of Northshire Police. All decisions which we "
                   "make must reflect our values and be able to withstand scrutiny when judged against them. Our values "
                   "will be the touchstones in all decisions we reach within this forum. OFFICIAL Strategic Leadership "
                   "Board - Discussion Summary Wednesday 8 September 2021 Board Members in Attendance Iain Able Chief "
                   "Constable Fiona Baker DCC People and Professionalism Malcolm Cole DCC Crime and Operational Support "
                   "David Dean Deputy Chief Officer Mark Ellis ACC Operational Support Duncan Ford Head of Legal Services "
                   "Others In Attendance Faroque Green Chief Supt, Divisional Commander Joe Hall Head of Applications "
                   "1. Introduction The Chief Constable opened the meeting and welcomed those present.\n")


def test_a_board_summary_flattened_onto_one_line_under_its_marking(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FLATTENED_BOARD)
    # the marking at the page's head and the labels without colons restore the lines; the marking is no forum
    assert (m["forum"], m["date"]) == ("Strategic Leadership Board", "2021-09-08")
    # a rank after a name ("DCC People and Professionalism") starts that person's post
    assert m["members"] == ["Iain Able", "Fiona Baker", "Malcolm Cole", "David Dean", "Mark Ellis", "Duncan Ford"]
    assert m["in_attendance"] == ["Faroque Green", "Joe Hall"]


COMMAND_TEAM = """Source: invented

Senior Command Team Meeting
Monday 2nd April 2012


PRESENT
CC David Able (Chair)
DCC Bob Baker
ACC Andy Cole
ACC Sahota

DECLARATION(S) OF INTEREST
There were no declarations of interest.


MINUTES OF THE MEETING HELD ON 19 MARCH 2012
RESOLVED – These were approved as an accurate record.


PORTFOLIO ISSUES
DCC Baker discussed the fuel strike.
"""


def test_a_command_team_dated_under_its_heading_not_by_the_last_meetings_minutes(concord, tmp_path):
    m = one_meeting(concord, tmp_path, COMMAND_TEAM)
    assert (m["forum"], m["date"]) == ("Senior Command Team", "2012-04-02")
    assert m["members"] == ["David Able", "Bob Baker", "Andy Cole", "Sahota"]  # "ACC Sahota": a rank and a surname


CELLS_RULED = """Source: invented

CHIEF OFFICER GROUP MEETING

MINUTES

19 July 2016

Conference room 5, HQ

Attendance:
Mr S Able
Ms J Baker
Mrs S Cole / Chief Constable (Chair)
Deputy Chief Constable
Assistant Chief Officer
Apologies: / None
1. / Minutes and action updates
The minutes of the last meeting held on 21 June 2016 were agreed as a true record.
2. / Chief Constable update
Mr Able provided an update.
3. / Finance
Ms Baker provided details of the first quarter review.
ACTION COG/A/011/2016 - Mrs Cole to review PCSO recruitment and training.
"""


def test_a_table_whose_cells_a_converter_ruled_with_slashes(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CELLS_RULED)
    [m] = out["meetings"]
    assert m["members"] == ["S Able", "J Baker", "S Cole"]  # "Mrs S Cole / Chief Constable (Chair)": name / post
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Minutes and action updates"), ("2", "Chief Constable update"), ("3", "Finance")]
    # an action's reference of letters and numbers between slashes, then a dash and who is to do what
    assert [(a["item"], a["text"]) for a in out["actions"]] == [("3", "Mrs Cole to review PCSO recruitment and training.")]


INLINE_HEADING = """Source: invented

Security Classification: OFFICIAL

Author: Gillian Able Organisation: Northshire Police

Date Created: 14/01/2019 Telephone: 101

MINUTES OF THE STRATEGIC LEADERSHIP BOARD DATE: Monday 14th January 2019 LOCATION: Graham Room, Headquarters CHAIR: Iain Baker, Chief Constable

MEMBERS PRESENT Johnny Cole, Deputy Chief Constable (Crime) David Dean, Deputy Chief Officer Bernard Ellis, Assistant Chief Constable (Local Policing)

2.1 Minutes of Previous Meeting
The minutes were agreed.
"""


def test_a_heading_with_its_details_labelled_in_capitals_after_it(concord, tmp_path):
    m = one_meeting(concord, tmp_path, INLINE_HEADING)
    assert (m["forum"], m["date"]) == ("Strategic Leadership Board", "2019-01-14")
    assert m["venue"] == "Graham Room, Headquarters"
    assert m["members"][0] == "Iain Baker"  # the chair the heading names sits


ACTION_LINES = """Source: invented

Senior Command Team Meeting
Monday 2nd April 2012

PRESENT
CC David Able (Chair)
DCC Bob Baker

PORTFOLIO ISSUES

DCC Baker

•   Discussed the Gold Meeting last week regarding the fuel strike.

      ACTION : CC Staff Officer to liaise with the Roads Policing Group Inspector.

•   Advised that the transition event held at Northtown House last week went well, with over 80 people in
     attendance.

     ACTION : CC Staff Officer to research further and be the point of contact.
"""


def test_an_action_whole_on_its_line_is_not_the_bullets_after_it(concord, tmp_path):
    out = ingest_text(concord, tmp_path, ACTION_LINES)
    assert [a["text"] for a in out["actions"]] == [
        "CC Staff Officer to liaise with the Roads Policing Group Inspector.",
        "CC Staff Officer to research further and be the point of contact."]
    # "the transition event held at Northtown House last week went well ...": a sentence, not the meeting's venue
    assert out["meetings"][0]["venue"] is None


FORCE_PAGE_ITEMS = """Source: invented

Minutes of Meeting
Meeting: COT Board
Venue: Blenheim Room, Headquarters, Northtown
Date and Time: 13th November 2024 @ 11:00am – 3:00pm
ITEM 1: ATTENDANCE CC Able - Chair
DCC Baker
ACO Lisa Cole
Inspector Dean – Staff Officer
Maeve Ellis – Head of Corporate Communications
APOLOGIES CFO Louise Ford
ITEM 2: Review of minutes Summary of Discussion:
The minutes of the previous meeting were agreed.
ITEM 3: Review of Action Log Summary of Discussion:
No items raised for discussion.
"""


def test_an_attendance_item_with_its_label_run_on_and_ranks_before_surnames(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FORCE_PAGE_ITEMS)
    # "ITEM 1: ATTENDANCE CC Able - Chair": the label after the item's number, the first person after it, no colon
    assert m["members"] == ["Able", "Baker", "Lisa Cole", "Dean", "Maeve Ellis"]
    assert m["apologies"] == ["Louise Ford"]  # "APOLOGIES CFO Louise Ford": a post's initials are no part of a name
    assert [i["title"] for i in m["items"]] == ["ATTENDANCE", "Review of minutes", "Review of Action Log"]


COUNCIL_SYSTEM_PAGE = """Source: invented

Skip to main content
Business - Northshire Council
You are in Meetings

Meeting Details

Police and Fire and Rescue Scrutiny Sub-Committee
12 Mar 2019 - 15:00 to 16:00
  • Documents
  • Attendance

Members of the Press and Public
Members of the press and public wishing to attend the meeting should report to the customer service centre.
Present
Councillors Able, McBaker, J MacCole and Dean.
In Attendance
M Ellis, Director of Communities; and K O'Ford, Assistant Democratic Services Officer.
"""


def test_a_council_meeting_page_under_its_sites_title(concord, tmp_path):
    m = one_meeting(concord, tmp_path, COUNCIL_SYSTEM_PAGE)
    # "Business - Northshire Council" is the site's page title, not the forum
    assert (m["forum"], m["date"]) == ("Police and Fire and Rescue Scrutiny Sub-Committee", "2019-03-12")
    # councillors named by surname, some with an initial or a Mc/Mac
    assert m["members"] == ["Able", "McBaker", "J MacCole", "Dean"]
    assert m["in_attendance"] == ["M Ellis", "K O'Ford"]


SCOTTISH_MINUTE = ("Source: invented\n\nDATA LABEL: Public 257 MINUTE of MEETING of the SERVICES FOR\n"
                   "DATA LABEL: Public 257 MINUTE of MEETING of the SERVICES FOR THE COMMUNITY SCRUTINY PANEL of "
                   "NORTHSHIRE COUNCIL held within COUNCIL CHAMBERS, CIVIC CENTRE, NORTHTOWN, on 28 JUNE 2016. Present – "
                   "Councillors George Able (Chair), Harry Baker, Jim Cole (substituting for Lawrence Dean), John Ellis "
                   "In Attendance – Danny Ford and Jessie Green (Tenants Panel Representatives) Apologies – Councillor "
                   "Lawrence Dean\n1. DECLARATIONS OF INTEREST No declarations of interest were made.\n2. MINUTE The "
                   "Panel confirmed the Minute of its meeting held on 19 April 2016.\n")


def test_a_scottish_councils_minute_of_meeting_run_onto_one_line(concord, tmp_path):
    m = one_meeting(concord, tmp_path, SCOTTISH_MINUTE)
    # "MINUTE of MEETING of the X PANEL of Y COUNCIL held within P, on D": the panel, not its council, nor the
    # heading's copy cut short above it
    assert (m["forum"], m["date"]) == ("Services for the Community Scrutiny Panel", "2016-06-28")
    assert m["venue"] == "COUNCIL CHAMBERS, CIVIC CENTRE, NORTHTOWN"
    # "Present –", "In Attendance –": labels with a dash; the one substituted for is named in a bracket, not present
    assert m["members"] == ["George Able", "Harry Baker", "Jim Cole", "John Ellis"]
    assert m["in_attendance"] == ["Danny Ford", "Jessie Green"]



PUBLIC_COMMITTEE = """Source: invented

Agenda, decisions and minutes

Public Protection Committee - Wednesday, 7th October, 2020 10.00 am

Venue: Council Chamber - Town House. View directions

Contact: Derek Able, tel 01224 523057

The Convener welcomed all to the resumption of the Public Protection Committee.

Declarations of Interest pdf icon PDF 264 KB

There were no declarations of interest.

Minute of Previous Meeting of 26 February 2020 pdf icon PDF 199 KB

The Committee resolved :- to approve the minute as a correct record.
"""


def test_a_committee_whose_name_begins_with_public(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PUBLIC_COMMITTEE)
    # "Public" opens the forum's name; only "PUBLIC" standing alone is a paper's marking
    assert (m["forum"], m["date"], m["time"]) == ("Public Protection Committee", "2020-10-07", "10:00")
    assert m["venue"] == "Council Chamber - Town House"


RANKS_RUN_ON = """Source: invented

Minutes of Meeting
Meeting: COT Board
Venue: HQ, Haigh Room
Date and Time: 14.08.24 @ 9:30 - 11:15am
ITEM 1: ATTENDANCE
CC Able – Chair DCC Baker ACC Cole ACO Lisa Dean CFO Louise Ellis-Ford Maeve Green – Head of Corporate Communications Chief Inspector Hall –
ITEM 2: Review of minutes Summary of Discussion: The minutes were agreed. |
"""


def test_officers_run_onto_one_line_each_after_their_rank(concord, tmp_path):
    m = one_meeting(concord, tmp_path, RANKS_RUN_ON)
    assert m["date"] == "2024-08-14"
    # each rank starts the next officer; a given name after a double-barrelled surname starts the next person
    assert m["members"] == ["Able", "Baker", "Cole", "Lisa Dean", "Louise Ellis-Ford", "Maeve Green"]


LONG_ITEMS = """Source: invented

Minutes of Meeting
Meeting: COT Board
Venue: HQ, Haigh Room
Date and Time: 14.08.24 @ 9:30 - 11:15am
ITEM 1: ATTENDANCE
CC Able – Chair DCC Baker ACC Cole
ITEM 2: Review of minutes Summary of Discussion: The minutes of the previous meeting were reviewed and agreed. |
ITEM 3: COT Forward Planner Summary of Discussion: The forward planner was reviewed. The Chief Constable requested a briefing on the exercise be added to the forward planner in six weeks' time, with the findings of the debrief. |
"""


def test_an_items_section_label_and_a_long_text_run_on_after_its_title(concord, tmp_path):
    m = one_meeting(concord, tmp_path, LONG_ITEMS)
    assert [i["title"] for i in m["items"]] == ["ATTENDANCE", "Review of minutes", "COT Forward Planner"]

