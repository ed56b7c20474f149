"""Pages with no text layer: OCR with tesseract when installed, else a clear message."""

import shutil
from pathlib import Path

import pytest

from concord.ingest.pipeline import run
from concord.ingest.readers import ocr


def _image_only_pdf(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1654, 400), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 56)
    except OSError:
        font = ImageFont.load_default(size=56)
    draw.text((60, 60), "DECISION NOTICE", fill=0, font=font)
    draw.text((60, 200), "Approve the fleet collaboration", fill=0, font=font)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 40, 600, width=515, height=125)
    c.showPage()
    c.save()


def test_without_tesseract_the_file_and_pages_are_named(tmp_path: Path, monkeypatch) -> None:
    pdf = tmp_path / "scanned-notice.pdf"
    _image_only_pdf(pdf)
    monkeypatch.setattr(ocr, "available", lambda: False)
    result = run([pdf])
    messages = [f"{e.source}: {e.reason}" for e in result.errors]
    assert any("scanned-notice.pdf" in m and "page" in m and "tesseract" in m for m in messages), messages


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_with_tesseract_scanned_pages_are_read(tmp_path: Path) -> None:
    pdf = tmp_path / "scanned-notice.pdf"
    _image_only_pdf(pdf)
    ocr.available.cache_clear()
    result = run([pdf], keep_text=True)
    text = result.records["documents"][0]["_text"]
    assert "fleet collaboration" in text.lower()
