"""Backup and restore, consistent while the database is in use.

SQLite: the online backup API copies a consistent image page by page
while other connections read and write. PostgreSQL: a gzip'd Concord
export taken in one REPEATABLE READ snapshot. Restore replaces the
whole register in one transaction (or one backup-API copy).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from concord.domain.errors import DomainError
from concord.services import transfer
from concord.store.db import Store, sqlite_path

SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
Progress = Callable[[int, int], None]


def backup(store: Store, dest: Path, progress: Progress | None = None) -> str:
    if dest.exists() and dest.is_dir():
        raise DomainError("PATH", str(dest), "is a folder: give a file name for the backup")
    if not dest.parent.exists():
        raise DomainError("PATH", str(dest), "is in a folder that does not exist")
    src = sqlite_path(store.engine)
    if src is not None:
        tmp = dest.with_name(dest.name + ".part")
        with sqlite3.connect(src) as live, sqlite3.connect(tmp) as out:
            live.backup(out, pages=256, progress=(lambda _s, rem, tot: progress(tot - rem, tot)) if progress else None)
        out.close()
        tmp.replace(dest)
        return "sqlite"
    data = transfer.snapshot(store)
    tmp = dest.with_name(dest.name + ".part")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    tmp.replace(dest)
    return "export"


def restore(store: Store, source: Path, progress: Progress | None = None) -> str:
    if not source.is_file():
        raise DomainError("PATH", str(source), "is not a backup file")
    head = source.open("rb").read(16)
    target = sqlite_path(store.engine)
    if head == SQLITE_MAGIC:
        if target is None:
            raise DomainError("PATH", str(source), "is a SQLite backup; restore it into a SQLite database")
        _check_sqlite_backup(source)
        store.dispose()
        with sqlite3.connect(source) as src, sqlite3.connect(target) as live:
            src.backup(live, pages=256, progress=(lambda _s, rem, tot: progress(tot - rem, tot)) if progress else None)
        return "sqlite"
    if head.startswith(GZIP_MAGIC):
        try:
            with gzip.open(source, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            raise DomainError("PATH", str(source), f"is not a readable Concord backup ({exc})") from None
        if data.get("format") != transfer.FORMAT:
            raise DomainError("PATH", str(source), "is not a Concord backup")
        _replace_all(store, data)
        return "export"
    raise DomainError("PATH", str(source), "is not a Concord backup (neither SQLite nor gzip'd export)")


def _check_sqlite_backup(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has = conn.execute("SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DomainError("PATH", str(path), f"is a damaged SQLite file ({exc})") from None
    if ok != "ok":
        raise DomainError("PATH", str(path), f"fails SQLite's integrity check ({ok})")
    if not has:
        raise DomainError("PATH", str(path), "is a SQLite file but not a Concord database")


def _replace_all(store: Store, data: dict) -> None:
    transfer.load(store, data, replace=True)
