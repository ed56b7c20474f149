"""HTML to PDF with WeasyPrint (Debian's pango draws the text)."""

from __future__ import annotations

import logging

from concord.papers.templates import BUILT_IN

# WeasyPrint warns about every CSS property it ignores; a paper is no place for those
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def render(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html, base_url=str(BUILT_IN)).write_pdf()
