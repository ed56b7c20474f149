"""National and representative boards' minutes (issue 13): attendees under sub-headings of who they are ("Board
Directors", "Others"), the bodies members sit for under "Members present via video conference", apologies the first
minute notes, a forum given by its short name in the heading and spelt out below, and a meeting form whose title adds
the meeting's theme to the forum's name. Read through the real `concord ingest --json`; bodies and people invented."""

from tests.ingest.ingesting import one_meeting

DIRECTORS = """OFFICIAL
MEETING OF THE BOARD OF DIRECTORS
Title of meeting Northshire Policing Trust Board
Date
14 March 2019 (1000 - 1300)
Venue
Board Room (Northtown)
Attendees
Board Directors
Ann Able (AA) (Chair)
Bob Baker (BB)
Cal Cole (CC)
Others
Dee Dean (DD)
Eve Ellis (EE)
Agenda Item 1 - Welcome and apologies
1.1 The Chair opened the meeting.
"""

REPRESENTATIVES = """Transparency data

NSPB meeting minutes, 3 May 2023

Updated 1 June 2023

Northshire Staff Pay Board (NSPB)

3 May 2023, 10:00 - 12:00

Members present via video conference

Independent Chair

Fay Ford

NSPB Secretariat

Gus Gale

Northshire Police Federation (NPF)

  • Hal Hunt

  • Ivy Inch

Home Office (HO)

  • Jon Judd

Staff Association of Northshire (SAN)

  • Kim Kerr

Welcome and apologies

1. The Chair welcomed everyone to the meeting and noted apologies from Lou Low (NPF), Max Mole (HO) Nia Nash (SAN).

2. Minutes of the previous meeting were agreed.
"""

THEMED = """Northshire Policing Council Minutes: 9 June 2021
Northshire Policing Council Minutes 9 June 2021
Title of meeting Northshire Policing Council Safer Streets: Policing the Coast
Date 9 June 2021
Time 10:00 - 11:30
Venue Virtual meeting
Attendees
• Lee Lane MP: Minister (Chair)
• Mo Moss: Chair, Northshire Chiefs' Council
• Ned North: Chief Executive, Northshire College
"""



def test_board_directors_are_members_and_others_attend(concord, tmp_path):
    m = one_meeting(concord, tmp_path, DIRECTORS)
    assert m["forum"] == "Northshire Policing Trust Board"
    assert m["members"] == ["Ann Able", "Bob Baker", "Cal Cole"]
    assert m["in_attendance"] == ["Dee Dean", "Eve Ellis"]


def test_members_under_the_bodies_they_sit_for(concord, tmp_path):
    m = one_meeting(concord, tmp_path, REPRESENTATIVES)
    assert m["forum"] == "Northshire Staff Pay Board"
    assert m["date"] == "2023-05-03"
    assert m["members"] == ["Fay Ford", "Hal Hunt", "Ivy Inch", "Jon Judd", "Kim Kerr"]
    assert m["in_attendance"] == ["Gus Gale"]
    assert m["apologies"] == ["Lou Low", "Max Mole", "Nia Nash"]  # in the first minute's prose


def test_a_meetings_theme_is_not_its_forum(concord, tmp_path):
    m = one_meeting(concord, tmp_path, THEMED)
    assert m["forum"] == "Northshire Policing Council"
    assert m["date"] == "2021-06-09"
    assert m["members"] == ["Lee Lane", "Mo Moss", "Ned North"]


RUN_ON = """Board Meeting 20th June 2018

Board Meeting

Date & Time: Wednesday 20 June 2018 at 2:30pm Venue: Harbour House, Northtown NT1 4PU Present: Ann Able Director \
General Robert Baker Senior Independent Director Carol Cole Non-Executive Director Gareth Dale Deputy Director General \
(Operations) Emma Ellis Director, Resources In Attendance: Frank Ford General Counsel Grace Gale Ag. Chief of Staff

1. WELCOME AND INTRODUCTIONS

The Chair welcomed all members to the meeting.

2. APOLOGIES

Apologies were received from Harry Hunt.
"""


def test_names_and_posts_run_together(concord, tmp_path):
    """Each person's post printed after the name, nothing between one person and the next: a given name after a
    post's last word starts the next person; "In Attendance:" inside the run starts those attending."""
    m = one_meeting(concord, tmp_path, RUN_ON)
    assert m["date"] == "2018-06-20"
    assert m["members"] == ["Ann Able", "Robert Baker", "Carol Cole", "Gareth Dale", "Emma Ellis"]
    assert m["in_attendance"] == ["Frank Ford", "Grace Gale"]
    assert m["apologies"] == ["Harry Hunt"]


GLUED_BLOCKS = """Northshire College

Title of meetingNorthshire College Advisory Panel

Date10th February 2015 at 12:30

VenueNorthshire College, Riverside House, Northtown NT2 9HA

AttendeesPanel:Ann Able (Chair),Bob Baker, Cal Cole (Deputy Chair),

Dee Dean via audio link

College:Eve Ellis, Fay Ford,Gus Gale

ApologiesPanel:Hal Hunt.

1.Welcome and Introductions

1.1The Chair welcomed attendees and introductions followed.
"""


def test_the_panel_then_another_body(concord, tmp_path):
    """"Panel:" names the members; the next body's heading after them ("College:") those attending; how a member
    came ("via audio link") is not part of the name."""
    m = one_meeting(concord, tmp_path, GLUED_BLOCKS)
    assert m["forum"] == "Northshire College Advisory Panel"
    assert m["members"] == ["Ann Able", "Bob Baker", "Cal Cole", "Dee Dean"]
    assert m["in_attendance"] == ["Eve Ellis", "Fay Ford", "Gus Gale"]
    assert m["apologies"] == ["Hal Hunt"]
