"""Writing the capital programme in the browser: add a scheme, record a scheme's spend and
progress, add or change a financing line, propose an amendment. Each is one call of
`concord.services.capital`, as `concord capital scheme|update|financing|change-financing|propose`
makes it; after each, the programme's page says whether payments and financing still balance."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
# SelectChoice is new in WTForms 3.3; the types-WTForms stubs (3.2) do not have it yet
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional

from concord.domain.access import Permission
from concord.services import capital, capital_views
from concord.services.context import Context
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.money import MoneyField, pounds
from concord.web.views.capital import ZERO, balance_state, programme_or_404
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("capital_forms", __name__)

PROGRAMME = "/capital/<body>/<int:year>"
#: rows of an amendment form: schemes it adds to, financing lines it adds to (a page without script)
ROWS = 3


class SchemeForm(FlaskForm):
    code = StringField("Scheme number", widget=GovTextInput(), description="For example CP16/05; leave empty if "
                       "the scheme has none.", validators=[Optional(), Length(max=20)])
    name = StringField("Scheme name", widget=GovTextInput(),
                       validators=[InputRequired("Enter the scheme's name"), Length(max=200)])
    category = StringField("Category", widget=GovTextInput(), description="For example Land & Buildings.",
                           validators=[Optional(), Length(max=120)])
    brought_forward = MoneyField("Brought forward")
    original = MoneyField("Original programme")
    actual = MoneyField("Spent to date", negative=True)
    commitments = MoneyField("Committed to date", negative=True)
    forecast = MoneyField("Forecast outturn for the year")
    progress = TextAreaField("Progress note", widget=GovTextArea(), validators=[Optional(), Length(max=4000)])
    submit = SubmitField("Add scheme", widget=GovSubmitInput())


class UpdateSchemeForm(FlaskForm):
    version = HiddenField()
    actual = MoneyField("Spent to date", negative=True)
    commitments = MoneyField("Committed to date", negative=True)
    forecast = MoneyField("Forecast outturn for the year")
    progress = TextAreaField("Progress note", widget=GovTextArea(), validators=[Optional(), Length(max=4000)])
    submit = SubmitField("Save scheme", widget=GovSubmitInput())


class FinancingForm(FlaskForm):
    label = StringField("Source of finance", widget=GovTextInput(),
                        description="As the paper prints it, for example Capital Grant, Capital Receipts, Revenue "
                                    "Contribution to Capital (RCCO), Reserves or Borrowing: its kind is read from it.",
                        validators=[InputRequired("Enter the source of finance"), Length(max=200)])
    brought_forward = MoneyField("Brought forward")
    original = MoneyField("In the original programme")
    applied = MoneyField("Applied to date")
    submit = SubmitField("Add financing", widget=GovSubmitInput())


class ChangeFinancingForm(FlaskForm):
    version = HiddenField()
    brought_forward = MoneyField("Brought forward")
    original = MoneyField("In the original programme")
    applied = MoneyField("Applied to date")
    submit = SubmitField("Save financing", widget=GovSubmitInput())


def _rows(cls: type) -> type:
    """The amendment form's rows: scheme_1/amount_1 … and financing_1/financed_1 …"""
    for i in range(1, ROWS + 1):
        setattr(cls, f"scheme_{i}", SelectField(f"Scheme {i}", widget=GovSelect(), validate_choice=False))
        setattr(cls, f"amount_{i}", MoneyField(f"Added to scheme {i}", negative=True,
                                               description="In pounds; a reduction with a minus sign, e.g. -5,000"))
        setattr(cls, f"financing_{i}", SelectField(f"Financing line {i}", widget=GovSelect(), validate_choice=False))
        setattr(cls, f"financed_{i}", MoneyField(f"Added to financing line {i}", negative=True,
                                                 description="In pounds; a reduction with a minus sign"))
    setattr(cls, "submit", SubmitField("Propose amendment", widget=GovSubmitInput()))  # noqa: B010 (after the rows)
    return cls


@_rows
class ProposeForm(FlaskForm):
    description = StringField("What the amendment does", widget=GovTextInput(),
                              validators=[InputRequired("Enter what the amendment does"), Length(max=300)])
    proposed_on = DayField("Date proposed", what="date proposed", validators=[Optional()])

    def validate(self, extra_validators: Any = None) -> bool:  # noqa: ANN401
        ok = super().validate(extra_validators)
        for i in range(1, ROWS + 1):
            for chosen, amount in ((f"scheme_{i}", f"amount_{i}"), (f"financing_{i}", f"financed_{i}")):
                ok = _pair(self[chosen], self[amount]) and ok
        return ok


def _pair(chosen: Any, amount: MoneyField) -> bool:  # noqa: ANN401
    """A row names a line and an amount other than 0, or neither."""
    if amount.errors:
        return False
    if chosen.data and amount.amount is None:
        amount.errors = [*amount.errors, f"Enter the amount added to {chosen.label.text.lower()}"]
    elif amount.amount is not None and not chosen.data:
        kind = "scheme" if chosen.name.startswith("scheme") else "financing line"
        chosen.errors = [*chosen.errors, f"Choose which {kind} the {(amount.data or '').strip()} is added to"]
    elif chosen.data and amount.amount == 0:
        amount.errors = [*amount.errors, f"{amount.label.text} must not be 0"]
    else:
        return True
    return False


def _writable(ctx: Context, body: str, year: int) -> capital_views.ProgrammeView:
    """The programme, for a form: 404 if there is none, 403 unless the reader may change it (its body's
    OPCC); the service asks again when the form is sent."""
    view = programme_or_404(ctx, body, year)
    if not ctx.actor.can(Permission.FINANCE_EDIT, f"{view.summary.body}-opcc"):
        abort(403)
    return view


def _version(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


def _done(ctx: Context, body: str, year: int, said: str) -> Any:  # noqa: ANN401
    flash(f"{said} {balance_state(capital.programme(ctx, body, year))}")
    return redirect(url_for("capital.show", body=body, year=year))


@route(bp, PROGRAMME + "/schemes/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def add_scheme(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _writable(ctx, body, year)
    form = SchemeForm()
    if submitted(form):
        done = capital.add_scheme(ctx, body, year, form.code.data or None, form.name.data or "",
                                  (form.category.data or "").strip() or None, pounds(form.brought_forward, ZERO),
                                  pounds(form.original, ZERO), pounds(form.actual, ZERO),
                                  pounds(form.commitments, ZERO), pounds(form.forecast),
                                  (form.progress.data or "").strip() or None)
        return _done(ctx, body, year, f"Scheme {(done.code or '') + ' ' if done.code else ''}{done.name} added.")
    return render_template("capital/scheme.html", form=form, p=view, scheme=None)


@route(bp, PROGRAMME + "/schemes/<int:scheme>", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def update_scheme(ctx: Context, body: str, year: int, scheme: int):  # noqa: ANN201
    view = _writable(ctx, body, year)
    item = next((s for s in view.schemes if s.id == scheme), None) or abort(404)
    form = UpdateSchemeForm()
    if not form.is_submitted():
        form.actual.data, form.commitments.data = f"{item.actual:,.2f}", f"{item.commitments:,.2f}"
        form.forecast.data = f"{item.forecast:,.2f}" if item.forecast is not None else ""
        form.progress.data = item.progress or ""
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(item.version)
    if submitted(form):
        done = capital.update_scheme(ctx, body, year, str(item.id), pounds(form.actual), pounds(form.commitments),
                                     pounds(form.forecast), (form.progress.data or "").strip() or None,
                                     expected_version=_version(form))
        return _done(ctx, body, year, f"Scheme {(done.code or '') + ' ' if done.code else ''}{done.name} saved.")
    return render_template("capital/scheme.html", form=form, p=view, scheme=item)


@route(bp, PROGRAMME + "/financing/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def add_financing(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _writable(ctx, body, year)
    form = FinancingForm()
    if submitted(form):
        done = capital.add_financing(ctx, body, year, form.label.data or "", pounds(form.brought_forward, ZERO),
                                     pounds(form.original, ZERO), pounds(form.applied))
        return _done(ctx, body, year, f"Financing line {done.label} ({done.source}) added.")
    return render_template("capital/financing.html", form=form, p=view, line=None)


@route(bp, PROGRAMME + "/financing/<int:line>", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def change_financing(ctx: Context, body: str, year: int, line: int):  # noqa: ANN201
    view = _writable(ctx, body, year)
    item = next((f for f in view.financing if f.id == line), None) or abort(404)
    form = ChangeFinancingForm()
    if not form.is_submitted():
        form.brought_forward.data, form.original.data = f"{item.brought_forward:,.2f}", f"{item.original:,.2f}"
        form.applied.data = f"{item.applied:,.2f}" if item.applied is not None else ""
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(item.version)
    if submitted(form):
        done = capital.update_financing(ctx, body, year, item.label, pounds(form.brought_forward),
                                        pounds(form.original), pounds(form.applied), expected_version=_version(form))
        return _done(ctx, body, year, f"Financing line {done.label} saved.")
    return render_template("capital/financing.html", form=form, p=view, line=item)


@route(bp, PROGRAMME + "/amendments/new", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def propose(ctx: Context, body: str, year: int):  # noqa: ANN201
    view = _writable(ctx, body, year)
    form = ProposeForm()
    schemes = [SelectChoice("", "Choose a scheme"),
               *(SelectChoice(str(s.id), f"{s.code or ''} {s.name}".strip()) for s in view.schemes)]
    lines = [SelectChoice("", "Choose a financing line"), *(SelectChoice(f.label, f.label) for f in view.financing)]
    for i in range(1, ROWS + 1):
        form[f"scheme_{i}"].choices, form[f"financing_{i}"].choices = schemes, lines
    if submitted(form):
        rows = range(1, ROWS + 1)
        done = capital.propose_amendment(
            ctx, body, year, form.description.data or "",
            [(form[f"scheme_{i}"].data, form[f"amount_{i}"].amount) for i in rows if form[f"scheme_{i}"].data],
            [(form[f"financing_{i}"].data, form[f"financed_{i}"].amount) for i in rows if form[f"financing_{i}"].data],
            form.proposed_on.data)
        return _done(ctx, body, year, f"Amendment {done.id} proposed: payments £{done.payments:,.2f}, financing "
                     f"£{done.financing:,.2f}.")
    return render_template("capital/propose.html", form=form, p=view, rows=range(1, ROWS + 1))


@route(bp, "/capital/programmes/<path:key>", permission=Permission.REGISTER_READ, record="capital_programme")
def programme(ctx: Context, key: str):  # noqa: ANN201
    """A programme named as a finding names it (body/year): its page."""
    body, _, year = key.rpartition("/")
    if not body or not (year.isdigit() and len(year) == 4):
        abort(404)
    programme_or_404(ctx, body, int(year))
    return redirect(url_for("capital.show", body=body, year=int(year)))

