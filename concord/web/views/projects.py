"""Projects: the list, a project's page (business case stages and gateway reviews, phases,
delivery confidence, savings predicted against delivered), and forms to add a stage or a
gateway review, add a phase, record delivery confidence and record a saving — each one call of
`concord.services.project_changes`, as `concord project stage|gateway|phase|delivery|saving` makes it."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovSubmitInput, GovTextInput
from wtforms import HiddenField, RadioField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional

from concord.domain.access import Permission
from concord.domain.business_cases import DeliveryConfidence, Gateway, Stage
from concord.domain.projects import RAG
from concord.domain.savings import whole_pounds
from concord.services import directory, project_changes, projects
from concord.services.context import Context
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("projects", __name__)
bp.add_app_template_filter(whole_pounds, "pounds")

STAGES = [SelectChoice(Stage.SOBC.value, "Strategic Outline Business Case (SOBC)"),
          SelectChoice(Stage.OBC.value, "Outline Business Case (OBC)"),
          SelectChoice(Stage.FBC.value, "Full Business Case (FBC)")]
GATES = [SelectChoice(str(int(gate)), f"Gate {int(gate)}: {gate.name.replace('_', ' ').capitalize()}") for gate in Gateway]
RATINGS = [SelectChoice(r.value, r.value) for r in DeliveryConfidence]
RAGS = [SelectChoice(r.value, r.value.capitalize()) for r in RAG]


class StageForm(FlaskForm):
    version = HiddenField()
    stage = RadioField("Stage reached", widget=GovRadioInput(), choices=STAGES,
                       description="A business case may begin at any stage, then moves one stage at a time.",
                       validators=[InputRequired("Choose the stage the business case has reached")])
    approved_on = DayField("Date approved (optional)", what="date approved", validators=[Optional()])
    forum = SelectField("Approved by (optional)", widget=GovSelect(), validators=[Optional()])
    title = StringField("Title of the business case (optional)", widget=GovTextInput(),
                        description="Leave it blank to use the project's name.", validators=[Optional(), Length(max=300)])
    submit = SubmitField("Add stage", widget=GovSubmitInput())


class GatewayForm(FlaskForm):
    version = HiddenField()
    gate = RadioField("Gate", widget=GovRadioInput(), choices=GATES,
                      description="The first review may be of any gate; after it, the same gate again or the next.",
                      validators=[InputRequired("Choose the gate reviewed")])
    held_on = DayField("Date of the review", what="date of the review",
                       validators=[InputRequired("Enter the date of the review")])
    rating = RadioField("Delivery confidence", widget=GovRadioInput(), choices=RATINGS,
                        validators=[InputRequired("Choose the delivery confidence rating")])
    submit = SubmitField("Record review", widget=GovSubmitInput())


class DeliveryForm(FlaskForm):
    version = HiddenField()
    rag = RadioField("Delivery confidence", widget=GovRadioInput(), choices=RAGS,
                     validators=[InputRequired("Choose the delivery confidence")])
    status = StringField("Where the project stands (optional)", widget=GovTextInput(),
                         validators=[Optional(), Length(max=200)])
    submit = SubmitField("Save", widget=GovSubmitInput())


class PhaseForm(FlaskForm):
    version = HiddenField()
    name = StringField("Name of the phase", widget=GovTextInput(), validators=[InputRequired("Enter the name of the phase"),
                                                                              Length(max=200)])
    planned_start = DayField("Planned start", what="planned start",
                             validators=[InputRequired("Enter the planned start")])
    planned_end = DayField("Planned end", what="planned end", validators=[InputRequired("Enter the planned end")])
    actual_start = DayField("Actual start (optional)", what="actual start", validators=[Optional()])
    actual_end = DayField("Actual end (optional)", what="actual end", validators=[Optional()])
    submit = SubmitField("Add phase", widget=GovSubmitInput())


class SavingForm(FlaskForm):
    version = HiddenField()
    period = StringField("Financial year", widget=GovTextInput(),
                         description="For example, 2017/18, or 2017/18-2019/20 for a saving over several years.",
                         validators=[InputRequired("Enter the financial year"), Length(max=40)])
    force = SelectField("Force (optional)", widget=GovSelect(), validators=[Optional()])
    delivered = StringField("Saving delivered, in pounds", widget=GovTextInput(),
                            description="For example, 626,000 or 1.2m. Leave blank if none is delivered yet.",
                            validators=[Optional(), Length(max=40)])
    predicted = StringField("Saving predicted, in pounds (optional)", widget=GovTextInput(),
                            description="Leave blank to keep the prediction already recorded.",
                            validators=[Optional(), Length(max=40)])
    submit = SubmitField("Record saving", widget=GovSubmitInput())


def _project(ctx: Context, slug: str) -> projects.ProjectDetail:
    return projects.show(ctx, slug) or abort(404)


def _version(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


def _keep_version(form: FlaskForm, version: int | None) -> None:
    """The version the user sees: set on opening the form, and again after a conflict
    (so that submitting again applies the change to the record as it is now)."""
    if (not form.is_submitted() or failed_with_conflict()) and version is not None:
        form.version.data = str(version)


def _may(permission: Permission, p: projects.ProjectDetail) -> bool:
    return g.actor is not None and g.actor.can(permission, p.owner)


def _page(ctx: Context, slug: str, permission: Permission) -> projects.ProjectDetail:
    p = _project(ctx, slug)
    if not _may(permission, p):
        abort(403)
    return p


@route(bp, "/projects", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("projects/index.html", projects=projects.listing(ctx))


@route(bp, "/projects/<slug>", permission=Permission.REGISTER_READ, record="project")
def show(ctx: Context, slug: str):  # noqa: ANN201
    p = _project(ctx, slug)
    return render_template("projects/show.html", project=p, may_edit=_may(Permission.REGISTER_EDIT, p),
                           may_save=_may(Permission.FINANCE_EDIT, p))


@route(bp, "/projects/<slug>/stage", permission=Permission.REGISTER_EDIT, methods=("GET", "POST"))
def stage(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug, Permission.REGISTER_EDIT)
    case = p.cases[-1] if p.cases else None
    form = StageForm()
    form.forum.choices = [SelectChoice("", "Not recorded"),
                          *(SelectChoice(f.slug, f.name) for f in projects.forums(ctx))]
    _keep_version(form, case.version if case else None)
    if submitted(form):
        done = project_changes.add_stage(ctx, slug, form.stage.data or "", form.approved_on.data,
                                         form.forum.data or None, form.title.data, expected_version=_version(form))
        flash(f"The business case is now at {done.cases[-1].stage.value}.")
        return redirect(url_for("projects.show", slug=slug) + "#business-case")
    intro = (f"The business case “{case.title}” is at {case.stage.value}." if case else
             "The project has no business case yet: this begins one.")
    return render_template("projects/form.html", form=form, project=p, heading="Add a business case stage",
                           intro=intro, skip=("title",) if case else ())


@route(bp, "/projects/<slug>/gateway", permission=Permission.REGISTER_EDIT, methods=("GET", "POST"))
def gateway(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug, Permission.REGISTER_EDIT)
    case = p.cases[-1] if p.cases else None
    form = GatewayForm()
    _keep_version(form, case.version if case else None)
    if submitted(form):
        held_on = form.held_on.data
        assert held_on is not None  # InputRequired
        project_changes.add_gateway_review(ctx, slug, int(form.gate.data or 0), held_on,
                                           form.rating.data or "", expected_version=_version(form))
        flash(f"The Gate {form.gate.data} review was recorded: {form.rating.data}.")
        return redirect(url_for("projects.show", slug=slug) + "#business-case")
    if case is None:
        intro = "The project has no business case yet: add its first stage before a gateway review."
    else:
        last = case.reviews[-1] if case.reviews else None
        intro = f"The last review of “{case.title}” was of Gate {last.gate}." if last else \
            f"“{case.title}” has had no gateway review yet."
    return render_template("projects/form.html", form=form, project=p, heading="Record a gateway review", intro=intro)


@route(bp, "/projects/<slug>/delivery", permission=Permission.REGISTER_EDIT, methods=("GET", "POST"))
def delivery(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug, Permission.REGISTER_EDIT)
    form = DeliveryForm()
    if not form.is_submitted():
        form.rag.data, form.status.data = p.rag.value if p.rag else None, p.status
    _keep_version(form, p.version)
    if submitted(form):
        project_changes.set_delivery(ctx, slug, form.rag.data or "", form.status.data or None,
                                     expected_version=_version(form))
        flash("The delivery confidence was saved.")
        return redirect(url_for("projects.show", slug=slug))
    return render_template("projects/form.html", form=form, project=p, heading="Record delivery confidence")


@route(bp, "/projects/<slug>/phase", permission=Permission.REGISTER_EDIT, methods=("GET", "POST"))
def phase(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug, Permission.REGISTER_EDIT)
    form = PhaseForm()
    if submitted(form):
        start, end = form.planned_start.data, form.planned_end.data
        assert start is not None and end is not None  # both InputRequired: the form did not validate otherwise
        project_changes.add_phase(ctx, slug, form.name.data or "", start, end, form.actual_start.data,
                                  form.actual_end.data)
        flash(f"Phase {form.name.data} was added.")
        return redirect(url_for("projects.show", slug=slug) + "#phases")
    intro = "A phase is added after the project's last one. Its actual dates can be given once they are known."
    return render_template("projects/form.html", form=form, project=p, heading="Add a phase", intro=intro)


@route(bp, "/projects/<slug>/saving", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def saving(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug, Permission.FINANCE_EDIT)
    row_id = request.args.get("row", "")
    row = next((sv for sv in p.savings if str(sv.id) == row_id), None)
    if row_id and row is None:
        abort(404)
    form = SavingForm()
    forces = directory.forces(ctx)
    form.force.choices = [SelectChoice("", "All forces"), *(SelectChoice(f.id, f.name) for f in forces)]
    if row is not None and not form.is_submitted():
        form.period.data = row.period
        form.force.data = row.force_id or ""
        form.delivered.data = f"{row.delivered:,.2f}" if row.delivered is not None else ""
    _keep_version(form, row.version if row else None)
    if submitted(form):
        project_changes.record_saving(ctx, slug, form.period.data or "", form.predicted.data or None,
                                      form.delivered.data or None, form.force.data or None,
                                      expected_version=_version(form))
        flash(f"Savings for {form.period.data} were recorded.")
        return redirect(url_for("projects.show", slug=slug) + "#savings")
    intro = ("Savings are recorded for a financial year, or for several years where a paper gives one figure "
             "for them. A year already recorded for the same force has its figures replaced.")
    return render_template("projects/form.html", form=form, project=p, heading="Record a saving", intro=intro)
