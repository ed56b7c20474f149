"""A document rendered in the formats asked for, and written all at once."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from concord.domain.errors import DomainError
from concord.papers import docx, html, output, pdf, pieces
from concord.papers.model import Document
from concord.papers.templates import house

FORMATS = ("pdf", "docx", "html")
MEDIA = {"pdf": "application/pdf", "html": "text/html; charset=utf-8",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def render(doc: Document, fmt: str, templates: str | os.PathLike[str] | None = None, *,
           in_pieces: bool = True) -> bytes:
    """The document as `fmt` bytes. Every failure is a DomainError that names the place.

    A long PDF is laid out in two processes (`concord.papers.pieces`) unless `in_pieces` is False: a
    threaded web server must not fork (a lock another thread holds would be held for ever in the child)."""
    if fmt not in FORMATS:
        raise DomainError("--format", fmt, "must be one of " + ", ".join(FORMATS))
    h = house(templates)
    if fmt == "docx":
        return docx.render(doc, h)
    if fmt == "pdf" and in_pieces and pieces.worthwhile(doc, h):
        return pieces.render(doc, h)
    text = html.render(doc, h)
    return text.encode("utf-8") if fmt == "html" else pdf.render(text)


def write(doc: Document, formats: Sequence[str], out: str | os.PathLike[str],
          templates: str | os.PathLike[str] | None = None) -> list[Path]:
    """Render every format first, then write them all (atomically): on any error, no file is left."""
    files = {f"{doc.name}.{fmt}": render(doc, fmt, templates) for fmt in formats}
    return output.write_all(out, files)
