"""Safe by default: security headers on every response, careful session cookies.

The Content-Security-Policy allows scripts, styles, fonts and images from
the application's own origin only: no inline script, no inline style
attribute from the server, no framing, forms posted only to itself.
"""

from __future__ import annotations

import os

from flask import Flask, Request, Response, g, request
from flask.sessions import SecureCookieSessionInterface

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


def add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if g.get("actor") is not None and "Cache-Control" not in response.headers:
        # pages for a signed-in user are not kept by browsers or proxies
        response.headers["Cache-Control"] = "no-store"
    return response


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, marked Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        req: Request | None = request if request else None
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or bool(req is not None and req.is_secure)


#: hours a sign-in lasts, however busy (the server refuses the session after it, not only the browser)
ENV_SESSION_HOURS = "CONCORD_SESSION_HOURS"


def session_seconds() -> int:
    """The sign-in lifetime: CONCORD_SESSION_HOURS (a positive number, e.g. 8 or 0.5), else 8 hours."""
    raw = os.environ.get(ENV_SESSION_HOURS, "").strip()
    try:
        hours = float(raw) if raw else 8.0
    except ValueError:
        hours = 8.0
    return max(1, round(hours * 3600)) if 0 < hours <= 24 * 366 else 8 * 3600


def install(app: Flask) -> None:
    app.config.update(
        SESSION_COOKIE_NAME="concord_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=session_seconds(),
    )
    app.session_interface = SessionInterface()
    app.after_request(add_headers)
