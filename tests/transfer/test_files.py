"""The database, its WAL, exports and backups are readable by their owner
only, whatever the umask of the person who made them."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)  # the commands run below inherit it
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_exports_and_backups_are_private(concord, permissive_umask, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    out = tmp_path / "out"
    out.mkdir()
    assert concord("export", "--out", out / "register.json").code == 0
    assert concord("export", "--format", "csv", "--out", out / "csv").code == 0
    assert concord("backup", out / "register.backup").code == 0
    (out / "existing.json").write_text("{}")
    os.chmod(out / "existing.json", 0o666)
    assert concord("export", "--out", out / "existing.json").code == 0
    assert _mode(out / "register.json") == 0o600
    assert _mode(out / "existing.json") == 0o600
    assert _mode(out / "register.backup") == 0o600
    assert _mode(out / "csv") == 0o700
    files = list((out / "csv").iterdir())
    assert files and all(_mode(p) == 0o600 for p in files)


@pytest.mark.skipif(bool(os.environ.get("CONCORD_TEST_DATABASE_URL")), reason="a SQLite database file")
def test_a_new_database_and_its_wal_are_private(concord, permissive_umask, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "new" / "register.db"
    db.parent.mkdir()
    ran = concord("init", env={"CONCORD_DATABASE_URL": f"sqlite:///{db}"})
    assert ran.code == 0, ran.err
    assert _mode(db) == 0o600
    conn = sqlite3.connect(db)  # a writer holds the WAL open, made under the same umask
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE scratch (x)")
    conn.commit()
    wal = [p for p in db.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
    try:
        assert wal and all(_mode(p) == 0o600 for p in wal), [(p.name, oct(_mode(p))) for p in wal]
    finally:
        conn.close()
