"""The dashboard: what needs doing today, each finding linked to its record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, render_template, request, url_for

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import dashboard as service
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("dashboard", __name__)
#: findings on one page (a national register has thousands: the page stays quick to make and to read)
PER_PAGE = 100


def _as_of(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("as-of", text, "is not a date written as YYYY-MM-DD") from None


@route(bp, "/", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    board = service.dashboard(ctx, _as_of(request.args.get("as-of")))
    asked = request.args.get("page", "1")
    page = int(asked) if asked.isdigit() and 0 < int(asked) <= 10_000 else 1
    start = (page - 1) * PER_PAGE
    shown = board.items[start:start + PER_PAGE]
    args: dict[str, Any] = {"as-of": request.args["as-of"]} if request.args.get("as-of") else {}
    pages = {}
    if page > 1:
        pages["previous"] = {"href": url_for("dashboard.index", **args, page=page - 1)}
    if start + PER_PAGE < len(board.items):
        pages["next"] = {"href": url_for("dashboard.index", **args, page=page + 1)}
    return render_template("dashboard.html", board=board, shown=shown, first=start + 1, pages=pages)
