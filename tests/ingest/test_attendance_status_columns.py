"""Who came, printed as a table whose columns say who, the seat or body they sit for, and whether they came, with
heads other than "Attendee / Role / Attendance": "Member | Representing | Attendance", "Councillor <tab> Council <tab>
Status", "Name | Present". Under a Member column everyone present is a member; under a Name column only those in a
member's seat are. One named by surname alone in a sentence ("Apologies were received from Cllr Vale") is the table's
"Chris Vale", not a second person. And a meeting's times printed as a range ("2pm – 4.30pm") give the first. Bodies,
people and places invented; each paper goes through the real `concord ingest --json`."""

from tests.ingest.ingesting import one_meeting

_HEAD = """# Eastmoor Police and Crime Panel

## Minutes of the meeting held on 3 February 2021 at 10:30 am, virtual meeting

"""
_ITEMS = """
**In attendance:** Eve Long (Police and Crime Commissioner), Fred Mann (Chief Executive, OPCC)

### 1. Apologies
Apologies were received from Cllr Vale.

### 2. Proposed precept 2021/22
The Commissioner presented the proposed precept.

### 3. Police and crime plan
The Commissioner presented the plan.
"""

TABLES = {
    "member_representing": """| Member | Representing | Attendance |
|---|---|---|
| Cllr Ann Hale (Chair) | Northtown Borough Council | Present |
| Cllr Bob Rees | Southtown District Council | Present |
| Cllr Chris Vale | Eastmoor County Council | Apologies |
| Mrs Dee Shaw | Independent Co-opted Member | Present |
""",
    "councillor_tabs": "Councillor\tCouncil\tStatus\nAnn Hale\tNorthtown Borough Council\tPresent\n"
                       "Bob Rees\tSouthtown District Council\tPresent\nChris Vale\tEastmoor County Council\tApologies\n"
                       "Dee Shaw\tEastmoor County Council\tPresent\n",
}


def test_attendance_tables_with_other_column_heads(concord, tmp_path):
    for name, table in TABLES.items():
        m = one_meeting(concord, tmp_path, _HEAD + table + _ITEMS)
        assert (m["members"], m["in_attendance"], m["apologies"]) == (
            ["Ann Hale", "Bob Rees", "Dee Shaw"], ["Eve Long", "Fred Mann"], ["Chris Vale"]), name


def test_a_name_column_counts_only_those_in_a_members_seat(concord, tmp_path):
    table = """| Name | Role | Attendance |
|---|---|---|
| Ann Hale | Chair | Present |
| Bob Rees | Independent Member | Present |
| Chris Vale | Independent Member | Apologies |
| Gail Ford | Chief Finance Officer | Present |
"""
    m = one_meeting(concord, tmp_path, _HEAD + table + _ITEMS)
    assert (m["members"], m["in_attendance"], m["apologies"]) == (
        ["Ann Hale", "Bob Rees"], ["Gail Ford", "Eve Long", "Fred Mann"], ["Chris Vale"])


def test_a_range_of_times_gives_the_first(concord, tmp_path):
    m = one_meeting(concord, tmp_path, """Westmoor Joint Independent Audit Committee

Minutes: 5 December 2018, 2pm – 4.30pm, Training Room, Westmoor Police HQ

Committee members present: Kay Ward (Chair); Nigel Fox; Raj Patel
Apologies: Ann Burke (Independent Member)

Item 1 Minutes of the meeting of 19 September 2018
The minutes were agreed.

Item 2 Risk management update
The Chief Finance Officer presented the strategic risk register.
""")
    assert (m["date"], m["time"], m["venue"]) == ("2018-12-05", "14:00", "Training Room, Westmoor Police HQ")


CROSS_AND_WHY = """Joint Independent Audit Committee – Minutes – 20 July 2021

Attendance
Name | Role | Present
Alison Ford | Chair | Yes
Brian Moss | Member | Yes
Cathy Nunn | Member | No – apologies
Derek Oates | Member | Yes
Elaine Park | OPCC Chief Finance Officer | Yes
Fred Hale | Member | No

1. Minutes of the last meeting
Agreed.
"""


def test_a_cross_with_apologies_beside_it_is_an_apology(concord, tmp_path):
    """"No – apologies" in the Present column: she sent apologies; "No" alone: absent, neither; and the rows after her
    are still read."""
    for text in (CROSS_AND_WHY, CROSS_AND_WHY.replace("No – apologies", "No (apologies sent)")):
        m = one_meeting(concord, tmp_path, text)
        assert m["members"] == ["Alison Ford", "Brian Moss", "Derek Oates"]
        assert m["in_attendance"] == ["Elaine Park"]
        assert m["apologies"] == ["Cathy Nunn"]
