"""Agendas in two shapes a panel's host council prints: a front page with the AGENDA heading over the Date, Time and Venue
labels, the panel's membership and the numbered business (whose first item, "1. Apologies for absence", names no one
who came), with or without its heading; and a notice inviting members to "a meeting of the X to be held at P on D at
T". Each is an agenda, not minutes, and names the forum without the summons's words. Bodies and facts invented; read
through the real `concord ingest --json`."""

import pytest

from tests.ingest.ingesting import ingest_text

FRONT = """NORTHSHIRE POLICE AND CRIME PANEL

AGENDA

Date: Thursday 14 March 2019
Time: 10.00 am
Venue: Council Chamber, County Hall, Ashby

Membership: Councillors J Barker (Chairman), P Lomas, S Patel, R Whitfield; Mrs K Drummond (Independent Member)

1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 10 January 2019
4. Proposed precept 2019/20
5. Complaints update
"""

NOTICE = """Northshire Police and Crime Panel

Notice of meeting

You are invited to attend a meeting of the Northshire Police and Crime Panel to be held at County Hall, Ashby on \
Thursday 14 March 2019 at 10.00 am.

Business
1 Apologies for absence
2 Declarations of interest
3 Minutes of the previous meeting
4 Proposed precept 2019/20

Contact: Gail Hart, Panel Secretary
"""


@pytest.mark.parametrize("text", [FRONT, FRONT.replace("AGENDA\n\n", "")], ids=["heading", "no heading"])
def test_an_agendas_front_page(concord, tmp_path, text):
    out = ingest_text(concord, tmp_path, text)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Northshire Police and Crime Panel", "2019-03-14", "10:00",
                                                              "Council Chamber, County Hall, Ashby")
    assert m["members"] == [] and len(m["items"]) == 5  # the membership says who sits, not who came


def test_a_notice_of_a_meeting_to_be_held(concord, tmp_path):
    out = ingest_text(concord, tmp_path, NOTICE)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == ("Northshire Police and Crime Panel", "2019-03-14", "10:00",
                                                              "County Hall, Ashby")
