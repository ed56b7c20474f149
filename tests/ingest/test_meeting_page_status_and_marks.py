"""A committee site's meeting page that prints the meeting's status under its date ("Occurred") and marks items with
stars pointing to notes at its foot, read through the real `concord ingest --json` in a fresh process: the status is
no venue, the stars no part of a title. The committee and items are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

PAGE = """Meeting Details

Meeting Summary
Community Safety Committee
12 Mar 2020 - 10:00 to 11:30
Occurred
  • Documents
  • Attendance
  • Visitors

Documents

Agenda

Public Items
1 Sederunt
2 Declaration of Members Interests *
3 Written Questions **
4 Local Policing Plan Update
5 Fire and Rescue Service Performance Report
"""


def test_the_status_is_no_venue_and_stars_no_title(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PAGE)
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Community Safety Committee", "2020-03-12", "10:00", None)
    assert [i["title"] for i in m["items"]][:3] == ["Sederunt", "Declaration of Members Interests", "Written Questions"]
