"""Financial tables: revenue budget lines, capital schemes, MTFP lines.

Figures are stored exactly as printed (in pounds); a row marked
`is_total` keeps its printed total so that `concord check` can say when
it does not cast (rule 9). Derived figures (variances, revised budgets)
are computed by `concord.domain.budget`, never stored twice.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import TableKind, Unit
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import Money, Percent, enum_column


class FinancialTable(IdPk, Versioned, Marked, Base):
    __tablename__ = "financial_table"
    __table_args__ = (sa.Index("ix_financial_table_month", "financial_year", "period"),)
    policing_body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("policing_body.id"))
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))
    kind: Mapped[TableKind] = mapped_column(enum_column(TableKind), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    financial_year: Mapped[int | None] = mapped_column(sa.Integer)  # 2016 = 2016/17
    period: Mapped[int | None] = mapped_column(sa.Integer)  # month 1-12 of the year
    unit: Mapped[Unit] = mapped_column(enum_column(Unit), nullable=False, default=Unit.GBP)
    paper_id: Mapped[int | None] = mapped_column(sa.ForeignKey("paper.id"))
    #: derived when lines are written (store.casting): None = no printed totals,
    #: True = every total casts (or is within rounding), False = see cast_problems
    casts: Mapped[bool | None] = mapped_column(sa.Boolean, index=True)
    cast_problems: Mapped[list | None] = mapped_column(sa.JSON)
    #: a body's revenue monitoring statement for the month `period` of `financial_year`:
    #: its lines carry their group in `section` (`concord.domain.monitoring.BudgetGroup`)
    monitoring: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False,
                                             server_default=sa.false())

    lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", order_by="BudgetLine.position"
    )
    schemes: Mapped[list[CapitalScheme]] = relationship(
        cascade="all, delete-orphan", order_by="CapitalScheme.position"
    )
    mtfp: Mapped[list[MtfpLine]] = relationship(
        cascade="all, delete-orphan", order_by="MtfpLine.position"
    )


class BudgetLine(IdPk, Versioned, Base):
    """A revenue budget line, or a printed total of the lines above it."""

    __tablename__ = "budget_line"
    __table_args__ = (sa.Index("ix_budget_line_table_total", "table_id", "is_total"),)
    table_id: Mapped[int] = mapped_column(sa.ForeignKey("financial_table.id"), nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    #: a printed section; a total row with a section adds up that section only,
    #: a total row without one adds up every line of the table
    section: Mapped[str | None] = mapped_column(sa.String(120))
    is_total: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    full_year_budget: Mapped[object | None] = mapped_column(Money)
    ytd_budget: Mapped[object | None] = mapped_column(Money)
    actual: Mapped[object | None] = mapped_column(Money)
    forecast: Mapped[object | None] = mapped_column(Money)
    #: the heading a line sits under within its group, as printed (a portfolio: "Joint Protective Services")
    heading: Mapped[str | None] = mapped_column(sa.String(120))
    #: the collaborated function and the agreement a collaboration line pays for
    function_id: Mapped[int | None] = mapped_column(sa.ForeignKey("function.id"))
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreement.id"))


class CapitalScheme(IdPk, Versioned, Base):
    """A capital scheme line (`CP16/05`) or a printed total of schemes."""

    __tablename__ = "capital_scheme"
    table_id: Mapped[int] = mapped_column(sa.ForeignKey("financial_table.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    code: Mapped[str | None] = mapped_column(sa.String(20))
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    section: Mapped[str | None] = mapped_column(sa.String(120))
    is_total: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    brought_forward: Mapped[object | None] = mapped_column(Money)
    original: Mapped[object | None] = mapped_column(Money)
    amendments: Mapped[object | None] = mapped_column(Money)
    actual: Mapped[object | None] = mapped_column(Money)
    commitments: Mapped[object | None] = mapped_column(Money)


class MtfpLine(IdPk, Versioned, Base):
    """One figure of a Medium Term Financial Plan table: a row label and year."""

    __tablename__ = "mtfp_line"
    __table_args__ = (sa.UniqueConstraint("table_id", "label", "financial_year"),)
    table_id: Mapped[int] = mapped_column(sa.ForeignKey("financial_table.id"), nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    amount: Mapped[object | None] = mapped_column(Money)
    is_total: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class MtfpScenario(IdPk, Versioned, Marked, Base):
    """A Medium Term Financial Plan scenario of a policing body: its base year's budget.

    The years after the base come from its assumptions (`MtfpAssumption`);
    the projection itself is computed (`concord.domain.mtfp`), never stored.
    """

    __tablename__ = "mtfp_scenario"
    __table_args__ = (sa.UniqueConstraint("policing_body_id", "name"),)
    policing_body_id: Mapped[int] = mapped_column(sa.ForeignKey("policing_body.id"), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    base_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 2016 = 2016/17
    officer_pay: Mapped[object] = mapped_column(Money, nullable=False)
    staff_pay: Mapped[object] = mapped_column(Money, nullable=False)
    energy: Mapped[object] = mapped_column(Money, nullable=False)
    other_costs: Mapped[object] = mapped_column(Money, nullable=False)
    grant: Mapped[object] = mapped_column(Money, nullable=False)
    #: Band D equivalent properties (a count with a fraction), kept exactly
    tax_base: Mapped[object] = mapped_column(Percent, nullable=False)
    band_d: Mapped[object] = mapped_column(Money, nullable=False)
    other_financing: Mapped[object] = mapped_column(Money, nullable=False, default=0)

    assumptions: Mapped[list[MtfpAssumption]] = relationship(
        cascade="all, delete-orphan", order_by="MtfpAssumption.financial_year"
    )


class MtfpAssumption(IdPk, Versioned, Base):
    """One year's assumptions of a scenario, each a percentage as printed (1.99 is 1.99 %), and the
    savings planned for that year."""

    __tablename__ = "mtfp_assumption"
    __table_args__ = (sa.UniqueConstraint("scenario_id", "financial_year"),)
    scenario_id: Mapped[int] = mapped_column(sa.ForeignKey("mtfp_scenario.id"), nullable=False)
    financial_year: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    officer_pay_award: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    staff_pay_award: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    increments: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    general_inflation: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    energy_inflation: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    grant_change: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    tax_base_growth: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    band_d_increase: Mapped[object] = mapped_column(Percent, nullable=False, default=0)
    savings: Mapped[object] = mapped_column(Money, nullable=False, default=0)
