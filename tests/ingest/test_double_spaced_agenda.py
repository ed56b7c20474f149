"""A council page's agenda printed with two blank lines between its lines (a web page copied with every break
doubled), read through the real `concord ingest --json` in a fresh process: the meeting's date, then its time and
place on one line, then the forum. The time and place are no forum, and the forum a few lines under the heading is
found however many blank lines stand between. The panel, place and items are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

LINES = ["Source: https://www.northshire.gov.uk/police-crime-panel/meetings/2015-january", "",
         "Friday 23 January 2015", "10.30am, Ashburton Hall, Northtown, Northshire County Council",
         "Police and Crime Panel", "Police and Crime Panel agenda", "Police and Crime Panel minutes",
         "1. Welcome and Introductions", "2. Apologies for Absence", "3. Declarations of Interest", "4. Minutes",
         "To confirm the Minutes of the meeting held on 3 October 2014.", "5. Questions from the Public",
         "6. Chair's Announcements"]


def test_time_and_place_are_no_forum_however_the_lines_are_spaced(concord, tmp_path):
    for gap in ("\n", "\n\n", "\n\n\n"):
        m = one_meeting(concord, tmp_path, gap.join(LINES) + "\n")
        assert (m["forum"], m["date"], m["time"]) == ("Police and Crime Panel", "2015-01-23", "10:30"), repr(gap)
        assert m["venue"] == "Ashburton Hall, Northtown, Northshire County Council"
        assert [i["title"] for i in m["items"]][:3] == ["Welcome and Introductions", "Apologies for Absence",
                                                       "Declarations of Interest"]
