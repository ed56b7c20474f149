"""Checks made before a reader opens a file: size, kind, zip bombs."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from concord.ingest.errors import IngestError

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
#: text and HTML papers: a board paper of 10 MB of plain text is over 3,000 pages; reading one
#: takes about ten times its size in memory, so a batch stays under 300 MB whatever it holds
DEFAULT_MAX_TEXT_BYTES = 10 * 1024 * 1024
#: characters of text kept from one PDF; past it, pages are kept as unread and named
DEFAULT_MAX_TEXT_CHARS = 10_000_000
DEFAULT_OCR_PAGES = 50
DEFAULT_OCR_SECONDS = 60.0


@dataclass(frozen=True)
class OcrBudget:
    """How much OCR one document may use: pages read and seconds spent."""

    pages: int = DEFAULT_OCR_PAGES
    seconds: float = DEFAULT_OCR_SECONDS
    #: not OCR, but the same idea: the text kept from one document
    max_chars: int = DEFAULT_MAX_TEXT_CHARS

TEXT_EXT = {".txt", ".text", ".md", ".markdown", ".rst", ".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml"}
DOC_EXT = {".doc", ".dot"}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_ratio: float = 100.0
    max_zip_members: int = 5000
    ocr: bool = True
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    #: OCR is costly (about half a second a page): a budget per document, in pages and in seconds
    ocr_pages: int = DEFAULT_OCR_PAGES
    ocr_seconds: float = DEFAULT_OCR_SECONDS

    def ocr_budget(self) -> OcrBudget:
        return OcrBudget(self.ocr_pages if self.ocr else 0, self.ocr_seconds if self.ocr else 0.0,
                         self.max_text_chars)

    @classmethod
    def from_env(cls) -> Limits:
        def env_int(env: str, default: int) -> int:
            raw = os.environ.get(env)
            return int(raw) if raw and raw.isdigit() and len(raw) < 16 else default

        return cls(max_bytes=env_int("CONCORD_INGEST_MAX_BYTES", DEFAULT_MAX_BYTES),
                   max_text_bytes=env_int("CONCORD_INGEST_MAX_TEXT_BYTES", DEFAULT_MAX_TEXT_BYTES))


def check_size(path: Path, limits: Limits, size: int | None = None) -> int:
    size = path.stat().st_size if size is None else size
    if size == 0:
        raise IngestError(path.name, "the file is empty (0 bytes)")
    if size > limits.max_bytes:
        raise IngestError(path.name, f"the file is {size / 1048576:.0f} MB, over the "
                          f"{limits.max_bytes / 1048576:.0f} MB limit (set CONCORD_INGEST_MAX_BYTES to change it)")
    return size


def sniff(path: Path, head: bytes) -> str:
    """The format to read a file as: pdf, docx, doc (Word 97–2003), rtf, odt, html or text; else IngestError."""
    ext = path.suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if ext in (".docx", ".docm", ".dotx") or _zip_has(path, "word/document.xml"):
            return "docx"
        if _zip_text(path, "mimetype").startswith("application/vnd.oasis.opendocument.text"):
            return "odt"  # an OpenDocument text (LibreOffice, or Word's "Save as ODT")
        raise IngestError(path.name, "a zip archive that is not a Word (DOCX) or OpenDocument text (ODT) document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if ext in DOC_EXT or ext == "":
            return "doc"  # Word 97–2003
        raise IngestError(path.name, f"a legacy binary Office file ({ext or 'no extension'}) that is not a Word "
                          "document (.doc); save it as DOCX or PDF")
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        return "rtf"  # Rich Text, often saved under a .doc name
    if ext == ".pdf":
        raise IngestError(path.name, "named .pdf but is not a PDF (no %PDF header): corrupt or mislabelled")
    if ext in (".docx", ".odt"):
        raise IngestError(path.name, f"named {ext} but is not a zip archive: corrupt or mislabelled")
    low = head[:512].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ext in HTML_EXT:
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # binary, unless UTF-16
            raise IngestError(path.name, f"named {ext} but holds binary data, not a web page: corrupt or mislabelled")
        return "html"
    if ext in TEXT_EXT or ext == "":
        return "text"
    raise IngestError(path.name, f"unknown format '{ext}': Concord reads PDF, Word (DOCX, DOC, RTF), OpenDocument "
                      "text (ODT), HTML, Markdown and text")


def _zip_text(path: Path, member: str) -> str:
    """The text of a small member of a zip archive ("mimetype"), or "" when it has none."""
    try:
        with zipfile.ZipFile(path) as z:
            if member not in z.namelist() or z.getinfo(member).file_size > 200:
                return ""
            return z.read(member).decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, KeyError):
        return ""


def _zip_has(path: Path, member: str) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return member in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a zip whose central directory promises too much (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except zipfile.BadZipFile as e:
        raise IngestError(path.name, f"corrupt DOCX (bad zip archive: {e})") from None
    if len(infos) > limits.max_zip_members:
        raise IngestError(path.name, f"DOCX holds {len(infos)} parts, over the limit of "
                          f"{limits.max_zip_members}: refusing a possible zip bomb")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise IngestError(path.name, f"DOCX would unpack to {total / 1048576:.0f} MB, over the "
                          f"{limits.max_unzipped_bytes / 1048576:.0f} MB limit: refusing a possible zip bomb")
    for i in infos:
        if i.file_size > 1_000_000 and i.file_size > limits.max_zip_ratio * max(i.compress_size, 1):
            raise IngestError(path.name, f"DOCX part {i.filename} compresses {i.file_size // max(i.compress_size, 1)}:1, "
                              "refusing a possible zip bomb")
