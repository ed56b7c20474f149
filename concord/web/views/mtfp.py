"""The Medium Term Financial Plan: each policing body's scenarios side by side — net revenue
expenditure, financing and the gap per year (`concord mtfp show`)."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.savings import whole_pounds
from concord.services import mtfp
from concord.services.context import Context
from concord.web import chart_images
from concord.web.access import route

bp = Blueprint("mtfp", __name__)
bp.add_app_template_filter(whole_pounds, "mtfp_pounds")

ROWS = (("Net revenue expenditure", "net_revenue_expenditure"), ("Financing", "financing"),
        ("Budget gap (cumulative)", "gap"), ("In-year gap", "in_year_gap"), ("Band D precept", "band_d"))


@route(bp, "/mtfp", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    bodies = sorted({s.body for s in mtfp.scenarios(ctx)})
    return render_template("mtfp/index.html", bodies=bodies)


@route(bp, "/mtfp/<body>", permission=Permission.REGISTER_READ)
def show(ctx: Context, body: str):  # noqa: ANN201
    try:
        found = [mtfp.scenario(ctx, body, s.name) for s in mtfp.scenarios(ctx, body)]
    except DomainError:
        abort(404)
    if not found:
        abort(404)
    return render_template("mtfp/show.html", body=body, scenarios=found, rows=ROWS,
                           charts=[chart_images.mtfp_gap(s) for s in found])
