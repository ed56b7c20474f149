"""A meeting's place whose line runs on into the list of who came ("Location: Committee Room 2, Guild Hall Committee
Members: Ann Other (AO) Chair ..."), as a web page prints a paragraph's lines run together: the place ends where the
list's label begins. Read through the real `concord ingest --json`. Bodies, people and places invented."""

from tests.ingest.ingesting import one_meeting

PAGE = """Northshire Joint Audit Committee – Thursday 10 February 2022

Date: Thursday 10 February 2022
Time: 1pm
Location: Committee Room 2, Guild Hall, Northford {label}: Ann Other (AO) Chair, Bob Hill (BH), Cat Ray (CR)

1. DECLARATION OF INTERESTS
There were none.

2. APOLOGIES
Dan Fox.
"""


def test_the_place_ends_where_the_list_of_who_came_begins(concord, tmp_path):
    for label in ("Committee Members", "Present", "In Attendance"):
        m = one_meeting(concord, tmp_path, PAGE.format(label=label))
        assert m["venue"] == "Committee Room 2, Guild Hall, Northford", label
