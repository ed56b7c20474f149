"""One unit of work per request: the handler gets the Context, a failed write keeps nothing."""

from __future__ import annotations

from flask import Blueprint, render_template_string
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import StringField

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import users
from concord.web.access import route
from concord.web.work import submitted


def _stand_in(app) -> None:  # noqa: ANN001
    bp = Blueprint("probe", __name__)

    @route(bp, "/probe/actor", permission=Permission.REGISTER_READ)
    def actor(ctx):  # noqa: ANN001, ANN202
        return f"{ctx.actor.email} read_only={ctx.read_only}"

    @route(bp, "/probe/half-written", permission=Permission.REGISTER_READ, methods=("POST",))
    def half_written(ctx):  # noqa: ANN001, ANN202
        users.add_user(ctx, "half@example.test", "Half Written", "a long password", "kent-opcc", "viewer")
        raise DomainError("thing", "x", "is refused after a write")

    @route(bp, "/probe/beyond-role", permission=Permission.REGISTER_READ)
    def beyond_role(ctx):  # noqa: ANN001, ANN202
        return str(users.add_user(ctx, "nope@example.test", "Nope", None, "kent-opcc", "viewer"))

    class Form(FlaskForm):
        email = StringField("Email address", widget=GovTextInput())

    @route(bp, "/probe/constraint", permission=Permission.REGISTER_READ, methods=("GET", "POST"))
    def constraint(ctx):  # noqa: ANN001, ANN202
        form = Form()
        if submitted(form):
            raise DomainError("user_account.email", form.email.data, "already exists (must be unique)")
        return render_template_string(
            '{% extends "layout.html" %}{% set title = "Probe" %}{% block content %}<h1>Probe</h1>'
            '<form method="post">{{ form.csrf_token }}{{ form.email }}</form>{% endblock %}', form=form)

    app.register_blueprint(bp)


def test_the_handler_gets_the_signed_in_users_context(app, pages, make_user) -> None:  # noqa: ANN001
    _stand_in(app)
    who = make_user("editor")
    pages.sign_in(who)
    assert pages.client.get("/probe/actor").get_data(as_text=True) == f"{who.email} read_only=True"


def test_a_failed_write_keeps_nothing(app, pages, make_user) -> None:  # noqa: ANN001
    _stand_in(app)
    pages.sign_in(make_user("administrator"))
    got = pages.client.post("/probe/half-written", data={"csrf_token": pages.csrf_token("/")})
    assert got.status_code == 400 and "is refused after a write" in got.get_data(as_text=True)
    assert "half@example.test" not in pages.get("/users").get_data(as_text=True)


def test_a_service_refusing_the_user_is_a_403_page(app, pages, make_user) -> None:  # noqa: ANN001
    _stand_in(app)
    pages.sign_in(make_user("viewer"))
    got = pages.get("/probe/beyond-role")
    assert got.status_code == 403 and got.soup.h1.get_text(strip=True) == "You do not have permission to see this page"


def test_a_database_constraint_becomes_an_error_on_its_field(app, pages, make_user) -> None:  # noqa: ANN001
    _stand_in(app)
    pages.sign_in(make_user("viewer"))
    got = pages.submit("/probe/constraint", {"email": "taken@example.test"})
    assert got.status_code == 400
    link = got.soup.select_one(".govuk-error-summary a")
    assert link["href"] == "#email"
    assert link.get_text(strip=True) == "Email address ‘taken@example.test’ already exists (must be unique)"
    assert got.soup.find("input", id="email")["value"] == "taken@example.test"
