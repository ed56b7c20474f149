"""A council's meeting page that prints the date, then the time and place on a line, then the forum's name on the next
line ("Friday 23 January 2026" / "10.30am, Ashburton Hall, Northford, Northshire County Council" / "Police and Crime
Panel"): the venue ends before the forum's name. Before, the forum was read as the venue's last part (an address over
more lines still goes on: tests/ingest/test_meeting_place_*.py). Body and places invented; read through the real
`concord ingest` in a fresh process."""

import pytest

from tests.ingest.ingesting import one_meeting

PAGE = """Friday 23 January 2026

{place}

Police and Crime Panel

Police and Crime Panel agenda

Police and Crime Panel minutes

1. Welcome and Introductions

2. Apologies for Absence

3. Declarations of Interest

4. Minutes of the previous meeting
"""


@pytest.mark.parametrize("place, venue", [
    ("10.30am, Ashburton Hall, Northford, Northshire County Council",
     "Ashburton Hall, Northford, Northshire County Council"),
])
def test_the_venue_ends_before_the_forums_name(concord, tmp_path, place, venue):  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, PAGE.format(place=place))
    assert (meeting["venue"], meeting["time"], meeting["forum"]) == (venue, "10:30", "Police and Crime Panel")
