import io
import zipfile
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from concord.ingest.errors import IngestError
from concord.ingest.readers import Limits, read
from concord.ingest.readers.text import decode

ROWS = [("Police Officer Pay", "45,101", "22,457", "22,647", "190"),
        ("Police Staff Pay", "14,092", "7,017", "6,716", "(301)"),
        ("Transport", "366", "179", "138", "(41)"),
        ("Total", "59,559", "29,653", "29,501", "(152)")]


def make_pdf(path: Path, lines: list[str], table: bool = False, ruled: bool = False, blank_page: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        if line == "\f":
            c.showPage()
            y = 800
            continue
        c.drawString(50, y, line)
        y -= 14
    if table:
        y -= 20
        c.drawString(50, y, "Revenue budget (all figures £'000)")
        y -= 20
        xs = [50, 250, 320, 390, 460]
        for k, h in enumerate(["Line", "Budget", "YTD Budget", "Actual", "Variance"]):
            c.drawString(xs[k], y, h)
        for row in ROWS:
            y -= 16
            for k, cell in enumerate(row):
                c.drawRightString(xs[k] + 60, y, cell) if k else c.drawString(xs[k], y, cell)
        if ruled:
            top = y + 16 * (len(ROWS) + 1) + 12
            for k in range(len(ROWS) + 3):
                c.line(45, top - k * 16, 520, top - k * 16)
            for x in xs + [520]:
                c.line(x - 5, top, x - 5, top - 16 * (len(ROWS) + 2))
    if blank_page:
        c.showPage()
        c.rect(100, 100, 200, 200, fill=1)
    c.save()
    return path


def test_pdf_text_and_unruled_table(tmp_path):
    doc = read(make_pdf(tmp_path / "r.pdf", ["To: Resources Board", "From: Chief Finance Officer"], table=True))
    assert doc.media_type == "application/pdf" and "Resources Board" in doc.pages[0].text
    [t] = doc.tables
    texts = t.texts()
    assert ["Transport", "366", "179", "138", "(41)"] in texts
    assert t.method == "gaps" and all(c.bbox for c in t.rows[-1])


def test_pdf_ruled_table(tmp_path):
    doc = read(make_pdf(tmp_path / "r.pdf", ["Budget monitoring"], table=True, ruled=True))
    assert doc.tables and doc.tables[0].method == "ruled"
    assert any(r[0] == "Police Staff Pay" for r in doc.tables[0].texts())


def test_pdf_without_text_layer_is_reported(tmp_path):
    doc = read(make_pdf(tmp_path / "s.pdf", ["Some text on page one"], blank_page=True),
               Limits(ocr=False))
    assert any("2" in w and "no text layer" in w for w in doc.warnings)


def test_docx_tables_as_tables(tmp_path):
    d = docx.Document()
    d.add_paragraph("To: Audit Committee")
    d.add_paragraph("Capital summary (£'000)")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Scheme", "Budget", "Actual"), ("Fleet", "1,700", "1,523"), ("Estates", "500", "(20)")]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    p = tmp_path / "a.docx"
    d.save(p)
    doc = read(p)
    assert doc.tables[0].texts()[2] == ["Estates", "500", "(20)"]
    assert doc.tables[0].title == "Capital summary (£'000)"


def test_html_tables(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><h1>Minutes</h1><p>Present: A</p><table><caption>Costs £k</caption>"
                 "<tr><th>Item</th><th>Cost</th></tr><tr><td>Vans</td><td>12</td></tr></table></body></html>")
    doc = read(p)
    assert doc.tables[0].title == "Costs £k" and doc.tables[0].texts()[1] == ["Vans", "12"]
    assert "Minutes" in doc.text


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings(enc):
    text = "Date: 21 September 2016 – costs £1.2m “approved”\n" * 5
    assert "£1.2m" in decode(text.encode(enc), "x.txt")


def test_text_tables_tabs_and_pipes(tmp_path):
    p = tmp_path / "t.md"
    p.write_text("Table 1 (£'000)\n\nLine\tBudget\tActual\nA\t1\t2\nB\t3\t4\n\n| a | b |\n|---|---|\n| x | 1 |\n")
    doc = read(p)
    assert [t.method for t in doc.tables] == ["tabs", "pipes"]
    assert doc.tables[0].title == "Table 1 (£'000)"


def _bad(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(IngestError) as e:
        read(p, Limits(max_bytes=10_000_000))
    assert e.value.source == name
    return e.value.reason


def test_bad_inputs(tmp_path):
    assert "empty" in _bad(tmp_path, "zero.pdf", b"")
    assert "binary" in _bad(tmp_path, "junk.txt", bytes(range(256)) * 40)
    assert "unknown format" in _bad(tmp_path, "sheet.xyz", b"hello")
    good = make_pdf(tmp_path / "g.pdf", ["hello world " * 5]).read_bytes()
    assert "PDF" in _bad(tmp_path, "trunc.pdf", good[:200])
    assert "not a PDF" in _bad(tmp_path, "fake.pdf", b"GIF89a" + b"\0" * 100)


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    p = tmp_path / "enc.pdf"
    c = canvas.Canvas(str(p), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(50, 800, "secret text")
    c.save()
    assert "encrypted" in _bad(tmp_path, "enc.pdf", p.read_bytes())


def test_zip_bomb_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * 50_000_000)
    assert "zip bomb" in _bad(tmp_path, "bomb.docx", buf.getvalue())


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.seek(3_000_000)
        fh.write(b"x")
    with pytest.raises(IngestError, match="over the 1 MB limit"):
        read(p, Limits(max_bytes=1_048_576))


def test_large_pdf_reopened_every_few_pages_keeps_every_page(tmp_path, monkeypatch):
    """A large PDF is reopened as it is read (to bound pdfium's memory): no page is lost or repeated."""
    from concord.ingest.readers import pdf as pdf_reader

    path = tmp_path / "long.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 13):
        c.drawString(72, 760, f"Appendix page {n} of the collaboration savings schedule")
        c.showPage()
    c.save()
    monkeypatch.setattr(pdf_reader, "LARGE_PDF", 0)
    monkeypatch.setattr(pdf_reader, "REOPEN_PAGES", 5)
    pages, _ = pdf_reader.read_pdf(path)
    assert [p.number for p in pages] == list(range(1, 13))
    assert all(f"Appendix page {p.number} of" in p.text for p in pages)
