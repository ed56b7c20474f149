"""Web sessions kept on the server: signing in starts one, signing out ends it.

The browser's cookie carries only a random session id; the register keeps its SHA-256
(`session_key`), so someone who can read the database cannot take a session over. A
session is refused once it has ended — signed out, the user disabled, their password
changed, `concord user sign-out` — or its absolute lifetime has passed. Who a session
names is read per request by `concord.services.actors.resolve_session`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import cast

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError, PermissionDenied
from concord.services.context import Context
from concord.services.passwords import verify_password

#: a session ends this long after sign-in, however busy it was (no idle expiry: that would
#: mean a write on every request)
LIFETIME = dt.timedelta(hours=8)


def _models():  # noqa: ANN202
    from concord.store import models as m

    return m


def session_key(session_id: str) -> str:
    """What the register keeps of a session id: its SHA-256, in hex."""
    return hashlib.sha256(session_id.encode("utf-8", "surrogatepass")).hexdigest()


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class NewSession:
    """A session just started: its id goes in the cookie and is kept nowhere else."""

    session_id: str = field(repr=False)
    user_id: int
    email: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class SessionView:
    created_at: dt.datetime
    expires_at: dt.datetime


def sign_in(ctx: Context, email: str, password: str, lifetime: dt.timedelta = LIFETIME) -> NewSession | None:
    """Start a session for a correct email and password of an enabled user; None when they
    are not correct (the password is checked even for an unknown email: no timing hint).
    The user's sessions that have ended or expired are cleared away here."""
    m = _models()
    user = ctx.session.scalar(sa.select(m.User).where(m.User.email == email.strip().lower()))
    stored = user.password_hash if user is not None and not user.disabled else None
    if not verify_password(stored, password) or user is None:
        return None
    started = now()
    ctx.session.execute(sa.delete(m.WebSession).where(
        m.WebSession.user_id == user.id,
        sa.or_(m.WebSession.ended_at.is_not(None), m.WebSession.expires_at <= started)))
    session_id = secrets.token_urlsafe(32)
    ctx.session.add(m.WebSession(id_hash=session_key(session_id), user_id=user.id, created_at=started,
                                 expires_at=started + lifetime))
    ctx.session.flush()
    return NewSession(session_id, user.id, user.email, started + lifetime)


def sign_out(ctx: Context, session_id: str) -> bool:
    """End the session with this id (holding the id is the proof); False if it was not open."""
    m = _models()
    done = cast(sa.CursorResult, ctx.session.execute(sa.update(m.WebSession).where(
        m.WebSession.id_hash == session_key(session_id), m.WebSession.ended_at.is_(None)).values(ended_at=now())))
    return bool(done.rowcount)


def end_for_user(ctx: Context, user_id: int) -> int:
    """End every open session of a user (for the service that disables them or changes their
    password, which has checked its own permission); how many were open."""
    m = _models()
    done = cast(sa.CursorResult, ctx.session.execute(sa.update(m.WebSession).where(
        m.WebSession.user_id == user_id, m.WebSession.ended_at.is_(None)).values(ended_at=now())))
    return int(done.rowcount or 0)


def _user_id(ctx: Context, email: str) -> int:
    m = _models()
    user = ctx.session.scalar(sa.select(m.User).where(m.User.email == email.strip().lower()))
    if user is None:
        raise DomainError("user", email, "is not a user of the register (see `concord user list`)")
    if user.id != ctx.actor.user_id and not ctx.actor.can(Permission.USER_MANAGE):
        # an administrator's question, asked in a read-only unit of work too (`concord user sessions`)
        raise PermissionDenied(ctx.actor.name, Permission.USER_MANAGE.value)
    return user.id


def sign_out_everywhere(ctx: Context, email: str) -> int:
    """End every open session of the user `email` (an administrator, or the user themself)."""
    ctx.require(Permission.REGISTER_READ)
    return end_for_user(ctx, _user_id(ctx, email))


def open_sessions(ctx: Context, email: str) -> list[SessionView]:
    """The user's sessions that have not ended or expired, newest first."""
    m = _models()
    ctx.require(Permission.REGISTER_READ)
    user_id = _user_id(ctx, email)
    rows = ctx.session.execute(sa.select(m.WebSession.created_at, m.WebSession.expires_at).where(
        m.WebSession.user_id == user_id, m.WebSession.ended_at.is_(None), m.WebSession.expires_at > now())
        .order_by(m.WebSession.created_at.desc(), m.WebSession.id.desc()))
    return [SessionView(created, expires) for created, expires in rows]
