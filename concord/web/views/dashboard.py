"""The dashboard: what needs doing today, each finding linked to its record."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, render_template, request

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import dashboard as service
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("dashboard", __name__)


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
    return render_template("dashboard.html", board=board)
