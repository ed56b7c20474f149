"""A working group's minutes as a document host renders them, its inline tags printed ("<strong>of</strong>",
"Midl<strong>and</strong>s"), its heading wrapped over two lines in capitals, and a form of labels (CHAIR:, SECRETARY:,
DATE/TIME:, LOCATION:) for its header, read through the real `concord ingest --json` in a fresh process. The group,
people and places are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

PAGE = """12.03.2015 Views

national working group on firearms licensing ... - Northshire Police

SHOW MORE
SHOW LESS

NOT PROTECTIVELY MARKED<br />

National Administration <strong>of</strong> Firearms <strong>and</strong> Explosives Licensing<br />

NATIONAL FIREARMS AND EXPLOSIVES<br />

LICENSING WORKING GROUP<br />

Meeting 02/2009<br />

CHAIR:<br />

SECRETARY:<br />

Ann Able, ACC, <strong>Northshire</strong> <strong>Police</strong><br />

Ben Brook, Staff Officer, <strong>Northshire</strong> <strong>Police</strong><br />

DATE/TIME: Thursday 18th June 2009<br />

LOCATION:<br />

Room 12, East Midl<strong>and</strong>s Police Headquarters<br />

09/02/01 ATTENDANCE AND APOLOGIES<br />

1.1 Attendance<br />

Ann Able, ACC <strong>Northshire</strong> <strong>Police</strong>, Chair<br />

Ben Brook, <strong>Northshire</strong> <strong>Police</strong>, Staff Officer<br />

Cara Cole, Southshire (South Region)<br />

Dan Dale, Westshire (West Region)<br />

1.2 Apologies<br />

Eve Ellis, Eastshire<br />
"""


def test_a_hosts_rendering_of_a_form_of_labels(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["title"] == "NATIONAL FIREARMS AND EXPLOSIVES LICENSING WORKING GROUP"
    [m] = out["meetings"]
    assert m["forum"].lower() == "national firearms and explosives licensing working group"
    assert (m["date"], m["venue"]) == ("2009-06-18", "Room 12, East Midlands Police Headquarters")
    assert m["members"][:4] == ["Ann Able", "Ben Brook", "Cara Cole", "Dan Dale"]
    assert m["apologies"] == ["Eve Ellis"]
