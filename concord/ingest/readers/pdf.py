"""PDF: text per page with pypdfium2; tables with pdfplumber on the pages that hold them."""

from __future__ import annotations

import re
import time
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium

from concord.ingest.document import Page, make_blocks, plain_letters
from concord.ingest.errors import IngestError
from concord.ingest.readers import ocr
from concord.ingest.readers.guard import OcrBudget
from concord.ingest.readers.pdf_form_rows import ruled_rows
from concord.ingest.readers.pdf_layout import HYPHEN_AT_END, laid_out
from concord.ingest.readers.pdf_tables import read_tables, tables_on_page
from concord.ingest.readers.running_heads import blanked, running_lines
from concord.ingest.readers.text import find_text_tables
from concord.ingest.spacing import single_spaced

_NUMTOK = re.compile(r"(?<![\w/])\(?-?[£$]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?(?![\w/])|"
                     r"(?<![\w/.])\(?-?[£$]?\d+(?:\.\d+)?[%km]?\)?(?![\w/.])|(?<=\s)-(?=\s)")


def _figure_lines(text: str) -> tuple[int, int]:
    """(lines with three figures or more, lines with two or more): cheap tests on a page's text before its tables are
    read, from the drawing (three) or from the text (two)."""
    three = two = 0
    for line in text.split("\n"):
        n = len(_NUMTOK.findall(line))
        three += n >= 3
        two += n >= 2
    return three, two


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise IngestError(path.name, "encrypted PDF: it needs a password to open") from None
        raise IngestError(path.name, f"corrupt or truncated PDF ({e})") from None


def check_pdf(path: Path) -> None:
    """Refuse a PDF that cannot be opened (encrypted, corrupt) or has no pages, without reading its text."""
    pdf = _open(path)
    try:
        if len(pdf) == 0:
            raise IngestError(path.name, "the PDF has no pages")
    finally:
        pdf.close()


#: a PDF larger than this is reopened every REOPEN_PAGES pages (see read_pdf)
LARGE_PDF = 20 * 1024 * 1024
REOPEN_PAGES = 5


#: the share of a PDF page's gaps between lines that may be single line breaks on a page read as double spaced: more
#: than on a typed page, since the lines next to a heading in larger letters, or a table's rows, are never parted
PDF_MOST_SINGLE = 0.2


def read_pdf(path: Path, ocr_enabled: bool = True,
             budget: OcrBudget | None = None) -> tuple[list[Page], list[str]]:
    """The pages of a PDF and warnings. Pages without a text layer are read
    by OCR within `budget` (pages and seconds per document); past it they
    are kept as unread pages, and a warning names them."""
    name = path.name
    budget = budget or OcrBudget()
    ocr_done: list[int] = []
    unread: list[int] = []
    over_text: list[int] = []
    chars = 0
    ocr_started: float | None = None
    pdf = _open(path)
    warnings: list[str] = []
    pages: list[Page] = []
    no_text: list[int] = []
    table_pages: list[int] = []
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError(name, "the PDF has no pages")
        # pdfium keeps what it has parsed (a scan's images) until the document is closed: a large
        # file is reopened every few pages, so memory holds a few pages' images, not the whole file's
        reopen_every = REOPEN_PAGES if path.stat().st_size > LARGE_PDF else 0
        for i in range(n):
            if reopen_every and i and i % reopen_every == 0:
                pdf.close()
                pdf = pdfium.PdfDocument(str(path))
            if chars > budget.max_chars:  # enough text for one document: the rest is kept as unread pages
                over_text.append(i + 1)
                pg = Page(i + 1, "", unread=True)
                make_blocks(pg)
                pages.append(pg)
                continue
            try:
                page = pdf[i]
                tp = page.get_textpage()
                raw_text = tp.get_text_range()
                # with the blank lines and tabs of its layout, a ruled form's row on one line
                text = laid_out(tp, raw_text, partial(ruled_rows, page))
                raw_text = raw_text.replace(HYPHEN_AT_END, "-")  # (one character for one: each keeps its box)
                tables = None
                three, two = _figure_lines(text)
                if three >= 3:
                    try:
                        tables = tables_on_page(page, tp, raw_text, i + 1)
                    except Exception as e:  # noqa: BLE001 - a table failure must not lose the text
                        warnings.append(f"page {i + 1}: tables could not be read ({type(e).__name__})")
                        tables = []
                    if tables is None:
                        table_pages.append(i)
                tp.close()
            except pdfium.PdfiumError as e:
                warnings.append(f"page {i + 1} could not be read ({e})")
                text, page, tables = "", None, None
            if len(text.strip()) < 15 and page is not None:
                no_text.append(i + 1)
                if ocr_enabled and ocr.available():
                    ocr_started = time.monotonic() if ocr_started is None else ocr_started
                    left = budget.seconds - (time.monotonic() - ocr_started)
                    if len(ocr_done) >= budget.pages or left <= 0:
                        unread.append(i + 1)
                    else:
                        text = ocr.ocr_page(page, timeout=max(1, min(120, int(left) + 1)))
                        ocr_done.append(i + 1)
            text = plain_letters(text)  # (a typesetter's ligature, "Ofﬁcers", its letters)
            # a page whose every paragraph has space after it (Word's own spacing), each a line: a blank line between
            # every two lines says nothing of where a block ends, and is read set to single spacing, as a typed
            # paper's is (same length: every offset stays)
            spaced = single_spaced(text, PDF_MOST_SINGLE)
            chars += len(text)
            pg = Page(i + 1, spaced, ocr=(i + 1) in no_text and bool(text.strip()),
                      unread=bool(unread) and unread[-1] == i + 1, respaced=spaced is not text)
            text = spaced
            # no table drawn on the page: those its text holds (rows a line, cells in columns or a cell a line), as
            # for a paper converted to text
            # (nor when those drawn hold no figures: a form's ruled fields over a table of figures set in its text)
            drawn = tables or []
            figures = any(sum(1 for c in r if _NUMTOK.fullmatch(c.text.strip())) >= 2 for t in drawn for r in t.rows)
            pg.tables = drawn if figures else drawn + (
                [t for t in find_text_tables(text, i + 1) if t.method != "tabs"] if two >= 2 else [])
            make_blocks(pg)
            pages.append(pg)
            if page is not None:
                page.close()
    finally:
        pdf.close()
    if no_text:
        listing = _ranges(no_text)
        if not ocr_enabled or not ocr.available():
            warnings.append(f"{name}: pages {listing} have no text layer and tesseract is not "
                            "installed (apt-get install tesseract-ocr); their text is missing")
        elif ocr_done:
            warnings.append(f"{name}: pages {_ranges(ocr_done)} had no text layer and were read by OCR")
        if unread and ocr_enabled and ocr.available():
            warnings.append(f"{name}: pages {_ranges(unread)} were not read: past the OCR budget of "
                            f"{budget.pages} pages or {budget.seconds:g} seconds a document "
                            "(--ocr-pages, --ocr-seconds); they are stored as unread pages")
    if over_text:
        warnings.append(f"{name}: pages {_ranges(over_text)} were not read: the document's text passed "
                        f"{budget.max_chars:,} characters; they are stored as unread pages")
    running = running_lines([pg.text for pg in pages])  # (the body's name or the paper's title at each page's head)
    for pg in pages if running else []:
        pg.text = blanked(pg.text, running)
        make_blocks(pg)
    if table_pages:
        try:
            for idx, tables in read_tables(path, table_pages).items():
                pages[idx].tables = tables or pages[idx].tables
        except Exception as e:  # a table failure must not lose the text
            warnings.append(f"{name}: tables could not be read ({type(e).__name__}: {e})")
    return pages, warnings


def _ranges(nums: list[int]) -> str:
    out, start, prev = [], nums[0], nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
