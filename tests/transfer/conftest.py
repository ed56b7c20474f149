"""Fixtures for moving the register in and out: a demo register's JSON
export, CSV export and backup, made once per worker in fresh processes;
a second database to import into; row counts read straight from a
database (its own list of tables, not Concord's models)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

CONCORD = Path(sys.executable).with_name("concord")
PG_URL = os.environ.get("CONCORD_TEST_DATABASE_URL") or ""


def table_counts(url: str) -> dict[str, int]:
    """Rows in every table of the database at `url`, found by asking the database."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            # the search index (search_entry and SQLite's search_fts tables) is derived from the register:
            # exports and backups leave it out and import and restore rebuild it; nor is the register's
            # generation (a token every write replaces, for caches: concord.store.generation) register data,
            # nor the web's sessions (concord.services.sessions)
            names = [n for n in sa.inspect(conn).get_table_names()
                     if n not in ("alembic_version", "register_generation", "web_session")
                     and not n.startswith(("search_entry", "search_fts"))]
            return {n: conn.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in sorted(names)}
    finally:
        engine.dispose()


def query(url: str, sql: str, **params: object) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql), params)]
    finally:
        engine.dispose()


def run(url: str, *args: object, user: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_ACTOR")}
    env["CONCORD_DATABASE_URL"] = url
    if user:
        env["CONCORD_USER"] = user
    return subprocess.run([str(CONCORD), *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=300)


@dataclass(frozen=True)
class DemoFiles:
    url: str
    json: Path
    csv: Path
    backup: Path
    counts: dict[str, int]


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory) -> DemoFiles:  # noqa: ANN001
    """The demo register (SQLite) with its export, CSV export and backup, made by the real CLI."""
    folder = tmp_path_factory.mktemp("demo-files")
    url = f"sqlite:///{folder / 'demo.db'}"
    for args in (("init",), ("demo",), ("export", "--out", folder / "demo.json"),
                 ("export", "--format", "csv", "--out", folder / "csv"), ("backup", folder / "demo.backup")):
        done = run(url, *args)
        assert done.returncode == 0, done.stderr
    return DemoFiles(url, folder / "demo.json", folder / "csv", folder / "demo.backup", table_counts(url))


@pytest.fixture
def other_url(tmp_path: Path, worker_id: str) -> Iterator[str]:  # noqa: ANN001
    """A second, empty database (no schema) on the backend under test."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    base = sa.make_url(PG_URL)
    name = f"{base.database}_{worker_id}_other"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def db_tools():  # noqa: ANN201
    """Helpers the tests of this folder share: counts, query, run (fixtures, since
    test modules cannot import a conftest)."""
    from types import SimpleNamespace

    return SimpleNamespace(counts=table_counts, query=query, run=run)
