"""Agendas sent as a letter (concord/ingest/extract/summons.py): the meeting is named in the summons sentence ("A
meeting of the X will be held at P on D at T"), the letter's own Date: is the day it was sent, and every item may
end with a full stop. Bodies, places and people invented."""

import json
from pathlib import Path

LETTER = """Civic Offices, Low Street, Northtown NT1 2AB

For all enquiries relating to this agenda please contact Ann Clerk (Tel. 01234 567890)

Date: 1st March 2016

Dear Sir/Madam,

A meeting of the Northshire Police and Crime Panel will be held at Civic Offices (Room 2), Low Street, Northtown on Friday, 11th March 2016 at 10.30am to consider the matters contained in the following agenda.

A G E N D A

1. Declarations of Interest.

2. Apologies for Absence.

3. To receive and note the minutes of the meeting held on 5th February 2016 (copy attached).

4. Statement from Mr. J. Doe, Police and Crime Commissioner.

5. Complaints Procedure (report attached).

MEMBERSHIP: Northtown Council - Councillors A. Able and B. Baker
"""

FLAT = ("Public Document Pack Civic Offices Low Street Northtown NT1 2AB For all enquiries relating to this agenda please "
        "contact Ann Clerk Date: 2nd June 2017 Dear Sir/Madam, A meeting of the Northshire Police and Crime Panel will "
        "be held at the Council Chamber, Civic Offices, Northtown, NT1 2AB on Friday, 9th June, 2017 at 10.00 am to "
        "consider the matters contained in the following agenda. A G E N D A Pages 1 Declarations of Interest. "
        "2 Apologies for Absence. To approve and sign the following minutes: - 3 Northshire Police and Crime Panel "
        "Meeting held on 3rd March 2017. 1 - 6 4 Commissioner's Update - June 2017. 7 - 22 5 Forward Work Programme. "
        "23 - 24 MEMBERSHIP: Councillor Ann Able, Northtown Council\n")


def _meeting(concord, tmp_path: Path, text: str) -> dict:
    p = tmp_path / "agenda.txt"
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    return m


def test_the_summons_names_the_meeting_and_items_end_with_a_stop(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, LETTER)
    assert (m["forum"], m["date"], m["time"]) == ("Northshire Police and Crime Panel", "2016-03-11", "10:30")
    assert m["venue"] == "Civic Offices (Room 2), Low Street, Northtown"
    assert [i["title"] for i in m["items"]] == [
        "Declarations of Interest", "Apologies for Absence",
        "To receive and note the minutes of the meeting held on 5th February 2016",
        "Statement from Mr. J. Doe, Police and Crime Commissioner", "Complaints Procedure"]
    assert m["members"] == []  # the membership says who sits on the panel, not who came


def test_a_flattened_letter_with_a_pages_column(concord, tmp_path: Path):
    m = _meeting(concord, tmp_path, FLAT)
    assert (m["date"], m["time"]) == ("2017-06-09", "10:00")  # not the letter's Date:
    assert m["venue"] == "Council Chamber, Civic Offices, Northtown, NT1 2AB"
    titles = [i["title"].rstrip(".") for i in m["items"]]
    assert titles == ["Declarations of Interest", "Apologies for Absence",
                      "Northshire Police and Crime Panel Meeting held on 3rd March 2017",
                      "Commissioner's Update - June 2017", "Forward Work Programme"]
