"""The precept, under Finance: each policing body's precept by year — Band D × tax base, the bands
A to H, the rise on the year before checked against the year's referendum limit, and the precept
timetable — with forms to set a year's precept and to add a date to its timetable, each one call of
`concord.services.precept`, as `concord precept set|date` makes it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput, GovTextInput
from wtforms import HiddenField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.money import to_money
from concord.domain.precept import BAND_NINTHS
from concord.domain.savings import check_period, period_key
from concord.services import precept
from concord.services.context import Context
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("precept", __name__)

BAND_D_HINT = "In pounds and pence, for example 193.68."
TAX_BASE_HINT = "Band D equivalent properties, for example 236,640.5."


def _band_d_field() -> StringField:
    return StringField("Band D precept", widget=GovTextInput(), description=BAND_D_HINT,
                       validators=[InputRequired("Enter the Band D precept"), Length(max=40)])


def _tax_base_field() -> StringField:
    return StringField("Tax base", widget=GovTextInput(), description=TAX_BASE_HINT,
                       validators=[InputRequired("Enter the tax base"), Length(max=40)])


class PreceptForm(FlaskForm):
    version = HiddenField()
    band_d = _band_d_field()
    tax_base = _tax_base_field()
    submit = SubmitField("Set precept", widget=GovSubmitInput())


class NewPreceptForm(FlaskForm):
    body = SelectField("Policing body", widget=GovSelect(), validators=[InputRequired("Choose the policing body")])
    year = StringField("Financial year", widget=GovTextInput(), description="For example, 2017/18.",
                       validators=[InputRequired("Enter the financial year"), Length(max=20)])
    band_d = _band_d_field()
    tax_base = _tax_base_field()
    submit = SubmitField("Set precept", widget=GovSubmitInput())


class DateForm(FlaskForm):
    event = StringField("What happens", widget=GovTextInput(),
                        description="For example, Police and Crime Panel considers the proposed precept.",
                        validators=[InputRequired("Enter what happens on the date"), Length(max=200)])
    falls_on = DayField("Date", what="date", validators=[InputRequired("Enter the date")])
    submit = SubmitField("Add date", widget=GovSubmitInput())


@route(bp, "/finance/precept", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("precept/index.html", precepts=precept.precepts(ctx), limits=precept.limits(ctx),
                           may_set=bool(precept.bodies(ctx)))


@route(bp, "/finance/precept/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def new(ctx: Context):  # noqa: ANN201
    form = NewPreceptForm()
    choices = precept.bodies(ctx)
    if not choices:
        abort(403)
    form.body.choices = [SelectChoice("", "Choose a policing body"), *(SelectChoice(b.slug, b.name) for b in choices)]
    if submitted(form):
        year = _year(form.year.data or "")
        view = precept.set_precept(ctx, form.body.data or "", year, _band_d(form.band_d.data),
                                   _tax_base(form.tax_base.data))
        flash(f"The precept for {view.label} was set.")
        return redirect(url_for("precept.show", body=view.body, year=view.year))
    return render_template("precept/form.html", form=form, heading="Set a precept", view=None,
                           back=url_for("precept.index"), back_text="The precept")


@route(bp, "/finance/precept/<body>/<int:year>", permission=Permission.REGISTER_READ)
def show(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _view(ctx, body, year)
    return render_template("precept/show.html", v=view, may_edit=_may_edit(ctx, view.body), ninths=BAND_NINTHS)


@route(bp, "/finance/precept/<body>/<int:year>/set", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def edit(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _view(ctx, body, year)
    if not _may_edit(ctx, view.body):
        abort(403)
    form = PreceptForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(view.version)
    if not form.is_submitted():
        form.band_d.data, form.tax_base.data = f"{view.band_d:.2f}", f"{view.tax_base:,}"
    if submitted(form):
        typed = form.version.data or ""
        version = int(typed) if typed.isdigit() else None
        precept.set_precept(ctx, view.body, year, _band_d(form.band_d.data), _tax_base(form.tax_base.data),
                            expected_version=version)
        flash(f"The precept for {view.label} was set.")
        return redirect(url_for("precept.show", body=view.body, year=year))
    return render_template("precept/form.html", form=form, heading="Change the precept", view=view,
                           back=url_for("precept.show", body=view.body, year=year), back_text=f"The precept {view.label}")


@route(bp, "/finance/precept/<body>/<int:year>/date", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def add_date(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _view(ctx, body, year)
    if not _may_edit(ctx, view.body):
        abort(403)
    form = DateForm()
    if submitted(form):
        assert form.falls_on.data is not None  # InputRequired: the form did not validate otherwise
        precept.add_date(ctx, view.body, year, form.event.data or "", form.falls_on.data)
        flash(f"{form.event.data} was added to the timetable.")
        return redirect(url_for("precept.show", body=view.body, year=year) + "#timetable")
    return render_template("precept/form.html", form=form, heading="Add a date to the timetable", view=view,
                           back=url_for("precept.show", body=view.body, year=year), back_text=f"The precept {view.label}")


def _view(ctx: Context, body: str, year: int) -> precept.PreceptView:
    if not 1900 <= year <= 2199:
        abort(404)
    try:
        return precept.precept(ctx, body, year)
    except DomainError:
        abort(404)


def _may_edit(ctx: Context, body: str) -> bool:
    return g.actor is not None and any(b.slug == body for b in precept.bodies(ctx))


def _year(text: str) -> int:
    period = check_period(text, "year")
    first, last = period_key(period)
    if first != last:
        raise DomainError("year", text, "is a run of years: a precept is set for one financial year, like 2017/18")
    return first


def _band_d(text: str | None) -> Decimal:
    return to_money(text or "", "band_d", allow_negative=False)


def _tax_base(text: str | None) -> Decimal:
    typed = text or ""
    try:
        value = Decimal(typed.replace(",", "").strip())
    except InvalidOperation:
        raise DomainError("tax_base", typed, "is not a number of Band D equivalent properties") from None
    if not value.is_finite() or not 0 < value < 10 ** 9:
        raise DomainError("tax_base", typed, "must be more than 0 and less than 1,000,000,000")
    return value
