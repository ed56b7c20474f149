"""Lists in a PDF as a word processor sets them: a bulleted entry whose text wraps onto a second line, set back at the
text after its bullet (a hanging indent), is one entry, whatever word opens that line ("Interference Warrants –
PCCML-..." reads like a label); a numbered sub-item with no stop after its number ("3.1 National Policing Plan") under
a line that ran to the margin is an entry of its own, not the end of that line. Drawn with reportlab as the scoring of
PDFs draws papers; bodies and facts invented; read through the real `concord ingest` and the PDF reader."""

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from concord.ingest.readers.pdf import read_pdf
from devtools.ingest.pdf_drawing import draw_text

ENTRIES = [
    ("S22A Collaboration Agreement – Property Interference Authorisations and Targeted Equipment Interference Warrants",
     "NV-000498-2019"),
    ("Use of specialist analytical service providers to assist a review of investigative demand in Northvale Police",
     "NV-000497-2019"),
    ("Transport vehicle replacement programme – Contribution from revenue to capital budgets for the next year",
     "NV-000479-2019"),
]
LISTING = "Investment in Policing Decisions\n\nDecisions made in 2019 will be listed here:\n\n" + "".join(
    f"  • {title} – {ref}\n" for title, ref in ENTRIES)

ITEM = "3 Policing Plan 2021/22 final recommendations from the Strategy and Planning Committee (Paper 3, Annex A)"
AGENDA = f"""Teleconference meeting – 24 March 2020

In response to the situation, the Authority meeting took the form of a revised agenda by a conference call, and the
papers for the original agenda were sent to members, whose comments were gathered in correspondence afterwards.

1 Minutes of meeting 05 February 2020

{ITEM}
3.1 National Policing Plan 2021/22
"""


def test_a_bulleted_entry_wrapped_at_its_hanging_indent_is_one_entry(concord, tmp_path: Path):
    pages, _ = read_pdf(draw_text(LISTING, tmp_path / "listing.pdf"))
    for title, ref in ENTRIES:
        assert f"• {title} – {ref}\n" in pages[0].text + "\n", title  # each entry on a line of its own, whole
    ran = concord("ingest", str(tmp_path / "listing.pdf"), "--json")
    assert ran.code == 0, ran.err
    got = [(r["reference"], r["subject"]) for r in json.loads(ran.out)["decision_notices"]]
    assert got == [(ref, title.replace("–", "-")) for title, ref in ENTRIES]


def test_a_numbered_sub_item_is_no_part_of_the_line_above(tmp_path: Path):
    # the item's line ends at the margin: the sub-item's number did not fit after it
    assert stringWidth(ITEM, "Helvetica", 10) <= A4[0] - 100 < stringWidth(ITEM + " 3.1", "Helvetica", 10)
    pages, _ = read_pdf(draw_text(AGENDA, tmp_path / "agenda.pdf"))
    assert f"\n{ITEM}\n3.1 National Policing Plan 2021/22" in pages[0].text
