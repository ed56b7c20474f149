"""A national board's minutes that list its members under the bodies they come from, with a secretariat among them,
read through the real `concord ingest --json` in a fresh process: the bodies' headings (with a colon, with their
initials in brackets, or alone over bulleted names) are no people, the members go on after the secretariat, the board
is named by its initials or spelt out below, and the time is read from the meeting's own line. The board, bodies and
people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import one_meeting

COLONS = """Transparency data

NRB meeting minutes: 1 April 2025

Updated 27 January 2026

12th Meeting, 01 April 2025, 10:30 – 14:30

Draft Minutes

1. Members present:

Independent Chair: Ann Able

Secretariat: Ben Brook

Northern Officers' Association (NOA):

  • Cara Cole

  • Dan Dale

Home Department (HD):

  • Eve Ellis

Department of Justice, Southern Isles (DoJSI):

  • Fay Ford

Southern Isles Police Federation (SIPF):

  • Gus Gray

First Pensions Actuaries:

  • Hal Hill

2. Welcome and Apologies

The chair welcomed everyone. Apologies were received from Ian Ives (Southern Isles Board).
"""

NO_COLONS = """NRB meeting minutes: 13 January 2020

Northern Pensions Consultative Forum & National Review Board meeting

21st meeting, 13 January 2020, 11:00 – 15:30

Conference Room 3, Civic House, 2 High Street, Northtown, NT1 4DF

Members Present:

Independent Chair

Ann Able

Secretariat

Ben Brook

Northern Officers' Association (NOA)

Cara Cole (NRB Member)

Dan Dale

Southern Isles Police Federation (SIPF)

Gus Gray

Apologies

Ian Ives
"""


def test_bodies_headed_with_colons_and_a_secretariat_among_them(concord, tmp_path):
    m = one_meeting(concord, tmp_path, COLONS)
    assert (m["forum"], m["date"], m["time"]) == ("NRB", "2025-04-01", "10:30")
    assert m["members"] == ["Ann Able", "Cara Cole", "Dan Dale", "Eve Ellis", "Fay Ford", "Gus Gray", "Hal Hill"]
    assert m["in_attendance"] == ["Ben Brook"]
    assert m["apologies"] == ["Ian Ives"]


def test_bodies_headed_without_colons_and_the_board_spelt_out(concord, tmp_path):
    m = one_meeting(concord, tmp_path, NO_COLONS)
    assert (m["forum"], m["date"], m["time"]) == (
        "Northern Pensions Consultative Forum & National Review Board", "2020-01-13", "11:00")
    assert m["members"] == ["Ann Able", "Cara Cole", "Dan Dale", "Gus Gray"]
    assert m["in_attendance"] == ["Ben Brook"]
    assert m["apologies"] == ["Ian Ives"]
