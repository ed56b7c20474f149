"""Users administration, for administrators: list, add, set a role, disable."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovPasswordInput, GovRadioInput, GovSelect, GovSubmitInput, GovTextInput,
)
from wtforms import HiddenField, PasswordField, RadioField, SelectField, StringField, SubmitField
# SelectChoice is new in WTForms 3.3; the types-WTForms stubs (3.2) do not have it yet
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length

from concord.domain.access import Permission, Role
from concord.services import users
from concord.services.context import Context
from concord.web.access import route
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("users", __name__)

ROLES = [SelectChoice(r.value, r.value.capitalize()) for r in Role]
ROLE_HINT = ("A viewer reads; an editor also records; an approver also approves and changes markings; "
             "an administrator also manages users.")


class AddUserForm(FlaskForm):
    name = StringField("Full name", widget=GovTextInput(), validators=[InputRequired("Enter their full name"),
                                                                       Length(max=120)])
    email = StringField("Email address", widget=GovTextInput(),
                        validators=[InputRequired("Enter their email address"), Length(max=200)])
    password = PasswordField("Password", widget=GovPasswordInput(), description="At least 10 characters.",
                             validators=[InputRequired("Enter a password"), Length(max=200)])
    organisation = SelectField("Organisation", widget=GovSelect(),
                               validators=[InputRequired("Choose their organisation")])
    role = RadioField("Role", widget=GovRadioInput(), choices=ROLES, description=ROLE_HINT,
                      validators=[InputRequired("Choose their role")])
    submit = SubmitField("Add user", widget=GovSubmitInput())


class SetRoleForm(FlaskForm):
    version = HiddenField()
    organisation = SelectField("Organisation", widget=GovSelect(),
                               validators=[InputRequired("Choose an organisation")])
    role = RadioField("Role", widget=GovRadioInput(), choices=[*ROLES, SelectChoice("none", "No role (remove)")],
                      description=ROLE_HINT, validators=[InputRequired("Choose a role")])
    submit = SubmitField("Save role", widget=GovSubmitInput())


class DisableForm(FlaskForm):
    version = HiddenField()
    submit = SubmitField("Disable user", widget=GovSubmitInput())


def _organisations(ctx: Context) -> list[tuple[str, str]]:
    return [SelectChoice("", "Choose an organisation"), *(SelectChoice(o.slug, o.name) for o in users.organisations(ctx))]


def _user(ctx: Context, user_id: int) -> users.UserView:
    return next((u for u in users.list_users(ctx) if u.id == user_id), None) or abort(404)


def _version(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


@route(bp, "/users", permission=Permission.USER_MANAGE)
def index(ctx: Context):  # noqa: ANN201
    names = {o.slug: o.name for o in users.organisations(ctx)}
    return render_template("users/index.html", users=users.list_users(ctx), names=names)


@route(bp, "/users/new", permission=Permission.USER_MANAGE, methods=("GET", "POST"))
def add(ctx: Context):  # noqa: ANN201
    form = AddUserForm()
    form.organisation.choices = _organisations(ctx)
    if submitted(form):
        # InputRequired: both are given once the form has been submitted and validated
        made = users.add_user(ctx, form.email.data or "", form.name.data or "", form.password.data,
                              form.organisation.data, form.role.data)
        flash(f"{made.name} ({made.email}) was added.")
        return redirect(url_for("users.show", user_id=made.id))
    return render_template("users/add.html", form=form)


@route(bp, "/users/<int:user_id>", permission=Permission.USER_MANAGE, record="user")
def show(ctx: Context, user_id: int):  # noqa: ANN201
    names = {o.slug: o.name for o in users.organisations(ctx)}
    return render_template("users/show.html", user=_user(ctx, user_id), names=names)


@route(bp, "/users/<int:user_id>/role", permission=Permission.USER_MANAGE, methods=("GET", "POST"))
def set_role(ctx: Context, user_id: int):  # noqa: ANN201
    user = _user(ctx, user_id)
    form = SetRoleForm()
    form.organisation.choices = _organisations(ctx)
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(user.version)
    if submitted(form):
        role = None if form.role.data == "none" else form.role.data
        users.set_role(ctx, user.email, form.organisation.data, role, expected_version=_version(form))
        flash(f"The role of {user.name} was saved.")
        return redirect(url_for("users.show", user_id=user.id))
    return render_template("users/role.html", form=form, user=user)


@route(bp, "/users/<int:user_id>/disable", permission=Permission.USER_MANAGE, methods=("GET", "POST"))
def disable(ctx: Context, user_id: int):  # noqa: ANN201
    user = _user(ctx, user_id)
    form = DisableForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(user.version)
    if submitted(form):
        users.disable(ctx, user.email, expected_version=_version(form))
        flash(f"{user.name} can no longer sign in.")
        return redirect(url_for("users.show", user_id=user.id))
    return render_template("users/disable.html", form=form, user=user)
