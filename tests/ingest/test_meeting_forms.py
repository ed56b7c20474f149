"""Minutes printed on a form (a force's or an office's own template, converted cell by cell): a generic heading in a
table cell ("/ Minutes of Meeting"), the meeting named by a "Meeting:" label, a Time label glued to the date before
it. Bodies and people invented."""

from pathlib import Path
from tests.ingest.ingesting import ingest_text

FORM = """PROTECT

/ Minutes of Meeting

Meeting: STRATEGY TEAM

Venue: ROOM 4, WESTGATE HOUSE

Date: TUESDAY 9 MARCH 2021Time: 2.30pm

Attendance:
Chief Constable Mr P Harrow (Chair)
Deputy Chief Constable Mrs L Fenn
Assistant Chief Officer Mr D Kaye
ITEM 1: APOLOGIES
Summary of Discussion:
Apologies were submitted on behalf of Assistant Chief Constable Mr R Teal.
ITEM 2: ESTATES REVIEW
Summary of Discussion:
The paper was noted.
Action: ACO Mr Kaye to circulate the revised estates timetable to the team.
"""


_ingest = ingest_text


def test_minutes_form_with_a_cell_mark_and_a_meeting_label(concord, tmp_path: Path):
    out = _ingest(concord, tmp_path, FORM)
    [doc] = out["documents"]
    assert doc["kind"] == "minutes"
    assert doc["title"] == "Minutes of Meeting"  # the form's own heading, without the cell's mark
    [m] = out["meetings"]
    assert m["forum"].lower() == "strategy team"  # the Meeting: label, not the generic heading
    assert (m["date"], m["time"]) == ("2021-03-09", "14:30")  # the Time label glued to the year
    assert m["members"] == ["P Harrow", "L Fenn", "D Kaye"]
    assert m["apologies"] == ["R Teal"]
    assert [i["number"] for i in m["items"]] == ["1", "2"]


CELLS = """NORTHSHIRE POLICE AUTHORITY BOARD

A meeting of Northshire Police Authority Board was held on Thursday 11 March 2010 in the Board Room at Police HQ.
PRESENT: / Councillor Anne Birch, Councillor Tom Crale (Chair) and Councillor Rob Dunn
OFFICIALS: / Mr Ian Ford, Mrs Jo Gale
101 /

APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Sue Hart.
102 /

DECLARATIONS OF INTERESTS

There were no declarations of interests.

103 /

ESTATES STRATEGY

The Treasurer presented the estates strategy.
"""


def test_attendees_and_minute_numbers_after_a_converters_cell_mark(concord, tmp_path: Path):
    [m] = _ingest(concord, tmp_path, CELLS)["meetings"]
    assert m["members"] == ["Anne Birch", "Tom Crale", "Rob Dunn"]  # the first name after "/ " too
    assert m["in_attendance"] == ["Ian Ford", "Jo Gale"]
    assert m["apologies"] == ["Sue Hart"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("101", "APOLOGIES FOR ABSENCE"), ("102", "DECLARATIONS OF INTERESTS"), ("103", "ESTATES STRATEGY")]
