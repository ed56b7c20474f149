"""Papers uploaded to be read in the background: one job a file.

`submit` checks each upload as ingestion would before reading it (the
format by its content, the size, a zip bomb, an encrypted PDF: the
readers' own checks, `concord.ingest.readers.check`) and, only when
every file passes, stores one job a file in the caller's unit of work.
Nothing is stored for an upload that is refused.

A worker (`concord.services.ingest_worker`) claims a queued job, reads
the paper outside any transaction, and stores it as `concord ingest`
does, acting as the person who uploaded it. A worker renews its job's
heartbeat while it works; a job whose heartbeat is older than the lease
was left by a process that died, and is claimed again — at most
`MAX_ATTEMPTS` times, then it fails with the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError, PermissionDenied
from concord.domain.vocab import JobStatus, ReviewState
from concord.ingest.errors import IngestError
from concord.ingest.readers import WEB_KINDS, Limits, check
from concord.services.context import Context
from concord.services.ingestion import owner_for
from concord.store import models as m
from concord.store.base import table_of

#: seconds without a heartbeat after which a running job is taken to be abandoned
DEFAULT_LEASE = 60.0
MAX_ATTEMPTS = 3
MAX_FILES = 20


def lease_seconds() -> float:
    raw = os.environ.get("CONCORD_JOB_LEASE_SECONDS", "")
    try:
        return max(1.0, float(raw)) if raw else DEFAULT_LEASE
    except ValueError:
        return DEFAULT_LEASE


@dataclass(frozen=True)
class Upload:
    """A file as sent: its name (as the user's computer called it) and bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ReviewLink:
    id: int
    record_type: str
    state: str
    confidence: float | None


@dataclass(frozen=True)
class JobView:
    id: int
    batch: str
    name: str
    size: int
    status: str
    progress: int
    stage: str | None
    errors: tuple[str, ...]
    outcome: str | None
    attempts: int
    created_at: dt.datetime
    finished_at: dt.datetime | None
    #: the records it proposed (those the reader may see), once done
    items: tuple[ReviewLink, ...] = ()
    #: running, but no heartbeat within the lease: its worker stopped; it will be claimed again
    stalled: bool = False

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE.value, JobStatus.FAILED.value)


@dataclass(frozen=True)
class ClaimedJob:
    """A job a worker has claimed: what it needs to read and store the paper."""

    id: int
    claim: str
    name: str
    email: str
    owner: str | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _aware(when: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives datetimes back naive: they were stored in UTC."""
    return when.replace(tzinfo=dt.timezone.utc) if when is not None and when.tzinfo is None else when


def safe_name(name: str) -> str:
    """The file's own name, without any folder a browser sent with it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "".join(c for c in base if c.isprintable())[:200] or "upload"


# --- submitting ----------------------------------------------------------------

def check_upload(upload: Upload, limits: Limits | None = None) -> str:
    """The format of an upload ingestion would read, or DomainError naming the file and the reason."""
    name = safe_name(upload.name)
    with tempfile.TemporaryDirectory(prefix="concord-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(upload.data)
        try:
            return check(path, limits, kinds=WEB_KINDS)
        except IngestError as e:
            raise DomainError("papers", name, e.reason) from None


def submit(ctx: Context, uploads: Sequence[Upload], owner: str | None = None) -> list[JobView]:
    """Queue each uploaded paper to be read in the background, or none of them: one refused
    file refuses the upload. The jobs share a batch (one progress page)."""
    owner = owner_for(ctx, owner)
    if ctx.actor.user_id is None:
        raise DomainError("papers", None, "are uploaded by a signed-in user (the worker acts as them)")
    if not uploads:
        raise DomainError("papers", None, "select at least one paper to upload")
    if len(uploads) > MAX_FILES:
        raise DomainError("papers", f"{len(uploads)} files", f"are too many at once: upload at most {MAX_FILES}")
    limits = Limits.from_env()
    for upload in uploads:
        check_upload(upload, limits)
    s = ctx.session
    owner_id = s.scalar(sa.select(m.Organisation.id).where(m.Organisation.slug == owner)) if owner else None
    batch = secrets.token_hex(8)
    now = _now()
    jobs = [m.IngestJob(batch=batch, name=safe_name(u.name), size=len(u.data),
                        sha256=hashlib.sha256(u.data).hexdigest(), status=JobStatus.QUEUED, progress=0,
                        stage="Waiting to be read", attempts=0, user_id=ctx.actor.user_id, owner_id=owner_id,
                        created_at=now, content=u.data) for u in uploads]
    s.add_all(jobs)
    s.flush()
    return [_view(j) for j in jobs]


# --- reading progress ----------------------------------------------------------

def _may_follow(ctx: Context) -> None:
    """Reads of jobs, in a read-only unit of work too: those who add papers may follow them."""
    ctx.require(Permission.REGISTER_READ)
    if not ctx.actor.can(Permission.INGEST_RUN):
        raise PermissionDenied(ctx.actor.name, Permission.INGEST_RUN.value)


def _visible(ctx: Context) -> sa.ColumnElement[bool]:
    """Jobs the actor may follow: their own, and those of organisations they add papers for."""
    if ctx.actor.system:
        return sa.true()
    mine = [org for org in ctx.actor.organisations if ctx.actor.can(Permission.INGEST_RUN, org)]
    return sa.or_(m.IngestJob.user_id == (ctx.actor.user_id or -1),
                  m.IngestJob.owner_id.in_(sa.select(m.Organisation.id).where(m.Organisation.slug.in_(mine))))


def batch(ctx: Context, batch_id: str) -> list[JobView]:
    """The jobs of one upload, in the order sent; empty if there is none the actor may see."""
    _may_follow(ctx)
    if not (isinstance(batch_id, str) and len(batch_id) <= 32 and batch_id.isalnum()):
        return []
    rows = ctx.session.scalars(sa.select(m.IngestJob).where(m.IngestJob.batch == batch_id, _visible(ctx))
                               .order_by(m.IngestJob.id)).all()
    return [_view(j, _items(ctx, j.revision_id)) for j in rows]


def recent(ctx: Context, limit: int = 20) -> list[JobView]:
    """The latest uploads the actor may follow, newest first."""
    _may_follow(ctx)
    rows = ctx.session.scalars(sa.select(m.IngestJob).where(_visible(ctx))
                               .order_by(m.IngestJob.id.desc()).limit(limit)).all()
    return [_view(j) for j in rows]


def _items(ctx: Context, revision_id: int | None) -> tuple[ReviewLink, ...]:
    if revision_id is None:
        return ()
    from concord.services.visibility import visible_revisions

    rows = ctx.session.execute(
        sa.select(m.ReviewItem.id, m.ReviewItem.record_type, m.ReviewItem.state, m.ReviewItem.confidence)
        .join(m.DocumentRevision, m.DocumentRevision.id == m.ReviewItem.revision_id)
        .where(m.ReviewItem.revision_id == revision_id, visible_revisions(ctx))
        .order_by(m.ReviewItem.confidence.is_(None).desc(), m.ReviewItem.confidence.asc(), m.ReviewItem.id))
    return tuple(ReviewLink(i, t, st.value if isinstance(st, ReviewState) else str(st), c) for i, t, st, c in rows)


def _view(job: m.IngestJob, items: tuple[ReviewLink, ...] = ()) -> JobView:
    beat = _aware(job.heartbeat_at)
    stalled = job.status == JobStatus.RUNNING and beat is not None and \
        (_now() - beat).total_seconds() > lease_seconds()
    return JobView(job.id, job.batch, job.name, job.size, job.status.value, job.progress, job.stage,
                   tuple(job.errors or ()), job.outcome, job.attempts, _aware(job.created_at) or _now(),
                   _aware(job.finished_at), items, stalled)


# --- the worker's side -----------------------------------------------------------

def next_job(ctx: Context) -> int | None:
    """The job a worker should claim next: queued, or running with a heartbeat older than the lease."""
    _may_follow(ctx)
    stale = _now() - dt.timedelta(seconds=lease_seconds())
    return ctx.session.scalar(
        sa.select(m.IngestJob.id)
        .where(sa.or_(m.IngestJob.status == JobStatus.QUEUED,
                      sa.and_(m.IngestJob.status == JobStatus.RUNNING, m.IngestJob.heartbeat_at < stale)))
        .order_by(m.IngestJob.id).limit(1))


def claim(ctx: Context, job_id: int) -> ClaimedJob | None:
    """Take a job for this worker, or None if another got it first (an atomic compare-and-set).
    A job abandoned `MAX_ATTEMPTS` times fails instead, with the reason."""
    ctx.require(Permission.INGEST_RUN)
    s = ctx.session
    job = s.get(m.IngestJob, job_id)
    if job is None:
        return None
    stale = _now() - dt.timedelta(seconds=lease_seconds())
    table = table_of(m.IngestJob)
    claimable = sa.or_(table.c.status == JobStatus.QUEUED.value,
                       sa.and_(table.c.status == JobStatus.RUNNING.value, table.c.heartbeat_at < stale))
    if job.attempts >= MAX_ATTEMPTS:
        s.execute(table.update().where(table.c.id == job_id, claimable).values(
            status=JobStatus.FAILED.value, stage="Stopped", finished_at=_now(), content=b"",
            errors=[*(job.errors or []), f"the paper was not read: the worker reading it stopped {job.attempts} "
                    "times (the paper may be too large or too hard to read); upload it again, or read it with "
                    "`concord ingest`"]))
        s.expire_all()
        return None
    token = secrets.token_hex(8)
    now = _now()
    done = cast(sa.CursorResult, s.execute(table.update().where(table.c.id == job_id, claimable).values(
        status=JobStatus.RUNNING.value, claim=token, attempts=table.c.attempts + 1, started_at=now,
        heartbeat_at=now, progress=10, stage="Reading the paper")))
    s.expire_all()
    if done.rowcount != 1:
        return None
    email = s.scalar(sa.select(m.User.email).where(m.User.id == job.user_id)) or ""
    owner = s.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == job.owner_id)) \
        if job.owner_id else None
    return ClaimedJob(job.id, token, job.name, email, owner)


def content(ctx: Context, claimed: ClaimedJob) -> bytes:
    """The bytes of a claimed job's paper."""
    _may_follow(ctx)
    return ctx.session.scalar(sa.select(m.IngestJob.content).where(m.IngestJob.id == claimed.id)) or b""


def report(ctx: Context, claimed: ClaimedJob, progress: int | None = None, stage: str | None = None,
           status: JobStatus | None = None, errors: Sequence[str] = (), outcome: str | None = None,
           revision_id: int | None = None) -> bool:
    """The claimed job's progress (and heartbeat); False when the claim has been lost to another worker."""
    ctx.require(Permission.INGEST_RUN)
    table = table_of(m.IngestJob)
    values: dict = {"heartbeat_at": _now()}
    if progress is not None:
        values["progress"] = max(0, min(100, progress))
    if stage is not None:
        values["stage"] = stage[:200]
    if errors:
        values["errors"] = list(errors)
    if outcome is not None:
        values["outcome"] = outcome[:40]
    if revision_id is not None:
        values["revision_id"] = revision_id
    if status in (JobStatus.DONE, JobStatus.FAILED):
        values.update(status=status.value, finished_at=_now(), content=b"", claim=None)
    done = cast(sa.CursorResult, ctx.session.execute(
        table.update().where(table.c.id == claimed.id, table.c.claim == claimed.claim).values(**values)))
    return done.rowcount == 1


def revision_of(ctx: Context, sha256: str) -> int | None:
    """The stored revision with these bytes (the one a job stored, or found already stored)."""
    ctx.require(Permission.INGEST_RUN)
    return ctx.session.scalar(sa.select(m.DocumentRevision.id).where(m.DocumentRevision.sha256 == sha256))
