"""Shared fixtures: a fresh, migrated database for every test.

SQLite by default (a copy of a migrated template file per test);
PostgreSQL when CONCORD_TEST_DATABASE_URL is set: one template database per
xdist worker, migrated once, and for every test a database copied from it
(`CREATE DATABASE ... TEMPLATE`) and dropped afterwards. A copy rather than
a rolled-back transaction, because most tests drive the real `concord`
command in a fresh process, which cannot share a test's transaction.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings

# Property tests judge results, not speed: no per-example deadline on a busy 2-core CI machine.
settings.register_profile("concord", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("concord")

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

PG_URL = os.environ.get("CONCORD_TEST_DATABASE_URL") or ""


def _backend() -> str:
    return "postgresql" if PG_URL else "sqlite"


def pytest_report_header(config) -> str:  # noqa: ANN001
    return f"concord database backend: {_backend()}"


@pytest.fixture(scope="session")
def _template(tmp_path_factory, worker_id) -> str:  # noqa: ANN001
    """A migrated database: a SQLite file to copy, or a per-worker PostgreSQL DB."""
    from concord.store import schema
    from concord.store.db import Store

    if PG_URL:
        base = sa.make_url(PG_URL)
        name = f"{base.database}_{worker_id}"
        admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = base.set(database=name).render_as_string(hide_password=False)
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        url = f"sqlite:///{path}"
    store = Store(url)
    schema.upgrade(store)
    store.dispose()
    return url


_copies = iter(range(1, 10**9))


@pytest.fixture
def db_url(_template: str, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty, migrated database that belongs to this test."""
    yield from _fresh_database(_template, tmp_path)


@pytest.fixture(scope="module")
def module_store(_template: str, tmp_path_factory):  # noqa: ANN001, ANN201
    """A Store on an empty, migrated database shared by one module's tests (for
    modules that load data once and only read it)."""
    from concord.store.db import Store

    for url in _fresh_database(_template, tmp_path_factory.mktemp("module")):
        store = Store(url, actor="test")
        yield store
        store.dispose()


def _fresh_database(_template: str, tmp_path: Path) -> Iterator[str]:
    if PG_URL:
        base = sa.make_url(_template)
        name = f"{base.database}_t{next(_copies)}"
        admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{base.database}"'))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    else:
        src = Path(sa.make_url(_template).database)
        dst = tmp_path / "concord.db"
        shutil.copyfile(src, dst)
        yield f"sqlite:///{dst}"


@pytest.fixture
def store(db_url: str, monkeypatch):  # noqa: ANN001
    """A Store on this test's database (also what the CLI will open)."""
    from concord.store.db import Store

    monkeypatch.setenv("CONCORD_DATABASE_URL", db_url)
    s = Store(db_url, actor="test")
    yield s
    s.dispose()


@pytest.fixture
def seeds() -> Path:
    """The seed papers; a test that needs them fails, never skips, when they are missing."""
    if not SEEDS.is_dir():
        pytest.fail(f"seed papers not found at {SEEDS}: the tests expect the shared seeds beside the checkout "
                    "(../shared/seeds)")
    return SEEDS


@pytest.fixture
def cli(store, capsys):  # noqa: ANN001
    """Run `concord ARGS...` in-process on this test's database: (exit code, stdout, stderr)."""
    from concord.cli import app
    from concord.cli.errors import run_guarded

    def run(*args: object) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run_guarded(app, [str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


CONCORD = Path(sys.executable).with_name("concord")

#: the demo's administrator, who may do everything a test asks of the CLI
DEMO_ADMIN = "admin@cambridgeshire-opcc.example"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def __iter__(self):  # (code, out, err), like the in-process `cli` fixture
        return iter((self.code, self.out, self.err))


#: the database a command that opens none is given: opening it fails ("unable to open database file"), so a test of
#: such a command cannot pass by a database it did not ask for
NO_DATABASE = "sqlite:////nonexistent-concord-test-directory/no-database.db"


def _opens_no_database(args: list[str]) -> bool:
    """``concord ingest ... --json`` and ``--explain`` read papers and print; they store nothing and open no
    database (concord/cli/ingest.py)."""
    return args[:1] == ["ingest"] and ("--json" in args or "--explain" in args)


@pytest.fixture
def concord(request, tmp_path: Path):  # noqa: ANN001
    """Run the installed `concord` command in a fresh process on this test's
    database: `concord("agreement", "list", user=...)` → Ran(code, out, err).

    `user` names the acting user (CONCORD_USER); by default no one is named,
    which on a register with users may read but not write.

    The test's database (``db_url``) is made when the first command that opens one runs: a test that only reads
    papers with ``ingest --json`` makes none (on PostgreSQL, a database copied and dropped for nothing), unless it
    asked for the database itself.
    """
    if not CONCORD.exists():
        pytest.fail(f"the concord command is not installed at {CONCORD}: run `make test`")
    made: list[str] = []

    def run(*args: object, user: str | None = None, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 120) -> Ran:  # noqa: A002
        words = [str(a) for a in args]
        # (a test that asked for the database itself, to look into it after the command, gives it to every command)
        if not made and ("db_url" in request.fixturenames or not _opens_no_database(words)):
            made.append(request.getfixturevalue("db_url"))
        full = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_ACTOR")}
        full.update({"CONCORD_DATABASE_URL": made[0] if made else NO_DATABASE, "PYTHONDONTWRITEBYTECODE": "1"})
        if user:
            full["CONCORD_USER"] = user
        full.update(env or {})
        done = subprocess.run([str(CONCORD), *words], capture_output=True, text=True,
                              env=full, cwd=tmp_path, input=input, timeout=timeout)
        return Ran(done.returncode, done.stdout, done.stderr)

    return run
