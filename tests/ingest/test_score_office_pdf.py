"""devtools.ingest.score_office_pdf: each paper written as a DOCX is printed to a PDF by LibreOffice in one run, in
order, and the PDF holds the paper's words as the office suite laid them out."""

from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest

from devtools.ingest.docx_drawing import write_docx
from devtools.ingest.score_office_pdf import print_pdfs

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed (scripts/ensure-libreoffice.sh installs it)")

PAPERS = {"minutes": "Minutes of the Northshire Joint Audit Committee\nDate: 12 March 2025\n1. Apologies\nNone.\n",
          "notice": "DECISION NOTICE\nReference: 2024/017\nSubject: Fleet replacement\nDecision: Approved.\n"}


def test_each_paper_is_printed_to_a_pdf_in_order(tmp_path):
    (tmp_path / "docx").mkdir()
    docs = [write_docx(text, tmp_path / "docx" / f"{name}.docx") for name, text in PAPERS.items()]
    pdfs = print_pdfs(docs, tmp_path / "pdf")
    assert [p.name for p in pdfs] == ["minutes.pdf", "notice.pdf"]
    for pdf, text in zip(pdfs, PAPERS.values()):
        doc = pdfium.PdfDocument(str(pdf))
        printed = " ".join(doc[0].get_textpage().get_text_range().split())
        doc.close()
        # (Word's list numbering prints "1." itself: the words are the paper's)
        assert all(word in printed for word in text.split() if word != "1."), printed
