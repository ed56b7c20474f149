"""A document as HTML, through the house templates."""

from __future__ import annotations

from collections.abc import Mapping

import jinja2

from concord.domain.errors import DomainError
from concord.papers.model import Document
from concord.papers.templates import House


def render(doc: Document, house: House, *, body: bool = True, page_numbers: bool = True,
           pages: Mapping[str, int] | None = None) -> str:
    """The document's HTML; a template that fails names itself and the line.

    For a PDF made in pieces (`concord.papers.pieces`): `body=False` leaves out the parts (the cover
    and contents alone), `page_numbers=False` leaves the page numbers out of the footer, and `pages`
    (anchor → page number) prints the contents' page numbers as known instead of asking WeasyPrint.
    """
    try:
        return house.env.get_template("document.html").render(document=doc, house=house.settings, logo=house.logo,
                                                              body=body, page_numbers=page_numbers,
                                                              pages=dict(pages or {}))
    except jinja2.TemplateSyntaxError as e:
        raise DomainError("template", f"{e.filename or e.name}:{e.lineno}", f"does not parse: {e.message}") from None
    except jinja2.TemplateError as e:
        where = _where(e)
        raise DomainError("template", where, f"failed to render: {e}") from None


def _where(e: Exception) -> str:
    """The template file and line a rendering error came from, from its traceback."""
    tb = e.__traceback__
    found = "document.html"
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".html") or name.endswith(".css"):
            found = f"{name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
