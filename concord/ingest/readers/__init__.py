"""Readers: any supported file to one ``Document``.

``read(path)`` checks size and kind first, then hands the file to the
reader for its format. Anything wrong raises ``IngestError`` naming the
file and the reason.
"""

from __future__ import annotations

import hashlib
import os
import stat
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
        data = regular_file_bytes(path, limits)
        kind = sniff(path, data[:2048])
    except OSError as e:
        raise IngestError(name, f"cannot be opened ({e.strerror or e})") from None
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    if kind == "pdf":
        from concord.ingest.readers.pdf import read_pdf
        pages, warnings = read_pdf(path, ocr_enabled=limits.ocr, budget=limits.ocr_budget())
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


def regular_file_bytes(path: Path, limits: Limits) -> bytes:
    """The bytes of a regular file, opened without blocking: a FIFO or a
    device put where a paper was expected is refused, never waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(path.name, "not a regular file (a pipe, socket or device): not read")
        check_size(path, limits, st.st_size)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(limits.max_bytes + 1)
    finally:
        os.close(fd)


__all__ = ["Limits", "read", "regular_file_bytes"]
