"""The capital programme of a policing body for a year: its schemes, the
sources that finance them, and the amendments that change both.

A scheme keeps its brought-forward and original budget, what has been
spent and committed, the forecast for the year and a progress note. An
amendment is proposed, then approved by a decision (a decision of the
register, or a numbered decision notice, or a reference as printed when
the register holds neither); each of its lines adds to a scheme's payments
or to a financing line. Revised budgets, balances, percentages spent and
slippage are computed (`concord.domain.capital`), never stored.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.capital import Source
from concord.domain.vocab import Unit
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import Money, enum_column


class CapitalProgramme(IdPk, Versioned, Marked, Base):
    __tablename__ = "capital_programme"
    __table_args__ = (sa.UniqueConstraint("policing_body_id", "financial_year"),)
    policing_body_id: Mapped[int] = mapped_column(sa.ForeignKey("policing_body.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 2016 = 2016/17
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    paper_id: Mapped[int | None] = mapped_column(sa.ForeignKey("paper.id"))
    #: the unit the figures were printed in: payments and financing taken from a £'000 table may
    #: differ by rounding ("figures may not cast due to roundings"), and no more
    unit: Mapped[Unit] = mapped_column(enum_column(Unit), nullable=False, default=Unit.GBP)

    schemes: Mapped[list[ProgrammeScheme]] = relationship(
        cascade="all, delete-orphan", order_by="ProgrammeScheme.position")
    financing: Mapped[list[FinancingLine]] = relationship(
        cascade="all, delete-orphan", order_by="FinancingLine.position")
    amendments: Mapped[list[CapitalAmendment]] = relationship(
        cascade="all, delete-orphan", order_by="CapitalAmendment.id")


class ProgrammeScheme(IdPk, Versioned, Base):
    """A scheme (`CP16/05`); a number may cover several lines, so a line is known by number and name."""

    __tablename__ = "programme_scheme"
    __table_args__ = (sa.UniqueConstraint("programme_id", "code", "name"),)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("capital_programme.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    code: Mapped[str | None] = mapped_column(sa.String(20))
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    category: Mapped[str | None] = mapped_column(sa.String(120))
    brought_forward: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    original: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    actual: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    commitments: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    #: the year's forecast outturn; None = on budget (nothing slips)
    forecast: Mapped[object | None] = mapped_column(Money)
    progress: Mapped[str | None] = mapped_column(sa.Text)


class FinancingLine(IdPk, Versioned, Base):
    """A source of finance as printed ("RCCO - Approved In-year by PCC"), with its kind."""

    __tablename__ = "financing_line"
    __table_args__ = (sa.UniqueConstraint("programme_id", "label"),)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("capital_programme.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    source: Mapped[Source] = mapped_column(enum_column(Source), nullable=False)
    brought_forward: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    original: Mapped[object] = mapped_column(Money, nullable=False, default=0)
    #: financing applied to date, where the paper prints it
    applied: Mapped[object | None] = mapped_column(Money)


class CapitalAmendment(IdPk, Versioned, Base):
    """A change to the programme: proposed, then approved by a decision."""

    __tablename__ = "capital_amendment"
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("capital_programme.id"), nullable=False, index=True)
    description: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    proposed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    approved: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    approved_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision.id"))
    notice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision_notice.id"))
    #: the approval as printed where the register holds no decision for it ("FEB 05/07/2016")
    approval_reference: Mapped[str | None] = mapped_column(sa.String(80))

    lines: Mapped[list[AmendmentLine]] = relationship(cascade="all, delete-orphan", order_by="AmendmentLine.id")


class AmendmentLine(IdPk, Versioned, Base):
    """What an amendment adds to one scheme's payments, or to one financing line."""

    __tablename__ = "amendment_line"
    __table_args__ = (sa.CheckConstraint("(scheme_id IS NULL) <> (financing_id IS NULL)", name="scheme_or_financing"),)
    amendment_id: Mapped[int] = mapped_column(sa.ForeignKey("capital_amendment.id"), nullable=False, index=True)
    scheme_id: Mapped[int | None] = mapped_column(sa.ForeignKey("programme_scheme.id"))
    financing_id: Mapped[int | None] = mapped_column(sa.ForeignKey("financing_line.id"))
    amount: Mapped[object] = mapped_column(Money, nullable=False)
