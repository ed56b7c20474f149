"""One unit of work per request, and what a failed write looks like.

`run_view` opens the request's unit of work for the signed-in user
(a read-only one for GET and HEAD), calls the view with its `Context`,
and commits when the view returns — or rolls everything back.

When a write fails with DomainError (bad input) or ConflictError
(someone else saved first), nothing is kept and the view runs again in
a read-only unit of work with the failure noted: `submitted(form)` then
answers False and puts the error on the field it names, so the form
comes back with the user's input and a GOV.UK error summary. A view
that shows no form (or fails again) gives the error page instead.
A PermissionDenied becomes the 403 page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort, current_app, g, request
from flask_wtf import FlaskForm

from concord.domain.errors import ConflictError, DomainError, PermissionDenied
from concord.services.context import reading, unit_of_work

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CONFLICT = ("Someone else changed this record after you opened the page. Your changes have not been saved: "
            "check the record as it is now and submit your changes again.")


def run_view(view: Callable, values: dict[str, Any]) -> Any:
    from concord.web import page_cache
    from concord.web.access import ANONYMOUS, permission_of

    store = current_app.extensions["concord.store"]
    actor = g.get("actor") or ANONYMOUS
    if page_cache.wanted(request.endpoint, permission_of(request.endpoint)):
        return page_cache.serve(actor, lambda: _read(view, values, store, actor))
    writing = request.method not in SAFE_METHODS
    try:
        with (unit_of_work if writing else reading)(store, actor) as ctx:
            return view(ctx, **values)
    except PermissionDenied:
        abort(403)
    except (DomainError, ConflictError) as failure:
        if not writing:
            raise
        g.failure = failure
    try:
        with reading(store, actor) as ctx:
            shown = view(ctx, **values)
    except Exception:
        raise g.failure from None
    if not g.get("failure_shown"):  # a view with no form to show it on: the error page says it
        raise g.failure
    return shown, 400


def _read(view: Callable, values: dict[str, Any], store: Any, actor: Any) -> Any:  # noqa: ANN401
    try:
        with reading(store, actor) as ctx:
            return view(ctx, **values)
    except PermissionDenied:
        abort(403)


def submitted(form: FlaskForm) -> bool:
    """True when the form was posted, passed its checks and has not already failed in a service."""
    failure = g.get("failure")
    if failure is None:
        return form.validate_on_submit()
    form.validate()
    g.failure_shown = True
    if isinstance(failure, ConflictError):
        form.form_errors.append(CONFLICT)
    else:
        _attach(form, failure)
    return False


def failed_with_conflict() -> bool:
    return isinstance(g.get("failure"), ConflictError)


def _attach(form: FlaskForm, error: DomainError) -> None:
    name = error.field.lstrip("-").replace("-", "_")
    # a database constraint names its table too: "user_account.email" is the form's "email"
    field = form._fields.get(name) or form._fields.get(name.rsplit(".", 1)[-1])
    value = "" if error.value is None else str(error.value)
    if field is not None:
        shown = f"{field.label.text} ‘{value}’ {error.reason}" if value and value != "(hidden)" \
            else f"{field.label.text} {error.reason}"
        field.errors = [*field.errors, shown]
    else:
        form.form_errors.append(f"{error.field} ‘{value}’ {error.reason}" if value else
                                f"{error.field} {error.reason}")


def error_list(form: FlaskForm) -> list[dict[str, str]]:
    """The GOV.UK error summary's list: each error linked to its field
    (an error about the whole form links to its first field)."""
    fields = [f for f in form if f.type not in ("CSRFTokenField", "HiddenField", "SubmitField")]
    first = f"#{fields[0].id}" if fields else "#main-content"
    out = [{"text": e, "href": first} for e in form.form_errors]
    for field in fields:
        out += [{"text": e, "href": f"#{field.id}"} for e in field.errors]
    return out
