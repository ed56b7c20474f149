"""The same paper as a web page's text may give it: no-break spaces between words (``&nbsp;``), and labels followed by
a dash instead of a colon ("Venue - ..."), read through the real `concord ingest --json` in a fresh process. Bodies
and people invented."""

from __future__ import annotations

import re

from tests.ingest.ingesting import ingest_text, one_meeting, records

MINUTES = """Source: invented

Northshire Police and Crime Panel
Minutes of the meeting held on Thursday 6 March 2025 at 10.30am
Venue: Council Chamber, County Hall, Northtown
Present: Councillor Amy Hart (Chair), Councillor Ben Irving, Mr George Nash
In attendance: Ian Price (Police and Crime Commissioner)
Apologies: Councillor Lucy Shaw
1. Declarations of interest
There were none.
2. Proposed precept for 2025/26
RESOLVED that the Panel supports the proposed precept.
"""



def test_no_break_spaces_read_as_spaces(concord, tmp_path):
    first, _, rest = MINUTES.partition("\n")
    nbsp = first + "\n" + re.sub(r"(?<=[\w:,.)]) (?=[\w(])", "\u00a0", rest)
    assert "\u00a0" in nbsp
    m = one_meeting(concord, tmp_path, nbsp)
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Declarations of interest"), ("2", "Proposed precept for 2025/26")]
    assert m["members"] == ["Amy Hart", "Ben Irving", "George Nash"]
    assert records(ingest_text(concord, tmp_path, nbsp, "nbsp.txt")) == \
        records(ingest_text(concord, tmp_path, MINUTES, "plain.txt"))


BOARD_PAGE = """Source: invented

Title - Chief Officer Board
Date - Tuesday 4 June 2024
Venue - Boardroom, Police Headquarters
Name | Role |
---|---|
CC Ruth Mallory (Chair) | Chief Constable |
DCC Tom Oakes | Deputy Chief Constable |
ACO Pat Quinn | Director of Resources |
Item | Minute |
---|---|
1 | Apologies were received from ACC Vic Underwood. |
2 | The board agreed the fleet replacement plan. |
"""


def test_a_meeting_page_with_its_labels_followed_by_dashes(concord, tmp_path):
    out = ingest_text(concord, tmp_path, BOARD_PAGE)
    assert out["reports"] == []  # "Title - ..." over "Date - ..." and "Venue - ...": a meeting's page, no report
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["venue"]) == ("Chief Officer Board", "2024-06-04", "Boardroom, Police Headquarters")
    assert m["members"] == ["Ruth Mallory", "Tom Oakes", "Pat Quinn"]
    assert m["apologies"] == ["Vic Underwood"]
