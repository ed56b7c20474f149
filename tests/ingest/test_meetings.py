"""Meetings (concord/ingest/extract/meetings.py): councillors whose apologies the minutes record by surname alone.
Body and people invented."""

import json
from pathlib import Path

MINUTES = """Agenda and minutes

Eastshire Police and Crime Panel - Thursday 4th March 2021 10.00 am

Items
No. Item

71.

Welcome and Introductions

Minutes:

The Chairman welcomed everyone to the meeting.

72.

Apologies for Absence

Minutes:

Resolved - That it be noted that apologies for absence had been received from Councillors Hale and Ormond (Westby Council) and Councillor Pryce.

73.

Substitutions

Minutes:

There were no substitutes.
"""


def test_apologies_of_councillors_named_by_surname_alone(concord, tmp_path: Path):
    p = tmp_path / "minutes.txt"
    p.write_text(MINUTES, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [m] = json.loads(ran.out)["meetings"]
    assert m["apologies"] == ["Hale", "Ormond", "Pryce"]
    assert [i["number"] for i in m["items"]] == ["71", "72", "73"]
