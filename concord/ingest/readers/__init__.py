"""Readers: any supported file to one ``Document``.

``read(path)`` checks size and kind first, then hands the file to the
reader for its format. Anything wrong raises ``IngestError`` naming the
file and the reason.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from concord.ingest.document import Document
from concord.ingest.errors import IngestError
from concord.ingest.readers.guard import Limits, check_size, check_zip, sniff

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "text": "text/plain",
    "markdown": "text/markdown",
}


def read(path: Path, limits: Limits | None = None) -> Document:
    limits = limits or Limits.from_env()
    name = path.name
    try:
        check_size(path, limits)
        with path.open("rb") as fh:
            head = fh.read(2048)
        kind = sniff(path, head)
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(name, f"cannot be opened ({e.strerror or e})") from None
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    if kind == "pdf":
        from concord.ingest.readers.pdf import read_pdf
        pages, warnings = read_pdf(path, ocr_enabled=limits.ocr)
    elif kind == "docx":
        check_zip(path, limits)
        from concord.ingest.readers.docx import read_docx
        pages = read_docx(path)
    elif kind == "html":
        from concord.ingest.readers.html import read_html
        pages = read_html(data, name)
    else:
        from concord.ingest.readers.text import read_text
        pages = read_text(data, name)
        if path.suffix.lower() in (".md", ".markdown"):
            kind = "markdown"
    if not any(p.text.strip() for p in pages):
        raise IngestError(name, "no text could be read from the file" + (
            f" ({'; '.join(warnings)})" if warnings else ""))
    return Document(name, sha, MEDIA_TYPES[kind], pages, warnings)


__all__ = ["Limits", "read"]
