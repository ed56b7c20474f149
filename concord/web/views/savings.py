"""Savings and benefits: the register of savings predicted against delivered, with roll-ups per
alliance and per force and the spend on collaboration beside them (`concord savings show`)."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.savings import whole_pounds
from concord.services import savings
from concord.services.context import Context
from concord.web.access import route

bp = Blueprint("savings", __name__)
bp.add_app_template_filter(whole_pounds, "whole_pounds")


@route(bp, "/savings", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    alliance = (request.args.get("alliance") or "").strip() or None
    try:
        reg = savings.register(ctx, alliance)
    except DomainError:
        reg, alliance = savings.register(ctx), None
    return render_template("savings/index.html", reg=reg, alliance=alliance)
