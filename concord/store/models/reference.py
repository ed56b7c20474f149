"""Forces, their net revenue expenditure, policing bodies, offices and people."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import OfficeKind
from concord.store.base import Base, IdPk, Versioned
from concord.store.types import Money, enum_column


class Force(Versioned, Base):
    """A police force, keyed by its data.police.uk id."""

    __tablename__ = "force"
    id: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    short_name: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    territorial: Mapped[bool] = mapped_column(sa.Boolean, nullable=False)
    country: Mapped[str] = mapped_column(sa.String(20), nullable=False)

    nres: Mapped[list[NetRevenueExpenditure]] = relationship(back_populates="force")


class NetRevenueExpenditure(IdPk, Versioned, Base):
    """A force's NRE for one financial year (`2016/17` is stored as 2016)."""

    __tablename__ = "net_revenue_expenditure"
    __table_args__ = (sa.UniqueConstraint("force_id", "financial_year"),)
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    amount: Mapped[object] = mapped_column(Money, nullable=False)
    is_estimate: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(sa.Text)

    force: Mapped[Force] = relationship(back_populates="nres")


class PolicingBody(IdPk, Versioned, Base):
    """The PCC (or mayor, or police authority) that maintains a force."""

    __tablename__ = "policing_body"
    slug: Mapped[str] = mapped_column(sa.String(60), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    kind: Mapped[str] = mapped_column(sa.String(30), nullable=False)  # pcc, pfcc, mayor, police-authority
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    #: prefix of its decision notice numbers, e.g. CPCC
    notice_prefix: Mapped[str | None] = mapped_column(sa.String(20), unique=True)


class Office(IdPk, Versioned, Base):
    """A corporation sole: 'The Chief Constable of X' or 'The PCC for X'.

    Parties to agreements are offices, never people.
    """

    __tablename__ = "office"
    __table_args__ = (sa.UniqueConstraint("kind", "force_id"),)
    kind: Mapped[OfficeKind] = mapped_column(enum_column(OfficeKind), nullable=False)
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(160), nullable=False)

    force: Mapped[Force] = relationship()


class Person(IdPk, Versioned, Base):
    """Someone who attends, owns actions or signs; named as printed."""

    __tablename__ = "person"
    name: Mapped[str] = mapped_column(sa.String(120), nullable=False, unique=True)
    role: Mapped[str | None] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(200))
