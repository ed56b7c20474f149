"""History: recent changes across the register, and each record's audit trail."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, url_for

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import history as service
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("history", __name__)


@route(bp, "/history", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    kind = request.args.get("kind") or None
    user = request.args.get("user") or None
    error = None
    try:
        page = _page(request.args.get("page"))
        found = service.recent(ctx, kind=kind, user=user, page=page)
    except DomainError as failure:
        error = {"field": "kind" if failure.field == "kind" else "user",
                 "text": f"{failure.field.capitalize()} ‘{failure.value}’ {failure.reason}"}
        found = service.recent(ctx)
    args: dict[str, Any] = {k: v for k, v in (("kind", found.kind), ("user", found.user)) if v}
    pages = {}
    if found.page > 1:
        pages["previous"] = {"href": url_for("history.index", **args, page=found.page - 1)}
    if found.more:
        pages["next"] = {"href": url_for("history.index", **args, page=found.page + 1)}
    kinds = {name: k.label for name, k in service.KINDS.items() if ctx.actor.can(k.permission)}
    return render_template("history/index.html", found=found, kinds=kinds, chosen_kind=kind or "",
                           user=user or "", error=error, pages=pages), 400 if error else 200


@route(bp, "/history/<kind>/<path:key>", permission=Permission.REGISTER_READ)
def record(ctx: Context, kind: str, key: str):  # noqa: ANN201
    if kind not in service.KINDS:
        abort(404)
    found = service.trail(ctx, kind, key) or abort(404)
    return render_template("history/record.html", trail=found)


def _page(text: str | None) -> int:
    if not text:
        return 1
    if not text.isdigit():
        raise DomainError("page", text, "must be a whole number from 1 to 1000")
    return int(text)
