"""People listed one a line with their post after their name, the table's gap between the two lost ("Ann Other
Non-Executive Director", "Bob Hill General Counsel"): the name stops where the post's first word begins, for the
posts a board's officers hold (fourteenth round of issue 13). Bodies and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

MINUTES = """Board Meeting

Date & Time: Wednesday 25th November 2020 at 10:30hrs

Venue: Virtual Meeting

Present:

Ann Other Director General/Chair
Bob Hill Non-Executive Director
Cat Ray Non-Executive Director

In Attendance:

Dan Fox General Counsel
Eve Long Health & Safety Manager (Item 4)
Fred Cole Knowledge Manager (Item 3)
Gus Park Planner (Item 5)

1. Welcome and apologies
The Chair welcomed members.

2. Minutes of the last meeting
The minutes were agreed.
"""


def test_names_stop_where_a_post_begins(concord, tmp_path: Path):
    [m] = ingest_text(concord, tmp_path, MINUTES)["meetings"]
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray"]
    assert m["in_attendance"] == ["Dan Fox", "Eve Long", "Fred Cole", "Gus Park"]
