"""Search: records and the text of stored papers, best first, each linked to its page."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request, url_for

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import search as service
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("search", __name__)


@route(bp, "/search", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    words = request.args.get("q", "")
    kinds = [k for k in request.args.getlist("kind") if k]
    results, error = None, None
    if words or "q" in request.args:
        try:
            results = service.search(ctx, words, kinds=kinds, page=_page(request.args.get("page")))
        except DomainError as failure:
            error = _message(failure)
    pages = {}
    if results is not None:
        args: dict[str, Any] = {"q": words, "kind": list(results.kinds)}
        if results.page > 1:
            pages["previous"] = {"href": url_for("search.index", **args, page=results.page - 1)}
        if results.more:
            pages["next"] = {"href": url_for("search.index", **args, page=results.page + 1)}
    return render_template("search/index.html", words=words, kinds=kinds, choices=service.KINDS,
                           results=results, error=error, pages=pages), 400 if error else 200


def _page(text: str | None) -> int:
    if not text:
        return 1
    try:
        return int(text)
    except ValueError:
        raise DomainError("page", text, f"must be a whole number from 1 to {service.MAX_PAGE}") from None


def _message(failure: DomainError) -> str:
    if failure.field == "words":
        return "Enter the words to search for" if "empty" in failure.reason else \
            "Enter at most 20 words and 500 characters"
    value = "" if failure.value is None else f" ‘{failure.value}’"
    return f"{failure.field.capitalize()}{value} {failure.reason}"
