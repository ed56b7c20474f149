"""Decisions (in principle or executive) and numbered decision notices."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import DecisionKind
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import enum_column


class Decision(IdPk, Versioned, Marked, Base):
    __tablename__ = "decision"
    kind: Mapped[DecisionKind] = mapped_column(enum_column(DecisionKind), nullable=False)
    made_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    subject: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meeting.id"), index=True)
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forum.id"))
    office_id: Mapped[int | None] = mapped_column(sa.ForeignKey("office.id"))
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreement.id"), index=True)
    outside_meeting: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class DecisionNotice(IdPk, Versioned, Marked, Base):
    """A signed, numbered notice: `CPCC2019-007` = body CPCC, 2019, number 7.

    A notice begins as a draft (no reference, year or number, held until
    approved), is numbered, signed by an approver of its body and then
    published (`concord.services.notices`)."""

    __tablename__ = "decision_notice"
    __table_args__ = (
        sa.UniqueConstraint("policing_body_id", "year", "number"),
        sa.CheckConstraint("number > 0", name="number_positive"),
    )
    policing_body_id: Mapped[int] = mapped_column(sa.ForeignKey("policing_body.id"), nullable=False)
    # a draft has none of these until it is numbered
    reference: Mapped[str | None] = mapped_column(sa.String(40), unique=True)
    year: Mapped[int | None] = mapped_column(sa.Integer)
    number: Mapped[int | None] = mapped_column(sa.Integer)
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision.id"), index=True)
    subject: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    decision_text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    decision_maker: Mapped[str | None] = mapped_column(sa.String(200))
    contact_officer: Mapped[str | None] = mapped_column(sa.String(200))
    signed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    published_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    significant_public_interest: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)

    policing_body = relationship("PolicingBody")
    decision = relationship("Decision")
