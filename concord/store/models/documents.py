"""Source papers kept by content (SHA-256) and the review queue of
records that ingestion proposes from them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import JobStatus, ReviewState
from concord.store.base import Base, IdPk, Marked, Versioned
from concord.store.types import enum_column


class SourceDocument(IdPk, Versioned, Base):
    """A paper as a user knows it (by name); its contents are revisions."""

    __tablename__ = "source_document"
    name: Mapped[str] = mapped_column(sa.String(300), nullable=False, unique=True)
    kind: Mapped[str | None] = mapped_column(sa.String(30))
    title: Mapped[str | None] = mapped_column(sa.String(300))
    date: Mapped[dt.date | None] = mapped_column(sa.Date)

    revisions: Mapped[list[DocumentRevision]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentRevision.number"
    )


class DocumentRevision(IdPk, Marked, Base):
    """One exact content of a document, addressed by its SHA-256.

    Its text carries the protective marking printed on it (the strictest
    one the paper bears, its legacy wording verbatim, held until approved
    when it says so) and the organisation that stored it: search shows a
    marked text only to those with rights over it.
    """

    __tablename__ = "document_revision"
    __table_args__ = (sa.UniqueConstraint("document_id", "number"),)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("source_document.id"), nullable=False)
    number: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    media_type: Mapped[str | None] = mapped_column(sa.String(100))
    size: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False, deferred=True)
    text: Mapped[str | None] = mapped_column(sa.Text, deferred=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)

    document: Mapped[SourceDocument] = relationship(back_populates="revisions")


class ReviewItem(IdPk, Versioned, Base):
    """A record proposed by ingestion, waiting for a person to accept,
    correct or reject it. Accepted items point at the record they made."""

    __tablename__ = "review_item"
    __table_args__ = (sa.Index("ix_review_item_state", "state"),)
    revision_id: Mapped[int] = mapped_column(sa.ForeignKey("document_revision.id"), nullable=False)
    record_type: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    payload: Mapped[dict] = mapped_column(sa.JSON, nullable=False)
    provenance: Mapped[dict | None] = mapped_column(sa.JSON)
    confidence: Mapped[float | None] = mapped_column(sa.Float)
    state: Mapped[ReviewState] = mapped_column(
        enum_column(ReviewState), nullable=False, default=ReviewState.PENDING
    )
    decided_by: Mapped[str | None] = mapped_column(sa.String(120))
    decided_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))
    entity: Mapped[str | None] = mapped_column(sa.String(60))
    entity_id: Mapped[str | None] = mapped_column(sa.String(60))
    #: field → what a person decided about it in review (accepted, corrected, rejected), the value
    #: first proposed, who and when; the payload holds the values as decided
    field_decisions: Mapped[dict | None] = mapped_column(sa.JSON)

    revision: Mapped[DocumentRevision] = relationship()


class IngestJob(IdPk, Base):
    """One uploaded paper, read in the background (`concord.services.ingest_jobs`).

    The upload's bytes wait here until a worker claims the job; a worker
    that is running it renews `heartbeat_at`, and a job whose heartbeat
    is older than the lease (its worker died) is claimed again, a few
    times at most. Operational state, not the register: not audited (the
    paper it stores is).
    """

    __tablename__ = "ingest_job"
    __audit__ = False
    __table_args__ = (sa.Index("ix_ingest_job_status", "status"), sa.Index("ix_ingest_job_batch", "batch"))
    #: the files sent in one upload share a batch, and one progress page
    batch: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    size: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    status: Mapped[JobStatus] = mapped_column(enum_column(JobStatus), nullable=False, default=JobStatus.QUEUED)
    #: 0 to 100, and what is being done now, in words
    progress: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    stage: Mapped[str | None] = mapped_column(sa.String(200))
    errors: Mapped[list | None] = mapped_column(sa.JSON)
    outcome: Mapped[str | None] = mapped_column(sa.String(40))
    attempts: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    #: who runs it now (a random token per claim): only that claim may report on it
    claim: Mapped[str | None] = mapped_column(sa.String(32))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), nullable=False)
    owner_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisation.id"))
    revision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document_revision.id"))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), nullable=False)
    started_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))
    #: the upload's bytes until the paper is stored (then emptied: the revision keeps them)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False, deferred=True)
