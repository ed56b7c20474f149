"""Attendees printed in capitals ("PRESENT: COUNCILLOR JOHN SMITH (CHAIR)"), as some bodies' minutes print them: read
as the names they are, while a heading in capitals under a label ("PART ONE") names no one. Bodies and people
invented."""

from pathlib import Path

from concord.ingest.name_runs import split_people
from concord.ingest.textutil import uncap_names
from tests.ingest.ingesting import ingest_text

CAPS = """Minutes of the Eastshire Police and Crime Panel held on 12 March 2019 at 10.00 am at County Hall, Eastport

PRESENT: COUNCILLOR JOHN SMITH (CHAIR), COUNCILLOR MARY JONES, MRS ANN LEE MBE

ALSO PRESENT: MR PETER GREEN (POLICE AND CRIME COMMISSIONER), MS JO BROWN (CHIEF EXECUTIVE, OPCC)

APOLOGIES: COUNCILLOR TOM WHITE

1. Declarations of interest
There were none.

2. Minutes of the last meeting
The minutes were agreed.
"""


def test_people_printed_in_capitals_are_read_by_their_names(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, CAPS)["meetings"]
    assert m["members"] == ["John Smith", "Mary Jones", "Ann Lee"]
    assert m["in_attendance"] == ["Peter Green", "Jo Brown"]
    assert m["apologies"] == ["Tom White"]
    assert [i["title"] for i in m["items"]] == ["Declarations of interest", "Minutes of the last meeting"]


def test_capitals_are_put_in_the_case_of_names_only_where_a_title_says_people_are_listed():
    assert uncap_names("COUNCILLOR MARY O'BRIEN-SMYTH, MR A JONES QPM") == "Councillor Mary O'Brien-Smyth, Mr A Jones QPM"
    assert split_people(uncap_names("COUNCILLOR MARY O'BRIEN-SMYTH, MR A JONES QPM")) == ["Mary O'Brien-Smyth", "A Jones"]
    assert uncap_names("PART ONE") == "PART ONE"  # a heading: no title, no one named
    assert uncap_names("Councillor MARY Jones") == "Councillor MARY Jones"  # mixed case: as printed
