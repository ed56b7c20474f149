"""The precept a policing body sets for a year (Band D and tax base), the
referendum limit of each year (a setting), and the precept timetable."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.store.base import Base, IdPk, Versioned
from concord.store.types import Money, Percent


class Precept(IdPk, Versioned, Base):
    __tablename__ = "precept"
    __table_args__ = (sa.UniqueConstraint("policing_body_id", "financial_year"),)
    policing_body_id: Mapped[int] = mapped_column(sa.ForeignKey("policing_body.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    band_d: Mapped[object] = mapped_column(Money, nullable=False)
    #: Band D equivalent properties, kept exactly
    tax_base: Mapped[object] = mapped_column(Percent, nullable=False)


class ReferendumLimit(IdPk, Versioned, Base):
    """The most a Band D precept may rise in a year without a referendum: a percentage, a sum in
    pounds, or both (then the greater of the two applies)."""

    __tablename__ = "referendum_limit"
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False, unique=True)
    percent: Mapped[object | None] = mapped_column(Percent)
    pounds: Mapped[object | None] = mapped_column(Money)


class PreceptDate(IdPk, Versioned, Base):
    """One date of a year's precept timetable (the panel's meeting, the notification to billing
    authorities...)."""

    __tablename__ = "precept_date"
    __table_args__ = (sa.UniqueConstraint("policing_body_id", "financial_year", "event"),)
    policing_body_id: Mapped[int] = mapped_column(sa.ForeignKey("policing_body.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    event: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    falls_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
