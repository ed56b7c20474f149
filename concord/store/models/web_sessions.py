"""The web's signed-in sessions, kept on the server so that signing out ends them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.store.base import Base, IdPk


class WebSession(IdPk, Base):
    """One sign-in to the web. The browser's cookie carries a random session id; the
    register keeps only its SHA-256 (`id_hash`), so reading the database does not give
    anyone a session. A session is refused once `ended_at` is set (signed out, the user
    disabled, their password changed) or `expires_at` has passed.

    Not audited: sessions are not register data (export and backup leave them out too)."""

    __tablename__ = "web_session"
    __audit__ = False
    id_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"),
                                         nullable=False, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    ended_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))
