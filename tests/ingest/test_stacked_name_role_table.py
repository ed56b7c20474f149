"""A board's attendance table of Name and Role saved from a web page by a converter that knows no columns: each cell on
a line of its own, the heads "Name" and "Role" first, then each person's name over their role. Everyone named is a
member (as the same table read in columns); the roles are no people and the minutes' text below is no row. Bodies and
facts invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import one_meeting

STACKED = """Title: Chief Officer Group - Strategic
Date: Tuesday 4 March 2025
Venue: Conference Room 2, Police Headquarters

Name
Role
CC Helen Doyle (Chair)
Chief Constable
DCC Arun Mehta
Deputy Chief Constable
ACO Ruth Pollard
Director of Finance
T/ACC Simon Reeve
Local Policing
Insp Kate Lowry
Staff Officer

1. Minutes of the last meeting
The minutes were agreed.

2. Fleet strategy
The group approved the fleet strategy.
"""


def test_a_name_and_role_table_one_cell_a_line(concord, tmp_path):
    m = one_meeting(concord, tmp_path, STACKED)
    assert m["members"] == ["Helen Doyle", "Arun Mehta", "Ruth Pollard", "Simon Reeve", "Kate Lowry"]
    assert m["in_attendance"] == []
    assert [i["title"] for i in m["items"]] == ["Minutes of the last meeting", "Fleet strategy"]
