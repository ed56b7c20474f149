"""Export the whole register to JSON or CSV, and import it into an empty one.

Export, import into an empty database, export again: the two exports
are equal. Rows are written in primary-key order, table by table in
dependency order, with every value in a stable text form. The CSV form
is a folder with one CSV per table and a CSV on the Web metadata file
(`csv-metadata.json`) that types and documents each column.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.store import schema
from concord.store.base import Base
from concord.store.db import Store
from concord.store.types import Money, Percent

FORMAT = "concord-export"
FORMAT_VERSION = 1
REFERENCE_TABLES = ("force", "policing_body", "office", "organisation")
#: replaced on import when they hold nothing but the set-up of reference data
SETUP_TABLES = REFERENCE_TABLES + ("audit_record",)
Progress = Callable[[int, str], None]


def tables() -> list[sa.Table]:
    return list(Base.metadata.sorted_tables)


# --- values ---------------------------------------------------------------

def encode(column: sa.Column, value: Any) -> Any:
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


def decode(column: sa.Column, value: Any) -> Any:
    """The Python value for a column from its exported form (JSON value or CSV text)."""
    if value is None:
        return None
    t = column.type
    py = _python_type(t)
    try:
        if isinstance(t, (Money, Percent)):
            return Decimal(str(value))
        if isinstance(t, sa.Enum):
            return value if t.enum_class is None else t.enum_class(value)
        if py is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if py is int:
            return int(value)
        if py is float:
            return float(value)
        if py is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if py is dt.date:
            return dt.date.fromisoformat(value)
        if py is dt.time:
            return dt.time.fromisoformat(value)
        if isinstance(t, sa.LargeBinary):
            return base64.b64decode(value)
        if isinstance(t, sa.JSON):
            return json.loads(value) if isinstance(value, str) else value
    except (ValueError, TypeError) as exc:
        raise DomainError(f"{column.table.name}.{column.name}", value, f"cannot be read: {exc}") from None
    return value


def _python_type(t: sa.types.TypeEngine) -> type | None:
    if isinstance(t, (Money, Percent, sa.Enum, sa.JSON, sa.LargeBinary)):
        return None
    try:
        return t.python_type
    except NotImplementedError:
        return None


# --- export ---------------------------------------------------------------

def _rows(conn: sa.Connection, table: sa.Table) -> Iterator[dict[str, Any]]:
    order = [c for c in table.primary_key.columns]
    for row in conn.execute(sa.select(table).order_by(*order)).mappings():
        yield {c.name: encode(c, row[c.name]) for c in table.columns}


def snapshot(store: Store, progress: Progress | None = None) -> dict[str, Any]:
    """The whole register as one consistent, JSON-ready dict."""
    out: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION,
                           "schema": schema.head_revision(store), "tables": {}}
    with store.engine.connect() as conn:
        if store.backend == "postgresql":
            conn.execute(sa.text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        else:
            conn.exec_driver_sql("BEGIN")  # one read transaction: a consistent snapshot in WAL mode
        for table in tables():
            out["tables"][table.name] = list(_rows(conn, table))
            if progress:
                progress(1, table.name)
        conn.rollback()
    return out


def export(store: Store, fmt: str, out: Path | None, progress: Progress | None = None) -> str | None:
    """Write the register as JSON (to a file, or return it) or CSV (to a folder)."""
    data = snapshot(store, progress)
    if fmt == "json":
        text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True)
        if out is None:
            return text
        out.write_text(text + "\n", encoding="utf-8")
        return None
    if fmt == "csv":
        if out is None:
            raise DomainError("--out", None, "is required for CSV: a folder to write one CSV per table into")
        _write_csv(data, out)
        return None
    raise DomainError("--format", fmt, "must be json or csv")


def _write_csv(data: dict[str, Any], folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DomainError("--out", str(folder), "must be a new or empty folder for CSV export")
    folder.mkdir(parents=True, exist_ok=True)
    meta_tables = []
    for table in tables():
        rows = data["tables"][table.name]
        path = folder / f"{table.name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([c.name for c in table.columns])
            for row in rows:
                w.writerow([_csv_text(row[c.name]) for c in table.columns])
        meta_tables.append({
            "url": path.name,
            "dc:title": table.name,
            "tableSchema": {
                "columns": [{"name": c.name, "titles": c.name, "datatype": _csvw_type(c),
                             "required": not c.nullable} for c in table.columns],
                "primaryKey": [c.name for c in table.primary_key.columns],
            },
        })
    meta = {"@context": "http://www.w3.org/ns/csvw", "dc:title": "Concord register export",
            "concord:format": FORMAT, "concord:version": FORMAT_VERSION,
            "concord:schema": data["schema"], "tables": meta_tables}
    (folder / "csv-metadata.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


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
    py = _python_type(t)
    return {bool: "boolean", int: "integer", float: "double", dt.date: "date",
            dt.datetime: "datetime", dt.time: "time"}.get(py, "string")


# --- import ---------------------------------------------------------------

def read(path: Path) -> dict[str, Any]:
    """An export (JSON file or CSV folder) as the dict `snapshot` makes."""
    if path.is_dir():
        meta_path = path / "csv-metadata.json"
        if not meta_path.exists():
            raise DomainError("PATH", str(path), "is a folder without csv-metadata.json: not a Concord CSV export")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        data = {"format": meta.get("concord:format"), "version": meta.get("concord:version"),
                "schema": meta.get("concord:schema"), "tables": {}}
        known = {t.name: t for t in tables()}
        for entry in meta["tables"]:
            table = known.get(entry["dc:title"])
            if table is None:
                raise DomainError("table", entry["dc:title"], "is not a table of this Concord version")
            with (path / entry["url"]).open(newline="", encoding="utf-8") as fh:
                # CSV cannot tell an empty string from a missing value: both are null
                data["tables"][table.name] = [{k: (v if v != "" else None) for k, v in row.items()}
                                              for row in csv.DictReader(fh)]
        return data
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DomainError("PATH", str(path), f"is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DomainError("PATH", str(path), f"is not a Concord export (no \"format\": \"{FORMAT}\")")
    return data


def load(store: Store, data: dict[str, Any], progress: Progress | None = None,
         replace: bool = False) -> dict[str, int]:
    """Import an export into an empty register, in one transaction.

    With `replace`, everything already there is deleted first, in the
    same transaction (this is how a backup is restored).
    """
    if data.get("version") != FORMAT_VERSION:
        raise DomainError("version", data.get("version"), f"is not export format version {FORMAT_VERSION}")
    if data.get("schema") != schema.head_revision(store):
        raise DomainError("schema", data.get("schema"),
                          f"differs from this database's schema {schema.head_revision(store)}")
    counts: dict[str, int] = {}
    with store.connection() as conn:
        if not replace:
            _require_empty(conn)
        for table in reversed(tables()):
            if replace or table.name in SETUP_TABLES:
                conn.execute(table.delete())
        for table in tables():
            rows = data["tables"].get(table.name, [])
            if rows:
                unknown = set(rows[0]) - set(table.columns.keys())
                if unknown:
                    raise DomainError(f"{table.name} column", sorted(unknown)[0], "is not in this schema")
                conn.execute(table.insert(), [{c.name: decode(c, r.get(c.name)) for c in table.columns}
                                              for r in rows])
            counts[table.name] = len(rows)
            if progress:
                progress(1, table.name)
        if store.backend == "postgresql":
            _reset_sequences(conn)
    return counts


def _require_empty(conn: sa.Connection) -> None:
    history = ("audit_record", "marking_change")
    for table in sorted(tables(), key=lambda t: t.name in history):  # name real data first
        if table.name in REFERENCE_TABLES:
            continue
        q = sa.select(sa.func.count()).select_from(table)
        if table.name == "audit_record":
            q = q.where(table.c.entity.not_in(REFERENCE_TABLES))
        n = conn.execute(q).scalar()
        if n:
            raise DomainError("database", table.name,
                              f"already holds {n} rows: import needs an empty register (run it after `concord init` on a new database)")


def _reset_sequences(conn: sa.Connection) -> None:
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, sa.Integer) and pk[0].autoincrement:
            conn.execute(sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                f"COALESCE((SELECT MAX({pk[0].name}) FROM \"{table.name}\"), 0) + 1, false)"))
