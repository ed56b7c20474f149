"""Who is acting: resolved before a unit of work opens, from a sign-in or a name.

The actor of a command or a request is a user of the register. A register
with no users yet is worked by the system actor, so that set-up and the
first administrator can be done.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.services.context import Actor, system_actor
from concord.store.db import Store


def _models():  # noqa: ANN202
    from concord.store import models as m

    return m


def _actor_of(user) -> Actor:  # noqa: ANN001
    return Actor(name=f"{user.name} <{user.email}>", user_id=user.id, email=user.email,
                 roles={mb.organisation.slug: mb.role for mb in user.memberships})


def resolve_actor(store: Store, who: str | None, fallback: str = "concord") -> Actor:
    """The actor named by `who` (an email), refused unless an enabled user.

    A register with no users yet is worked by the system actor, so that
    set-up and the first administrator can be done. With users and no
    one named, the actor may read but not write.
    """
    from sqlalchemy.orm import joinedload, selectinload

    m = _models()
    with store.reading() as s:
        if who:  # the user with their memberships and organisations, in two statements (a request each)
            user = s.scalar(sa.select(m.User).where(m.User.email == who.strip().lower()).options(
                selectinload(m.User.memberships).joinedload(m.Membership.organisation)))
            if user is None:
                raise DomainError("--as", who, "is not a user of the register (see `concord user list`)")
            if user.disabled:
                raise DomainError("--as", who, "is a disabled user")
            return _actor_of(user)
        any_user = s.scalar(sa.select(m.User.id).limit(1)) is not None
    if not any_user:
        return system_actor(f"{fallback} (no users yet)")
    return Actor(name=f"{fallback} (not signed in)", local_reader=True)


def resolve_session(store: Store, session_id: str) -> tuple[Actor, dt.datetime] | None:
    """The actor of an open web session (`concord.services.sessions`) and when it expires; None
    when the id is unknown, the session ended or expired, or its user is disabled. Two
    statements: the session with its user, then the user's memberships and organisations."""
    from sqlalchemy.orm import selectinload

    from concord.services.sessions import now, session_key

    m = _models()
    with store.reading() as s:
        found = s.execute(
            sa.select(m.User, m.WebSession.expires_at)
            .join(m.WebSession, m.WebSession.user_id == m.User.id)
            .where(m.WebSession.id_hash == session_key(session_id), m.WebSession.ended_at.is_(None),
                   m.WebSession.expires_at > now(), m.User.disabled.is_(False))
            .options(selectinload(m.User.memberships).joinedload(m.Membership.organisation))).first()
        if found is None:
            return None
        user, expires_at = found
        return _actor_of(user), expires_at
