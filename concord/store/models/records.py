"""History kept by the store itself: the audit trail and marking changes."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.domain.markings import Marking
from concord.store.base import Base, IdPk
from concord.store.types import enum_column


class AuditRecord(IdPk, Base):
    """Who changed what, when, with the values before and after."""

    __tablename__ = "audit_record"
    __audit__ = False
    __table_args__ = (sa.Index("ix_audit_entity", "entity", "entity_id"),)
    at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    actor: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    action: Mapped[str] = mapped_column(sa.String(10), nullable=False)  # insert, update, delete
    entity: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    entity_id: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    before: Mapped[dict | None] = mapped_column(sa.JSON)
    after: Mapped[dict | None] = mapped_column(sa.JSON)
    #: history brought in by `concord import` is kept as imported and names the
    #: audit record of that import (action "import"); None for history made here
    imported_in: Mapped[int | None] = mapped_column(sa.Integer)


class MarkingChange(IdPk, Base):
    """The history of a record's protective marking (rule 18)."""

    __tablename__ = "marking_change"
    __audit__ = False
    __table_args__ = (sa.Index("ix_marking_change_entity", "entity", "entity_id"),)
    entity: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    entity_id: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    from_marking: Mapped[Marking | None] = mapped_column(enum_column(Marking, name="ck_from_marking"))
    to_marking: Mapped[Marking] = mapped_column(enum_column(Marking, name="ck_to_marking"), nullable=False)
    legacy_marking: Mapped[str | None] = mapped_column(sa.String(80))
    at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    reason: Mapped[str] = mapped_column(sa.Text, nullable=False)
    #: as on AuditRecord: the audit record of the import that brought this row
    imported_in: Mapped[int | None] = mapped_column(sa.Integer)


class RegisterGeneration(Base):
    """One row: a token made anew by every write transaction (see `concord.store.generation`).

    Not register data (left out of exports and backups): it only tells a reader whether
    anything has been written since it last looked."""

    __tablename__ = "register_generation"
    __audit__ = False
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    token: Mapped[str] = mapped_column(sa.String(32), nullable=False)
