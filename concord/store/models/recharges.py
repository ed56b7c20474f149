"""Costs an alliance shares among its members, and usage recharges.

A shared cost is a programme cost of a financial year, shared by each
member's printed share of NRE (rule 6), or an annual consultancy
allowance, kept as its own figure. A fleet profile is a kind of vehicle
with its monthly rate; usage is how many vehicles of a profile a force
had on fleet in a month, invoiced monthly in arrears (rule 8). The
shares and invoices are computed, never stored.
"""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.store.base import Base, IdPk, Versioned
from concord.store.types import Money, enum_column


class CostKind(StrEnum):
    PROGRAMME = "programme"
    CONSULTANCY_ALLOWANCE = "consultancy allowance"


class SharedCost(IdPk, Versioned, Base):
    __tablename__ = "shared_cost"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "financial_year", "label"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 2016 = 2016/17
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    kind: Mapped[CostKind] = mapped_column(enum_column(CostKind), nullable=False, default=CostKind.PROGRAMME)
    amount: Mapped[object] = mapped_column(Money, nullable=False)


class FleetProfile(IdPk, Versioned, Base):
    __tablename__ = "fleet_profile"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "name"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    monthly_rate: Mapped[object] = mapped_column(Money, nullable=False)


class FleetUsage(IdPk, Versioned, Base):
    __tablename__ = "fleet_usage"
    __table_args__ = (sa.UniqueConstraint("profile_id", "force_id", "month"),)
    profile_id: Mapped[int] = mapped_column(sa.ForeignKey("fleet_profile.id"), nullable=False)
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    month: Mapped[str] = mapped_column(sa.String(7), nullable=False)  # YYYY-MM
    vehicles: Mapped[int] = mapped_column(sa.Integer, nullable=False)
