"""A numbered paragraph as Word's numbered lists print it in a PDF: the number at the margin, the text at a tab stop
and the lines it wraps onto set back there (a hanging indent). Each such paragraph is one: an apology named on its
second line and an action's second sentence belong to it. Drawn with reportlab as the scoring of PDFs draws papers
(``pdf_drawing.draw_text(..., lists=True)``); body, people and facts invented; read through the real
`concord ingest` in a fresh process."""

import json
from pathlib import Path

from devtools.ingest.pdf_drawing import draw_text

MINUTES = """Minutes of the Wessex Police Advisory Forum
Date: 6 February 2024

Present
• Ann Vale
• Tom Hart

Welcome and apologies

1. The Chair welcomed everyone to the meeting and noted apologies from Calum Reid (Federation), Helen Frost (Home Office) and Jeremy Vane (Chief Constables' Council).

Action log of 26 October 2023

3. Action point 2: Andy Field (NPCC) to hold a forum working group on the secondment guidance. The Chair said it had taken place and would be covered in the agenda item.
"""


def test_a_numbered_paragraph_wrapped_at_its_tab_stop_is_one(concord, tmp_path: Path):  # noqa: ANN001
    pdf = draw_text(MINUTES, tmp_path / "forum.pdf", lists=True)
    ran = concord("ingest", str(pdf), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    meeting, = out["meetings"]
    assert meeting["apologies"] == ["Calum Reid", "Helen Frost", "Jeremy Vane"]
    assert meeting["members"] == ["Ann Vale", "Tom Hart"]
    action, = out["actions"]
    assert action["text"] == ("Andy Field (NPCC) to hold a forum working group on the secondment guidance. The Chair "
                              "said it had taken place and would be covered in the agenda item.")
