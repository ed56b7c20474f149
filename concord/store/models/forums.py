"""Forums and their terms of reference and members."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import ForumKind
from concord.domain.votes import Basis
from concord.store.base import Base, IdPk, Versioned
from concord.store.types import Percent, enum_column


class Forum(IdPk, Versioned, Base):
    """A board or meeting body (BCB, Alliance Summit, Oversight Group...)."""

    __tablename__ = "forum"
    slug: Mapped[str] = mapped_column(sa.String(60), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    kind: Mapped[ForumKind] = mapped_column(enum_column(ForumKind), nullable=False)
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"))
    policing_body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("policing_body.id"))
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreement.id"))
    public: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    #: decides only "in principle", referring decisions to each party
    in_principle_only: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    #: clear working days' notice for business needing an in-principle decision (rule 4), where the
    #: forum's terms of reference set such a rule; None where they set none
    notice_clear_days: Mapped[int | None] = mapped_column(sa.Integer)
    #: the rule for carrying a motion: more than half of all the voting weight, of the weight present,
    #: or of the weight cast (rule 7)
    vote_basis: Mapped[Basis] = mapped_column(enum_column(Basis, length=10), nullable=False,
                                              default=Basis.ALL, server_default=Basis.ALL.value)

    terms: Mapped[list[TermsOfReference]] = relationship(
        back_populates="forum", cascade="all, delete-orphan", order_by="TermsOfReference.adopted_on"
    )
    memberships: Mapped[list[ForumMembership]] = relationship(
        back_populates="forum", cascade="all, delete-orphan", order_by="ForumMembership.id"
    )


class TermsOfReference(IdPk, Versioned, Base):
    __tablename__ = "terms_of_reference"
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forum.id"), nullable=False)
    adopted_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    purpose: Mapped[str] = mapped_column(sa.Text, nullable=False)
    frequency: Mapped[str | None] = mapped_column(sa.String(120))
    chair: Mapped[str | None] = mapped_column(sa.String(200))
    chair_rotation: Mapped[str | None] = mapped_column(sa.String(200))
    quorum: Mapped[str | None] = mapped_column(sa.String(200))
    voting: Mapped[str | None] = mapped_column(sa.Text)
    secretariat: Mapped[str | None] = mapped_column(sa.String(200))

    forum: Mapped[Forum] = relationship(back_populates="terms")


class ForumMembership(IdPk, Versioned, Base):
    """A seat on a forum: an office (voting) or a named role."""

    __tablename__ = "forum_membership"
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forum.id"), nullable=False)
    office_id: Mapped[int | None] = mapped_column(sa.ForeignKey("office.id"))
    role: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    voting: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    vote_weight: Mapped[object | None] = mapped_column(Percent)
    from_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    to_date: Mapped[dt.date | None] = mapped_column(sa.Date)

    forum: Mapped[Forum] = relationship(back_populates="memberships")
