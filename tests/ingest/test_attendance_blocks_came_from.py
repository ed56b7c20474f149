"""Audit committee minutes whose attendees come in blocks headed by whom they came from ("Present from the
Constabulary:", "Officers of the Constabulary in attendance:", "From Internal Audit:", or "; OPCC: ..." inside one
line), a panel's minutes numbered on from the last meeting's whose first is a standing item in one word ("45.
Minutes"), and an executive decision whose number heads its title with no label ("ED 12/2020    Regional ...").
Each read through the real `concord ingest --json` in a fresh process. The bodies and people are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text, one_meeting

OFFICERS = ["Susan Lowe", "Ray Morgan", "Neil Price", "Olivia Grant", "Paul Reid", "Quentin Shah"]

BLOCKS_ON_LINES = """MINUTES OF THE JOINT INDEPENDENT AUDIT COMMITTEE
HELD ON WEDNESDAY 9TH SEPTEMBER 2020 AT 10.00AM
VIA VIDEO CONFERENCE

Committee Members Present:
John Clarke (Chair)
Mary Evans
Peter Holt

Present from the Office of the Police and Crime Commissioner:
Susan Lowe (Chief Executive)
Ray Morgan (Treasurer)

Present from the Constabulary:
DCC Neil Price
Olivia Grant (Head of Finance)

Present from Audit:
Paul Reid (Ernst & Young)
Quentin Shah (RSM)

20/01 APOLOGIES FOR ABSENCE
Apologies were received from Tina Ward (Chief Constable).

20/02 DECLARATIONS OF INTEREST
None were declared.

20/03 RISK REGISTER
The Committee reviewed the joint strategic risk register.
"""

BLOCKS_AS_LABELS = """MINUTES OF THE JOINT AUDIT COMMITTEE HELD ON 9 SEPTEMBER 2020 AT 10.00AM AT POLICE HEADQUARTERS, EASTFIELD

Members present: John Clarke (Chair), Mary Evans and Peter Holt
Present from the Office of the Police and Crime Commissioner: Susan Lowe (Chief Executive), Ray Morgan (Treasurer)
Officers of the Constabulary in attendance: DCC Neil Price, Olivia Grant (Head of Finance)
From Internal Audit: Paul Reid, Quentin Shah

1. APOLOGIES FOR ABSENCE
Apologies were received from Tina Ward (Chief Constable).

2. DECLARATIONS OF INTEREST
None were declared.

3. MINUTES OF THE LAST MEETING
The minutes were agreed as a true record.
"""

BLOCKS_IN_ONE_LINE = """JOINT INDEPENDENT AUDIT COMMITTEE
MINUTES OF MEETING HELD ON 28 JUNE 2018 AT POLICE HEADQUARTERS, SOUTHTON

Present: Independent Members: Mr John Clarke CPFA (Chair), Mrs Mary Evans FCA, Mr Peter Holt; OPCC: Susan Lowe \
(Chief Executive), Ray Morgan (Chief Finance Officer); Constabulary: DCC Neil Price, Olivia Grant (Director of \
Finance); Auditors: Paul Reid (KPMG), Quentin Shah (Mazars).

1. Apologies
Apologies were received from Tina Ward.

2. Minutes of the meeting held on 15 March 2018
Agreed.

3. Internal Audit Annual Report
The Head of Internal Audit gave a reasonable assurance opinion.
"""


def test_blocks_headed_by_whom_their_people_came_from_are_in_attendance(concord, tmp_path):
    for text in (BLOCKS_ON_LINES, BLOCKS_AS_LABELS, BLOCKS_IN_ONE_LINE):
        m = one_meeting(concord, tmp_path, text)
        assert m["members"] == ["John Clarke", "Mary Evans", "Peter Holt"], text[:60]
        assert m["in_attendance"] == OFFICERS, text[:60]
        assert m["apologies"] == ["Tina Ward"]


def test_a_panels_bodies_after_a_semicolon_stay_members(concord, tmp_path):
    # a block heading that names no staff of the meeting (a council) heads members, as before
    text = BLOCKS_IN_ONE_LINE.replace("OPCC: Susan Lowe", "Northtown Council: Susan Lowe")
    m = one_meeting(concord, tmp_path, text)
    assert m["members"][:5] == ["John Clarke", "Mary Evans", "Peter Holt", "Susan Lowe", "Ray Morgan"]


NUMBERED_ON = """Southmoor Police and Crime Panel
Minutes of the meeting held on Monday 3 February 2020 at 1.30pm in the Council Chamber, Civic Centre, Southmoor

Present:
Councillor Smith (Chairman)
Councillors Jones, Brown, Patel and O'Neill

In attendance:
Alison Hardy, Police and Crime Commissioner

Apologies: Councillor Wright

45. Minutes
The minutes of the meeting held on 6 January 2020 were agreed.

46. Proposed Precept 2020/21
The Commissioner introduced the report.
Resolved - that the Panel endorses the precept.
"""


def test_minutes_numbered_on_whose_first_is_a_standing_item_in_one_word(concord, tmp_path):
    m = one_meeting(concord, tmp_path, NUMBERED_ON)
    assert m["items"] == [{"number": "45", "title": "Minutes"}, {"number": "46", "title": "Proposed Precept 2020/21"}]
    # a heading in one word that is no standing item is still no item on its own
    text = NUMBERED_ON.replace("45. Minutes", "45. Northtown")
    assert one_meeting(concord, tmp_path, text)["items"] == []


EXECUTIVE_DECISION = """Police and Crime Commissioner for Southdale
Executive Decision

ED 12/2020    Collaboration agreement for regional forensic services

Decision taken
To enter into the section 22A collaboration agreement for regional forensic services with the four forces of the region.

Reasons for decision
The agreement secures a shared service at lower cost.

Decision maker: Amanda Cole, Police and Crime Commissioner
Date of decision: 17 November 2020
"""


def test_a_decisions_number_heading_its_title_with_no_label(concord, tmp_path):
    for gap in ("    ", " – ", ": "):
        out = ingest_text(concord, tmp_path, EXECUTIVE_DECISION.replace("ED 12/2020    ", f"ED 12/2020{gap}"))
        [notice] = out["decision_notices"]
        assert notice["reference"] == "ED12/2020", gap
        assert notice["subject"] == "Collaboration agreement for regional forensic services"
        assert notice["decision_maker"] == "Amanda Cole"
        assert notice["date"] == "2020-11-17"
        assert notice["decision"].startswith("To enter into the section 22A")
