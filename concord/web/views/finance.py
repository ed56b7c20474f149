"""Finance: one place in the navigation for the finance pages (revenue monitoring, the
capital programme, the MTFP, savings, shared costs, and workbooks in and out)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, url_for

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import finance_records
from concord.services.context import Context
from concord.web import access
from concord.web.access import route

bp = Blueprint("finance", __name__)

#: (title, endpoint, what it holds, the permission it needs)
PARTS = (
    ("Revenue monitoring", "revenue.index", "Each month's budget, actual, variance and forecast by group, "
     "with the totals that do not cast, and each month against the one before.", Permission.REGISTER_READ),
    ("Capital programme", "capital.index", "Schemes, amendments approved by decisions, and whether payments "
     "and financing balance.", Permission.REGISTER_READ),
    ("Medium Term Financial Plan", "mtfp.index", "Scenarios side by side: spending, financing and the gap "
     "each year.", Permission.REGISTER_READ),
    ("The precept", "precept.index", "Band D × tax base, the bands A to H, the rise checked against the "
     "year's referendum limit, and the precept timetable.", Permission.REGISTER_READ),
    ("Savings and benefits", "savings.index", "Savings predicted against delivered, per force and alliance, "
     "beside the spend on collaboration.", Permission.REGISTER_READ),
    ("Shared costs", "recharges.index", "Programme costs shared by NRE, fleet recharges, and each member's "
     "statement.", Permission.REGISTER_READ),
    ("Import a workbook", "revenue.upload", "Bring in revenue, capital or MTFP figures from Excel or CSV: "
     "all of it, or nothing with every problem listed.", Permission.FINANCE_EDIT),
)


@route(bp, "/finance", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    parts = [(title, url_for(endpoint), text) for title, endpoint, text, permission in PARTS
             if endpoint in current_app.view_functions and access.can(permission)]
    return render_template("finance/index.html", parts=parts)


@route(bp, "/finance/tables/<int:table_id>", permission=Permission.REGISTER_READ, record="financial_table")
def table(ctx: Context, table_id: int):  # noqa: ANN201
    """A financial table a finding names: a monitoring statement is its month's page; another table
    shows what does not cast in it, beside its body's capital programme for the year."""
    try:
        home = finance_records.table_home(ctx, table_id)
    except DomainError:
        abort(404)
    if home.monitoring:
        return redirect(url_for("revenue.month", body=home.body, year=home.year, month=home.month))
    return render_template("finance/table.html", t=home)
