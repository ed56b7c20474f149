"""Declarative base and the mixins every editable row shares."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from concord.domain.markings import Marking
from concord.store.types import enum_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)

    #: audit records name rows by this; models may override
    __audit__ = True


def table_of(model: type[Base]) -> sa.Table:
    """The table a model is mapped to (`__table__`, which SQLAlchemy types as any FROM clause)."""
    table = model.__table__
    if not isinstance(table, sa.Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return table


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps `version`.

    A stale update (the row changed since it was read) raises
    StaleDataError, which the session scope turns into ConflictError.
    """

    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        return {"version_id_col": cls.version}


class IdPk:
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)


class Marked:
    """A protective marking, its legacy wording verbatim, and whether the
    record is held back until approved ("PROTECT until Approved")."""

    if TYPE_CHECKING:
        __tablename__: str  # set by each model that mixes this in

    marking: Mapped[Marking] = mapped_column(
        enum_column(Marking), nullable=False, default=Marking.OFFICIAL
    )
    legacy_marking: Mapped[str | None] = mapped_column(sa.String(80))
    held_until_approved: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    approved_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    #: the organisation the record belongs to (its editors and approvers act on it)
    owner_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisation.id"))
