"""An audit committee's minutes page whose attendees come in blocks under one "Attendees" label, the first headed by
the committee's own name (its members) and the rest by who else came (the office, its auditors, a directorate),
read through the real `concord ingest --json` in a fresh process. The committee, people and firms are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text, one_meeting

PAGE = """Finance and Assurance Meeting Minutes - 14 March 2024

Agenda

Welcome and Apologies
Declarations of Interest
Internal Audit - Ruth Kemp, Northgate Audit
Finance

Attendees

Finance & Assurance Committee

Alan Pike (Chair) Beth Rowe (BR)
Carl Dunn (CD) (attending via MS Teams)
Dora Finch (DF)

NPOC

Eric Vale     Chief Executive (EV)
Fay Lund      Head of Finance (FL)

Risk

Gus Hale, Northgate Audit (GH)

Auditors

Ruth Kemp, Northgate Audit (RK)

Welcome and Apologies

The Chair welcomed everyone to the meeting. No apologies were noted.
"""

ONE_A_LINE = """Finance and Assurance Committee - 14 March 2024
Attendees:
Finance and Assurance Committee
Alan Pike (Chair)
Beth Rowe (BR)
Carl Dunn (CD)
Northern Police Oversight Commissioner
Eric Vale Chief Executive (EV)
Fay Lund Head of Finance (FL)
NG Directorate of Internal Audit and Assurance
Ruth Kemp Lead Internal Auditor (RK)
Welcome and Apologies
Apologies were received from Ivan Moss, Audit Manager.
"""


def test_the_committees_own_block_is_its_members_and_the_others_attend(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["kind"] == "minutes"  # (its agenda reprinted under the minutes' heading)
    assert len(out["meetings"]) == 1
    m = out["meetings"][0]
    assert (m["forum"], m["date"]) == ("Finance & Assurance Committee", "2024-03-14")
    assert m["members"] == ["Alan Pike", "Beth Rowe", "Carl Dunn", "Dora Finch"]
    assert m["in_attendance"] == ["Eric Vale", "Fay Lund", "Gus Hale", "Ruth Kemp"]


def test_one_a_line_with_a_directorate_heading(concord, tmp_path):
    m = one_meeting(concord, tmp_path, ONE_A_LINE)
    assert m["members"] == ["Alan Pike", "Beth Rowe", "Carl Dunn"]
    assert m["in_attendance"] == ["Eric Vale", "Fay Lund", "Ruth Kemp"]  # no "NG Directorate"
    assert m["apologies"] == ["Ivan Moss"]
