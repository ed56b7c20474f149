"""Backup and restore, consistent while the database is in use, on both databases.

A backup is the whole register, password hashes included, as a gzip'd
JSON document taken in one consistent read (REPEATABLE READ on
PostgreSQL, one read transaction in SQLite's WAL mode), ending with a
manifest: the schema revision, and each table's row count and SHA-256.
`backup` reads what it wrote back before it keeps it: unless the file
holds every row of every table, it is deleted and the command fails.

`restore` checks the whole file against its manifest before it touches
anything, decompressing as a stream with a cap (a gzip bomb is refused
early, in little memory), then replaces the register in one transaction
and records the restore in the audit trail.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import loader, manifest as manifests
from concord.services.context import Context
from concord.services.export_read import HashingReader, JsonSource

SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
#: decompressed bytes allowed per compressed byte, and at least this many
RATIO_CAP = 100
FLOOR_CAP = 64 * 1024 * 1024
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class BackupResult:
    path: str
    tables: int
    rows: int
    manifest: manifests.Manifest


@dataclass(frozen=True)
class RestoreResult:
    path: str
    tables: int
    rows: int
    manifest: manifests.Manifest
    audit_id: int


def prepare(store: Any) -> None:
    """Give a database the register's schema, so that a backup can be restored into it."""
    from concord.store import schema

    schema.upgrade(store)


# --- backup ----------------------------------------------------------------

def backup(ctx: Context, dest: Path, progress: Progress | None = None) -> BackupResult:
    from concord.services import transfer
    from concord.store.files import open_private
    from concord.store.schema_head import HEAD

    ctx.require(Permission.DATA_EXPORT)
    transfer.writable_file(dest, "PATH")
    conn = transfer.begin_snapshot(ctx)
    expected = {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in transfer.tables()}
    tmp = dest.with_name(dest.name + ".part")
    try:
        with open_private(tmp) as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as gz, \
                io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
            written = transfer._write_json(conn, fh, "backup", HEAD, secrets=True, progress=progress)
        _holds_every_row(written, expected, dest)
        _, reread = verify(tmp, str(dest))
        if reread.as_json() != written.as_json():
            raise DomainError("PATH", str(dest), "did not read back as it was written: no backup kept")
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupResult(str(dest), len(written.tables), written.rows, written)


def _holds_every_row(written: manifests.Manifest, expected: dict[str, int], dest: Path) -> None:
    got = {t.table: t.rows for t in written.tables}
    for name, n in expected.items():
        if got.get(name) != n:
            raise DomainError("PATH", str(dest), f"would hold {got.get(name, 0)} rows of {name} where the register "
                                                 f"holds {n}: the backup is incomplete, so none was kept")


# --- reading a backup --------------------------------------------------------

class _Capped(io.RawIOBase):
    """Decompressed bytes, refused past a cap: a bomb stops early, in little memory."""

    def __init__(self, gz: gzip.GzipFile, cap: int, where: str) -> None:
        self._gz, self._cap, self._where, self.total = gz, cap, where, 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        try:
            data = self._gz.read(n if n and n > 0 else 65536)
        except EOFError:
            raise DomainError("PATH", self._where, "is cut short: the gzip stream ends before its end "
                                                   "(a truncated or partly copied backup)") from None
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            raise DomainError("PATH", self._where, f"is not a readable gzip file ({exc})") from None
        self.total += len(data)
        if self.total > self._cap:
            raise DomainError("PATH", self._where, f"expands to more than {self._cap // (1024 * 1024)} MiB: "
                                                   "refused as a likely decompression bomb")
        return data

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


def _open(source: Path, where: str) -> tuple[IO[bytes], HashingReader]:
    if not source.is_file():
        raise DomainError("PATH", where, "is not a backup file")
    raw = source.open("rb")
    head = raw.read(16)
    raw.seek(0)
    if head == SQLITE_MAGIC:
        raw.close()
        raise DomainError("PATH", where, "is a SQLite database file, not a Concord backup: backups are "
                                         "gzip'd JSON with a manifest (`concord backup`)")
    if not head.startswith(GZIP_MAGIC):
        raw.close()
        raise DomainError("PATH", where, "is not a Concord backup (not gzip'd)")
    hashing = HashingReader(raw)
    cap = max(FLOOR_CAP, RATIO_CAP * source.stat().st_size)
    gz = gzip.GzipFile(fileobj=hashing, mode="rb")
    return io.BufferedReader(_Capped(gz, cap, where), 65536), hashing


def verify(source: Path, where: str | None = None) -> tuple[dict[str, Any], manifests.Manifest]:
    """Read a whole backup and check it against its manifest; its header and manifest."""
    from concord.services.transfer import tables

    where = where or str(source)
    fh, _ = _open(source, where)
    with fh:
        src = JsonSource(fh, where, lambda header: loader.check_header(header, where, ("backup",)))
        for _ in src.items():
            pass
    if src.manifest is None:
        raise DomainError("PATH", where, "has no manifest: not a complete Concord backup")
    stated = manifests.parse(src.manifest, where)
    if stated.schema != src.header.get("schema"):
        raise DomainError("manifest", where, "names another schema than the backup's header")
    manifests.compare(stated, src.digests, where)
    listed = {t.table for t in stated.tables}
    known = {t.name for t in tables()}
    for name in sorted(listed - known):
        raise DomainError("table", name, f"is not a table of this Concord version ({where})")
    for table in tables():
        if table.name not in listed:
            raise DomainError("PATH", where, f"has no table {table.name}: a backup holds every table")
    if stated.rows == 0:
        raise DomainError("PATH", where, "holds no rows: an empty backup is refused")
    return src.header, stated


# --- restore -----------------------------------------------------------------

def restore(ctx: Context, source: Path, progress: Progress | None = None) -> RestoreResult:
    """Replace the whole register with a backup, checked whole first; one transaction."""
    ctx.require(Permission.DATA_IMPORT)
    where = str(source)
    _, stated = verify(source, where)  # before anything is touched
    load = loader.Loader(ctx, "restore", where)
    fh, hashing = _open(source, where)
    with fh:
        def before_tables(header: dict[str, Any]) -> None:
            loader.check_header(header, where, ("backup",))
            load.prepare()

        src = JsonSource(fh, where, before_tables)
        load.load(src.items(), progress)
    manifests.compare(stated, src.digests, where)  # the file did not change between the two reads
    audit_id = loader._audit(ctx.session.connection(), ctx, "restore", where, {
        "file": where, "sha256": hashing.sha.hexdigest(), "manifest": stated.as_json()})
    return RestoreResult(where, len(stated.tables), stated.rows, stated, audit_id)
