"""Ingested papers into the register: documents kept by SHA-256, proposed
records queued for review, accepted records linked to their source.

Each document is stored in its own transaction, so a batch killed half
way and run again ends in the same database as one clean run: a
revision whose SHA-256 is already stored is skipped, whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.domain.vocab import ReviewState
from concord.services import accept as acceptance
from concord.store.db import Store
from concord.store.models import DocumentRevision, ReviewItem, SourceDocument

#: record lists of the extraction format and the record type each holds
RECORD_TYPES = {
    "decision_notices": "decision_notice",
    "reports": "report",
    "meetings": "meeting",
    "actions": "action",
    "agreements": "agreement",
    "projects": "project",
    "tables": "table",
}


@dataclass
class StoreSummary:
    new_documents: int = 0
    new_revisions: int = 0
    unchanged: int = 0
    queued: int = 0
    accepted: int = 0
    refused: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"{self.new_documents} new documents", f"{self.new_revisions} new revisions of known documents",
                 f"{self.unchanged} unchanged (already stored)", f"{self.queued} records queued for review"]
        if self.accepted:
            parts.append(f"{self.accepted} accepted into the register")
        text = "Ingested: " + ", ".join(parts)
        if self.refused:
            text += f"\n{len(self.refused)} records could not be accepted and stay in the queue:\n  " + \
                    "\n  ".join(self.refused)
        return text


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_result(store: Store, result: Any, files: list[Path], auto_accept: bool = False,
                 progress=None) -> StoreSummary:  # noqa: ANN001
    """Store what `concord.ingest.pipeline.run(..., keep_text=True)` found in `files`."""
    by_sha = {sha256_of(p): p for p in files}
    data = result.as_json()
    texts = {d["sha256"]: d.get("_text") for d in result.records.get("documents", [])}
    records_of: dict[str, list[tuple[str, dict]]] = {}
    for key, rtype in RECORD_TYPES.items():
        for rec in data.get(key, []):
            records_of.setdefault(rec.get("source"), []).append((rtype, rec))
    summary = StoreSummary()
    for doc in data["documents"]:
        path = by_sha.get(doc["sha256"])
        if path is None:
            continue
        with store.transaction() as s:
            revision = _revision(s, doc, path, summary, texts.get(doc["sha256"]))
            if revision is None:
                summary.unchanged += 1
            else:
                for rtype, rec in records_of.get(doc["source"], []):
                    item = ReviewItem(revision=revision, record_type=rtype, payload=_payload(rec),
                                      provenance=rec.get("_provenance"), confidence=rec.get("confidence"))
                    s.add(item)
                    summary.queued += 1
        if progress:
            progress(1, doc["source"])
    if auto_accept:
        summary.accepted, summary.refused = accept_all(store)
    return summary


def _payload(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if not k.startswith("_") and k != "confidence"}


def _revision(s, doc: dict, path: Path, summary: StoreSummary,  # noqa: ANN001
              text: str | None = None) -> DocumentRevision | None:
    if s.scalar(sa.select(DocumentRevision.id).where(DocumentRevision.sha256 == doc["sha256"])):
        return None
    document = s.scalar(sa.select(SourceDocument).where(SourceDocument.name == doc["source"]))
    if document is None:
        document = SourceDocument(name=doc["source"])
        s.add(document)
        summary.new_documents += 1
        number = 1
    else:
        number = 1 + (s.scalar(sa.select(sa.func.max(DocumentRevision.number))
                               .where(DocumentRevision.document_id == document.id)) or 0)
        summary.new_revisions += 1
    document.kind = doc.get("kind")
    document.title = (doc.get("title") or "")[:300] or None
    document.date = _date(doc.get("date"))
    content = path.read_bytes()
    revision = DocumentRevision(document=document, number=number, sha256=doc["sha256"],
                                media_type=doc.get("media_type") or mimetypes.guess_type(path.name)[0],
                                size=len(content), content=content, text=text,
                                ingested_at=dt.datetime.now(dt.timezone.utc))
    s.add(revision)
    s.flush()
    return revision


def _date(value: Any) -> dt.date | None:
    if not value or len(str(value)) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- the review queue ----------------------------------------------------------

def pending(store: Store, record_type: str | None = None, limit: int = 200) -> list[ReviewItem]:
    with store.reading() as s:
        q = sa.select(ReviewItem).where(ReviewItem.state == ReviewState.PENDING).order_by(ReviewItem.id)
        if record_type:
            q = q.where(ReviewItem.record_type == record_type)
        items = s.scalars(q.limit(limit)).all()
        for item in items:
            _ = item.revision.document.name  # load for display after the session closes
        return items


def get(store: Store, item_id: int) -> ReviewItem:
    with store.reading() as s:
        item = s.get(ReviewItem, item_id)
        if item is None:
            raise DomainError("review item", item_id, "does not exist")
        _ = item.revision.document.name
        return item


@dataclass
class Excerpt:
    """Where a proposed value stands in its paper: the words before, the span, the words after."""

    field: str
    page: int | None
    before: str
    span: str
    after: str


def excerpts(store: Store, item: ReviewItem, context: int = 60) -> list[Excerpt]:
    """The source text behind each field of a proposed record, from the stored paper."""
    fields = (item.provenance or {}).get("fields") or {}
    if not fields:
        return []
    with store.reading() as s:
        text = s.scalar(sa.select(DocumentRevision.text).where(DocumentRevision.id == item.revision_id)) or ""
    out = []
    for name, where in fields.items():
        if not isinstance(where, dict) or where.get("start") is None or where.get("end") is None:
            continue
        start, end = int(where["start"]), int(where["end"])
        if not (0 <= start <= end <= len(text)):
            continue
        flat = lambda t: " ".join(t.split())  # noqa: E731
        span = flat(text[start:end])
        if len(span) > 4 * context:
            span = span[:2 * context] + " … " + span[-context:]
        out.append(Excerpt(name, where.get("page"), flat(text[max(0, start - context):start])[-context:],
                           span, flat(text[end:end + context])[:context]))
    return out


def decide(store: Store, item_id: int, accept: bool, corrections: dict[str, Any] | None = None,
           expected_version: int | None = None) -> ReviewItem:
    """Accept (with any corrections) or reject one proposed record, in one transaction."""
    with store.transaction() as s:
        item = s.get(ReviewItem, item_id)
        if item is None:
            raise DomainError("review item", item_id, "does not exist")
        if expected_version is not None and item.version != expected_version:
            from concord.domain.errors import ConflictError

            raise ConflictError("review item", item_id)
        if item.state != ReviewState.PENDING:
            raise DomainError("review item", item_id, f"was already {item.state.value}")
        if corrections:
            item.payload = {**item.payload, **corrections}
        if accept:
            entity, entity_id = acceptance.accept(s, item.record_type, item.payload, item.revision_id)
            item.entity, item.entity_id = entity, str(entity_id)
        item.state = ReviewState.ACCEPTED if accept else ReviewState.REJECTED
        item.decided_by = s.info.get("actor")
        item.decided_at = dt.datetime.now(dt.timezone.utc)
    return item


def accept_all(store: Store) -> tuple[int, list[str]]:
    """Accept every pending item in queue order (meetings before their actions)."""
    order = {t: i for i, t in enumerate(acceptance.ORDER)}
    with store.reading() as s:
        items = s.execute(sa.select(ReviewItem.id, ReviewItem.record_type)
                          .where(ReviewItem.state == ReviewState.PENDING)).all()
    accepted, refused = 0, []
    for item_id, rtype in sorted(items, key=lambda r: (order.get(r[1], 99), r[0])):
        try:
            decide(store, item_id, accept=True)
            accepted += 1
        except DomainError as exc:
            refused.append(f"#{item_id} {rtype}: {exc}")
    return accepted, refused


def search(store: Store, words: str, limit: int = 20) -> list[tuple[str, int, str]]:
    """Stored documents whose text or title holds every word: (name, revision, title)."""
    terms = [w for w in words.split() if w]
    if not terms:
        raise DomainError("words", words, "is empty: give at least one word to search for")
    with store.reading() as s:
        q = (sa.select(SourceDocument.name, DocumentRevision.number, SourceDocument.title)
             .join(DocumentRevision, DocumentRevision.document_id == SourceDocument.id))
        for t in terms:
            like = f"%{t.lower()}%"
            q = q.where(sa.or_(sa.func.lower(DocumentRevision.text).like(like),
                               sa.func.lower(SourceDocument.title).like(like)))
        return [tuple(r) for r in s.execute(q.order_by(SourceDocument.name, DocumentRevision.number).limit(limit))]
