"""The capital programme: each programme's schemes (budget, spend, % spent, slippage), its financing
and whether payments and financing balance, its amendments, and a form to approve a proposed
amendment by a decision — one call of `concord.services.capital`, as `concord capital approve` makes it."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import HiddenField, StringField, SubmitField
from wtforms.validators import InputRequired, Length, Optional

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import capital, capital_views
from concord.services.context import Context
from concord.web import chart_images
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("capital", __name__)
ZERO = Decimal(0)


@bp.app_template_filter("gbp")
def gbp(value: Decimal | None) -> str:
    """£1,234.56 (negative as -£1,234.56); blank for none."""
    if value is None:
        return ""
    return f"{'-' if value < 0 else ''}£{abs(value):,.2f}"


class ApproveForm(FlaskForm):
    version = HiddenField()
    decision = StringField("Decision", widget=GovTextInput(),
                           description="The decision notice that approves it (for example CPCC2016-029), "
                                       "or the decision's number.",
                           validators=[Optional(), Length(max=80)])
    reference = StringField("Or the approval as printed", widget=GovTextInput(),
                            description="Only where the register holds no decision for it (for example "
                                        "FEB 05/07/2016).", validators=[Optional(), Length(max=80)])
    approved_on = DayField("Date approved", what="date approved",
                           validators=[InputRequired("Enter the date the amendment was approved")])
    submit = SubmitField("Approve amendment", widget=GovSubmitInput())


@route(bp, "/capital", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("capital/index.html", programmes=capital.programmes(ctx))


@route(bp, "/capital/<body>/<int:year>", permission=Permission.REGISTER_READ)
def show(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = programme_or_404(ctx, body, year)
    may_edit = g.actor is not None and g.actor.can(Permission.FINANCE_EDIT, f"{body}-opcc")
    return render_template("capital/show.html", p=view, may_edit=may_edit,
                           chart=chart_images.capital_against_budget(view))


@route(bp, "/capital/<body>/<int:year>/amendments/<int:amendment>/approve", permission=Permission.FINANCE_EDIT,
       methods=("GET", "POST"))
def approve(ctx: Context, body: str, year: int, amendment: int):  # noqa: ANN201
    view = programme_or_404(ctx, body, year)
    item = next((a for a in view.amendments if a.id == amendment), None) or abort(404)
    form = ApproveForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(item.version)
    if submitted(form) and form.approved_on.data is not None:  # InputRequired: there once validated
        version = form.version.data or ""
        done = capital.approve_amendment(
            ctx, body, year, amendment, (form.decision.data or "").strip() or None, form.approved_on.data,
            (form.reference.data or "").strip() or None, expected_version=int(version) if version.isdigit() else None)
        flash(f"Amendment {done.id} approved by {done.decision}. {balance_state(capital.programme(ctx, body, year))}")
        return redirect(url_for("capital.show", body=body, year=year))
    return render_template("capital/approve.html", form=form, p=view, a=item)


def programme_or_404(ctx: Context, body: str, year: int) -> capital_views.ProgrammeView:
    try:
        return capital.programme(ctx, body, year)
    except DomainError:
        abort(404)


def balance_state(view: capital_views.ProgrammeView) -> str:
    """Whether payments and financing balance in the approved budget, as a sentence for the banner."""
    approved = next(b for b in view.balances if b.column == "approved")
    state = ("still balance" if approved.balances else "balance within rounding" if approved.within_rounding
             else f"no longer balance (financing less payments {gbp(approved.difference)}): see the findings")
    return f"Payments and financing {state}."
