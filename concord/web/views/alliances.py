"""Alliances and programmes and the functions they run: read-only lists and pages."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from concord.domain.access import Permission
from concord.services import directory
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("alliances", __name__)


@route(bp, "/alliances", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("alliances/index.html", alliances=directory.alliances(ctx))


@route(bp, "/alliances/<slug>", permission=Permission.REGISTER_READ, record="alliance")
def show(ctx: Context, slug: str):  # noqa: ANN201
    found = directory.alliance(ctx, slug) or abort(404)
    return render_template("alliances/show.html", detail=found)


@route(bp, "/functions", permission=Permission.REGISTER_READ)
def functions(ctx: Context):  # noqa: ANN201
    return render_template("alliances/functions.html", functions=directory.functions(ctx))


@route(bp, "/functions/<int:function_id>", permission=Permission.REGISTER_READ, record="function")
def function(ctx: Context, function_id: int):  # noqa: ANN201
    found = directory.function(ctx, function_id) or abort(404)
    return render_template("alliances/function.html", fn=found)
