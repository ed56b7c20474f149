"""The database at fault, not the input: busy, unreachable, a URL with a password."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("CONCORD_TEST_DATABASE_URL") or ""
sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="SQLite's write lock")

_HOLD = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


def _hold_write_lock(url: str, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, sa.make_url(url).database, str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _open_action(url: str, ident: int) -> str:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        status = conn.execute(sa.text("SELECT status FROM action WHERE id = :i"), {"i": ident}).scalar()
    engine.dispose()
    return status


@sqlite_only
def test_a_register_locked_by_another_program_is_busy_not_a_traceback(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    before = _open_action(demo.url, 5)
    holder = _hold_write_lock(demo.url, 60)
    try:
        started = time.monotonic()
        ran = demo.run("action", "done", "5", "--on", "2017-11-01", env={"CONCORD_BUSY_SECONDS": "2"})
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert ran.code == 5, (ran.code, ran.err)
    assert "the register is busy" in ran.err and "try again" in ran.err and "Traceback" not in ran.err
    assert waited >= 2
    assert _open_action(demo.url, 5) == before


@sqlite_only
def test_a_short_lock_is_waited_for_with_backoff(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    holder = _hold_write_lock(demo.url, 3)
    try:
        ran = demo.run("action", "done", "5", "--on", "2017-11-01", env={"CONCORD_BUSY_SECONDS": "60"})
    finally:
        holder.wait()
    assert ran.code == 0, ran.err
    assert _open_action(demo.url, 5) == "done"


def test_an_unreachable_server_is_named_and_the_password_is_not(concord) -> None:  # noqa: ANN001
    url = "postgresql://concord:s3cr%25et@127.0.0.1:1/concord"
    for argv in (["init"], ["status"], ["action", "list"]):
        ran = concord(*argv, env={"CONCORD_DATABASE_URL": url})
        assert ran.code == 6, (argv, ran.code, ran.err)
        assert "cannot connect to the database at 127.0.0.1:1: " in ran.err
        assert "concord init" not in ran.err and "Traceback" not in ran.err
        assert "s3cr" not in ran.err + ran.out


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL test server")
def test_a_password_with_percent_does_not_break_init(concord) -> None:  # noqa: ANN001
    """ConfigParser read '%' in the URL as interpolation, and the traceback printed the password.
    (The test server trusts local connections, so any password connects.)"""
    base = sa.make_url(PG_URL)
    name = f"{base.database}_percent"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        url = base.set(database=name, password="pa%ss%41word").render_as_string(hide_password=False)
        ran = concord("init", env={"CONCORD_DATABASE_URL": url})
        assert ran.code == 0, ran.err
        assert "pa%ss" not in ran.out + ran.err and "Traceback" not in ran.err
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_url_that_cannot_be_read_is_refused_without_printing_it(concord) -> None:  # noqa: ANN001
    ran = concord("status", env={"CONCORD_DATABASE_URL": "postgresql://u:topsecret@host:notaport/db"})
    assert ran.code == 2 and "CONCORD_DATABASE_URL" in ran.err, ran.err
    assert "topsecret" not in ran.err and "Traceback" not in ran.err
