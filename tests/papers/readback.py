"""Reading generated files back: PDF text per page (pdftotext), DOCX headings and tables."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
from pypdf import PdfReader


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace made single."""
    n = len(PdfReader(str(path)).pages)
    out = []
    for page in range(1, n + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        out.append(" ".join(text.split()))
    return out


def contents_entries(path: Path) -> list[tuple[str, int]]:
    """(title, printed page) for each entry of the contents (from page 2 to the page before its first
    entry): a title, wrapped over lines as it may be, ends with its page number at the right."""
    first = _entries(_layout(path, 2, 2))
    return _entries(_layout(path, 2, first[0][1] - 1)) if first else []


def _layout(path: Path, start: int, end: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(start), "-l", str(end), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _entries(raw: str) -> list[tuple[str, int]]:
    entries, words = [], []
    for line in raw.splitlines()[1:]:
        found = re.match(r"^(.*?)\s{2,}(\d+)\s*$", line)
        if found:
            words.append(found.group(1).strip())
            entries.append((" ".join(" ".join(words).split()), int(found.group(2))))
            words = []
        elif line.strip() and not line.strip().startswith(("Contents", "OFFICIAL", "Not in this pack")):
            words.append(line.strip())
        else:
            words = []
    return entries


def docx_headings(path: Path) -> list[tuple[str, str]]:
    d = docx.Document(str(path))
    return [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith(("Heading", "TOC Heading"))]


def docx_tables(path: Path) -> list[list[list[str]]]:
    d = docx.Document(str(path))
    return [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]


def docx_header_texts(path: Path) -> list[str]:
    d = docx.Document(str(path))
    return [" ".join(p.text for p in s.header.paragraphs) for s in d.sections]
