"""Meetings dated in figures ("Monday, 24/04/2017", "13.05.2013"), as many bodies' templates and converters print
them: the cues that find a meeting's heading, summons, sentence and date line take a date in figures as they take
"24 April 2017". Bodies, people and places invented."""

from tests.ingest.ingesting import one_meeting

HEADING_ON_ONE_LINE = """EASTSHIRE POLICE AND CRIME PANEL Monday, 24/04/2017 at 14:00 County Hall, Eastport, EP1 2AB AGENDA \
1 Minutes of last meeting held on 06/02/2017 5 - 18 2 Apologies for Absence 3 Declarations of Interests 4 Work \
Programme 19 - 22 5 Police and Crime Commissioner's Update 23 - 40 6 Complaints Update 41 - 48
"""

SUMMONS = """Date: 07/12/2017

Dear Member

WESTSHIRE JOINT AUDIT COMMITTEE

You are requested to attend a meeting of the Westshire Joint Audit Committee on Wednesday 13/12/2017 in the \
Board Room, Police Headquarters, Westford at 10.00am.

Yours sincerely

Ann Other
Chief Executive

AGENDA

1. Apologies for absence

2. Minutes of the last meeting held on 12/09/2017

3. Internal audit progress report
"""

HELD_SENTENCE = """Policy and Resources Committee - 13/05/2013

At a MEETING of the POLICY AND RESOURCES COMMITTEE held at Northport on 13/05/2013.

Present:-

Councillor Ann OTHER
Councillor Bob HILL
Councillor Cat RAY

I DECLARATION OF INTEREST

There were no declarations of interest.

II MINUTE OF PREVIOUS MEETING

The minute of meeting of this Committee of 18/03/2013 was held as read.
"""


def test_a_heading_dated_in_figures_on_a_flattened_agenda(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HEADING_ON_ONE_LINE)
    assert m["date"] == "2017-04-24"
    assert m["forum"] == "Eastshire Police and Crime Panel"
    assert m["time"] == "14:00"
    assert [i["title"] for i in m["items"]][:3] == ["Minutes of last meeting held on 06/02/2017",
                                                   "Apologies for Absence", "Declarations of Interests"]


def test_a_summons_dated_in_figures_gives_the_meeting_not_the_letter(concord, tmp_path):
    m = one_meeting(concord, tmp_path, SUMMONS)
    assert m["date"] == "2017-12-13"  # the meeting's day, not the letter's 07/12/2017
    assert m["forum"] == "Westshire Joint Audit Committee"
    assert m["venue"] == "Board Room, Police Headquarters, Westford"
    assert m["time"] == "10:00"


def test_minutes_held_on_a_date_in_figures(concord, tmp_path):
    m = one_meeting(concord, tmp_path, HELD_SENTENCE)
    assert m["date"] == "2013-05-13"
    assert m["venue"] == "Northport"
    assert {"Ann OTHER", "Bob HILL", "Cat RAY"} <= set(m["members"])  # names as printed


MINUTES_HELD_ON = """Minutes of the Meeting of the Northshire Joint Audit Committee held on 13/05/2013 at Police \
Headquarters, Northport

Present: Ann Other (Chair), Bob Hill, Cat Ray

1. Apologies for absence
There were none.

2. Minutes of the previous meeting
The minutes of the meeting held on 18/03/2013 were agreed.
"""

FILE_DATE_ABOVE = """Author: Dan Fox Organisation: Southshire Police

Date Created: 14/01/2019 Telephone: 101

MINUTES OF THE STRATEGIC LEADERSHIP BOARD DATE: Monday 14th January 2019 LOCATION: Board Room, Southford

MEMBERS PRESENT
Ann Other, Chief Constable
Bob Hill, Deputy Chief Constable

1. Minutes of Previous Meeting
The minutes were approved.
"""


def test_a_minutes_heading_held_on_a_date_in_figures(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES_HELD_ON)
    assert m["date"] == "2013-05-13"
    assert m["forum"] == "Northshire Joint Audit Committee"
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]


def test_a_files_date_in_figures_above_the_heading_is_not_the_meetings(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FILE_DATE_ABOVE)
    assert m["date"] == "2019-01-14"
    assert m["venue"] == "Board Room, Southford"  # not the file's "Telephone: 101"
