"""Ingested papers into the register: documents kept by SHA-256, proposed
records queued for review, accepted records linked to their source.

Each document is stored in its own unit of work, so a batch killed half
way and run again ends in the same database as one clean run: a
revision whose SHA-256 is already stored is skipped, whole. Several
processes may store the same folder at once: a paper another process
stored first is skipped, not fatal (`store_each`).

A stored text keeps the protective marking its paper prints (rule 18),
and so does every record proposed from it; the review queue and search
show a marked text only to those with rights over it (`published`).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import ConflictError, DomainError
from concord.domain.vocab import ReviewState
from concord.ingest.marking import PrintedMarking, marking_of, strictest
from concord.services import accept as acceptance
from concord.services import review_fields
from concord.services.context import Context
from concord.services.visibility import visible_revisions
from concord.store import models as m
from concord.store.base import table_of

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


@dataclass(frozen=True)
class StoredDocument:
    """What storing one read paper did."""

    source: str
    #: new document | new revision | unchanged | stored by another process
    outcome: str
    queued: int = 0
    marking: str = "OFFICIAL"
    legacy_marking: str | None = None
    held_until_approved: bool = False


@dataclass(frozen=True)
class ReviewItemView:
    id: int
    record_type: str
    state: str
    confidence: float | None
    payload: Mapping[str, Any]
    provenance: Mapping[str, Any] | None
    document: str
    revision: int
    marking: str
    version: int
    entity: str | None = None
    entity_id: str | None = None


@dataclass(frozen=True)
class Excerpt:
    """Where a proposed value stands in its paper: the words before, the span, the words after."""

    field: str
    page: int | None
    before: str
    span: str
    after: str


# --- storing ---------------------------------------------------------------------

def records_in(found: Mapping[str, list[dict]]) -> list[tuple[str, dict]]:
    """The proposed records of one read file, with their record types."""
    return [(rtype, rec) for key, rtype in RECORD_TYPES.items() for rec in found.get(key, [])]


def owner_for(ctx: Context, owner: str | None = None) -> str | None:
    """The organisation papers are stored for: the one named, or the only one the actor adds papers for."""
    if not owner and not ctx.actor.system:
        mine = sorted(org for org in ctx.actor.organisations if ctx.actor.can(Permission.INGEST_RUN, org))
        if len(mine) > 1:
            raise DomainError("--owner", None, "is required: you add papers for " + ", ".join(mine)
                              + "; say whose these are")
        owner = mine[0] if mine else None
    ctx.require(Permission.INGEST_RUN, organisation=owner)  # refused before a single paper is read
    return owner


def store_document(ctx: Context, doc: Mapping[str, Any], path: Path, records: Sequence[tuple[str, dict]],
                   text: str | None = None, owner: str | None = None) -> StoredDocument:
    """Store one read paper (its bytes, text and marking) and queue the records proposed from it."""
    ctx.require(Permission.INGEST_RUN, organisation=owner)
    s = ctx.session
    source = doc["source"]
    if s.scalar(sa.select(m.DocumentRevision.id).where(m.DocumentRevision.sha256 == doc["sha256"])):
        return StoredDocument(source, "unchanged")
    owner_id = None
    if owner:
        owner_id = s.scalar(sa.select(m.Organisation.id).where(m.Organisation.slug == owner))
        if owner_id is None:
            raise DomainError("--owner", owner, "is not an organisation of the register (see `concord user list`)")
    size = _check_content(path, doc["sha256"])
    printed = marking_of(doc.get("marking"), bool(doc.get("held_until_approved")))
    document = s.scalar(sa.select(m.SourceDocument).where(m.SourceDocument.name == source))
    outcome, number = "new revision", 1
    if document is None:
        document = m.SourceDocument(name=source[:300])
        s.add(document)
        outcome = "new document"
    else:
        number += s.scalar(sa.select(sa.func.max(m.DocumentRevision.number))
                           .where(m.DocumentRevision.document_id == document.id)) or 0
    document.kind = doc.get("kind")
    document.title = (doc.get("title") or "")[:300] or None
    document.date = _date(doc.get("date"))
    revision = m.DocumentRevision(document=document, number=number, sha256=doc["sha256"],
                                  media_type=doc.get("media_type") or mimetypes.guess_type(path.name)[0],
                                  size=size, content=b"", text=text,
                                  ingested_at=dt.datetime.now(dt.timezone.utc), marking=printed.marking,
                                  legacy_marking=printed.legacy, held_until_approved=printed.held_until_approved,
                                  owner_id=owner_id)
    s.add(revision)
    s.flush()
    _write_content(s, revision, path)
    for rtype, rec in records:
        s.add(m.ReviewItem(revision_id=revision.id, record_type=rtype, payload=_payload(rec, printed),
                           provenance=rec.get("_provenance"), confidence=_confidence(rec.get("confidence"))))
    s.flush()
    return StoredDocument(source, outcome, len(records), printed.marking.value, printed.legacy,
                          printed.held_until_approved)


def is_stored(ctx: Context, sha256: str) -> bool:
    ctx.require(Permission.INGEST_RUN)
    return ctx.session.scalar(sa.select(m.DocumentRevision.id).where(m.DocumentRevision.sha256 == sha256)) is not None


def store_each(units: Callable[[], AbstractContextManager[Context]], doc: Mapping[str, Any], path: Path,
               records: Sequence[tuple[str, dict]], text: str | None, owner: str | None,
               attempts: int = 4) -> StoredDocument:
    """`store_document` in a unit of work of its own, for a batch that others may be storing too.

    A unique clash or a busy database means another process got there
    first: once it has stored the paper, this one is skipped; otherwise
    it is tried again, a few times, before the clash is reported.
    """
    for attempt in range(1, attempts + 1):
        try:
            with units() as ctx:
                return store_document(ctx, doc, path, records, text, owner)
        except (DomainError, ConflictError, sa.exc.OperationalError) as exc:
            if isinstance(exc, DomainError) and exc.field in ("--owner", "file"):
                raise
            with units() as ctx:
                if is_stored(ctx, doc["sha256"]):
                    return StoredDocument(doc["source"], "stored by another process")
            if attempt == attempts:
                raise DomainError(doc["source"], None, f"could not be stored ({exc})") from None
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


_CHUNK = 1 << 20


def _check_content(path: Path, sha256: str) -> int:
    """The size of the file, once its bytes are checked to be those that were read."""
    import hashlib

    from concord.ingest.readers import open_regular

    h, size = hashlib.sha256(), 0
    with open_regular(path) as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
            size += len(chunk)
    if h.hexdigest() != sha256:
        raise DomainError("file", path.name, "changed while it was being read: ingest it again")
    return size


def _write_content(s: Any, revision: m.DocumentRevision, path: Path) -> None:
    """The paper's bytes into its revision. On SQLite they are written a megabyte at a time
    into the stored blob, so that a 100 MB scan is never held in memory whole."""
    from concord.ingest.readers import open_regular

    dbapi = s.connection().connection.driver_connection
    with open_regular(path) as fh:
        if s.get_bind().dialect.name == "sqlite" and hasattr(dbapi, "blobopen") and revision.size:
            s.execute(sa.text("UPDATE document_revision SET content = zeroblob(:n) WHERE id = :id"),
                      {"n": revision.size, "id": revision.id})
            with dbapi.blobopen("document_revision", "content", revision.id) as blob:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    blob.write(chunk)
        else:
            s.execute(sa.update(table_of(m.DocumentRevision)).where(m.DocumentRevision.id == revision.id)
                      .values(content=fh.read()))


def _payload(rec: Mapping[str, Any], printed: PrintedMarking) -> dict[str, Any]:
    """The proposed record, with the marking it takes: its own if it prints one, never lower than its paper's."""
    out = {k: v for k, v in rec.items() if not k.startswith("_") and k != "confidence"}
    own = None
    if isinstance(rec.get("marking"), str):
        try:
            own = marking_of(rec["marking"])
        except DomainError:
            own = None  # a marking the extractor misread: the paper's stands
    kept = strictest(own, printed)
    out["marking"], out["held_until_approved"] = kept.printed, kept.held_until_approved
    return out


def _confidence(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _date(value: Any) -> dt.date | None:
    if not value or len(str(value)) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- the review queue ----------------------------------------------------------

def _visible_items(ctx: Context) -> sa.Select:
    return (sa.select(m.ReviewItem, m.DocumentRevision, m.SourceDocument.name)
            .join(m.DocumentRevision, m.DocumentRevision.id == m.ReviewItem.revision_id)
            .join(m.SourceDocument, m.SourceDocument.id == m.DocumentRevision.document_id)
            .where(visible_revisions(ctx)))


def _view(item: m.ReviewItem, revision: m.DocumentRevision, name: str) -> ReviewItemView:
    return ReviewItemView(item.id, item.record_type, item.state.value, item.confidence, dict(item.payload),
                          dict(item.provenance) if item.provenance else None, name, revision.number,
                          revision.marking.value, item.version, item.entity, item.entity_id)


def pending(ctx: Context, record_type: str | None = None, limit: int = 200) -> list[ReviewItemView]:
    """Records waiting for review, the least certain first (no confidence counts as least certain)."""
    ctx.require(Permission.REGISTER_READ)
    q = (_visible_items(ctx).where(m.ReviewItem.state == ReviewState.PENDING)
         .order_by(m.ReviewItem.confidence.is_(None).desc(), m.ReviewItem.confidence.asc(), m.ReviewItem.id))
    if record_type:
        q = q.where(m.ReviewItem.record_type == record_type)
    return [_view(*row) for row in ctx.session.execute(q.limit(limit))]


def get(ctx: Context, item_id: int) -> ReviewItemView:
    ctx.require(Permission.REGISTER_READ)
    row = ctx.session.execute(_visible_items(ctx).where(m.ReviewItem.id == _id(item_id))).first()
    if row is None:
        raise DomainError("review item", item_id, "does not exist")
    return _view(*row)


def excerpts(ctx: Context, item_id: int, context: int = 60) -> list[Excerpt]:
    """The source text behind each field of a proposed record, from the stored paper."""
    item = get(ctx, item_id)
    fields = (item.provenance or {}).get("fields") or {}
    if not fields:
        return []
    text = ctx.session.scalar(sa.select(m.DocumentRevision.text).join(m.ReviewItem)
                              .where(m.ReviewItem.id == item.id)) or ""
    return [e for e in (_excerpt(name, where, text, context) for name, where in fields.items()) if e]


def _excerpt(name: str, where: Any, text: str, context: int) -> Excerpt | None:
    if not isinstance(where, dict) or where.get("start") is None or where.get("end") is None:
        return None
    start, end = int(where["start"]), int(where["end"])
    if not (0 <= start <= end <= len(text)):
        return None
    span = _flat(text[start:end])
    if len(span) > 4 * context:
        span = span[:2 * context] + " … " + span[-context:]
    return Excerpt(name, where.get("page"), _flat(text[max(0, start - context):start])[-context:],
                   span, _flat(text[end:end + context])[:context])


def _flat(t: str) -> str:
    return " ".join(t.split())


def decide(ctx: Context, item_id: int, accept: bool, corrections: Mapping[str, str] | None = None,
           expected_version: int | None = None) -> ReviewItemView:
    """Accept (with any corrections, each read by its field's type) or reject one proposed record."""
    s = ctx.session
    row = s.execute(_visible_items(ctx).where(m.ReviewItem.id == _id(item_id))).first()
    if row is None:
        raise DomainError("review item", item_id, "does not exist")
    item, revision, name = row
    owner = s.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == revision.owner_id)) \
        if revision.owner_id else None
    ctx.require(Permission.REVIEW_DECIDE, organisation=owner)
    ctx.check_version("review item", item_id, item, expected_version)
    if item.state != ReviewState.PENDING:
        raise DomainError("review item", item_id, f"was already {item.state.value}")
    if corrections:
        fixed = review_fields.parse_sets(item.record_type, corrections)
        no_lowering(item.payload, fixed)
        item.payload = {**item.payload, **fixed}
    if accept:
        entity, entity_id = acceptance.accept(ctx, item.record_type, dict(item.payload), item.revision_id)
        item.entity, item.entity_id = entity, str(entity_id)
    item.state = ReviewState.ACCEPTED if accept else ReviewState.REJECTED
    item.decided_by = ctx.actor.name[:120]
    item.decided_at = dt.datetime.now(dt.timezone.utc)
    s.flush()
    return _view(item, revision, name)


def no_lowering(payload: Mapping[str, Any], fixed: Mapping[str, Any]) -> None:
    """A correction in review never lowers a marking nor releases a held record (rule 18)."""
    if "marking" not in fixed and "held_until_approved" not in fixed:
        return
    was = marking_of(payload.get("marking"), bool(payload.get("held_until_approved")))
    new = marking_of(fixed.get("marking", payload.get("marking")),
                     bool(fixed.get("held_until_approved", payload.get("held_until_approved"))))
    if new.marking.level < was.marking.level:
        raise DomainError("marking", fixed["marking"], f"is lower than the paper's {was.printed}: a marking is "
                          "never lowered in review; accept it, then a person lowers it with a reason")
    if was.held_until_approved and (fixed.get("held_until_approved") is False or not new.held_until_approved):
        raise DomainError("held_until_approved", "false", "would release a record held until approved: "
                          "it is released when it is approved")


def queue(ctx: Context) -> list[tuple[int, str]]:
    """Pending items the actor may see, in the order to accept them (meetings before their actions)."""
    ctx.require(Permission.REGISTER_READ)
    order = {t: i for i, t in enumerate(acceptance.ORDER)}
    rows = ctx.session.execute(sa.select(m.ReviewItem.id, m.ReviewItem.record_type)
                               .join(m.DocumentRevision, m.DocumentRevision.id == m.ReviewItem.revision_id)
                               .where(m.ReviewItem.state == ReviewState.PENDING, visible_revisions(ctx))).all()
    return [(i, t) for i, t in sorted(rows, key=lambda r: (order.get(r[1], 99), r[0]))]


def accept_queue(units: Callable[[], AbstractContextManager[Context]],
                 reading: Callable[[], AbstractContextManager[Context]]) -> Iterator[tuple[int, str, str | None]]:
    """Accept every pending item, each in its own unit of work: (id, type, None or why it was not)."""
    with reading() as ctx:
        items = queue(ctx)
    for item_id, rtype in items:
        try:
            with units() as ctx:
                decide(ctx, item_id, accept=True)
            yield item_id, rtype, None
        except DomainError as exc:
            yield item_id, rtype, f"{exc.field}: {review_fields.shown(exc.value)} {exc.reason}"


def _id(item_id: int) -> int:
    if not isinstance(item_id, int) or not 0 < item_id < 2 ** 31:
        raise DomainError("review item", item_id, "is not a review item number")
    return item_id
