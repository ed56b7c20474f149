"""Savings and benefits of collaboration, and what collaboration costs.

The one register of savings: a project's savings (`concord project saving`)
and the savings of an alliance's collaboration (`concord savings add`) are
rows of this one table. A saving is predicted and then delivered, for a
force (or the alliance as a whole), for a project or a collaborated function, over a financial year
or a run of years as the papers state it ("2017/18-2019/20"). It says
whether it is cashable, who owns it, its baseline, measure, target and due
date. The spend on collaboration is kept per force per year beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.store.base import Base, IdPk, Versioned
from concord.store.types import Money

if TYPE_CHECKING:
    from concord.store.models.projects import Project


class SavingsLine(IdPk, Versioned, Base):
    __tablename__ = "savings_line"
    __table_args__ = (sa.CheckConstraint("alliance_id IS NOT NULL OR project_id IS NOT NULL",
                                         name="alliance_or_project"),)
    #: None only for a saving of a project that belongs to no alliance
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("project.id"), index=True)
    function_id: Mapped[int | None] = mapped_column(sa.ForeignKey("function.id"))
    #: None = the alliance as a whole, not one force
    force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    period: Mapped[str] = mapped_column(sa.String(40), nullable=False)  # "2017/18" or "2017/18-2019/20"
    description: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    cashable: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    owner: Mapped[str | None] = mapped_column(sa.String(200))
    measure: Mapped[str | None] = mapped_column(sa.String(300))
    baseline: Mapped[object | None] = mapped_column(Money)
    target: Mapped[object | None] = mapped_column(Money)
    due_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    predicted: Mapped[object | None] = mapped_column(Money)
    delivered: Mapped[object | None] = mapped_column(Money)

    project: Mapped[Project | None] = relationship(back_populates="savings")


class CollaborationSpend(IdPk, Versioned, Base):
    """What a force spent on an alliance's collaboration in a financial year."""

    __tablename__ = "collaboration_spend"
    __table_args__ = (sa.UniqueConstraint("alliance_id", "force_id", "financial_year"),)
    alliance_id: Mapped[int] = mapped_column(sa.ForeignKey("alliance.id"), nullable=False)
    force_id: Mapped[str] = mapped_column(sa.ForeignKey("force.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 2017 = 2017/18
    amount: Mapped[object] = mapped_column(Money, nullable=False)
    note: Mapped[str | None] = mapped_column(sa.String(300))
