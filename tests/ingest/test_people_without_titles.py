"""Attendees named without titles, in two ways bodies print them. A list in capitals whose every entry is a given name
and a surname ("PRESENT: ANN VALE (CHAIR), TOM HART") is read as people, as a list in capitals with titles was before;
a heading in capitals under the label ("DECLARATIONS OF INTEREST") is no one. A register printed surname first with
initials after it ("Vale A (Chair)", "Hart T", "Stone M - Chief Finance Officer") is read as "A Vale", "T Hart" and "M
Stone", as "VALE, Mrs A" was before; "Option A" and "Part B" are no one. Before, both lists gave no members. Bodies
and people invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import one_meeting

CAPITALS = """WESTSHIRE POLICE AND CRIME PANEL

MINUTES OF THE MEETING HELD ON THURSDAY 12 MARCH 2025 AT 10.00 AM
IN COMMITTEE ROOM 2, COUNTY HALL, WESTBURY

PRESENT: ANN VALE (CHAIR), TOM HART, PETER LONG, SUSAN GREY

ALSO PRESENT: JOHN REED (POLICE AND CRIME COMMISSIONER), MARY STONE (CHIEF EXECUTIVE, OPCC)

APOLOGIES: DAVID FROST

1. DECLARATIONS OF INTEREST
There were none.

2. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 10 January 2025 were agreed as a true record.
"""

SURNAME_FIRST = """Northvale Joint Audit Committee

Minutes of the meeting held on 4 June 2024 at 2.00pm
Venue: Room 5, Police Headquarters, Northvale

Members present:
Vale A (Chair)
Hart T
Long P

Officers present:
Stone M - Chief Finance Officer, OPCC
Reed J - Deputy Chief Constable

Apologies:
Grey S

1/24 Apologies for absence
Apologies were received from S Grey.

2/24 Internal audit progress report
The committee noted the report.
"""


def test_people_in_capitals_without_titles(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, CAPITALS)
    assert meeting["members"] == ["Ann Vale", "Tom Hart", "Peter Long", "Susan Grey"]
    assert meeting["in_attendance"] == ["John Reed", "Mary Stone"]
    assert meeting["apologies"] == ["David Frost"]
    assert [i["title"] for i in meeting["items"]][:2] == ["DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING"]


def test_register_surname_then_initials(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, SURNAME_FIRST)
    assert meeting["members"] == ["A Vale", "T Hart", "P Long"]
    assert meeting["in_attendance"] == ["M Stone", "J Reed"]
    assert meeting["apologies"] == ["S Grey"]


def test_lettered_headings_are_no_one(concord, tmp_path):  # noqa: ANN001
    text = SURNAME_FIRST.replace("Long P\n", "Long P\nOption A\nPart B\n")
    assert one_meeting(concord, tmp_path, text)["members"] == ["A Vale", "T Hart", "P Long"]
