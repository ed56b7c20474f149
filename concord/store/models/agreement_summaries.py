"""The published summary of an agreement (rule 15): what is published in place of
an agreement whose full text would reveal tactics (one marked above OFFICIAL)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.store.base import Base, IdPk, Marked, Versioned


class AgreementSummary(IdPk, Versioned, Marked, Base):
    """Its own record with its own marking: it is published once an approver approves
    it (held until approved by default), and never while marked above OFFICIAL."""

    __tablename__ = "agreement_summary"
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    objective: Mapped[str | None] = mapped_column(sa.Text)
    scope: Mapped[str | None] = mapped_column(sa.Text)
    term: Mapped[str | None] = mapped_column(sa.Text)
    termination: Mapped[str | None] = mapped_column(sa.Text)
    direction_and_control: Mapped[str | None] = mapped_column(sa.Text)
    governance: Mapped[str | None] = mapped_column(sa.Text)
    held_until_approved: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
