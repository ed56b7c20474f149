"""Source papers kept by content (SHA-256) and the review queue of
records that ingestion proposes from them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from concord.domain.vocab import ReviewState
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

    revision: Mapped[DocumentRevision] = relationship()
