"""Tables printed one cell a line (concord/ingest/readers/text_stacked.py): a label, its figure on the next line,
under a £000 / £m unit that heads the column or runs into the first label. Bodies and figures invented."""

from concord.ingest.readers.text_stacked import stacked_tables
from tests.ingest.ingesting import ingest_text

GLUED = """It was proposed that the remaining £0.4m is used as follows:
1
Official – Open £000s Vehicle Replacement Reserve
120
Estates maintenance
95
Training for new recruits
(15)
Total
200
The Panel noted the proposal.
"""

OWN_LINE = """Table 2 – Use of the underspend
£m
Police officer pay
1.2
Police staff pay
0.8
Overtime
-0.3
"""

AGENDA = """Minutes of the last meeting
3
Apologies
5
Risk register
11
Date of next meeting
19
"""


def test_unit_run_into_the_first_label():
    [t] = stacked_tables(GLUED, 1)
    rows = t.texts()
    assert rows[0] == ["", "£000s"]
    assert rows[1:] == [["Vehicle Replacement Reserve", "120"], ["Estates maintenance", "95"],
                        ["Training for new recruits", "(15)"], ["Total", "200"]]
    assert t.title is None


def test_unit_on_its_own_line_with_a_caption():
    [t] = stacked_tables(OWN_LINE, 1)
    assert t.title == "Table 2 - Use of the underspend"
    assert [r[0] for r in t.texts()[1:]] == ["Police officer pay", "Police staff pay", "Overtime"]


def test_no_unit_no_table():
    assert stacked_tables(AGENDA, 1) == []
    assert stacked_tables(GLUED.replace("£000s ", ""), 1) == []


def test_through_the_pipeline(concord, tmp_path):
    out = ingest_text(concord, tmp_path, GLUED)
    [t] = out["tables"]
    assert t["unit"] == "GBP_thousands" and t["columns"] == []
    assert [(r["label"], r["values"]) for r in t["rows"]] == [
        ("Vehicle Replacement Reserve", [120]), ("Estates maintenance", [95]), ("Training for new recruits", [-15]),
        ("Total", [200])]
    assert out["decision_notices"] == []  # the figures are no decisions' references


SIX = """It was proposed that the remaining £0.6m is used as follows:
1
Official – Open £000s Vehicle Replacement Reserve
150
Contribution towards estates maintenance
110
Neighbourhood Watch Support Team (NWST)
60
Commissioner community safety grants
90
Carry forward underspend on Local Policing
40
Funding future capital requirements
150
Total
600
The Panel noted the proposal.
"""


def test_a_tables_figures_are_no_decision_listing(concord, tmp_path):
    out = ingest_text(concord, tmp_path, SIX)
    assert out["decision_notices"] == []
    [t] = out["tables"]
    assert (t["rows"][-1]["label"], t["rows"][-1]["values"]) == ("Total", [600])
