"""Shared costs and recharges: each member's statement of its share of an alliance's costs (by
printed NRE share) and its fleet invoices (`concord recharge statement`)."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import recharges
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("recharges", __name__)


@route(bp, "/shared-costs", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("recharges/index.html", found=recharges.statements(ctx))


@route(bp, "/shared-costs/<alliance>/<int:year>/<member>", permission=Permission.REGISTER_READ)
def statement(ctx: Context, alliance: str, year: int, member: str):  # noqa: ANN201
    try:
        s = recharges.statement(ctx, alliance, member, year)
    except DomainError:
        abort(404)
    return render_template("recharges/statement.html", s=s)
