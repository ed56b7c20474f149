"""Every route declares what it needs; one place checks it.

A view is registered with `route(bp, rule, permission=...)`. The
permission is a `Permission`, or `PUBLIC` for the few pages anyone may
see (sign-in, the assets). `check_access`, run before every request,
finds the permission of the endpoint asked for and refuses the request
unless the signed-in user holds it — a route cannot forget to check,
and a route registered without a permission is refused outright.

The view itself is called with the request's `Context` (see
`concord.web.work`), never with the database.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, current_app, g, redirect, request, session, url_for

from concord.domain.access import Permission
from concord.services.context import Actor


class _Public:
    """The permission of a page anyone may see, signed in or not."""

    def __repr__(self) -> str:
        return "PUBLIC"


PUBLIC = _Public()

#: record kind → (endpoint, name of its one URL variable): the page that shows a record
RECORD_PAGES: dict[str, tuple[str, str]] = {}

ANONYMOUS = Actor(name="anonymous (not signed in)")


def route(bp: Blueprint, rule: str, *, permission: Permission | _Public, methods: tuple[str, ...] = ("GET",),
          endpoint: str | None = None, record: str | None = None) -> Callable:
    """Register `view(ctx, **url_values)` on `bp` at `rule`, needing `permission`.

    `record` names the kind of record the page shows (its rule has one
    variable, the record's key), so that links to such records — from the
    dashboard, search, history — appear once the page exists.
    """
    if not isinstance(permission, (Permission, _Public)):
        raise TypeError(f"route {rule}: permission must be a Permission or PUBLIC, not {permission!r}")

    def register(view: Callable) -> Callable:
        from concord.web.work import run_view

        @functools.wraps(view)
        def handler(**values: Any) -> Any:
            return run_view(view, values)

        handler.permission = permission  # type: ignore[attr-defined]
        name = endpoint or view.__name__
        bp.add_url_rule(rule, name, handler, methods=list(methods))
        if record:
            variables = [part[1:-1].split(":")[-1] for part in rule.split("/") if part.startswith("<")]
            if len(variables) != 1:
                raise ValueError(f"route {rule}: a record page has exactly one URL variable")
            RECORD_PAGES[record] = (f"{bp.name}.{name}", variables[0])
        return view

    return register


def permission_of(endpoint: str | None) -> Permission | _Public | None:
    view = current_app.view_functions.get(endpoint or "")
    return getattr(view, "permission", None)


#: the key of the session cookie that holds the server-side session's id (`concord.services.sessions`)
SESSION_ID = "sid"


def load_actor() -> Actor | None:
    """The signed-in user as an actor, as the register has it now: the cookie carries only the
    id of a session kept on the server, refused once it has ended (signed out, the user disabled,
    their password changed) or expired, and a role changed takes effect at the next request, in
    every worker. For a page the page cache may answer, it is the actor kept for this session and
    this generation of the register (`concord.web.readers`): the generation is read first, so no
    database read is needed for the session when nothing has been written since it was resolved."""
    from concord.services.actors import resolve_session
    from concord.services.sessions import session_key
    from concord.web import page_cache

    session_id = session.get(SESSION_ID)
    if not isinstance(session_id, str) or not session_id:
        if session.get("email"):  # a cookie from before sessions were kept on the server
            session.clear()
        return None
    store = current_app.extensions["concord.store"]

    def resolve() -> tuple[Actor, float] | None:
        found = resolve_session(store, session_id)
        if found is None:
            return None
        actor, expires_at = found
        if expires_at.tzinfo is None:  # SQLite gives back the UTC time it was given, without its zone
            expires_at = expires_at.replace(tzinfo=dt.timezone.utc)
        return actor, expires_at.timestamp()

    token = page_cache.generation() if page_cache.may_keep() else None
    if token is None:
        found = resolve()
        actor = None if found is None or time.time() >= found[1] else found[0]
    else:
        actor = current_app.extensions["concord.readers"].actor(token, session_key(session_id), resolve)
    if actor is None:
        session.clear()
    return actor


def check_access() -> Any:
    """Before every request: who is asking, and may they see this page?"""
    g.actor = None if request.endpoint == "assets.asset" else load_actor()
    if request.endpoint is None:  # no route matched: the 404 handler answers
        return None
    needed = permission_of(request.endpoint)
    if needed is None:
        raise RuntimeError(f"route {request.endpoint} declares no permission: refused")
    if needed is PUBLIC:
        return None
    if g.actor is None:
        return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
    if not g.actor.can(needed):
        abort(403)
    return None


def can(permission: Permission) -> bool:
    """For templates: may the signed-in user do this anywhere? (links and buttons only;
    the service decides on the record itself)."""
    actor = g.get("actor")
    return actor is not None and actor.can(permission)


def record_url(kind: str, key: object) -> str | None:
    """The page of a record, where such pages exist yet."""
    page = RECORD_PAGES.get(kind)
    if page is None or page[0] not in current_app.view_functions:
        return None
    values: dict[str, Any] = {page[1]: key}
    return url_for(page[0], **values)
