"""Organisations, users and roles. Passwords are kept only as argon2id hashes
(who is acting, before any unit of work is open, is `services.actors`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain.access import Permission, Role, role as parse_role
from concord.domain.errors import DomainError
from concord.services.context import Context
from concord.services.passwords import hash_password
from concord.services.sessions import end_for_user

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class OrganisationView:
    slug: str
    name: str
    kind: str


@dataclass(frozen=True)
class UserView:
    id: int
    email: str
    name: str
    disabled: bool
    roles: tuple[tuple[str, Role], ...]
    version: int


def _models():  # noqa: ANN202
    from concord.store import models as m

    return m


def ensure_organisations(ctx: Context) -> int:
    """An organisation for each policing body's office, each force and each
    alliance's programme office; returns how many were added."""
    m = _models()
    s = ctx.session
    have = set(s.scalars(sa.select(m.Organisation.slug)))
    added = 0

    def add(slug: str, name: str, kind: str, **links: object) -> None:
        nonlocal added
        if slug not in have:
            s.add(m.Organisation(slug=slug, name=name, kind=kind, **links))
            have.add(slug)
            added += 1

    for body in s.scalars(sa.select(m.PolicingBody)):
        add(f"{body.force_id}-opcc", f"Office of the {body.name}", "policing_body", force_id=body.force_id)
    for force in s.scalars(sa.select(m.Force)):
        add(f"{force.id}-force", force.name, "force", force_id=force.id)
    for alliance in s.scalars(sa.select(m.Alliance)):
        add(f"{alliance.slug}-programme-office", f"{alliance.name} programme office", "programme_office",
            alliance_id=alliance.id)
    s.flush()
    return added


def organisations(ctx: Context) -> list[OrganisationView]:
    m = _models()
    ctx.require(Permission.REGISTER_READ)
    rows = ctx.session.scalars(sa.select(m.Organisation).order_by(m.Organisation.kind, m.Organisation.name))
    return [OrganisationView(o.slug, o.name, o.kind) for o in rows]


def _organisation(ctx: Context, slug: str):  # noqa: ANN202
    m = _models()
    found = ctx.session.scalar(sa.select(m.Organisation).where(m.Organisation.slug == slug))
    if found is None:
        raise DomainError("organisation", slug, "is not an organisation in the register "
                          "(see `concord user organisations`)")
    return found


def _user(ctx: Context, email: str):  # noqa: ANN202
    m = _models()
    found = ctx.session.scalar(sa.select(m.User).where(m.User.email == email.strip().lower()))
    if found is None:
        raise DomainError("user", email, "is not a user of the register (see `concord user list`)")
    return found


def _view(u) -> UserView:  # noqa: ANN001
    return UserView(u.id, u.email, u.name, u.disabled,
                    tuple(sorted((mb.organisation.slug, mb.role) for mb in u.memberships)), u.version)


def add_user(ctx: Context, email: str, name: str, password: str | None,
             organisation: str, role: str) -> UserView:
    m = _models()
    ctx.require(Permission.USER_MANAGE)
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise DomainError("email", email, "is not an email address")
    if not name.strip():
        raise DomainError("name", name, "is required")
    if ctx.session.scalar(sa.select(m.User.id).where(m.User.email == email)):
        raise DomainError("email", email, "is already a user of the register")
    org = _organisation(ctx, organisation)
    user = m.User(email=email, name=name.strip(), password_hash=hash_password(password) if password else None,
                  disabled=False)
    user.memberships.append(m.Membership(organisation=org, role=parse_role(role)))
    ctx.session.add(user)
    ctx.session.flush()
    return _view(user)


def list_users(ctx: Context) -> list[UserView]:
    m = _models()
    ctx.require(Permission.REGISTER_READ)
    return [_view(u) for u in ctx.session.scalars(sa.select(m.User).order_by(m.User.email))]


def set_role(ctx: Context, email: str, organisation: str, role: str | None,
             expected_version: int | None = None) -> UserView:
    """Give a user a role in an organisation (or, with role None, take it away)."""
    m = _models()
    ctx.require(Permission.USER_MANAGE)
    user = _user(ctx, email)
    ctx.check_version("user", user.email, user, expected_version)
    org = _organisation(ctx, organisation)
    current = next((mb for mb in user.memberships if mb.organisation_id == org.id), None)
    if role is None:
        if current is not None:
            user.memberships.remove(current)
    elif current is None:
        user.memberships.append(m.Membership(organisation=org, role=parse_role(role)))
    else:
        current.role = parse_role(role)
    ctx.session.flush()
    return _view(user)


def set_password(ctx: Context, email: str, password: str) -> UserView:
    """A new password for a user; every web session they have open is ended."""
    ctx.require(Permission.USER_MANAGE)
    user = _user(ctx, email)
    user.password_hash = hash_password(password)
    end_for_user(ctx, user.id)
    ctx.session.flush()
    return _view(user)


def disable(ctx: Context, email: str, expected_version: int | None = None) -> UserView:
    """Disable a user: they can no longer sign in, and every web session they have open is ended."""
    ctx.require(Permission.USER_MANAGE)
    user = _user(ctx, email)
    ctx.check_version("user", user.email, user, expected_version)
    if user.id == ctx.actor.user_id:
        raise DomainError("user", email, "is the user acting: an administrator cannot disable themself")
    user.disabled = True
    end_for_user(ctx, user.id)
    ctx.session.flush()
    return _view(user)
