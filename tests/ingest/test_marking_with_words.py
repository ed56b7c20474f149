"""A protective marking printed with words of the body's own after it ("OFFICIAL – SENSITIVE: Not for publication",
"RESTRICTED - Not for publication", a running footer "OFFICIAL SENSITIVE  Page 2 of 5") or after a page number
("Page 3 of 10   OFFICIAL-SENSITIVE"): the paper is read as that marking, the words after it left out. Before, such a
line marked nothing, and a sensitive paper went into the review queue as unmarked. A heading that only begins with one
of the words ("SECRET BALLOT", "RESTRICTED ACCESS") marks nothing. Bodies and people invented; read through the real
`concord ingest` in a fresh process."""

from __future__ import annotations

import json

import docx
import pytest

from tests.ingest.ingesting import MARKED_REPORT, ingest_text

@pytest.mark.parametrize("line, marking", [
    ("OFFICIAL – SENSITIVE: Not for publication", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL-SENSITIVE [see the covering note]", "OFFICIAL-SENSITIVE"),
    ("RESTRICTED - Not for publication", "RESTRICTED"),
    ("CONFIDENTIAL – Exempt under Schedule 12A", "CONFIDENTIAL"),
    ("Page 3 of 10   OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
])
def test_a_marking_followed_by_words_marks_the_paper(concord, tmp_path, line: str, marking: str) -> None:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, MARKED_REPORT.format(line=line))
    assert out["documents"][0]["marking"] == marking
    assert out["reports"][0]["title"] == "Review of firearms licensing"


@pytest.mark.parametrize("line", ["SECRET BALLOT", "RESTRICTED ACCESS TO THE SITE", "Confidential reporting line",
                                  "12 RESTRICTED"])
def test_a_heading_that_begins_with_a_marking_word_marks_nothing(concord, tmp_path, line: str) -> None:  # noqa: ANN001
    assert ingest_text(concord, tmp_path, MARKED_REPORT.format(line=line))["documents"][0]["marking"] is None


def test_a_running_footer_with_the_page_number_marks_a_word_paper(concord, tmp_path) -> None:  # noqa: ANN001
    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL SENSITIVE\tPage 2 of 5"
    for line in MARKED_REPORT.format(line="").splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "r.docx")
    ran = concord("ingest", str(tmp_path / "r.docx"), "--json")
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["documents"][0]["marking"] == "OFFICIAL-SENSITIVE"



def test_a_marking_with_words_on_every_page_of_a_pdf_is_the_papers(concord, tmp_path) -> None:  # noqa: ANN001
    # A header repeated on every page is read past as a running head; a marking is not, with words after it or not.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "r.pdf"), pagesize=A4)
    lines = MARKED_REPORT.format(line="").splitlines() + [f"{n}. The Board noted paragraph {n} of the report." for n in
                                                    range(1, 61)]
    for page in range(3):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 800, "OFFICIAL – SENSITIVE: Not for publication")
        for row, line in enumerate(lines[page * 25:(page + 1) * 25]):
            pdf.drawString(72, 760 - row * 14, line)
        pdf.showPage()
    pdf.save()
    ran = concord("ingest", str(tmp_path / "r.pdf"), "--json")
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["documents"][0]["marking"] == "OFFICIAL-SENSITIVE"
