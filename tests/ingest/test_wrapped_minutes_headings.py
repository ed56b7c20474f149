"""A minutes heading wrapped over lines mid-name or mid-place ("... POLICE AND FIRE &" / "RESCUE BOARD held in the
Council Chambers, Civic House, High" / "Street, Northtown Tuesday 4 December 2012 at 10.00 am."), read through the real
`concord ingest --json` in a fresh process: the paper's title is the whole heading to its date, the venue the whole
place. The boards and places are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

CAPS = """MINUTES of MEETING of the SHADOW POLICE AND FIRE &

RESCUE BOARD held in the Council Chambers, Civic House, High

Street, Northtown Tuesday 4 December 2012 at 10.00 am.

Present:- Councillors A Able (Chair), B Brook and C Cole.

1. Apologies

Apologies were received from Councillor D Dunn.

2. Minutes

The minutes of the meeting held on 2 October 2012 were approved.
"""

PLAIN = """NORTHTOWN BOROUGH COUNCIL

Minutes of the Meeting of the Police Liaison Committee held in the Riverside Civic
Centre, Northtown on Wednesday, 12th June 2002 at 7:00 pm

PRESENT:   Councillor A Hart (Chairman), Councillor B Bell, Councillor C Cole

1.    Minutes

      It was agreed that the minutes of the Meeting held on 10 April 2002 be adopted.

2.    Apologies

      It was agreed to accept apologies on behalf of Councillor D Dunn.
"""


def test_a_heading_wrapped_after_an_ampersand(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CAPS)
    assert out["documents"][0]["title"] == ("MINUTES of MEETING of the SHADOW POLICE AND FIRE & RESCUE BOARD held in the "
                                            "Council Chambers, Civic House, High Street, Northtown Tuesday 4 December 2012")
    [m] = out["meetings"]
    assert (m["date"], m["venue"]) == ("2012-12-04", "Council Chambers, Civic House, High Street, Northtown")


def test_a_heading_wrapped_inside_its_place(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PLAIN)
    assert out["documents"][0]["title"] == ("Minutes of the Meeting of the Police Liaison Committee held in the Riverside "
                                            "Civic Centre, Northtown on Wednesday, 12th June 2002")
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["venue"]) == ("Police Liaison Committee", "2002-06-12", "Riverside Civic Centre, Northtown")
