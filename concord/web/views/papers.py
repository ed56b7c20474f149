"""Papers in: upload papers to be read in the background, follow their progress,
and review the records they propose field by field, beside the source text.

The upload is checked as ingestion checks a file (`ingest_jobs.submit`)
and queued in the request's unit of work; a worker thread in each
process of the application reads it (`concord.web.worker`, and
docs/decisions/0002-background-ingestion.md). Every action here is one
service call the CLI makes too: `review.decide_field` (`concord review
field`) and `ingestion.decide` (`concord review accept|reject`).
"""

from __future__ import annotations

import os
from typing import Any, cast

from flask import (
    Blueprint, Flask, abort, after_this_request, current_app, flash, g, redirect, render_template, request, url_for,
)
from flask.blueprints import BlueprintSetupState
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovSelect, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, ValidationError

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import ingest_jobs, ingestion, review
from concord.services.context import Context
from concord.web import errors
from concord.web.access import route
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("papers", __name__)

KINDS = "PDF, Word (DOCX, or DOC and RTF from older Word), OpenDocument text (ODT) or web page (HTML)"
#: seconds between refreshes of a progress page while a paper is being read
REFRESH_SECONDS = 3
TYPES = {"decision_notice": "Decision notice", "report": "Report", "meeting": "Meeting", "action": "Action",
         "agreement": "Agreement", "project": "Project", "table": "Financial table"}


# --- the worker ----------------------------------------------------------------

@bp.record_once
def _start_worker(state: BlueprintSetupState) -> None:
    """A worker thread in this process, unless the configuration says not (tests run their own)."""
    app = cast(Flask, state.app)
    if not app.config.get("CONCORD_INGEST_WORKER", not app.testing):
        return
    from concord.web.worker import Worker

    poll = float(os.environ.get("CONCORD_JOB_POLL_SECONDS", "") or 2.0)
    app.extensions["concord.ingest_worker"] = Worker(app.extensions["concord.store"], poll).start()


def _wake_worker() -> None:
    """Once the request's unit of work has committed, the worker looks at once."""
    worker = current_app.extensions.get("concord.ingest_worker")
    if worker is not None:
        @after_this_request
        def wake(response: Any) -> Any:
            worker.wake()
            return response


@bp.errorhandler(413)
def too_large(exc: Exception):  # noqa: ANN201
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return errors.page(413, f"The papers you chose are too large to upload: an upload may be at most "
                            f"{_size(limit)} in all. Nothing was stored. Go back and choose fewer or smaller files.")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1048576:.0f} MB" if n % 1048576 == 0 or n > 10 * 1048576 else f"{n / 1048576:.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


# --- uploading -----------------------------------------------------------------

class UploadForm(FlaskForm):
    papers = MultipleFileField("Papers to upload", widget=GovFileInput(multiple=True),
                               description=f"Choose one or more papers: {KINDS}.")
    owner = SelectField("Whose papers are these?", widget=GovSelect(), validate_choice=False)
    submit = SubmitField("Upload and read", widget=GovSubmitInput())

    def validate_papers(self, field: MultipleFileField) -> None:
        if not [f for f in field.data or [] if getattr(f, "filename", None)]:
            raise ValidationError("Select one or more papers to upload")


def _owners(ctx: Context) -> list[tuple[str, str]]:
    from concord.services import users

    mine = sorted(org for org in ctx.actor.organisations if ctx.actor.can(Permission.INGEST_RUN, org))
    names = {o.slug: o.name for o in users.organisations(ctx)}
    return [(slug, names.get(slug, slug)) for slug in mine]


@route(bp, "/papers", permission=Permission.INGEST_RUN, methods=("GET", "POST"))
def index(ctx: Context):  # noqa: ANN201
    form = UploadForm()
    owners = _owners(ctx)
    form.owner.choices = [("", "Choose an organisation"), *owners]
    if submitted(form):
        files = [f for f in request.files.getlist(form.papers.name) if f and f.filename]
        uploads = [ingest_jobs.Upload(f.filename or "upload", f.read()) for f in files]
        jobs = ingest_jobs.submit(ctx, uploads, owner=form.owner.data or None if len(owners) > 1 else None)
        _wake_worker()
        return redirect(url_for("papers.batch", batch_id=jobs[0].batch))
    failure = g.get("failure")
    if isinstance(failure, DomainError) and failure.field == "papers":  # the file and the reason, in words
        named = f"{failure.value} was not uploaded: " if failure.value else ""
        form.papers.errors = [f"{named}{failure.reason}. Nothing was stored."]
    return render_template("papers/index.html", form=form, jobs=ingest_jobs.recent(ctx), choose_owner=len(owners) > 1,
                           waiting=len(ingestion.pending(ctx)) if ctx.actor.can(Permission.REVIEW_DECIDE) else None,
                           limit=_size(current_app.config.get("MAX_CONTENT_LENGTH") or 0))


@route(bp, "/papers/uploads/<batch_id>", permission=Permission.INGEST_RUN)
def batch(ctx: Context, batch_id: str):  # noqa: ANN201
    jobs = ingest_jobs.batch(ctx, batch_id)
    if not jobs:
        abort(404)
    working = not all(j.finished for j in jobs)
    refresh = working and request.args.get("refresh") != "off"
    page = render_template("papers/batch.html", jobs=jobs, working=working, refresh=refresh, types=TYPES,
                           batch_id=batch_id, seconds=REFRESH_SECONDS)
    return (page, 200, {"Refresh": str(REFRESH_SECONDS)}) if refresh else page


# --- the review queue ------------------------------------------------------------

@route(bp, "/papers/review", permission=Permission.REVIEW_DECIDE)
def queue(ctx: Context):  # noqa: ANN201
    kind = request.args.get("type") or None
    if kind is not None and kind not in TYPES:
        kind = None
    return render_template("papers/queue.html", items=ingestion.pending(ctx, kind), types=TYPES, kind=kind)


class DecideForm(FlaskForm):
    version = HiddenField()
    decide = HiddenField()  # the value of the button pressed: "accepted:FIELD", "record:accept"...


def _item(ctx: Context, item_id: int) -> ingestion.ReviewItemView:
    try:
        return ingestion.get(ctx, item_id)
    except DomainError:
        abort(404)


def _version(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


@route(bp, "/papers/review/<int:item_id>", permission=Permission.REVIEW_DECIDE, methods=("GET", "POST"),
       record="review item")
def item(ctx: Context, item_id: int):  # noqa: ANN201
    shown = _item(ctx, item_id)
    form = DecideForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(shown.version)
    if submitted(form):
        what, _, name = (form.decide.data or "").partition(":")
        if what == "record" and name in ("accept", "reject"):
            done = ingestion.decide(ctx, item_id, accept=name == "accept", expected_version=_version(form))
            flash(f"Record {item_id} was accepted into the register." if name == "accept"
                  else f"Record {item_id} was rejected: it will not enter the register.")
            return redirect(_next(ctx, done.id))
        if what in ("accepted", "rejected") and name:
            review.decide_field(ctx, item_id, name, what, expected_version=_version(form))
            return redirect(url_for("papers.item", item_id=item_id, _anchor=f"field-{name}"))
        abort(400)
    return render_template("papers/item.html", item=shown, form=form, fields=review.fields(ctx, item_id),
                           passage=review.source_passage(ctx, item_id), types=TYPES, shown=review.shown,
                           pending=shown.state == "pending")


def _next(ctx: Context, done: int) -> str:
    """The next record to review: the least certain still waiting."""
    waiting = [i for i in ingestion.pending(ctx, limit=2) if i.id != done]
    return url_for("papers.item", item_id=waiting[0].id) if waiting else url_for("papers.queue")


class CorrectForm(FlaskForm):
    version = HiddenField()
    value = StringField("Value", widget=GovTextInput(), validators=[Length(max=20_000)])
    submit = SubmitField("Save the correction", widget=GovSubmitInput())


class CorrectLinesForm(CorrectForm):
    value = TextAreaField("Value", widget=GovTextArea(), validators=[Length(max=20_000)])


@route(bp, "/papers/review/<int:item_id>/fields/<name>", permission=Permission.REVIEW_DECIDE,
       methods=("GET", "POST"))
def correct(ctx: Context, item_id: int, name: str):  # noqa: ANN201
    shown = _item(ctx, item_id)
    field = next((f for f in review.fields(ctx, item_id) if f.name == name), None)
    if field is None:
        abort(404)
    if shown.state != "pending":
        return redirect(url_for("papers.item", item_id=item_id))
    form: CorrectForm = (CorrectForm if field.shape == "text" else CorrectLinesForm)()
    form.value.label.text = f"{field.label} (correct value)"
    form.value.description = field.hint
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(shown.version)
        if not form.is_submitted():
            form.value.data = review.shown(field.value, field.shape)
    if submitted(form):
        typed = form.value.data or ""
        if field.shape == "lines":
            import json

            typed = json.dumps([line.strip() for line in typed.splitlines() if line.strip()], ensure_ascii=False)
        review.decide_field(ctx, item_id, name, "corrected", typed, expected_version=_version(form))
        flash(f"{field.label} was corrected.")
        return redirect(url_for("papers.item", item_id=item_id, _anchor=f"field-{name}"))
    if form.form_errors and not failed_with_conflict():  # the service's reason belongs on the one field
        form.value.errors = [*form.value.errors, *form.form_errors]
        form.form_errors = []
    return render_template("papers/correct.html", item=shown, field=field, form=form, types=TYPES,
                           shown=review.shown)
