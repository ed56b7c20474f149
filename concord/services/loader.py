"""Loading an export or a backup into the register, row by row, in the
caller's one transaction.

Shared by `import` (into an empty register; history brought in is kept
as imported and names the import, which is itself audited) and
`restore` (the whole register replaced, every row exactly as backed up,
the restore audited after). Every value is read by its column's type
and every row passes the store's write rules (`import_checks`); anything
wrong refuses the whole file and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import import_checks, manifest as manifests
from concord.services.context import Context
from concord.services.export_read import FORMAT_VERSION, CsvSource, HashingReader, JsonSource
from concord.store.base import table_of

HISTORY = ("audit_record", "marking_change")
#: set up by `concord init`; an import replaces them only with a whole set of its own
REFERENCE_TABLES = ("force", "policing_body", "office", "organisation")
BATCH = 1000
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ImportResult:
    path: str
    tables: int
    rows: int
    counts: tuple[tuple[str, int], ...]
    #: the audit record of this import, which the history it brought names
    audit_id: int


def known_revisions() -> list[str]:
    from concord.store import schema

    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(schema.MIGRATIONS))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def check_header(header: dict[str, Any], where: str, kinds: tuple[str, ...]) -> None:
    """The format, version, kind and schema a file states, before any row is read."""
    from concord.store.schema_head import HEAD

    if header.get("version") != FORMAT_VERSION:
        raise DomainError("version", import_checks.shown(header.get("version")),
                          f"is not export format version {FORMAT_VERSION} ({where})")
    kind = header.get("kind")
    if kind not in kinds:
        raise DomainError("kind", import_checks.shown(kind),
                          f"must be {' or '.join(kinds)} ({where})"
                          + (": a backup is restored with `concord restore`, an export imported with `concord import`"
                             if kind in ("export", "backup") else ""))
    found = header.get("schema")
    if found != HEAD:
        known = known_revisions()
        if not isinstance(found, str) or found not in known:
            raise DomainError("schema", import_checks.shown(found),
                              f"is not a schema this Concord knows ({known[0]} to {known[-1]}): "
                              f"it was made by another version of Concord ({where})")
        raise DomainError("schema", found, f"is older than this register's schema {HEAD}: load it with the "
                                           f"Concord version that made it, upgrade that, and export again ({where})")


class Loader:
    """Inserts the rows of a source, checked, in batches, into one transaction."""

    def __init__(self, ctx: Context, mode: str, where: str, from_csv: bool = False) -> None:
        from concord.services.transfer import tables

        self.ctx = ctx
        self.mode = mode  # "import" or "restore"
        self.where = where
        self.conn = ctx.session.connection()
        self.tables = {t.name: t for t in tables()}
        self.rules = import_checks.RowRules()
        self.counts: dict[str, int] = {}
        self.audit_id: int | None = None
        self._reference_cleared = False
        self._from_csv = from_csv

    def prepare(self) -> None:
        """Before the first row: a restore empties the register; an import
        needs an empty one and records itself first, so history can name it.
        The search index is emptied first and made again at the end."""
        from concord.store import search_index

        search_index.clear(self.conn)
        if self.mode == "restore":
            from concord.store.base import table_of
            from concord.store.models import WebSession

            # sessions are not register data: a restore ends them all (everyone signs in again)
            self.conn.execute(table_of(WebSession).delete())
            for table in reversed(list(self.tables.values())):
                self.conn.execute(table.delete())
            return
        _require_empty(self.conn, self.tables)
        self.audit_id = _audit(self.conn, self.ctx, "import", self.where, {"file": self.where, "state": "begun"})

    def load(self, items: Any, progress: Progress | None = None) -> dict[str, int]:
        table: sa.Table | None = None
        batch: list[dict[str, Any]] = []
        for kind, name, raw in items:
            if kind == "table":
                self._flush(table, batch)
                self._end(table)
                table = self._begin(name)
                if progress:
                    progress(1, name)
                continue
            assert table is not None
            n = self.counts[table.name] = self.counts[table.name] + 1
            batch.append(self._values(table, raw, n))
            if len(batch) >= BATCH:
                self._flush(table, batch)
        self._flush(table, batch)
        self._end(table)
        self._finish()
        return self.counts

    def _begin(self, name: str) -> sa.Table:
        table = self.tables.get(name)
        if table is None:
            raise DomainError("table", name, f"is not a table of this Concord version ({self.where})")
        if name in self.counts:
            raise DomainError("table", name, f"is given twice ({self.where})")
        self.counts[name] = 0
        return table

    def _end(self, table: sa.Table | None) -> None:
        """Reference data comes whole or not at all: checked as each reference table ends,
        before a later table can refer to what is missing."""
        ref = REFERENCE_TABLES
        if table is None or table.name not in ref:
            return
        seen = [name for name in ref if name in self.counts]
        had = [name for name in seen if self.counts[name]]
        lacking = [name for name in seen if not self.counts[name]]
        if had and lacking:
            raise DomainError("PATH", self.where, f"holds {had[0]} rows but no {lacking[0]} rows: an export "
                                                  "holds all the reference data or none of it")

    def _values(self, table: sa.Table, raw: dict[str, Any], n: int) -> dict[str, Any]:
        where = f"{table.name} row {n} of {self.where}"
        if not isinstance(raw, dict):
            raise DomainError(f"{table.name} row {n}", import_checks.shown(raw), "is not an object")
        unknown = [k for k in raw if k not in table.columns]
        if unknown:
            raise DomainError(f"{table.name} column", unknown[0], f"is not in this schema ({where})")
        missing = [c.name for c in table.columns if c.name not in raw]
        if missing:
            raise DomainError(f"{table.name}.{missing[0]}", "(missing)", f"is required in every row ({where})")
        values = {c.name: import_checks.decode(c, raw[c.name], self._from_csv) for c in table.columns}
        self.rules.check(table.name, values, where)
        if self.mode == "import":
            if table.name in HISTORY:  # kept as imported, under new ids, naming this import
                del values["id"]
                values["imported_in"] = self.audit_id
            elif table.name in REFERENCE_TABLES and not self._reference_cleared:
                self._clear_reference()
        return values

    def _clear_reference(self) -> None:
        """The file carries reference data: it replaces what `init` set up."""
        for name in reversed(REFERENCE_TABLES):
            self.conn.execute(self.tables[name].delete())
        self._reference_cleared = True

    def _flush(self, table: sa.Table | None, batch: list[dict[str, Any]]) -> None:
        if table is not None and batch:
            self.conn.execute(table.insert(), batch)
        batch.clear()

    def _finish(self) -> None:
        from concord.store import casting, search_index

        total = sum(self.counts.values())
        if total == 0:
            raise DomainError("PATH", self.where, "holds no rows: nothing to load, and nothing was changed")
        ref = REFERENCE_TABLES
        if self.mode == "restore":
            missing = [name for name in self.tables if name not in self.counts]
            if missing:
                raise DomainError("PATH", self.where, f"has no table {missing[0]}: a backup holds every table")
        if any(self.counts.get(name) for name in ref) and not all(self.counts.get(name) for name in ref):
            lacking = next(name for name in ref if not self.counts.get(name))
            raise DomainError("PATH", self.where, f"holds reference data but no {lacking} rows: an export "
                                                  "holds all the reference data or none of it")
        import_checks._check_across(self.conn)
        casting.refresh(self.conn)
        search_index.rebuild(self.conn)
        if self.ctx.store.backend == "postgresql":
            _reset_sequences(self.conn, self.tables.values())


def _audit(conn: sa.Connection, ctx: Context, action: str, where: str, after: dict[str, Any]) -> int:
    """One audit record of a whole-register operation (import, restore); its id."""
    from concord.store.models import AuditRecord

    t = table_of(AuditRecord)
    return conn.execute(t.insert().returning(t.c.id), {
        "at": dt.datetime.now(dt.timezone.utc), "actor": ctx.actor.name, "action": action,
        "entity": "register", "entity_id": Path(where).name[:60] or "register", "before": None, "after": after,
    }).scalar_one()


def _require_empty(conn: sa.Connection, tables: dict[str, sa.Table]) -> None:
    ref = REFERENCE_TABLES
    ordered = sorted(tables.values(), key=lambda t: t.name in HISTORY)  # name real data first
    for table in ordered:
        if table.name in ref:
            continue
        q = sa.select(sa.func.count()).select_from(table)
        if table.name == "audit_record":
            q = q.where(table.c.entity.not_in(ref))
        n = conn.execute(q).scalar()
        if n:
            raise DomainError("database", table.name,
                              f"already holds {n} rows: import needs an empty register "
                              "(run it after `concord init` on a new database)")


def _reset_sequences(conn: sa.Connection, tables: Any) -> None:
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, sa.Integer) and pk[0].autoincrement:
            conn.execute(sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                f"COALESCE((SELECT MAX({pk[0].name}) FROM \"{table.name}\"), 0) + 1, false)"))


# --- import ----------------------------------------------------------------

def import_file(ctx: Context, path: Path, progress: Progress | None = None) -> ImportResult:
    ctx.require(Permission.DATA_IMPORT)
    where = str(path)
    loader = Loader(ctx, "import", where, from_csv=path.is_dir())

    def before_tables(header: dict[str, Any]) -> None:
        check_header(header, where, ("export", "backup"))
        loader.prepare()

    if path.is_dir():
        source: Any = CsvSource(path, before_tables)
        counts = loader.load(source.items(), progress)
        file_sha = _check_csv_manifest(source, where)
    else:
        if not path.is_file():
            raise DomainError("PATH", where, "is not a file or folder")
        with path.open("rb") as raw:
            reader = HashingReader(raw)
            source = JsonSource(reader, where, before_tables)  # type: ignore[arg-type]
            counts = loader.load(source.items(), progress)
            if source.manifest is not None:
                manifests.compare(manifests.parse(source.manifest, where), source.digests, where)
            file_sha = reader.sha.hexdigest()
    assert loader.audit_id is not None
    _complete_audit(ctx, loader.audit_id, where, file_sha, counts)
    return ImportResult(where, sum(1 for n in counts.values() if n), sum(counts.values()),
                        tuple(counts.items()), loader.audit_id)


def _check_csv_manifest(source: CsvSource, where: str) -> str:
    stated = source.manifest
    if stated is not None:
        files = stated.get("files") if isinstance(stated, dict) else None
        if not isinstance(files, dict):
            raise DomainError("concord:manifest", where, "must hold \"files\": each table's rows and sha256")
        for name, entry in files.items():
            if not isinstance(entry, dict) or entry.get("rows") != source.digests.get(name, manifests.Digest()).rows \
                    or entry.get("sha256") != source.file_sha.get(name):
                raise DomainError("PATH", where, f"does not match its manifest in table {name}: "
                                                 "the export is damaged or was changed")
    whole = hashlib.sha256()
    for name in sorted(source.file_sha):
        whole.update(f"{name}:{source.file_sha[name]}\n".encode())
    return whole.hexdigest()


def _complete_audit(ctx: Context, audit_id: int, where: str, file_sha: str, counts: dict[str, int]) -> None:
    from concord.store.models import AuditRecord

    t = table_of(AuditRecord)
    ctx.session.connection().execute(t.update().where(t.c.id == audit_id).values(after={
        "file": where, "sha256": file_sha, "rows": sum(counts.values()),
        "tables": {k: v for k, v in counts.items() if v}}))
