"""A board's attendee list that puts each office's initials before its holder's name (PCC, DPCC, CC, CEX, CEO, CFO),
read through the real `concord ingest --json` in a fresh process: the initials are the post, not part of the name. The
board and people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

BOARD = """Source: https://pcc.example.org.uk/boards/strategic-board-2023-07-11

Strategic Policing Board

Date: 11 July 2023
Venue: Virtual (Microsoft Teams)

Attendees:
PCC John Smith (JS) - Chair
DPCC Mary Jones (MJ)
CC Tom White (TW)
CFO Anne Black (AB)
{office} Helen Blue (HB)

Apologies:
ACC Sam Green (SG)

Minutes

1 Welcome and introductions
JS welcomed everyone.

2 Actions from the last meeting
All actions complete.
"""


def test_an_offices_initials_before_a_name_are_the_post(concord, tmp_path):
    for office in ("CEX", "CEO"):
        m = one_meeting(concord, tmp_path, BOARD.format(office=office))
        assert m["members"] == ["John Smith", "Mary Jones", "Tom White", "Anne Black", "Helen Blue"], office
        assert m["apologies"] == ["Sam Green"]
