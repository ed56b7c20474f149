"""Export the whole register to JSON or CSV; import an export into an empty one.

Rows are written in primary-key order, table by table in dependency
order, each value in a stable text form, as a stream: nothing is held
whole in memory. The tables are those of the loaded models. The CSV form
is a folder with one CSV per table and a CSV on the Web metadata file
(`csv-metadata.json`) that types and documents each column. Every export
ends with a manifest: each table's row count and SHA-256.

An export is meant to leave the building: password hashes are never in
it (user accounts travel without them; their holders set a new password
after an import). A backup (`concord.services.backup`) carries them.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import manifest as manifests
from concord.services.context import Context
from concord.services.export_read import FORMAT, FORMAT_VERSION
from concord.services.loader import REFERENCE_TABLES, ImportResult, import_file  # noqa: F401  (re-exported)
from concord.store.types import Money, Percent

WITHHELD = "(withheld)"
Progress = Callable[[int, str], None]


def tables() -> list[sa.Table]:
    """Every table of the register, in dependency order, from the loaded models (not the search
    index, which is derived from them and made again after an import or a restore)."""
    from concord.store.db import load_models
    from concord.store.base import Base

    load_models()
    return [t for t in Base.metadata.sorted_tables if t.name not in ("search_entry", "register_generation", "web_session")]


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: str | None
    tables: int
    rows: int
    manifest: manifests.Manifest


# --- values ---------------------------------------------------------------

def encode(value: Any) -> Any:
    """A JSON-ready value; CSV writes the same as text."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        # stored in UTC; SQLite gives it back without the zone
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _without_secrets(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Password hashes withheld: from user accounts, and from the audit of them."""
    if table == "user_account" and row.get("password_hash") is not None:
        return {**row, "password_hash": None}
    if table == "audit_record" and row.get("entity") == "user_account":
        for side in ("before", "after"):
            values = row.get(side)
            if isinstance(values, dict) and values.get("password_hash") is not None:
                row = {**row, side: {**values, "password_hash": WITHHELD}}
    return row


# --- the snapshot ----------------------------------------------------------

def begin_snapshot(ctx: Context) -> sa.Connection:
    """The context's connection, in one consistent read of the whole register."""
    conn = ctx.session.connection()
    if ctx.store.backend == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    else:
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None and not dbapi.in_transaction:
            conn.exec_driver_sql("BEGIN")  # one read transaction: a consistent snapshot in WAL mode
    return conn


def _rows(conn: sa.Connection, table: sa.Table, secrets: bool) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns)
    result = conn.execution_options(yield_per=1000).execute(sa.select(table).order_by(*order)).mappings()
    for row in result:
        out = {c.name: encode(row[c.name]) for c in table.columns}
        yield out if secrets else _without_secrets(table.name, out)


def _write_json(conn: sa.Connection, out: IO[str], kind: str, schema: str, secrets: bool,
               progress: Progress | None = None) -> manifests.Manifest:
    """The register as one JSON document, written row by row; returns its manifest."""
    out.write(json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "kind": kind, "schema": schema})[:-1])
    out.write(',\n "tables": {')
    digests: dict[str, manifests.Digest] = {}
    for i, table in enumerate(tables()):
        digest = digests[table.name] = manifests.Digest()
        out.write(("," if i else "") + f"\n  {json.dumps(table.name)}: [")
        for row in _rows(conn, table, secrets):
            out.write(("," if digest.rows else "") + "\n   "
                      + json.dumps(row, sort_keys=True, ensure_ascii=False, allow_nan=False))
            digest.add(row)
        out.write("\n  ]" if digest.rows else "]")
        if progress:
            progress(1, table.name)
    built = manifests.build(schema, digests)
    out.write('\n },\n "manifest": ' + json.dumps(built.as_json(), sort_keys=True) + "\n}\n")
    return built


# --- export ---------------------------------------------------------------

def export(ctx: Context, fmt: str, out: Path | None = None, stream: IO[str] | None = None,
           progress: Progress | None = None) -> ExportResult:
    """Write the register as JSON (to a file, or to `stream`) or CSV (to a folder)."""
    from concord.store.schema_head import HEAD

    ctx.require(Permission.DATA_EXPORT)
    if fmt not in ("json", "csv"):
        raise DomainError("--format", fmt, "must be json or csv")
    conn = begin_snapshot(ctx)
    if fmt == "csv":
        if out is None:
            raise DomainError("--out", None, "is required for CSV: a folder to write one CSV per table into")
        built = _write_csv(conn, out, HEAD, progress)
    elif out is None:
        if stream is None:
            raise DomainError("--out", None, "is required: a file to write")
        built = _write_json(conn, stream, "export", HEAD, secrets=False, progress=progress)
    else:
        built = _to_file(out, lambda fh: _write_json(conn, fh, "export", HEAD, secrets=False, progress=progress))
    return ExportResult(fmt, None if out is None else str(out), len(built.tables), built.rows, built)


def writable_file(path: Path, what: str = "--out") -> None:
    """Refuse a path that cannot take a new file, before any work is done."""
    if path.is_dir():
        raise DomainError(what, str(path), "is a folder: give a file name")
    if not path.parent.is_dir():
        raise DomainError(what, str(path), "is in a folder that does not exist")
    if not os.access(path.parent, os.W_OK):
        raise DomainError(what, str(path), "is in a folder you cannot write to")


def _to_file(path: Path, write: Callable[[IO[str]], manifests.Manifest]) -> manifests.Manifest:
    """Write to PATH.part (0600) and rename it into place only when complete."""
    import io

    from concord.store.files import open_private

    writable_file(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with io.TextIOWrapper(open_private(tmp), encoding="utf-8", newline="\n") as fh:
            built = write(fh)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return built


def _write_csv(conn: sa.Connection, folder: Path, schema: str, progress: Progress | None) -> manifests.Manifest:
    import csv
    import hashlib

    from concord.store.files import make_private_folder, open_private

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DomainError("--out", str(folder), "must be a new or empty folder for CSV export")
    if not folder.parent.is_dir():
        raise DomainError("--out", str(folder), "is in a folder that does not exist")
    make_private_folder(folder)
    meta_tables, files = [], {}
    digests: dict[str, manifests.Digest] = {}
    for table in tables():
        path = folder / f"{table.name}.csv"
        digest = digests[table.name] = manifests.Digest()
        with open_private(path) as raw, _text(raw) as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([c.name for c in table.columns])
            for row in _rows(conn, table, secrets=False):
                w.writerow([_csv_text(row[c.name]) for c in table.columns])
                digest.add(row)
        files[table.name] = {"rows": digest.rows, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
        meta_tables.append({
            "url": path.name,
            "dc:title": table.name,
            "tableSchema": {
                "columns": [{"name": c.name, "titles": c.name, "datatype": _csvw_type(c),
                             "required": not c.nullable} for c in table.columns],
                "primaryKey": [c.name for c in table.primary_key.columns],
            },
        })
        if progress:
            progress(1, table.name)
    meta = {"@context": "http://www.w3.org/ns/csvw", "dc:title": "Concord register export",
            "concord:format": FORMAT, "concord:version": FORMAT_VERSION, "concord:kind": "export",
            "concord:schema": schema, "concord:manifest": {"schema": schema, "files": files},
            "tables": meta_tables}
    with open_private(folder / "csv-metadata.json") as raw, _text(raw) as fh:
        fh.write(json.dumps(meta, indent=1) + "\n")
    return manifests.build(schema, digests)


def _text(raw: IO[bytes]) -> IO[str]:
    import io

    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _csvw_type(c: sa.Column) -> str:
    t = c.type
    if isinstance(t, (Money, Percent)):
        return "decimal"
    if isinstance(t, sa.Enum):
        return "string"
    if isinstance(t, sa.JSON):
        return "json"
    if isinstance(t, sa.LargeBinary):
        return "base64Binary"
    if isinstance(t, sa.Boolean):
        return "boolean"
    if isinstance(t, sa.Integer):
        return "integer"
    if isinstance(t, sa.Float):
        return "double"
    if isinstance(t, sa.DateTime):
        return "datetime"
    if isinstance(t, sa.Date):
        return "date"
    if isinstance(t, sa.Time):
        return "time"
    return "string"


# --- import ---------------------------------------------------------------

def import_(ctx: Context, path: Path, progress: Progress | None = None) -> ImportResult:
    """Import an export (a JSON file or a CSV folder) into an empty register.

    One transaction (the caller's unit of work): all of it or nothing.
    """
    return import_file(ctx, path, progress)
