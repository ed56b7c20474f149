"""Section 22A agreements: parties, functions, provisions, versions,
renewals and withdrawal notices."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.agreements import FollowThrough
from concord.domain.provisions import ProvisionType
from concord.domain.vocab import AgreementStatus, CostBasis, VersionKind
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import Money, Percent, enum_column


class Agreement(IdPk, Versioned, Marked, Base):
    __tablename__ = "agreement"
    __table_args__ = (
        sa.CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                           name="end_after_start"),
    )
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    alliance_id: Mapped[int | None] = mapped_column(sa.ForeignKey("alliance.id"), index=True)
    lead_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    host_force_id: Mapped[str | None] = mapped_column(sa.ForeignKey("force.id"))
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus), nullable=False, default=AgreementStatus.IN_FORCE
    )
    start_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    review_date: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    #: when the last review was carried out; it meets a review date up to a year after it
    last_reviewed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    end_date: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    #: months of the original term, for the "three plus one" rule
    original_term_months: Mapped[int | None] = mapped_column(sa.Integer)
    renewal_terms: Mapped[str | None] = mapped_column(sa.Text)
    annual_budget: Mapped[object | None] = mapped_column(Money)
    one_off_budget: Mapped[object | None] = mapped_column(Money)
    cost_basis: Mapped[CostBasis | None] = mapped_column(enum_column(CostBasis))
    notice_period_months: Mapped[int | None] = mapped_column(sa.Integer)
    #: the office or force to which withdrawal notice is given
    notice_to: Mapped[str | None] = mapped_column(sa.String(160))
    objective: Mapped[str | None] = mapped_column(sa.Text)
    #: checklist topics (domain.agreements.Topic values) the text covers
    covers: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    #: the parties are committed "for the duration of the agreement": no leaving before its end
    committed_for_duration: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False,
                                                         server_default=sa.false())
    #: the earlier agreement this one follows (an ended agreement is never revived: a later one succeeds it)
    succeeds_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreement.id"))

    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.id"
    )
    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementVersion.number"
    )
    renewals: Mapped[list[Renewal]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Renewal.id"
    )


class AgreementParty(IdPk, Versioned, Base):
    """An office that is party to an agreement, from a date, with a vote weight."""

    __tablename__ = "agreement_party"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "office_id"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, index=True)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("office.id"), nullable=False)
    joined_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    left_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    vote_weight: Mapped[object | None] = mapped_column(Percent)
    share_percent: Mapped[object | None] = mapped_column(Percent)
    #: the day this office signed the agreement (it may be in force before: Seven Force was
    #: signed in March 2016 and in force from October 2015)
    signed_on: Mapped[dt.date | None] = mapped_column(sa.Date)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    office = relationship("Office")


class AgreementFunction(IdPk, Versioned, Base):
    __tablename__ = "agreement_function"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "function_id"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False)
    function_id: Mapped[int] = mapped_column(sa.ForeignKey("function.id"), nullable=False)


class AgreementProvision(IdPk, Versioned, Base):
    """One clause and its s22A(2) provision type."""

    __tablename__ = "agreement_provision"
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, index=True)
    clause: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    provision_type: Mapped[ProvisionType] = mapped_column(enum_column(ProvisionType, length=40), nullable=False)
    summary: Mapped[str | None] = mapped_column(sa.Text)


class AgreementVersion(IdPk, Versioned, Base):
    """A version of an agreement: the original, or a variation (s23C)."""

    __tablename__ = "agreement_version"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "number"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False)
    number: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    kind: Mapped[VersionKind] = mapped_column(enum_column(VersionKind), nullable=False)
    effective_from: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    summary: Mapped[str] = mapped_column(sa.Text, nullable=False)
    #: what changed, e.g. {"end_date": ["2017-03-31", "2021-03-31"]}
    changes: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    decision_notice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision_notice.id"))

    agreement: Mapped[Agreement] = relationship(back_populates="versions")


class Renewal(IdPk, Versioned, Base):
    """A party's written renewal of an agreement (rule 1)."""

    __tablename__ = "renewal"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "office_id", "new_end_date"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, index=True)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("office.id"), nullable=False)
    renewed_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    new_end_date: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    in_writing: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    reference: Mapped[str | None] = mapped_column(sa.String(120))

    agreement: Mapped[Agreement] = relationship(back_populates="renewals")
    office = relationship("Office")


class WithdrawalNotice(IdPk, Versioned, Base):
    """Written notice of withdrawal given by a party (rule 3); one per office."""

    __tablename__ = "withdrawal_notice"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "office_id"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, index=True)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("office.id"), nullable=False)
    given_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    exit_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)


class PartyFollowThrough(IdPk, Versioned, Base):
    """One party's follow-through of an in-principle decision on a version of an
    agreement (rule 5): its executive decision, consent or written agreement,
    with the decision notice that records it."""

    __tablename__ = "party_follow_through"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "version_number", "office_id"),)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreement.id"), nullable=False, index=True)
    version_number: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("office.id"), nullable=False)
    kind: Mapped[FollowThrough] = mapped_column(enum_column(FollowThrough), nullable=False)
    given_on: Mapped[dt.date] = mapped_column(sa.Date, nullable=False)
    decision_notice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision_notice.id"))
    #: the in-principle decision (of a forum) this follows, when it is in the register
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decision.id"))

    office = relationship("Office")
