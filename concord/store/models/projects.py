"""Business cases, gateway reviews, projects, phases, benefits and risks (a project's savings are
in the savings register, `concord.store.models.savings`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.business_cases import DeliveryConfidence, Stage
from concord.domain.projects import RAG
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import Money, enum_column

if TYPE_CHECKING:
    from concord.store.models.savings import SavingsLine


class Project(IdPk, Versioned, Marked, Base):
    __tablename__ = "project"
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))
    function_id: Mapped[int | None] = mapped_column(sa.ForeignKey("function.id"))
    lead_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    senior_responsible_owner: Mapped[str | None] = mapped_column(sa.String(200))
    rag: Mapped[RAG | None] = mapped_column(enum_column(RAG))
    status: Mapped[str | None] = mapped_column(sa.String(200))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    post_implementation_review_on: Mapped[dt.date | None] = mapped_column(sa.Date)

    phases: Mapped[list[ProjectPhase]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectPhase.position"
    )
    #: the project's savings, held in the one savings register (`concord.store.models.savings`)
    savings: Mapped[list[SavingsLine]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="SavingsLine.id"
    )


class ProjectPhase(IdPk, Versioned, Base):
    __tablename__ = "project_phase"
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("project.id"), nullable=False)
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    planned_start: Mapped[dt.date | None] = mapped_column(sa.Date)
    planned_end: Mapped[dt.date | None] = mapped_column(sa.Date)
    actual_start: Mapped[dt.date | None] = mapped_column(sa.Date)
    actual_end: Mapped[dt.date | None] = mapped_column(sa.Date)
    rag: Mapped[RAG | None] = mapped_column(enum_column(RAG))

    project: Mapped[Project] = relationship(back_populates="phases")


class BusinessCase(IdPk, Versioned, Marked, Base):
    """A business case moving SOBC → OBC → FBC (HM Treasury Five Case Model)."""

    __tablename__ = "business_case"
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("project.id"))
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), nullable=False)

    stages: Mapped[list[BusinessCaseStage]] = relationship(
        cascade="all, delete-orphan", order_by="BusinessCaseStage.id"
    )
    reviews: Mapped[list[GatewayReview]] = relationship(
        cascade="all, delete-orphan", order_by="GatewayReview.gate"
    )


class BusinessCaseStage(IdPk, Versioned, Base):
    """The approval of one stage of a business case by a forum."""

    __tablename__ = "business_case_stage"
    business_case_id: Mapped[int] = mapped_column(sa.ForeignKey("business_case.id"), nullable=False)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), nullable=False)
    approved_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forum.id"))
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision.id"))


class GatewayReview(IdPk, Versioned, Base):
    __tablename__ = "gateway_review"
    __table_args__ = (sa.UniqueConstraint("business_case_id", "gate"),)
    business_case_id: Mapped[int] = mapped_column(sa.ForeignKey("business_case.id"), nullable=False)
    gate: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    held_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    rating: Mapped[DeliveryConfidence | None] = mapped_column(enum_column(DeliveryConfidence))


class Benefit(IdPk, Versioned, Base):
    """A benefit at project, programme (alliance) or portfolio level."""

    __tablename__ = "benefit"
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("project.id"))
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))
    portfolio_id: Mapped[int | None] = mapped_column(sa.ForeignKey("portfolio.id"))
    description: Mapped[str] = mapped_column(sa.Text, nullable=False)
    measure: Mapped[str | None] = mapped_column(sa.String(300))
    owner: Mapped[str | None] = mapped_column(sa.String(200))
    target: Mapped[object | None] = mapped_column(Money)
    realised: Mapped[object | None] = mapped_column(Money)


class Risk(IdPk, Versioned, Marked, Base):
    __tablename__ = "risk"
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("project.id"))
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))
    portfolio_id: Mapped[int | None] = mapped_column(sa.ForeignKey("portfolio.id"))
    description: Mapped[str] = mapped_column(sa.Text, nullable=False)
    likelihood: Mapped[int | None] = mapped_column(sa.Integer)  # 1-5
    impact: Mapped[int | None] = mapped_column(sa.Integer)      # 1-5
    owner: Mapped[str | None] = mapped_column(sa.String(200))
    mitigation: Mapped[str | None] = mapped_column(sa.Text)
    open: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
