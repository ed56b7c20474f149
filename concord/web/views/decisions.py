"""Decision notices: the register by body and year (gaps and duplicates shown), a notice's
page, and drafting, numbering, signing and publishing one — each one call of
`concord.services.notices`, as `concord notice draft|edit|number|sign|publish` makes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import HiddenField, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional

from concord.domain.access import Permission
from concord.domain.markings import Marking
from concord.services import notices
from concord.services.context import Context
from concord.web.access import route
from concord.web.dates import DayField
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("decisions", __name__)

MARKINGS = [SelectChoice(Marking.OFFICIAL.value, "OFFICIAL"),
            SelectChoice(Marking.OFFICIAL_SENSITIVE.value, "OFFICIAL-SENSITIVE (never published)")]


#: made before the words' fields, so that it comes first in the form and its error summary
_BODY = SelectField("Policing body", widget=GovSelect(), validators=[InputRequired("Choose the policing body")])


class _Words(FlaskForm):
    subject = StringField("Subject", widget=GovTextInput(), validators=[InputRequired("Enter the subject"),
                                                                        Length(max=300)])
    decision = TextAreaField("Decision", widget=GovTextArea(), description="The decision, as it will be signed.",
                             validators=[InputRequired("Enter the decision")])
    maker = StringField("Decision maker (optional)", widget=GovTextInput(), validators=[Optional(), Length(max=200)])
    contact = StringField("Contact officer (optional)", widget=GovTextInput(), validators=[Optional(), Length(max=200)])


class DraftForm(_Words):
    body = _BODY
    marking = RadioField("Protective marking", widget=GovRadioInput(), choices=MARKINGS, default=Marking.OFFICIAL.value,
                         validators=[InputRequired("Choose the protective marking")])
    submit = SubmitField("Save draft", widget=GovSubmitInput())


class EditForm(_Words):
    version = HiddenField()
    submit = SubmitField("Save draft", widget=GovSubmitInput())


class StepForm(FlaskForm):
    """Number, sign or publish: the day it is done, and the version seen."""

    version = HiddenField()
    on = DayField("Date", validators=[InputRequired("Enter the date")])
    submit = SubmitField("Continue", widget=GovSubmitInput())


#: step → (permission, page heading, label of the date, button, service call, message)
STEPS: dict[str, tuple[Permission, str, str, str, Callable[..., notices.Notice], str]] = {
    "number": (Permission.NOTICE_EDIT, "Number", "Date numbered", "Number this notice", notices.number,
               "was given the next number: {reference}."),
    "sign": (Permission.RECORD_APPROVE, "Sign", "Date signed", "Sign this notice", notices.sign,
             "{reference} was signed."),
    "publish": (Permission.NOTICE_EDIT, "Publish", "Date published", "Publish this notice", notices.publish,
                "{reference} was published: the public register now shows it."),
}


def _notice(ctx: Context, key: str) -> notices.Notice:
    return notices.notice(ctx, key) or abort(404)


def _version(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


def _may(permission: Permission, n: notices.Notice) -> bool:
    """Whether the signed-in user may do this to this notice (its body's office decides)."""
    return g.actor is not None and g.actor.can(permission, n.organisation)


@route(bp, "/decisions", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    choices = notices.bodies(ctx)
    body = request.args.get("body") or None
    if body and body not in {b.slug for b in choices}:
        abort(404)
    return render_template("decisions/index.html", register=notices.register(ctx, body), bodies=choices,
                           body=body, may_draft=g.actor.can(Permission.NOTICE_EDIT))


@route(bp, "/decisions/new", permission=Permission.NOTICE_EDIT, methods=("GET", "POST"))
def draft(ctx: Context):  # noqa: ANN201
    form = DraftForm()
    form.body.choices = [SelectChoice("", "Choose a policing body"),
                         *(SelectChoice(b.slug, b.name) for b in notices.bodies(ctx))]
    if not form.is_submitted() and request.args.get("body"):
        form.body.data = request.args["body"]
    if submitted(form):
        made = notices.draft(ctx, form.body.data or "", form.subject.data or "", form.decision.data or "",
                             form.maker.data, form.contact.data, form.marking.data)
        flash(f"Draft notice for {made.body_name} saved. Number it when it is ready to be signed.")
        return redirect(url_for("decisions.show", key=made.key))
    return render_template("decisions/draft.html", form=form)


@route(bp, "/decisions/<key>", permission=Permission.REGISTER_READ, record="decision_notice")
def show(ctx: Context, key: str):  # noqa: ANN201
    n = _notice(ctx, key)
    may = {step: _may(permission, n) for step, (permission, *_rest) in STEPS.items()}
    return render_template("decisions/show.html", notice=n, may=may, may_edit=_may(Permission.NOTICE_EDIT, n))


@route(bp, "/decisions/<key>/edit", permission=Permission.NOTICE_EDIT, methods=("GET", "POST"))
def edit(ctx: Context, key: str):  # noqa: ANN201
    n = _notice(ctx, key)
    if not _may(Permission.NOTICE_EDIT, n):
        abort(403)
    form = EditForm()
    if not form.is_submitted():
        form.subject.data, form.decision.data = n.subject, n.decision
        form.maker.data, form.contact.data = n.decision_maker, n.contact_officer
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(n.version)
    if submitted(form):
        notices.edit(ctx, key, form.subject.data or "", form.decision.data or "", form.maker.data,
                     form.contact.data, expected_version=_version(form))
        flash("The draft was saved.")
        return redirect(url_for("decisions.show", key=n.key))
    return render_template("decisions/edit.html", form=form, notice=n)


def _step(ctx: Context, key: str, step: str):  # noqa: ANN202
    permission, verb, label, button, call, message = STEPS[step]
    n = _notice(ctx, key)
    if not _may(permission, n):
        abort(403)
    form = StepForm()
    form.on.label.text, form.on.what, form.submit.label.text = label, label.lower(), button
    if not form.is_submitted():
        form.on.data = dt.date.today()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(n.version)
    if submitted(form):
        done = call(ctx, key, form.on.data, expected_version=_version(form))
        flash(message.format(reference=done.reference))
        for flag in done.flags:
            flash(f"Worth a look: {flag}.")
        return redirect(url_for("decisions.show", key=done.key))
    return render_template("decisions/step.html", form=form, notice=n, step=step, verb=verb)


@route(bp, "/decisions/<key>/number", permission=Permission.NOTICE_EDIT, methods=("GET", "POST"))
def number(ctx: Context, key: str):  # noqa: ANN201
    return _step(ctx, key, "number")


@route(bp, "/decisions/<key>/sign", permission=Permission.RECORD_APPROVE, methods=("GET", "POST"))
def sign(ctx: Context, key: str):  # noqa: ANN201
    return _step(ctx, key, "sign")


@route(bp, "/decisions/<key>/publish", permission=Permission.NOTICE_EDIT, methods=("GET", "POST"))
def publish(ctx: Context, key: str):  # noqa: ANN201
    return _step(ctx, key, "publish")
