"""Papers to upload in the papers tests: a real seed paper as DOCX, legacy Word (.doc), PDF or HTML, and bad files."""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

SEED = "000_da7a5188954c7516.txt"  # a Cambridgeshire report to the Business Coordination Board


def paragraphs(seeds: Path, name: str = SEED, marking: str | None = None) -> list[str]:
    text = (seeds / name).read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return ([f"Protective marking: {marking}"] if marking else []) + paras


def seed_docx(seeds: Path, name: str = SEED, marking: str | None = None) -> bytes:
    import docx

    doc = docx.Document()
    for p in paragraphs(seeds, name, marking):
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def seed_doc(seeds: Path, workdir: Path, name: str = SEED, marking: str | None = None) -> bytes:
    """The seed paper saved by LibreOffice as Word 97–2003 (.doc), from its DOCX."""
    import subprocess

    source = workdir / "paper.docx"
    source.write_bytes(seed_docx(seeds, name, marking))
    subprocess.run(["soffice", f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(workdir), str(source)], check=True, capture_output=True,
                   timeout=300, cwd=workdir)
    return (workdir / "paper.doc").read_bytes()


def seed_html(seeds: Path, name: str = SEED, marking: str | None = None) -> bytes:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(seeds, name, marking))
    return f"<!DOCTYPE html><html lang=en><head><title>Paper</title></head><body>{body}</body></html>".encode()


def seed_pdf(seeds: Path, name: str = SEED) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(html.escape(p), style) for p in paragraphs(seeds, name)])
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(50, 800, "Minutes of the Business Coordination Board")
    c.save()
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    """A DOCX whose one part unpacks to 20 MB of nothing: a compression ratio of about 1000:1."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b" " * 20_000_000)
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
