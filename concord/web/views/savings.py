"""Savings and benefits: the register of savings predicted against delivered, with roll-ups per
alliance and per force and the spend on collaboration beside them (`concord savings show`), and
the forms that record a saving and what it delivered (`concord savings add|deliver`)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovSubmitInput, GovTextInput
from wtforms import HiddenField, RadioField, SelectField, StringField, SubmitField
# SelectChoice is new in WTForms 3.3; the types-WTForms stubs (3.2) do not have it yet
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.savings import whole_pounds
from concord.services import directory, savings
from concord.services.context import Context
from concord.web import chart_images
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.money import MoneyField, pounds
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("savings", __name__)
bp.add_app_template_filter(whole_pounds, "whole_pounds")


class SavingForm(FlaskForm):
    alliance = SelectField("Alliance", widget=GovSelect(), validators=[InputRequired("Choose the alliance")])
    description = StringField("What is saved", widget=GovTextInput(),
                              validators=[InputRequired("Enter what is saved"), Length(max=300)])
    member = SelectField("Force", widget=GovSelect(), description="Leave as the alliance as a whole for a saving "
                         "all members share.", validators=[Optional()])
    period = StringField("Period", widget=GovTextInput(), description="A financial year such as 2017/18, or a run "
                         "of years such as 2017/18-2019/20.", validators=[InputRequired("Enter the period"),
                                                                          Length(max=40)])
    predicted = MoneyField("Predicted saving")
    delivered = MoneyField("Delivered so far")
    cashable = RadioField("Is it cashable?", widget=GovRadioInput(),
                          choices=[SelectChoice("yes", "Yes, cashable"),
                                   SelectChoice("no", "No, not cashable (time, capacity)")],
                          validators=[InputRequired("Choose whether the saving is cashable")])
    owner = StringField("Owner", widget=GovTextInput(), validators=[Optional(), Length(max=200)])
    measure = StringField("How it is measured", widget=GovTextInput(), validators=[Optional(), Length(max=300)])
    baseline = MoneyField("Baseline")
    target = MoneyField("Target")
    due_on = DayField("Due by", what="due date", validators=[Optional()])
    project = StringField("Project", widget=GovTextInput(), description="The project's short name, for example "
                          "bch-collaboration-savings.", validators=[Optional(), Length(max=120)])
    function = StringField("Collaborated function", widget=GovTextInput(), validators=[Optional(), Length(max=200)])
    submit = SubmitField("Record saving", widget=GovSubmitInput())


class DeliveredForm(FlaskForm):
    version = HiddenField()
    delivered = MoneyField("Delivered so far", validators=[InputRequired("Enter what the saving has delivered")])
    submit = SubmitField("Record delivered", widget=GovSubmitInput())


@route(bp, "/savings", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    alliance = (request.args.get("alliance") or "").strip() or None
    try:
        reg = savings.register(ctx, alliance)
    except DomainError:
        reg, alliance = savings.register(ctx), None
    return render_template("savings/index.html", reg=reg, alliance=alliance, charts=chart_images.spend_against_savings(reg),
                           may_edit=ctx.actor.can(Permission.FINANCE_EDIT))


@route(bp, "/savings/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def add(ctx: Context):  # noqa: ANN201
    form = SavingForm()
    form.alliance.choices = [SelectChoice("", "Choose an alliance"),
                             *(SelectChoice(a.slug, a.name) for a in directory.alliances(ctx))]
    form.member.choices = [SelectChoice("", "The alliance as a whole"),
                           *(SelectChoice(f.id, f.name) for f in directory.forces(ctx))]
    if submitted(form):
        done = savings.add_saving(
            ctx, form.alliance.data or "", form.description.data or "", form.period.data or "",
            predicted=pounds(form.predicted), delivered=pounds(form.delivered), force=form.member.data or None,
            project=(form.project.data or "").strip() or None, function=(form.function.data or "").strip() or None,
            cashable=form.cashable.data == "yes", owner=(form.owner.data or "").strip() or None,
            measure=(form.measure.data or "").strip() or None, baseline=pounds(form.baseline),
            target=pounds(form.target), due_on=form.due_on.data)
        flash(f"Saving {done.id} recorded: {done.description}, {done.period}.")
        return redirect(url_for("savings.index", alliance=done.alliance))
    return render_template("savings/add.html", form=form)


@route(bp, "/savings/<int:saving>/delivered", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def deliver(ctx: Context, saving: int):  # noqa: ANN201
    line = next((x for x in savings.register(ctx).lines if x.id == saving), None) or abort(404)
    form = DeliveredForm()
    if not form.is_submitted():
        form.delivered.data = f"{line.delivered:,.2f}" if line.delivered is not None else ""
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(line.version)
    if submitted(form):
        version, delivered = form.version.data or "", pounds(form.delivered)
        assert delivered is not None  # InputRequired, and a MoneyField reads it
        done = savings.deliver(ctx, line.id, delivered, expected_version=int(version) if version.isdigit() else None)
        flash(f"Saving {done.id} ({done.description}): delivered {whole_pounds(done.delivered)} of "
              f"{whole_pounds(done.predicted)} predicted.")
        return redirect(url_for("savings.index", alliance=done.alliance))
    return render_template("savings/deliver.html", form=form, line=line)
