"""Alliances and programmes, their members, portfolios and collaborated functions."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import AllianceKind
from concord.store.base import Base, IdPk, Versioned
from concord.store.types import enum_column


class Alliance(IdPk, Versioned, Base):
    __tablename__ = "alliance"
    slug: Mapped[str] = mapped_column(sa.String(60), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    kind: Mapped[AllianceKind] = mapped_column(enum_column(AllianceKind), nullable=False)
    host_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))

    members: Mapped[list[AllianceMember]] = relationship(
        back_populates="alliance", cascade="all, delete-orphan", order_by="AllianceMember.force_id"
    )


class AllianceMember(IdPk, Versioned, Base):
    __tablename__ = "alliance_member"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "force_id"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    joined_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    left_on: Mapped[dt.date | None] = mapped_column(sa.Date)

    alliance: Mapped[Alliance] = relationship(back_populates="members")


class Portfolio(IdPk, Versioned, Base):
    __tablename__ = "portfolio"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "name"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    lead_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))


class Function(IdPk, Versioned, Base):
    """A collaborated function: a unit run for several forces by a lead force."""

    __tablename__ = "function"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "name"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    portfolio_id: Mapped[int | None] = mapped_column(sa.ForeignKey("portfolio.id"))
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    lead_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    live_from: Mapped[dt.date | None] = mapped_column(sa.Date)
