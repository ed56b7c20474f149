"""Signing in and out."""

from __future__ import annotations

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import InputRequired, Length

from concord.services import sessions
from concord.services.context import Context
from concord.web.access import PUBLIC, SESSION_ID, route
from concord.web.errors import page

bp = Blueprint("auth", __name__)

WRONG = "Enter a correct email address and password"


class SignInForm(FlaskForm):
    email = StringField("Email address", widget=GovTextInput(),
                        validators=[InputRequired("Enter your email address"), Length(max=200)])
    password = PasswordField("Password", widget=GovPasswordInput(),
                             validators=[InputRequired("Enter your password"), Length(max=200)])
    submit = SubmitField("Sign in", widget=GovSubmitInput())


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never another host."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("dashboard.index")


@route(bp, "/sign-in", permission=PUBLIC, methods=("GET", "POST"))
def sign_in(ctx: Context):  # noqa: ANN201
    form = SignInForm()
    if g.get("actor") is not None and request.method == "GET":
        return redirect(_safe_next(request.args.get("next")))
    if form.validate_on_submit():
        throttle = current_app.extensions["concord.throttle"]
        email = (form.email.data or "").strip().lower()
        address = request.remote_addr or "unknown"
        wait = throttle.wait_seconds(email, address)
        if wait:
            minutes = max(1, (wait + 59) // 60)
            return page(429, f"There have been too many attempts to sign in. "
                             f"Wait {minutes} minute{'s' if minutes != 1 else ''} and try again.")
        started = sessions.sign_in(ctx, email, form.password.data or "", current_app.permanent_session_lifetime)
        if started is None:
            throttle.failed(email, address)
            form.email.errors = [WRONG]
        else:
            throttle.succeeded(email)
            session.clear()  # nothing of the signed-out browser's cookie is carried over (no fixation)
            session.permanent = True
            session[SESSION_ID] = started.session_id  # only the id: who it is stays on the server
            return redirect(_safe_next(request.args.get("next")))
    return render_template("sign_in.html", form=form), 400 if form.errors else 200


@route(bp, "/sign-out", permission=PUBLIC, methods=("POST",))
def sign_out(ctx: Context):  # noqa: ANN201
    session_id = session.get(SESSION_ID)
    if isinstance(session_id, str) and session_id:
        sessions.sign_out(ctx, session_id)  # ended on the server: a copy of the cookie is refused too
    session.clear()
    return redirect(url_for("auth.sign_in"))
