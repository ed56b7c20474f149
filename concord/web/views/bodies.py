"""Forces and policing bodies: read-only lists and pages."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from concord.domain.access import Permission
from concord.services import directory
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("bodies", __name__)


@route(bp, "/forces", permission=Permission.REGISTER_READ)
def forces(ctx: Context):  # noqa: ANN201
    return render_template("bodies/forces.html", forces=directory.forces(ctx))


@route(bp, "/forces/<force_id>", permission=Permission.REGISTER_READ, record="force")
def force(ctx: Context, force_id: str):  # noqa: ANN201
    found = directory.force(ctx, force_id) or abort(404)
    return render_template("bodies/force.html", detail=found)


@route(bp, "/policing-bodies", permission=Permission.REGISTER_READ)
def policing_bodies(ctx: Context):  # noqa: ANN201
    return render_template("bodies/policing_bodies.html", bodies=directory.policing_bodies(ctx))


@route(bp, "/policing-bodies/<slug>", permission=Permission.REGISTER_READ, record="policing_body")
def policing_body(ctx: Context, slug: str):  # noqa: ANN201
    found = directory.policing_body(ctx, slug) or abort(404)
    return render_template("bodies/policing_body.html", detail=found)
