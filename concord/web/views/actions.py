"""Actions: one tracker across forums, filtered by owner, due date and status; mark one done."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.text import parse_date
from concord.services import actions
from concord.services.context import Context
from concord.web.access import route
from concord.web.views.meeting_forms import DoneForm, version_of
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("actions", __name__)

STATUSES = {"open": "Open", "done": "Done", "dropped": "Dropped", "all": "All"}


@route(bp, "/actions", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    today = dt.date.today()
    owner = request.args.get("owner", "").strip()[:200]
    status = request.args.get("status", "open")
    status = status if status in STATUSES else "open"
    typed = request.args.get("due-before", "").strip()
    errors: dict[str, str] = {}
    due_before = None
    if typed:
        try:
            due_before = parse_date(typed, "due-before")
        except DomainError as bad:
            errors["due-before"] = f"Due before ‘{typed[:40]}’ {bad.reason}"
    rows = actions.list_actions(ctx, owner or None, status, due_before)
    page = render_template("actions/index.html", rows=rows, owners=actions.owners(ctx), owner=owner,
                           status=status, due_before=typed, errors=errors, STATUSES=STATUSES, today=today)
    return (page, 400) if errors else page


def _action(ctx: Context, action_id: int) -> actions.TrackedAction:
    return actions.action(ctx, action_id) or abort(404)


@route(bp, "/actions/<int:action_id>/done", permission=Permission.ACTION_EDIT, methods=("GET", "POST"))
def done(ctx: Context, action_id: int):  # noqa: ANN201
    action = _action(ctx, action_id)
    form = DoneForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(action.version)
    if not form.is_submitted():
        form.on.data = dt.date.today().isoformat()
    if submitted(form):
        actions.mark_done(ctx, action_id, form.on.data or "", form.update.data, expected_version=version_of(form))
        flash(f"Action {action.number or action.id} was marked as done.")
        back = request.args.get("next") or ""
        return redirect(back if _local(back) else url_for("actions.index"))
    return render_template("actions/done.html", form=form, action=action)


def _local(target: str) -> bool:
    """A path on this site (never another's: `//host`, `/\\host`)."""
    return target.startswith("/") and not target.startswith(("//", "/\\"))
