"""Pages already rendered, kept per process and served again while nothing has been written.

A page a reader asks for again is the same page when the register has not changed, the
reader is the same (user, roles: so markings and permissions are never mixed), and so is
the request (its URL with host and query, its Accept header, the day, Concord's settings). Forms on a page carry
the session's own CSRF token: it is kept as a placeholder and the asking session's token is
put in its place each time the page is served. The register's generation token
(`concord.services.database.generation`, replaced by every write transaction in that transaction)
is read first, before the reader is resolved (`concord.web.readers` keeps the reader's actor under
the same token) and before the page is rendered; a page is kept under the token read before it
was made, so it is never older than the token says, and a committed write anywhere — in
this process, another gunicorn worker or a `concord` command — makes every kept page
unreachable at the next request. See docs/decisions/0004-page-cache.md.

Only GET pages that read the register (the permission REGISTER_READ, or PUBLIC) are kept,
only a complete 200 answer that left the session as it was (no sign-in, no flashed message;
a CSRF token made for the session aside), and never a file sent from disk or a streamed answer.
A public reader's page also gets an ETag made from the same key, so a calendar or feed
reader asking again with If-None-Match is answered 304 until something is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from flask import Response, current_app, g, request, session
from flask_wtf.csrf import generate_csrf

from concord.domain.access import Permission
from concord.services import database
from concord.services.context import Actor

#: endpoints never kept, though public or read-only (their answers are files, or the sign-in form)
NEVER = frozenset({"assets.asset", "auth.sign_in", "auth.sign_out", "public.file", "oparl.file"})
MAX_BYTES = 32 * 1024 * 1024
MAX_PAGE_BYTES = 2 * 1024 * 1024
#: config key: False turns the cache off (e.g. to measure without it)
ENABLED = "CONCORD_PAGE_CACHE"
#: stands for the session's signed CSRF token in a kept page (no token, base64 or HTML, holds it)
CSRF_MARK = b"\x00concord-csrf\x00"
_CSRF = "csrf_token"


class PageCache:
    """Least recently used pages, at most MAX_BYTES of bodies, safe across threads."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[tuple, tuple[bytes, int, list[tuple[str, str]]]] = OrderedDict()
        self._bytes = 0
        self._generation: str | None = None
        self._lock = threading.Lock()
        self._making: dict[tuple, threading.Lock] = {}
        self.hits = self.misses = 0

    def making(self, key: tuple) -> threading.Lock:
        """The lock held while one thread makes the page for `key` (the others asking meanwhile wait
        for it rather than making it too: 20 readers arriving after a write cost one render, not 20)."""
        with self._lock:
            return self._making.setdefault(key, threading.Lock())

    def made(self, key: tuple) -> None:
        with self._lock:
            self._making.pop(key, None)

    def get(self, key: tuple) -> tuple[bytes, int, list[tuple[str, str]]] | None:
        with self._lock:
            kept = self._pages.get(key)
            if kept is None:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return kept

    def put(self, key: tuple, body: bytes, status: int, headers: list[tuple[str, str]]) -> None:
        with self._lock:
            if key[0] != self._generation:  # pages of an older generation can never be served again
                self._pages.clear()
                self._bytes = 0
                self._generation = key[0]
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[0])
            self._pages[key] = (body, status, headers)
            self._bytes += len(body)
            while self._bytes > self.max_bytes and self._pages:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped[0])


def may_keep() -> bool:
    """Might this request be answered from the cache (a GET, the cache on)? Then the register's
    generation is read first, before the reader is resolved (`concord.web.access.load_actor`)."""
    return request.method == "GET" and bool(current_app.config.get(ENABLED, True))


def generation() -> str | None:
    """The register's generation for this request, read once, before anything else is read for it:
    the reader and the page are at least as new as this token."""
    if "concord_generation" not in g:
        g.concord_generation = database.generation(current_app.extensions["concord.store"])
    return g.concord_generation


def wanted(endpoint: str | None, permission: Any) -> bool:  # noqa: ANN401
    """May this request's answer be kept (and served from the cache)?"""
    from concord.web.access import PUBLIC

    if request.method != "GET" or endpoint is None or endpoint in NEVER:
        return False
    if not current_app.config.get(ENABLED, True):
        return False
    if permission is not PUBLIC and permission is not Permission.REGISTER_READ:
        return False
    return "_flashes" not in session  # a message waiting to be shown is shown once, by a fresh page


def _reader(actor: Actor) -> tuple:
    return (actor.user_id, actor.email, actor.name, tuple(sorted((k, str(v)) for k, v in actor.roles.items())),
            actor.system, actor.local_reader)


def serve(actor: Actor, render: Callable[[], Any]) -> Response:
    """The page from the cache when the register has not changed since it was kept; else `render()` it."""
    cache: PageCache = current_app.extensions.get("concord.page_cache") or \
        current_app.extensions.setdefault("concord.page_cache", PageCache())
    token = generation()  # first (unless the reader's lookup read it already): the page is at least this new
    key = (token, _reader(actor), request.url, request.headers.get("Accept", ""), dt.date.today(), _settings())
    if token is None:
        return current_app.make_response(render())
    kept = cache.get(key)
    if kept is None:
        with cache.making(key):
            kept = cache.get(key)  # made by another thread while this one waited
            if kept is None:
                try:
                    return _make(cache, key, actor, render)
                finally:
                    cache.made(key)
    body, status, headers = kept
    if CSRF_MARK in body:  # this session's own token (made now if it has none, as a fresh page would)
        body = body.replace(CSRF_MARK, generate_csrf().encode())
    return _validated(Response(body, status=status, headers=headers), actor, key)


def _make(cache: PageCache, key: tuple, actor: Actor, render: Callable[[], Any]) -> Response:
    before = _session_without_csrf()
    response = current_app.make_response(render())
    if (response.status_code == 200 and not response.direct_passthrough and not response.is_streamed
            and _session_without_csrf() == before and "Set-Cookie" not in response.headers):
        body = response.get_data()
        signed = g.get(_CSRF)
        if signed:
            body = body.replace(signed.encode(), CSRF_MARK)
        if len(body) <= MAX_PAGE_BYTES:
            cache.put(key, body, response.status_code,
                      [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"])
        return _validated(response, actor, key)
    return response


def _validated(response: Response, actor: Actor, key: tuple) -> Response:
    """A public reader's page with an ETag made from the generation and the request (conditional GET:
    a feed reader asking again with If-None-Match gets 304 until something is written)."""
    from concord.web.access import PUBLIC, permission_of

    if actor.user_id is not None or actor.system or permission_of(request.endpoint) is not PUBLIC \
            or "ETag" in response.headers:
        return response
    response.set_etag(hashlib.sha256(repr(key).encode()).hexdigest()[:32], weak=True)
    response.make_conditional(request)  # 304 and no body when the reader's copy is this one
    return response


#: not settings of what a page shows (and secret: never hashed into an ETag)
_NOT_SETTINGS = frozenset({"CONCORD_SECRET_KEY", "CONCORD_DATABASE_URL"})


def _settings() -> tuple:
    """Concord's settings from the environment (CONCORD_...): some change what a page shows."""
    return tuple(sorted((k, v) for k, v in os.environ.items()
                        if k.startswith("CONCORD_") and k not in _NOT_SETTINGS))


def _session_without_csrf() -> dict:
    return {k: v for k, v in session.items() if k != _CSRF}
