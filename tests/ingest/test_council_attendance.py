"""Councils' and shadow boards' minutes (issue 13): the bodies members sit for as headings under "Present:-", a
surname with a small-letter particle ("de Vink"), "Apology for Absence:-", members listed with their wards after a
hyphen, and a heading broken off after "&". Read through the real `concord ingest --json`; bodies and people
invented."""

from tests.ingest.ingesting import ingest_text

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


def _meeting(concord, tmp_path, text: str) -> dict:  # noqa: ANN001
    meetings = ingest_text(concord, tmp_path, text)["meetings"]
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_the_bodies_members_sit_for(concord, tmp_path):
    m = _meeting(concord, tmp_path, SHADOW)
    assert m["forum"] == "Shadow Police and Fire & Rescue Board"
    assert m["date"] == "2012-12-04"
    assert m["members"] == ["Able", "Baker", "de Vries", "Cole", "D Dean", "E Ellis", "F Ford", "G Gale"]
    assert m["in_attendance"] == []
    assert m["apologies"] == ["H Hale"]


def test_members_and_their_wards(concord, tmp_path):
    m = _meeting(concord, tmp_path, WARDS)
    assert m["members"] == ["Ann Able", "Bob Baker", "Cal Cole", "Dee Dean", "Eve Ellis"]
    assert m["in_attendance"] == ["Fay Ford", "Gus Gale"]
    assert m["apologies"] == ["Hal Hale"]
