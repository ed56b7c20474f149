"""Minutes of police scrutiny outside the PCC model (a Scottish council's committee, a devolved policing board, a
district policing partnership): read through the real `concord ingest --json` in a fresh process. Bodies and
people invented; the layouts are those of real papers (tests/ingest/corpus, seventeenth round)."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

COUNCIL_RECORD = """Source: invented

Policy Committee - 13/05/2013
At a MEETING of the POLICY COMMITTEE (POLICE, FIRE AND COMMUNITY SAFETY) held at Northburgh on 13th May, 2013.
Present:-
Depute Lord Provost Christina ABLE |
BAILIES
Willie BAKER |
Helen COLE |
COUNCILLORS
Ken DEAN |
Laurie ELLIS |
Gregor FORD |
Councillor Ken DEAN, Convener, in the Chair.
The minute of meeting of this Committee of 18th March, 2013 was held as read.
I DECLARATIONS OF INTEREST
Councillor Ford declared a non-financial interest by virtue of his employment.
II COMMUNITY SAFETY PARTNERSHIP BUDGET 2013/2014
There was submitted Report No 211-2013 by the Director of Communities.
The Committee agreed to approve the proposed allocations.
III PUBLIC PERFORMANCE REPORT - FIRE AND RESCUE - 2012/2013
There was submitted a report by the Local Senior Officer.
"""


def test_a_council_minute_that_records_its_meeting_in_one_sentence(concord, tmp_path):
    m = one_meeting(concord, tmp_path, COUNCIL_RECORD)
    # the sentence names the committee in full (in capitals, given title case); the web page's title line above it
    # cut the name short
    assert m["forum"] == "Policy Committee (Police, Fire and Community Safety)"
    assert m["date"] == "2013-05-13" and m["venue"] == "Northburgh"
    # civic titles (Depute Lord Provost, Bailie) are no part of a name
    assert m["members"] == ["Christina ABLE", "Willie BAKER", "Helen COLE", "Ken DEAN", "Laurie ELLIS", "Gregor FORD"]
    # articles numbered in Roman numerals over headings in capitals
    assert m["items"] == [{"number": "I", "title": "DECLARATIONS OF INTEREST"},
                          {"number": "II", "title": "COMMUNITY SAFETY PARTNERSHIP BUDGET 2013/2014"},
                          {"number": "III", "title": "PUBLIC PERFORMANCE REPORT - FIRE AND RESCUE - 2012/2013"}]


HIGHLAND_STYLE = """Source: invented

Minutes of Meeting of the Community Safety and Equalities Committee held in the Council Chamber, Council Offices, Northtown, on Thursday, 5 December 2013, at 10.00 a.m.

Present

Mr D Able, Ms J Baker, Mr A Cole (Substitute), Dr D Dean

Non-Members also present:

Mr A Ellis, Mr B Ford

Officials in attendance:

Ms M Green, Depute Chief Executive
Ms R Hall, Equal Opportunities Officer, Chief Executive's Office
Mr P Hope, Elections Manager, Chief Executive's Office

Also in attendance:

Chief Superintendent J Innes, Police Scotland, Highland and Islands Divisional Commander
Mr S Jones, Scottish Fire and Rescue Service, Local Senior Officer for the Highland Area
Dr M King, Board Member, Scottish Police Authority

1. Apologies for Absence

There were no apologies.

2. Declarations of Interest

There were none.
"""


def test_blocks_of_non_members_and_officials_and_posts_after_titled_names(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HIGHLAND_STYLE)
    assert m["time"] == "10:00"
    assert m["members"] == ["D Able", "J Baker", "A Cole", "D Dean"]
    # "Non-Members also present" and "Officials in attendance" head people in attendance, not members; one titled
    # person a line, the rest of the line ("Equal Opportunities Officer", "Highland and Islands Divisional Commander",
    # "Scottish Fire and Rescue Service", "Local Senior Officer for the Highland Area") is their post and body
    assert m["in_attendance"] == ["A Ellis", "B Ford", "M Green", "R Hall", "P Hope", "J Innes", "S Jones", "M King"]


BOARD_RUN = """Source: invented

Northshire Policing Board 16th May 2019 (16:00-17:30) Conference Room 2, County Hall, Northtown

Minutes

Attendees Jane Able AM, Deputy Minister and Chief Whip Jeff Baker, Police and Crime Commissioner for Northshire and Chair of the Regional Policing Group. Arwel Cole, Police and Crime Commissioner for South Northshire Alun Dean, Chief Constable, Northshire Police via telephone Matt Ellis, Chief Constable, West Northshire Police and Chair of the Chief Officers Group. Mark Ford, Director of Local Services, Northshire Government Reg Green, Head of Community Safety, Northshire Government Sarah Hall, Director General Health & Social Services/NHS Northshire

Apologies Dafydd Innes, Police and Crime Commissioner for East Northshire Carys Jones, Chief of Staff, OPCC

1. Chair's opening address 1.1 Jane Able opened the meeting.

2. Mental Health 2.1 DCC Ellis provided an update.
"""


def test_a_run_of_people_and_posts_after_a_label_with_no_colon(concord, tmp_path):
    m = one_meeting(concord, tmp_path, BOARD_RUN)
    assert m["venue"] == "Conference Room 2, County Hall, Northtown"  # the times' bracket goes with the times
    # a place ending a post ("... for South Northshire"), a lower-case word ("via telephone") or a sentence's full
    # stop ends one person's entry before the next given name; the place a post is for is no person
    assert m["members"] == ["Jane Able", "Jeff Baker", "Arwel Cole", "Alun Dean", "Matt Ellis", "Mark Ford",
                            "Reg Green", "Sarah Hall"]
    assert m["apologies"] == ["Dafydd Innes", "Carys Jones"]
    # each item's heading runs on into its first numbered paragraph ("2. Mental Health 2.1 DCC Ellis ...")
    assert m["items"] == [{"number": "1", "title": "Chair's opening address"}, {"number": "2", "title": "Mental Health"}]


PARTNERSHIP = """Source: invented

MINUTES OF THE MEETING OF THE NORTHTOWN DISTRICT POLICING PARTNERSHIP HELD ON 17 AUGUST 2004

PRESENT:
Councillor S P Able (Chairman)
Mr C T Baker
Councillor D W Cole
IN ATTENDANCE:
Director of Corporate Services
Committee Secretary
Police Service of Northshire
Northtown District Command Unit
Chief Superintendent K Dean
Chief Inspector A Ellis
1
Introduction by Chairman
The Chairman welcomed those present.
2
Apologies
It was agreed to accept apologies for non-attendance at the Meeting from Mrs S Ford,
Councillor J H Green, Miss E Hill, Assistant Director of Corporate Services and Mrs A Irwin,
Partnership Manager.
3
Minutes
It was proposed by Councillor D W Cole, seconded by Mr C T Baker and agreed that the
minutes of the Public Meeting of the Partnership held on 15 June 2004 be confirmed and
signed.
"""


def test_posts_and_bodies_heading_a_list_before_its_first_name(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PARTNERSHIP)
    assert m["members"] == ["S P Able", "C T Baker", "D W Cole"]
    # four lines of posts and bodies before the first name do not end the block, nor is "Police Service of
    # Northshire" a person
    assert m["in_attendance"] == ["K Dean", "A Ellis"]
    # "agreed to accept apologies for non-attendance ... from": the first name after "from" is one of them
    assert m["apologies"] == ["S Ford", "J H Green", "E Hill", "A Irwin"]
    # (one meeting: "minutes of the Public Meeting ... held on 15 June 2004" runs on a sentence, no heading)


FORCE_BOARD = """Source: invented

Skip to main content
We use some essential cookies to make our website work.
You can manage your preferences and cookie settings at any time.
Your cookie preferences have been saved.
Your cookie preferences have been saved.
Sorry, there was a technical problem. Please try again.
This site is a beta, which means it's a work in progress.
Title: Chief Officers' Management Board - Strategic
Date: Tuesday 28 January 2025
Venue: County Room and virtual via Microsoft Teams
Name | Role |
---|---|
CC Tim Able (Chair) | Chief Constable (CC) |
DCC Peter Baker | Deputy Chief Constable (DCC) |
ACO Richard Cole | Director of HR |
PSE Jonathan Dean | Chief Finance Officer |
PSE Emma Ellis (Minutes) | Staff Officer |
By invitation
T/DCS Claire Ford (item 3), Southshire Police
Northshire County Council Corporate Management Team, via Teams, item 9.
The record of the last meeting was approved.
There were no actions due at this meeting.
"""


def test_a_force_board_page_with_a_title_label_and_a_table_of_who_came(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FORCE_BOARD)
    # "Title:" over "Date:" and "Venue:" names a meeting, not a report; "- Strategic" says which of its meetings
    assert m["forum"] == "Chief Officers' Management Board - Strategic"
    assert m["date"] == "2025-01-28" and m["venue"] == "County Room and virtual via Microsoft Teams"
    # the "Name | Role" table with its outer rules lost lists the members, whatever block follows it
    assert m["members"] == ["Tim Able", "Peter Baker", "Richard Cole", "Jonathan Dean", "Emma Ellis"]
    assert m["in_attendance"] == ["Claire Ford"]
