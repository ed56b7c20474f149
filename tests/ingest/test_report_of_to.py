"""A report whose heading names whose report it is and to whom ("Report of the X Panel (The Panel) to the Commissioner
for Y (The PCC)"), with no label and no section heading: a report, from the one, to the other, titled by the line
above (fourteenth round of issue 13). Bodies invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PAPER = """Police and Crime Commissioner for Northshire's Proposed Budget and Precept 2026-27
Report of the Northshire Police and Crime Panel (The Panel) to the Police and Crime Commissioner for Northshire (The PCC)
With regard to:
The Police and Crime Commissioner for Northshire's Budget and Precept 2026/27
As required under the Police Reform and Social Responsibility Act 2011 this is the formal report of the Panel on its
consideration of your proposed budget and precept for 2026/27.
The Panel, during its discussions, considered the budget report, the treasury management strategy and the reserves
strategy, and heard from the Chief Finance Officer.
"""


def test_a_report_of_one_body_to_another_is_read_from_its_heading(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAPER)
    [r] = out["reports"]
    assert r["from"] == "Northshire Police and Crime Panel"
    assert r["to"] == "Police and Crime Commissioner for Northshire"
    assert r["title"] == "Police and Crime Commissioner for Northshire's Proposed Budget and Precept 2026-27"
    assert out["documents"][0]["kind"] == "report"
