"""Organisations, users and the role each user holds in each organisation."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.access import Role
from concord.store.base import Base, IdPk, Versioned
from concord.store.types import enum_column


class Organisation(IdPk, Versioned, Base):
    """A body whose officers use Concord: a policing body's office, a force's
    office, an alliance's programme office. Records belong to one."""

    __tablename__ = "organisation"
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    #: policing_body, force or programme_office
    kind: Mapped[str] = mapped_column(sa.String(30), nullable=False)
    force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))


class User(IdPk, Versioned, Base):
    """Someone who signs in (the web) or is named (`concord --as`)."""

    __tablename__ = "user_account"
    email: Mapped[str] = mapped_column(sa.String(200), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    #: argon2id hash; never the password
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    disabled: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False,
                                                    default=lambda: dt.datetime.now(dt.timezone.utc))

    memberships: Mapped[list[Membership]] = relationship(back_populates="user", cascade="all, delete-orphan")


class Membership(IdPk, Versioned, Base):
    """A user's role in one organisation."""

    __tablename__ = "membership"
    __table_args__ = (sa.UniqueConstraint("user_id", "organisation_id"),)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), nullable=False)
    organisation_id: Mapped[int] = mapped_column(sa.ForeignKey("organisation.id"), nullable=False)
    role: Mapped[Role] = mapped_column(enum_column(Role), nullable=False)

    user: Mapped[User] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship()
