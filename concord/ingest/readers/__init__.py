"""Readers: any supported file to one ``Document``.

``read(path)`` checks size and kind first, then hands the file to the
reader for its format. Anything wrong raises ``IngestError`` naming the
file and the reason.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from concord.ingest.document import Document
from concord.ingest.errors import IngestError
from concord.ingest.readers.guard import Limits, check_size, check_zip, sniff

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "rtf": "application/rtf",
    "odt": "application/vnd.oasis.opendocument.text",
    "html": "text/html",
    "text": "text/plain",
    "markdown": "text/markdown",
}


def read(path: Path, limits: Limits | None = None, converted: Path | None = None) -> Document:
    """The paper at `path` (`converted`: the DOCX a batch made of a legacy Word or OpenDocument paper already)."""
    limits = limits or Limits.from_env()
    name = path.name
    try:
        data, kind, sha = _read_checked(path, limits)
    except OSError as e:
        raise IngestError(name, f"cannot be opened ({e.strerror or e})") from None
    warnings: list[str] = []
    if kind == "pdf":
        from concord.ingest.readers.pdf import read_pdf
        pages, warnings = read_pdf(path, ocr_enabled=limits.ocr, budget=limits.ocr_budget())
    elif kind == "docx":
        check_zip(path, limits)
        from concord.ingest.readers.docx import read_docx
        pages = read_docx(path)
    elif kind in CONVERTED:
        if kind == "odt":
            check_zip(path, limits)
        from concord.ingest.readers.doc import read_doc
        pages = read_doc(path, limits, kind, converted)
    elif kind == "html":
        from concord.ingest.readers.html import read_html
        pages = read_html(data, name)
    else:
        from concord.ingest.readers.text import read_text
        pages = read_text(data, name)
        if path.suffix.lower() in (".md", ".markdown"):
            kind = "markdown"
    if not any(p.text.strip() or p.unread for p in pages):
        raise IngestError(name, "no text could be read from the file" + (
            f" ({'; '.join(warnings)})" if warnings else ""))
    return Document(name, sha, MEDIA_TYPES[kind], pages, warnings)


#: the formats read through a DOCX that LibreOffice makes of them
CONVERTED = ("doc", "rtf", "odt")


def converted_kind(path: Path) -> str | None:
    """The format of a paper that is read through LibreOffice (doc, rtf, odt), or None for any other file; a file that
    cannot be opened is None too (`read` says why)."""
    if path.suffix.lower() not in (".doc", ".dot", ".rtf", ".odt", ""):
        return None
    try:
        with open_regular(path) as fh:
            kind = sniff(path, fh.read(2048))
    except (OSError, IngestError):
        return None
    return kind if kind in CONVERTED else None


#: what an upload through the web application may be
WEB_KINDS = ("pdf", "docx", "doc", "rtf", "odt", "html")
_CALLED = {"pdf": "a PDF", "docx": "a Word (DOCX) document", "html": "a web page (HTML)",
           "text": "a text file", "doc": "a legacy Word (.doc) document", "rtf": "a Rich Text (RTF) document",
           "odt": "an OpenDocument text (ODT)"}


def check(path: Path, limits: Limits | None = None, kinds: tuple[str, ...] | None = None) -> str:
    """The format of a paper `read` would accept, checked without reading its text: the size,
    the format by content (not only by its name), a zip bomb, an encrypted or unopenable PDF.
    With `kinds`, only those formats are accepted. Anything else raises IngestError with the reason."""
    limits = limits or Limits.from_env()
    try:
        with open_regular(path) as fh:
            size = check_size(path, limits, os.fstat(fh.fileno()).st_size)
            kind = sniff(path, fh.read(2048))
    except OSError as e:
        raise IngestError(path.name, f"cannot be opened ({e.strerror or e})") from None
    if kinds is not None and kind not in kinds:
        allowed = ", ".join(_CALLED[k] for k in kinds)
        raise IngestError(path.name, f"is {_CALLED.get(kind, kind)}: only papers in these formats are read "
                          f"here: {allowed}")
    _check_text_size(path, kind, size, limits)
    if kind in ("docx", "odt"):
        check_zip(path, limits)
    elif kind == "pdf":
        from concord.ingest.readers.pdf import check_pdf
        check_pdf(path)
    return kind


def _check_text_size(path: Path, kind: str, size: int, limits: Limits) -> None:
    if kind in ("html", "text") and size > limits.max_text_bytes:
        raise IngestError(path.name, f"a {kind} paper of {size / 1048576:.0f} MB is over the "
                          f"{limits.max_text_bytes / 1048576:.0f} MB limit for text and HTML papers "
                          "(set CONCORD_INGEST_MAX_TEXT_BYTES to change it)")


@contextmanager
def open_regular(path: Path) -> Iterator[BinaryIO]:
    """A regular file opened for reading without blocking: a FIFO or a
    device put where a paper was expected is refused, never waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IngestError(path.name, "not a regular file (a pipe, socket or device): not read")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            yield fh
    finally:
        os.close(fd)


def _read_checked(path: Path, limits: Limits) -> tuple[bytes, str, str]:
    """(bytes, format, SHA-256) of a regular file within the limits, checked before the bulk of it
    is read. A PDF or a Word file is read by its own reader from the file: only its hash is computed
    here, so memory does not hold its bytes twice."""
    with open_regular(path) as fh:
        size = check_size(path, limits, os.fstat(fh.fileno()).st_size)
        head = fh.read(2048)
        kind = sniff(path, head)
        _check_text_size(path, kind, size, limits)
        if kind in ("pdf", "docx", "doc", "rtf", "odt"):
            h = hashlib.sha256(head)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
            return b"", kind, h.hexdigest()
        data = head + fh.read(limits.max_bytes + 1 - len(head))
        return data, kind, hashlib.sha256(data).hexdigest()


__all__ = ["CONVERTED", "WEB_KINDS", "Limits", "check", "converted_kind", "open_regular", "read"]
