"""A council page's attendance table run onto one line (each person's name, the body they sit for and their status
one after another, as a document host prints it), read through the real `concord ingest --json` in a fresh process:
those present are members, those sending apologies apologies, those absent neither. The panel and people are
invented."""

from __future__ import annotations

from concord.ingest.extract.flat_status import flat_status
from tests.ingest.ingesting import one_meeting

PAGE = ("Northshire Police and Crime Panel - Minutes of the meeting held on Friday, 18th October 2024 at 10:00 AM, "
        "Council Chamber, Northtown Attendance Councillor Ann Able Northtown City Council Absent Councillor John Brook "
        "Eastfield Borough Council Present, as expected Councillor Rita Cole Westfield District Council Apologies "
        "Councillor Tom Dale Southfield Borough Council Present, as expected Mr Sam Eden Independent Co-opted Member "
        "Present, as expected\n")


def test_a_status_table_run_onto_one_line(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PAGE)
    assert m["members"] == ["John Brook", "Tom Dale", "Sam Eden"]
    assert m["apologies"] == ["Rita Cole"]
    assert "Ann Able" not in m["members"] + m["in_attendance"] + m["apologies"]


def test_fewer_than_three_rows_or_prose_are_no_table():
    two = PAGE[:PAGE.index(" Councillor Rita Cole")]
    assert flat_status(two, 0, len(two)) == {}
    prose = ("The Panel heard that Councillor Ann Able was Absent for the vote, and the Chair said the Commissioner "
             "was Present for the item on the precept, which members then discussed at length before the vote was "
             "taken; Councillor John Brook asked that the Apologies of the Chief Constable be noted. ") * 2
    assert flat_status(prose, 0, len(prose)) == {}
