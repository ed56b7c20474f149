"""Councils' and shadow boards' minutes (issue 13): the bodies members sit for as headings under "Present:-", a
surname with a small-letter particle ("de Vink"), "Apology for Absence:-", members listed with their wards after a
hyphen, and a heading broken off after "&". Read through the real `concord ingest --json`; bodies and people
invented."""

from tests.ingest.ingesting import one_meeting

SHADOW = """10-1

MINUTES of MEETING of the SHADOW POLICE AND FIRE &

RESCUE BOARD held in the Council Chambers, Northshire House, High

Street, Northtown Tuesday 4 December 2012 at 10.00 am.

Present:-

Northshire Council: Councillors Able (Chair), Baker, de Vries and Cole;

Northshire Police: Chief Inspector D Dean;

Northshire Fire and Rescue: Mr E Ellis, Local Senior Fire Officer;

NHS Northshire: Mr F Ford;

Northshire Voluntary Action: Mr G Gale.

Apology for Absence:- Mr H Hale (Northshire Community Justice Authority).

1 Welcome

The Chair welcomed all present to the first meeting of the Shadow Board.

2 Declarations of Interest

There were no declarations of interest.
"""

WARDS = """Police, Fire and Rescue Committee Minutes

Date:
Thursday 22 November 2012
Time:
10:30am
Place:
Council Offices, High Street, Northtown

Attendance Details

Members:
Ann Able (Convener)-Northtown North
Bob Baker (Vice Convener)-Abbey
Cal Cole-Abbey
Dee Dean-Westmoor and Eastmoor
Eve Ellis-Riverside
Officials:
Fay Ford - Chief Constable
Gus Gale - Clerk
Apologies:
Hal Hale

1. SEDERUNT AND APOLOGIES

2. DECLARATIONS OF INTEREST
"""



def test_the_bodies_members_sit_for(concord, tmp_path):
    m = one_meeting(concord, tmp_path, SHADOW)
    assert m["forum"] == "Shadow Police and Fire & Rescue Board"
    assert m["date"] == "2012-12-04"
    assert m["members"] == ["Able", "Baker", "de Vries", "Cole", "D Dean", "E Ellis", "F Ford", "G Gale"]
    assert m["in_attendance"] == []
    assert m["apologies"] == ["H Hale"]


def test_members_and_their_wards(concord, tmp_path):
    m = one_meeting(concord, tmp_path, WARDS)
    assert m["members"] == ["Ann Able", "Bob Baker", "Cal Cole", "Dee Dean", "Eve Ellis"]
    assert m["in_attendance"] == ["Fay Ford", "Gus Gale"]
    assert m["apologies"] == ["Hal Hale"]


JOINT_BOARD = """AGENDA ITEM No 3

NORTHSHIRE JOINT POLICE BOARD - MINUTES OF MEETING ON 16 APRIL 1998

Thursday 16 April 1998

Held in City Chambers, George Square,

Minutes of Meeting in City Chambers, Northtown on 16 April 1998

Present: Councillor Ann Able (Convener), Councillor Bob Baker

Attending: M L Clark (Assistant Clerk); A F Dean (Joint Board Manager)

1. MINUTES

The minutes of the last meeting were approved.
"""


def test_a_meeting_in_a_place_is_no_forum(concord, tmp_path):
    """"Minutes of Meeting in City Chambers" names a place; the board is the heading's, before "- MINUTES OF"."""
    m = one_meeting(concord, tmp_path, JOINT_BOARD)
    assert m["forum"] == "Northshire Joint Police Board"
    assert m["date"] == "1998-04-16"
    assert m["members"] == ["Ann Able", "Bob Baker"]
    assert m["in_attendance"] == ["M L Clark", "A F Dean"]


REGISTER = """Northshire Police Authority

NORTHSHIRE AND SOUTHSHIRE POLICE AUTHORITIES JOINT COMMITTEE

M I N U T E S

of the Meeting held in the Conference Room 1, Block 7, High Road, Northtown

on Wednesday, 2 May 2012 at 10.00

PRESENT:

ABLE, Professor A

BAKER, Councillor B

COLE, Bishop C – in the Chair

IN ATTENDANCE: DEAN, Mr D Chief Superintendent, Northshire

MCEWAN, Ms E

Chief Executive, Southshire

18. MINUTES

The minutes of the meeting held on 1 February 2012 were approved.
"""


def test_letter_spaced_minutes_under_the_forum_and_names_surname_first(concord, tmp_path):
    """"M I N U T E S" under the forum's name, the place and the date on the lines below; a register's names
    surname first in capitals, the post on the line under the person."""
    m = one_meeting(concord, tmp_path, REGISTER)
    assert m["forum"] == "Northshire and Southshire Police Authorities Joint Committee"
    assert (m["date"], m["time"]) == ("2012-05-02", "10:00")
    assert m["venue"] == "Conference Room 1, Block 7, High Road, Northtown"
    assert m["members"] == ["A Able", "B Baker", "C Cole"]
    assert m["in_attendance"] == ["D Dean", "E McEwan"]
