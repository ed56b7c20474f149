"""Background reading of uploads: a job is claimed by one worker only, a job left running by a
process that died is claimed again after the lease, and one abandoned too often fails with the
reason instead of hanging. The last test runs the real server (gunicorn, two workers)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time

import pytest
import sqlalchemy as sa

from tests.web.papers_files import seed_docx


@pytest.fixture
def editor(demo, register):  # noqa: ANN001, ANN201
    from concord.services.actors import resolve_actor

    return resolve_actor(register, demo["editor"].email)


def _submit(store, actor, seeds) -> int:  # noqa: ANN001
    from concord.services import ingest_jobs
    from concord.services.context import unit_of_work

    with unit_of_work(store, actor) as ctx:
        jobs = ingest_jobs.submit(ctx, [ingest_jobs.Upload("update.docx", seed_docx(seeds))])
    return jobs[0].id


def _left_running(store, job_id: int, attempts: int, ago: float = 3600) -> None:  # noqa: ANN001
    """As a worker that died half way leaves it: running, its heartbeat long past."""
    beat = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=ago)
    with store.connection() as conn:
        conn.execute(sa.text("UPDATE ingest_job SET status = 'running', claim = 'dead0000', attempts = :n, "
                             "heartbeat_at = :beat, started_at = :beat WHERE id = :id"),
                     {"n": attempts, "beat": beat, "id": job_id})


def _job(store, job_id: int) -> dict:  # noqa: ANN001
    with store.reading() as s:
        row = s.execute(sa.text("SELECT status, attempts, revision_id, errors, claim, length(content) AS size "
                                "FROM ingest_job WHERE id = :id"), {"id": job_id}).mappings().one()
    return dict(row)


def test_a_job_left_running_by_a_dead_process_is_claimed_again(register, editor, seeds, monkeypatch) -> None:  # noqa: ANN001
    from concord.web import worker

    monkeypatch.setenv("CONCORD_JOB_LEASE_SECONDS", "5")
    job = _submit(register, editor, seeds)
    _left_running(register, job, attempts=1, ago=2)
    assert worker.run_one(register) is False  # its heartbeat is recent: the worker may still be alive
    _left_running(register, job, attempts=1, ago=60)
    assert worker.run_one(register) is True
    done = _job(register, job)
    assert done["status"] == "done" and done["attempts"] == 2 and done["revision_id"] is not None
    assert done["claim"] is None and done["size"] == 0  # the bytes live in the stored revision now
    assert worker.run_one(register) is False


def test_a_job_abandoned_too_often_fails_with_the_reason(register, editor, seeds) -> None:  # noqa: ANN001
    from concord.services.ingest_jobs import MAX_ATTEMPTS
    from concord.web import worker

    job = _submit(register, editor, seeds)
    _left_running(register, job, attempts=MAX_ATTEMPTS)
    assert worker.run_one(register) is True
    failed = _job(register, job)
    assert failed["status"] == "failed" and failed["revision_id"] is None
    assert f"the worker reading it stopped {MAX_ATTEMPTS} times" in str(failed["errors"])
    assert worker.run_one(register) is False


def test_only_one_worker_claims_a_job(register, editor, seeds) -> None:  # noqa: ANN001
    from concord.services import ingest_jobs
    from concord.services.context import unit_of_work
    from concord.web.worker import WORKER

    job = _submit(register, editor, seeds)
    with unit_of_work(register, WORKER) as ctx:
        first = ingest_jobs.claim(ctx, job)
    with unit_of_work(register, WORKER) as ctx:
        second = ingest_jobs.claim(ctx, job)
    assert first is not None and second is None
    with unit_of_work(register, WORKER) as ctx:  # a claim taken over by another worker cannot report
        assert ingest_jobs.report(ctx, ingest_jobs.ClaimedJob(job, "someone-else", "x", "", None), 50) is False
        assert ingest_jobs.report(ctx, first, 50, "Halfway") is True


def test_the_progress_page_says_when_a_paper_s_reading_was_interrupted(pages, demo, register, seeds,  # noqa: ANN001
                                                                       editor, monkeypatch) -> None:
    monkeypatch.setenv("CONCORD_JOB_LEASE_SECONDS", "5")
    job = _submit(register, editor, seeds)
    _left_running(register, job, attempts=1)
    with register.reading() as s:
        batch = s.scalar(sa.text("SELECT batch FROM ingest_job WHERE id = :id"), {"id": job})
    pages.sign_in(demo["editor"])
    page = pages.get(f"/papers/uploads/{batch}")
    assert "Interrupted: will be tried again" in page.soup.select_one("main").get_text()
    assert page.headers["Refresh"] == "3"
    calm = pages.get(f"/papers/uploads/{batch}?refresh=off")  # a person may stop the page refreshing
    assert "Refresh" not in calm.headers and "This page does not refresh itself" in calm.get_data(as_text=True)


def test_the_served_application_finishes_a_job_a_dead_server_left(concord, db_url, tmp_path, seeds) -> None:  # noqa: ANN001
    """`concord serve` with two gunicorn workers, started after a server died reading a paper."""
    from concord.services.actors import resolve_actor
    from concord.store.db import Store
    from tests.web.browsing import free_port

    demo = concord("demo")
    assert demo.code == 0, demo.err
    store = Store(db_url)
    try:
        editor = resolve_actor(store, "editor@cambridgeshire-opcc.example")
        job = _submit(store, editor, seeds)
        _left_running(store, job, attempts=1)
        port = free_port()
        env = {k: v for k, v in os.environ.items() if k != "CONCORD_USER"}
        env.update(CONCORD_DATABASE_URL=db_url, CONCORD_JOB_LEASE_SECONDS="5", CONCORD_JOB_POLL_SECONDS="0.5")
        log = (tmp_path / "server.log").open("w")
        from tests.web.browsing import CONCORD

        server = subprocess.Popen([str(CONCORD), "serve", "--port", str(port), "--workers", "2"], env=env,
                                  cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while _job(store, job)["status"] != "done":
                assert server.poll() is None, (tmp_path / "server.log").read_text()
                assert time.monotonic() < deadline, (_job(store, job), (tmp_path / "server.log").read_text())
                time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
        done = _job(store, job)
        assert done["attempts"] == 2 and done["revision_id"] is not None
        with store.reading() as s:
            items = s.scalar(sa.text("SELECT count(*) FROM review_item WHERE revision_id = :r"),
                             {"r": done["revision_id"]})
        assert items >= 5
    finally:
        store.dispose()
