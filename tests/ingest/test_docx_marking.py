"""A Word paper's protective marking printed only in its header and footer, as the Government Security
Classifications ask and templates do: the paper is read as marked, and the header is no part of its text (its title
is still the report's). Before, the marking was lost and an OFFICIAL-SENSITIVE paper went into the review queue as
unmarked. Bodies and people invented; read through the real `concord ingest` in a fresh process."""

from __future__ import annotations

import json

import docx


def _report(path, header: str | None = None, footer: str | None = None, first_page: str | None = None) -> None:  # noqa: ANN001
    d = docx.Document()
    section = d.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    if first_page:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page
    d.add_paragraph("Report to the Joint Chief Officer Board", style="Title")
    d.add_paragraph("Date: 4 March 2025")
    d.add_paragraph("Report of: Chief Finance Officer")
    d.add_paragraph("Subject: Review of firearms licensing")
    d.add_paragraph("Recommendation")
    d.add_paragraph("The Board is recommended to note the contents of this report.")
    d.save(path)


def _document(concord, path) -> dict:  # noqa: ANN001
    ran = concord("ingest", str(path), "--json")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["reports"][0]["title"] == "Review of firearms licensing"
    return out["documents"][0]


def test_a_marking_in_the_header_and_footer_marks_the_paper(concord, tmp_path):  # noqa: ANN001
    _report(tmp_path / "r.docx", header="OFFICIAL-SENSITIVE", footer="OFFICIAL-SENSITIVE")
    assert _document(concord, tmp_path / "r.docx")["marking"] == "OFFICIAL-SENSITIVE"


def test_a_marking_on_the_first_page_header_only(concord, tmp_path):  # noqa: ANN001
    _report(tmp_path / "r.docx", first_page="OFFICIAL-SENSITIVE [PERSONAL]", footer="Page 1")
    assert _document(concord, tmp_path / "r.docx")["marking"] == "OFFICIAL-SENSITIVE [PERSONAL]"


def test_an_unmarked_header_marks_nothing(concord, tmp_path):  # noqa: ANN001
    _report(tmp_path / "r.docx", header="Brackenshire Police and Crime Commissioner", footer="Page 1 of 3")
    assert _document(concord, tmp_path / "r.docx")["marking"] is None
