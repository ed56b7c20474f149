"""`concord paper KIND`: each kind of paper from the demo, in each format, read back."""

from __future__ import annotations

from pathlib import Path

from tests.papers.readback import docx_headings, docx_tables, pdf_pages

KINDS = [
    (("decision-notice", "CPCC2019-008"), "decision-notice-CPCC2019-008", "Decision notice CPCC2019-008"),
    (("minutes", "cambridgeshire-bcb/2016-11-10"), None, "Minutes of the meeting of 10 November 2016"),
    (("collaboration", "bch", "--as-of", "2019-06-01"), "collaboration-bch-2019-06-01", "Collaboration update"),
    (("s22a", "chiltern"), "s22a-chiltern", "Section 22A agreement: Chiltern Transport Consortium"),
    (("mtfp", "cambridgeshire"), "mtfp-cambridgeshire", "Medium Term Financial Plan and budget update"),
    (("revenue", "cambridgeshire", "--year", "2016", "--month", "6"), "revenue-cambridgeshire-2016-m6",
     "Revenue budget monitoring: 2016/17, month 6"),
    (("capital", "cambridgeshire", "--year", "2016", "--month", "6"), "capital-cambridgeshire-2016-m6",
     "Capital programme: 2016/17, month 6"),
]


def test_every_kind_in_every_format(concord, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    for args, name, title in KINDS:
        for fmt in ("pdf", "docx", "html"):
            out = tmp_path / fmt
            ran = concord("paper", *args, "--format", fmt, "--out", out)
            assert ran.code == 0, ran.err
            written = Path(ran.out.split("Wrote ", 1)[1].strip())
            assert name is None or written.name == f"{name}.{fmt}"
            if fmt == "pdf":
                assert title in " ".join(pdf_pages(written))
            elif fmt == "docx":
                assert any(title in h for _, h in docx_headings(written))
            else:
                assert title in written.read_text(encoding="utf-8")
    # the signature block of a notice, the s22A paper's summary (rule 15) and its notice
    notice = " ".join(pdf_pages(tmp_path / "pdf" / "decision-notice-CPCC2019-008.pdf"))
    assert "Signed:" in notice and "CPCC2019-008" in notice
    s22a = " ".join(pdf_pages(tmp_path / "pdf" / "s22a-chiltern.pdf"))
    assert "Summary for publication" in s22a and "Termination" in s22a and "CPCC2019-008" in s22a
    revenue = docx_tables(tmp_path / "docx" / "revenue-cambridgeshire-2016-m6.docx")
    # the month's monitoring statement, grouped: the income group added up from its lines' exact pounds
    assert ["Total income", "-1,682", "-928", "-1,163", "-235", "-2,093", "-411"] in [r for t in revenue for r in t]


def test_unknown_records_and_formats_are_refused(concord, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    ran = concord("paper", "s22a", "no-such", "--out", tmp_path / "x")
    assert ran.code == 2 and "no-such" in ran.err
    ran = concord("paper", "mtfp", "cambridgeshire", "--format", "odt", "--out", tmp_path / "x")
    assert ran.code == 2 and "--format" in ran.err and "odt" in ran.err
    ran = concord("paper", "revenue", "cambridgeshire", "--year", "2015", "--month", "6", "--out", tmp_path / "x")
    assert ran.code == 2 and "--month" in ran.err
    assert not (tmp_path / "x").exists()
