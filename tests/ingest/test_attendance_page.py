"""A council page that records only who attended a meeting (issue 13): no Agenda or Minutes heading, the forum's name
under a "Meeting" label on a line of its own with the hosting site's council after a dash, the date and place under
labels, then one person a few lines: role, name, the body they sit for, their status. Bodies, places and people
invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PAGE = """Northshire County Council
Councillors: 70
Committees: 40

Meeting

Northshire Police and Crime Panel (Statutory Joint Committee) - Northshire

Scheduled Time
Start:
Friday, 7th March 2025
10:00 AM
Status:
Confirmed
Date:
7 Mar 2025
Location:
The Council Chamber, Northtown
Meeting Attendees
Chairman
Councillor Ann Able

Northtown Borough Council

Present, as expected

Councillor Ben Baker photo
Committee Member
Councillor Ben Baker

Westvale District Council

Present, as expected

View Profile
Co-opted Member
Carol Cole

Independent Co-opted Member

Present, as expected

Committee Member
Councillor Dev Dhar

Eastmoor City Council

Apologies, sent representative

Deputy
Councillor Eve Evans

Eastmoor City Council

Not required
"""


def test_an_attendance_page_without_a_minutes_heading_is_a_meeting_with_its_people(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["kind"] == "minutes"
    [meeting] = out["meetings"]
    assert meeting["forum"] == "Northshire Police and Crime Panel (Statutory Joint Committee)"
    assert (meeting["date"], meeting["time"]) == ("2025-03-07", "10:00")
    assert meeting["venue"] == "The Council Chamber, Northtown"
    assert meeting["members"] == ["Ann Able", "Ben Baker", "Carol Cole"]
    assert meeting["apologies"] == ["Dev Dhar"]
    assert "Eve Evans" not in meeting["members"] + meeting["in_attendance"] + meeting["apologies"]


def test_a_page_of_names_and_councils_without_statuses_is_no_meeting(concord, tmp_path: Path):
    # the same page without a status under anyone: a list of who sits on the panel, not a record of a meeting
    plain = "\n".join(x for x in PAGE.splitlines() if not x.startswith(("Present", "Apologies", "Not required")))
    out = ingest_text(concord, tmp_path, plain)
    assert out["meetings"] == []
