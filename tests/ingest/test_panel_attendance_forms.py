"""Panel minutes that say who came in two more ways: a table whose "Present" column answers Yes or No for each member,
each member sitting for a council or as an independent member; and labelled lines for the councillors present, the
co-opted members present, the Commissioner and the Commissioner's officers. Those marked No did not come; co-opted
members are members; the Commissioner and officers are in attendance. Bodies and facts invented; read through the
real `concord ingest --json`."""

from tests.ingest.ingesting import one_meeting

YES_NO = """Southdown Police and Crime Panel - 17 June 2022

Attendance

Name                      Representing                  Present
Cllr Anne Walsh (Chair)   Eastvale Borough Council      Yes
Cllr Brian Holt           Marsh District Council        Yes
Cllr Chris Nolan          Riverside Council             No
Mr Derek Young            Independent member            Yes

Minutes

1. Welcome
The Chair welcomed everyone.

2. Performance report
The Panel noted the report.
"""

LABELLED = """Minutes of a meeting of the Northshire Police and Crime Panel held on 2 December 2021

Councillors present: J Barker (Chair), P Lomas, S Patel, R Whitfield.
Co-opted members present: K Drummond, L Oyelaran.
Police and Crime Commissioner: D Hollis.
Officers of the Commissioner: F Arden (Chief Executive), G Moss (Chief Finance Officer).

23. Apologies for absence
None.

24. Police and Crime Plan
The Panel reviewed the plan.
"""


def test_a_present_column_of_yes_and_no(concord, tmp_path):
    m = one_meeting(concord, tmp_path, YES_NO)
    assert m["members"] == ["Anne Walsh", "Brian Holt", "Derek Young"]  # not Chris Nolan, marked No
    assert (m["in_attendance"], m["apologies"]) == ([], [])


def test_co_opted_members_and_the_commissioners_office_by_their_labels(concord, tmp_path):
    m = one_meeting(concord, tmp_path, LABELLED)
    assert m["members"] == ["J Barker", "P Lomas", "S Patel", "R Whitfield", "K Drummond", "L Oyelaran"]
    assert m["in_attendance"] == ["D Hollis", "F Arden", "G Moss"]
