"""Demo registers to run the real `concord` command against, cheaply.

The demo is loaded once per test worker; each test (or each example of a
property test) gets its own copy: a file copy on SQLite, `CREATE DATABASE
... TEMPLATE` on PostgreSQL. `dump(url)` reads the whole register, to show
that a refused command changed nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("CONCORD_TEST_DATABASE_URL") or ""
CONCORD = Path(sys.executable).with_name("concord")
DEMO_ADMIN = "admin@cambridgeshire-opcc.example"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@dataclass(frozen=True)
class Demo:
    """A copy of the demo register: run `concord` on it, read it whole."""

    url: str
    cwd: Path

    def run(self, *argv: str, user: str | None = DEMO_ADMIN, env: dict[str, str] | None = None,
            timeout: float = 120) -> Result:
        return run_concord(self.url, *argv, user=user, cwd=self.cwd, env=env, timeout=timeout)

    def dump(self) -> dict[str, tuple[int, str]]:
        return dump(self.url)


def run_concord(url: str, *argv: str, user: str | None = DEMO_ADMIN, cwd: Path | None = None,
                env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    full = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_ACTOR", "CONCORD_DEBUG")}
    full.update({"CONCORD_DATABASE_URL": url, "PYTHONDONTWRITEBYTECODE": "1"})
    if user:
        full["CONCORD_USER"] = user
    full.update(env or {})
    done = subprocess.run([str(CONCORD), *argv], capture_output=True, text=True, env=full, cwd=cwd,
                          input="", timeout=timeout)
    return Result(done.returncode, done.stdout, done.stderr)


def _admin(url: str) -> sa.Engine:
    return sa.create_engine(sa.make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, worker_id) -> Iterator[str]:  # noqa: ANN001
    """A register with the demo loaded, never used directly: tests take copies."""
    if PG_URL:
        base = sa.make_url(PG_URL)
        url = base.set(database=f"{base.database}_demo_{worker_id}").render_as_string(hide_password=False)
        admin = _admin(PG_URL)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{sa.make_url(url).database}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{sa.make_url(url).database}"'))
        admin.dispose()
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    ran = run_concord(url, "demo", user=None, timeout=600)
    assert ran.code == 0, ran.err
    if not PG_URL:
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
    yield url
    if PG_URL:
        admin = _admin(PG_URL)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{sa.make_url(url).database}" WITH (FORCE)'))
        admin.dispose()


_copies = itertools.count(1)


@pytest.fixture
def demo_copy(demo_template: str, tmp_path: Path) -> Iterator[Callable[[], Demo]]:
    """`demo_copy()` → a fresh copy of the demo register (a `Demo`)."""
    made: list[str] = []

    def copy() -> Demo:
        n = next(_copies)
        if PG_URL:
            tpl = sa.make_url(demo_template)
            name = f"{tpl.database}_c{n}"
            admin = _admin(demo_template)
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl.database}"'))
            admin.dispose()
            url = tpl.set(database=name).render_as_string(hide_password=False)
        else:
            path = tmp_path / f"copy{n}.db"
            shutil.copyfile(sa.make_url(demo_template).database, path)
            url = f"sqlite:///{path}"
        made.append(url)
        work = tmp_path / f"work{n}"
        work.mkdir()
        return Demo(url, work)

    yield copy
    if PG_URL and made:
        admin = _admin(demo_template)
        with admin.connect() as conn:
            for url in made:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{sa.make_url(url).database}" WITH (FORCE)'))
        admin.dispose()


def dump(url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of its rows (in key order)."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    out = {}
    try:
        meta.reflect(engine)
        with engine.connect() as conn:
            for table in sorted(meta.tables.values(), key=lambda t: t.name):
                if table.name == "register_generation":
                    # the readers' cache token (concord.store.generation): any write transaction
                    # replaces it, even one that leaves the register as it was; it holds no record
                    continue
                order = list(table.primary_key.columns) or list(table.columns)
                rows = conn.execute(sa.select(table).order_by(*order)).all()
                digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
                out[table.name] = (len(rows), digest)
    finally:
        engine.dispose()
    return out
