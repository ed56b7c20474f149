"""Who came, printed in three more shapes (concord/ingest/extract/people.py, attendance_tables.py, apologies.py): a list
of people in two columns set apart by spaces, as a PDF's text gives it; an attendance table of bars with its rule
under the heads; and a sentence turned about, "Also in attendance were ...". And an undertaking given by someone the
attendance lists (extract/actions.py). Bodies and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text, one_meeting

COLUMNS = """NORTHSHIRE POLICE AND CRIME PANEL
MINUTES
Date: 14 March 2019
Time: 10.00 am
Venue: County Hall, Northtown

PRESENT
Cllr J Smith (Chairman)      Cllr M Jones
Cllr P Brown                 Mrs A White
Cllr R Hill                  Mr K Patel

OFFICERS IN ATTENDANCE
J Green      Police and Crime Commissioner
T Black      Chief Executive, OPCC

1. APOLOGIES
Apologies were received from Cllr A Grey and Cllr S Wood.

2. PRECEPT PROPOSAL 2019/20
The Panel considered the Commissioner's proposed precept.
"""

BARRED = """Northshire Police and Crime Panel
Minutes of the meeting held on Thursday 14 March 2019

Attendance

| Name | Role | Attendance |
|---|---|---|
| Cllr John Smith | Chair | Present |
| Cllr Mary Jones | Member | Present |
| Cllr Peter Brown | Member | Apologies |
| Mrs Ann White | Independent Member | Present |
| Jane Green | Police and Crime Commissioner | Present |

1. Declarations of interest
None.

2. Precept proposal 2019/20
The Panel considered the proposed precept.
"""

TURNED_ABOUT = """Minutes of the Northshire Police and Crime Panel held at County Hall, Northtown on 14 March 2019 at 10.00 am.

The following members were present: Councillor John Smith (Chair), Councillor Mary Jones, Councillor Peter Brown and Mrs Ann White.

Also in attendance were Jane Green (Police and Crime Commissioner) and Tom Black (Chief Executive).

1. Apologies for absence
Apologies were received from Councillor Alan Grey.

2. Precept proposal 2019/20
Present were a number of members of the public, who asked about the precept.
"""


def test_a_list_of_people_in_two_columns_gives_everyone(concord, tmp_path: Path):
    m = one_meeting(concord, tmp_path, COLUMNS)
    assert m["members"] == ["J Smith", "M Jones", "P Brown", "A White", "R Hill", "K Patel"]
    assert m["in_attendance"] == ["J Green", "T Black"]  # a name and a post in two columns: one person a line
    assert m["apologies"] == ["A Grey", "S Wood"]


def test_a_barred_attendance_table_with_its_rule_under_the_heads(concord, tmp_path: Path):
    m = one_meeting(concord, tmp_path, BARRED)
    assert (m["members"], m["in_attendance"], m["apologies"]) == (
        ["John Smith", "Mary Jones", "Ann White"], ["Jane Green"], ["Peter Brown"])


def test_also_in_attendance_were(concord, tmp_path: Path):
    m = one_meeting(concord, tmp_path, TURNED_ABOUT)
    assert m["members"] == ["John Smith", "Mary Jones", "Peter Brown", "Ann White"]
    assert m["in_attendance"] == ["Jane Green", "Tom Black"]
    assert m["apologies"] == ["Alan Grey"]


UNDERTAKING = """NORTHSHIRE POLICE AND CRIME PANEL
Minutes of the meeting held on 14 March 2019 at County Hall, Northtown

Present: Ann Lee (Chair), Bob Hill, Cat Moss

1. Estates strategy
The Panel discussed the sale of the old station at Northtown and the costs of the new one.
Bob Hill undertook to circulate the valuation report to members before the next meeting.
The project team will report back on progress in the summer.

2. Any other business
There was none.
"""


def test_someone_listed_as_there_gives_an_undertaking_without_a_title(concord, tmp_path: Path):
    """"Bob Hill undertook to circulate ...": an action, its giver named as the attendance lists him (no title, no
    office); a team's "will report back" names no one, and is none."""
    out = ingest_text(concord, tmp_path, UNDERTAKING)
    assert [(a["item"], a["text"]) for a in out["actions"]] == [
        ("1", "Bob Hill undertook to circulate the valuation report to members before the next meeting.")]


RUN_ON_INITIALLED = """Joint Audit Committee Meeting Minutes Date: Thursday 10 February 2022 Time: 1pm Location: Conference Room, Police Headquarters Committee Members: Alan Neate (AN) Chair Lisa Marsh (LM) Vice-chair Peter Lord (PL) In Attendance: Andrew Lowry (AL) Chief Finance Officer, OPCC Richard Cross (RC) Chief Finance Officer, Constabulary Karen Shore (KS) Chief Internal Auditor Apologies: Jason Kent (JK) Lucy Hunt (LH)

1. MINUTES OF THE LAST MEETING
The minutes were agreed.
"""


def test_initialled_names_run_onto_one_line_keep_their_labels(concord, tmp_path: Path):
    """A header and its attendance run onto one line, each person with their initials: those after "In Attendance:"
    are in attendance and those after "Apologies:" sent apologies, not members."""
    m = one_meeting(concord, tmp_path, RUN_ON_INITIALLED)
    assert m["members"] == ["Alan Neate", "Lisa Marsh", "Peter Lord"]
    assert m["in_attendance"] == ["Andrew Lowry", "Richard Cross", "Karen Shore"]
    assert m["apologies"] == ["Jason Kent", "Lucy Hunt"]


DASHED_BLOCKS = """Title of meeting: Northshire Independent Advisory Panel
Date: 10th February 2015 at 12:30
Venue: Riverside House, Northtown

Attendees
Panel - Dan Carr (Chair), Jo Azim, Laura Cole, Keith Kerr
College - Rob Beck, Gill Locke, Anne Tate

1. Welcome and Introductions
The Chair welcomed attendees.

2. Terms of reference
CC Ann Ford - Chair of the working group - presented the terms of reference.
"""


def test_block_headings_with_a_dash_where_others_print_a_colon(concord, tmp_path: Path):
    """"Panel - A, B" over "College - C, D": two blocks, as with colons; the second body's people are in attendance."""
    m = one_meeting(concord, tmp_path, DASHED_BLOCKS)
    assert m["members"] == ["Dan Carr", "Jo Azim", "Laura Cole", "Keith Kerr"]
    assert m["in_attendance"] == ["Rob Beck", "Gill Locke", "Anne Tate"]


def test_an_apologies_item_after_the_members_is_no_more_members(concord, tmp_path: Path):
    minutes = ("NORTHSHIRE POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 14 June 2023 at 10.00 am at County "
               "Hall, Northford\n\nPresent: Councillor Cat Ray (Chair), Councillor Dan Fox, Councillor Eve Lamb\n\n"
               "1. Apologies were received from the Chief Constable, Councillor Ann Roe and Bob Hill.\n\n"
               "2. Declarations of interest\nNone.\n\n3. Precept\nNoted.\n")
    m = one_meeting(concord, tmp_path, minutes)
    assert m["members"] == ["Cat Ray", "Dan Fox", "Eve Lamb"]  # not Ann Roe and Bob Hill, who sent apologies
    assert m["apologies"] == ["Ann Roe", "Bob Hill"]
