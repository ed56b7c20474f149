"""A paragraph one of whose lines opens with a sentence that mentions "this decision notice", as a PDF or a converter
that wraps lines prints it: the words in a sentence are no heading of a new notice, and the decision under its
"Decision summary:" label is every sentence of it. And a PDF whose paragraphs are set apart by a gap, one of whose
sentences ends at the right margin, the paragraph's next sentence on the line under it with no gap: the paragraph
comes back whole, as in the text the PDF was made from. Body and facts invented; read through the real `concord
ingest` and the PDF reader."""

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from concord.ingest.readers.pdf import read_pdf
from devtools.ingest.pdf_drawing import draw_text

FIRST = "The 2023-24 grants round has closed after a full and open process run across the whole county of Northvale."
SECOND = ("The PCC has awarded £640,000 (set out in this decision notice and its supporting papers) to 48 community "
          "projects across the county, split between the general grants scheme, the road safety grants and the "
          "partnership funding of the four community safety partnerships.")
THIRD = "I confirm that my register of interests is up to date and that none of my interests preclude this decision."


def _notice(summary: str) -> str:
    return f"""Northvale Police and Crime Commissioner

Decision number: NV-0123

Title: Commissioner's grants scheme 2023-24

Decision summary:

{summary}

{THIRD}

Signature: Ann Hale
Date: 3 April 2023
"""


def test_a_line_mentioning_this_decision_notice_opens_no_new_notice(concord, tmp_path):
    # the paragraph as a converter wraps it: its second line opens with the sentence naming "this decision notice"
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notice.txt").write_text(_notice(f"{FIRST}\n{SECOND}"), encoding="utf-8")
    draw_text(_notice(f"{FIRST} {SECOND}"), folder / "notice.pdf")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got = {r["source"]: (r["reference"], r["decision"], r["decision_maker"], r["date"])
           for r in json.loads(ran.out)["decision_notices"]}
    want = ("NV-0123", f"{FIRST} {SECOND} {THIRD}", "Ann Hale", "2023-04-03")
    assert got == {"notice.txt": want, "notice.pdf": want}


def test_a_sentence_ending_at_the_margin_goes_on_in_its_paragraph(tmp_path: Path):
    # the drawing wraps the paragraph after the first sentence's last word: the next word did not fit
    assert stringWidth(FIRST, "Helvetica", 10) <= A4[0] - 100 < stringWidth(FIRST + " The", "Helvetica", 10)
    pages, _ = read_pdf(draw_text(_notice(f"{FIRST} {SECOND}"), tmp_path / "notice.pdf"))
    assert f"\n{FIRST} {SECOND}\n" in pages[0].text
