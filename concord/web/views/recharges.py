"""Shared costs and recharges: each member's statement of its share of an alliance's costs (by
printed NRE share) and its fleet invoices (`concord recharge statement`), and the forms that record
a cost, a fleet profile and a month's fleet usage (`concord recharge cost|profile|usage`)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovSubmitInput, GovTextInput
from wtforms import RadioField, SelectField, StringField, SubmitField
# SelectChoice is new in WTForms 3.3; the types-WTForms stubs (3.2) do not have it yet
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, ValidationError

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.mtfp import parse_fy
from concord.domain.recharge import month_bounds
from concord.services import directory, recharges
from concord.services.context import Context
from concord.web.access import route
from concord.web.money import MoneyField, pounds
from concord.web.work import submitted

bp = Blueprint("recharges", __name__)
ALLIANCE = "/shared-costs/<alliance>"


def _checked(check: Any, what: str) -> Any:  # noqa: ANN401
    """A WTForms validator from a domain rule that raises DomainError."""
    def validate(form: FlaskForm, field: Any) -> None:  # noqa: ANN401
        text = (field.data or "").strip()
        if text:
            try:
                check(text)
            except DomainError as exc:
                raise ValidationError(f"{what} ‘{text}’ {exc.reason}") from None
    return validate


class UsageForm(FlaskForm):
    profile = SelectField("Fleet profile", widget=GovSelect(), validators=[InputRequired("Choose the fleet profile")])
    member = SelectField("Member", widget=GovSelect(), validators=[InputRequired("Choose the member force")])
    month = StringField("Month", widget=GovTextInput(), description="As YYYY-MM, for example 2017-03. It is "
                        "invoiced on the first working day of the month after.",
                        validators=[InputRequired("Enter the month"), Length(max=7),
                                    _checked(month_bounds, "Month")])
    vehicles = StringField("Vehicles on fleet", widget=GovTextInput(), description="A whole number from 0 to 100000.",
                           validators=[InputRequired("Enter the number of vehicles on fleet"), Length(max=6)])
    submit = SubmitField("Record usage", widget=GovSubmitInput())

    def validate_vehicles(self, field: Any) -> None:  # noqa: ANN401
        text = (field.data or "").strip()
        if not (text.isascii() and text.isdigit() and int(text) <= 100000):
            raise ValidationError(f"Vehicles on fleet ‘{text}’ must be a whole number from 0 to 100000")


class CostForm(FlaskForm):
    year = StringField("Financial year", widget=GovTextInput(), description="For example 2017/18.",
                       validators=[InputRequired("Enter the financial year"), Length(max=9),
                                   _checked(parse_fy, "Financial year")])
    label = StringField("Cost", widget=GovTextInput(), description="For example Programme team.",
                        validators=[InputRequired("Enter what the cost is"), Length(max=200)])
    amount = MoneyField("The year's cost", validators=[InputRequired("Enter the year's cost")])
    kind = RadioField("Kind of cost", widget=GovRadioInput(),
                      choices=[SelectChoice("programme", "A programme cost"),
                               SelectChoice("consultancy", "The annual consultancy allowance (kept as its own figure)")],
                      default="programme", validators=[InputRequired("Choose the kind of cost")])
    submit = SubmitField("Add cost", widget=GovSubmitInput())


class ProfileForm(FlaskForm):
    profile = StringField("Profile", widget=GovTextInput(), description="For example Marked response car.",
                       validators=[InputRequired("Enter the profile's name"), Length(max=120)])
    rate = MoneyField("Rate per vehicle per month", validators=[InputRequired("Enter the monthly rate")])
    submit = SubmitField("Add profile", widget=GovSubmitInput())


def _costs(ctx: Context, alliance: str) -> recharges.AllianceCosts:
    try:
        return recharges.alliance_costs(ctx, alliance)
    except DomainError:
        abort(404)


def _writable(ctx: Context, alliance: str) -> recharges.AllianceCosts:
    """The alliance, for a form: 404 if there is none, 403 unless the reader is of its programme office
    (the service asks again when the form is sent)."""
    costs = _costs(ctx, alliance)
    if not ctx.actor.can(Permission.FINANCE_EDIT, f"{costs.alliance}-programme-office"):
        abort(403)
    return costs


@route(bp, "/shared-costs", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    may_edit = ctx.actor.can(Permission.FINANCE_EDIT)
    return render_template("recharges/index.html", found=recharges.statements(ctx),
                           alliances=directory.alliances(ctx) if may_edit else [])


@route(bp, ALLIANCE, permission=Permission.REGISTER_READ)
def alliance(ctx: Context, alliance: str):  # noqa: ANN201
    costs = _costs(ctx, alliance)
    years = [x for x in recharges.statements(ctx) if x.alliance == costs.alliance]
    may_edit = ctx.actor.can(Permission.FINANCE_EDIT, f"{costs.alliance}-programme-office")
    return render_template("recharges/alliance.html", a=costs, years=years, may_edit=may_edit)


@route(bp, ALLIANCE + "/usage", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def usage(ctx: Context, alliance: str):  # noqa: ANN201
    costs = _writable(ctx, alliance)
    form = UsageForm()
    form.profile.choices = [SelectChoice("", "Choose a profile"),
                            *(SelectChoice(p.name, f"{p.name} (£{p.monthly_rate:,.2f} a month)") for p in costs.profiles)]
    form.member.choices = [SelectChoice("", "Choose a member"), *(SelectChoice(f, f) for f in costs.members)]
    if submitted(form):
        done = recharges.record_usage(ctx, costs.alliance, form.profile.data or "", form.member.data or "",
                                      (form.month.data or "").strip(), int((form.vehicles.data or "0").strip()))
        return _recorded(costs, f"Recorded {done.what}.")
    return render_template("recharges/usage.html", form=form, a=costs)


@route(bp, ALLIANCE + "/costs/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def cost(ctx: Context, alliance: str):  # noqa: ANN201
    costs = _writable(ctx, alliance)
    form = CostForm()
    if submitted(form):
        amount = pounds(form.amount)
        assert amount is not None  # InputRequired, and a MoneyField reads it
        done = recharges.add_cost(ctx, costs.alliance, parse_fy(form.year.data or ""), form.label.data or "", amount,
                                  form.kind.data == "consultancy")
        return _recorded(costs, f"Shared cost added: {done.what}.")
    return render_template("recharges/cost.html", form=form, a=costs)


@route(bp, ALLIANCE + "/profiles/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def profile(ctx: Context, alliance: str):  # noqa: ANN201
    costs = _writable(ctx, alliance)
    form = ProfileForm()
    if submitted(form):
        rate = pounds(form.rate)
        assert rate is not None  # InputRequired, and a MoneyField reads it
        done = recharges.add_profile(ctx, costs.alliance, form.profile.data or "", rate)
        return _recorded(costs, f"Fleet {done.what} added.")
    return render_template("recharges/profile.html", form=form, a=costs)


def _recorded(costs: recharges.AllianceCosts, said: str) -> Any:  # noqa: ANN401
    flash(said)
    return redirect(url_for("recharges.alliance", alliance=costs.alliance))


@route(bp, "/shared-costs/<alliance>/<int:year>/<member>", permission=Permission.REGISTER_READ)
def statement(ctx: Context, alliance: str, year: int, member: str):  # noqa: ANN201
    try:
        s = recharges.statement(ctx, alliance, member, year)
    except DomainError:
        abort(404)
    return render_template("recharges/statement.html", s=s)
