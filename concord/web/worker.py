"""The worker that reads uploaded papers: claims a job, reads it outside any
transaction, stores it as the person who uploaded it.

`run_one(store)` does one job; `Worker` is a thread that runs jobs until stopped. The web application
starts one in each of its processes (see docs/decisions/0002): several
gunicorn workers each claim jobs with an atomic compare-and-set, and a
job left running by a process that died is claimed again once its
heartbeat is older than the lease (`ingest_jobs.lease_seconds`).
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from concord.domain.errors import ConflictError, DomainError
from concord.domain.vocab import JobStatus
from concord.services import ingest_jobs as jobs
from concord.services import ingestion
from concord.services.context import reading, system_actor, unit_of_work

if TYPE_CHECKING:
    from concord.store.db import Store

log = logging.getLogger("concord.worker")
WORKER = system_actor("concord worker")


class _Lost(Exception):
    """The claim passed to another worker (this one was taken for dead): its work is dropped."""


def run_one(store: Store) -> bool:
    """Run the next job, if there is one; True when there was something to do."""
    with reading(store, WORKER) as ctx:
        job_id = jobs.next_job(ctx)
    if job_id is None:
        return False
    with unit_of_work(store, WORKER) as ctx:
        claimed = jobs.claim(ctx, job_id)
    if claimed is None:
        return True
    beat = _Heartbeat(store, claimed)
    beat.start()
    try:
        _run(store, claimed)
    except _Lost:
        log.warning("job %s: claimed by another worker meanwhile; this run is dropped", claimed.id)
    except Exception as exc:  # a bug or a database failure: the job says so, the worker goes on
        log.exception("job %s failed", claimed.id)
        _finish(store, claimed, JobStatus.FAILED, [f"could not be read ({type(exc).__name__}: {exc})"])
    finally:
        beat.stop()
    return True


def _run(store: Store, claimed: jobs.ClaimedJob) -> None:
    from concord.ingest import pipeline
    from concord.ingest.readers import Limits
    from concord.services.actors import resolve_actor

    with reading(store, WORKER) as ctx:
        data = jobs.content(ctx, claimed)
    with tempfile.TemporaryDirectory(prefix="concord-job-") as folder:
        path = Path(folder) / claimed.name
        path.write_bytes(data)
        del data
        recs, err = pipeline.ingest_file(path, Limits.from_env(), keep_text=True)
        if err is not None or recs is None:
            _finish(store, claimed, JobStatus.FAILED, [err.reason if err else "could not be read"])
            return
        _progress(store, claimed, 70, "Storing the paper and the records it proposes")
        try:
            actor = resolve_actor(store, claimed.email)
        except DomainError as exc:
            _finish(store, claimed, JobStatus.FAILED, [f"{claimed.email} {exc.reason}: the paper was not stored"])
            return
        warnings = [w for doc in recs.get("documents", []) for w in doc.get("warnings") or []]
        try:
            with unit_of_work(store, actor) as ctx:
                outcome, revision_id, queued = _store(ctx, recs, path, claimed.owner)
                text = f"Done: {queued} records proposed" if outcome != "unchanged" else \
                    "Done: this paper was already stored; its records are listed below"
                if not jobs.report(ctx, claimed, 100, text, JobStatus.DONE, [f"warning: {w}" for w in warnings],
                                   outcome, revision_id):
                    raise _Lost()
        except (DomainError, ConflictError) as exc:
            reason = exc.reason if isinstance(exc, DomainError) else "someone else stored it at the same time"
            _finish(store, claimed, JobStatus.FAILED, [f"not stored: {reason}"])


def _store(ctx: Any, recs: Mapping[str, Any], path: Path, owner: str | None) -> tuple[str, int | None, int]:
    outcome, revision_id, queued = "unchanged", None, 0
    for doc in recs.get("documents", []):
        done = ingestion.store_document(ctx, doc, path, ingestion.records_in(recs), doc.get("_text"), owner)
        outcome, queued = done.outcome, queued + done.queued
        revision_id = jobs.revision_of(ctx, doc["sha256"])
    return outcome, revision_id, queued


def _progress(store: Store, claimed: jobs.ClaimedJob, progress: int, stage: str) -> None:
    with unit_of_work(store, WORKER) as ctx:
        if not jobs.report(ctx, claimed, progress, stage):
            raise _Lost()


def _finish(store: Store, claimed: jobs.ClaimedJob, status: JobStatus, errors: list[str]) -> None:
    with unit_of_work(store, WORKER) as ctx:
        jobs.report(ctx, claimed, 100, "Not read" if status is JobStatus.FAILED else "Done", status, errors)


class _Heartbeat:
    """Renews a claimed job's heartbeat while it is being read, so that it is not taken for abandoned."""

    def __init__(self, store: Store, claimed: jobs.ClaimedJob) -> None:
        self.store, self.claimed = store, claimed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name=f"concord-job-{claimed.id}-heartbeat")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        every = max(0.5, jobs.lease_seconds() / 4)
        while not self._stop.wait(every):
            try:
                with unit_of_work(self.store, WORKER) as ctx:
                    jobs.report(ctx, self.claimed)
            except Exception:  # a busy database now and then: the next beat tries again
                log.warning("job %s: heartbeat not written", self.claimed.id, exc_info=True)


class Worker:
    """A thread that runs jobs until stopped; `wake()` after queueing one to start at once."""

    def __init__(self, store: Store, poll_seconds: float = 2.0) -> None:
        self.store = store
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Worker:
        self._thread = threading.Thread(target=self._loop, daemon=True, name="concord-ingest-worker")
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                busy = run_one(self.store)
            except Exception:  # the database away for a moment: wait, then try again
                log.warning("the ingest worker could not look for jobs", exc_info=True)
                busy = False
            if not busy:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
