"""What a backup (or an export) holds, table by table: the manifest.

Each table's entry is its row count and a SHA-256 of its rows, each row
in one canonical form (keys sorted, no spaces, numbers as the text they
are written with), so that the same rows hash the same whether they are
being written from the database or read back from the file. `restore`
checks the manifest against the file before it touches the register.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from concord.domain.errors import DomainError


def _canonical(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return str(value)


def row_line(row: dict[str, Any]) -> bytes:
    return json.dumps(_canonical(row), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Digest:
    """Row count and SHA-256 of one table's rows, built row by row."""

    def __init__(self) -> None:
        self.rows = 0
        self._sha = hashlib.sha256()

    def add(self, row: dict[str, Any]) -> None:
        self.rows += 1
        self._sha.update(row_line(row) + b"\n")

    def entry(self) -> dict[str, Any]:
        return {"rows": self.rows, "sha256": self._sha.hexdigest()}


@dataclass(frozen=True)
class TableEntry:
    table: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    schema: str
    tables: tuple[TableEntry, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def as_json(self) -> dict[str, Any]:
        return {"schema": self.schema,
                "tables": {t.table: {"rows": t.rows, "sha256": t.sha256} for t in self.tables}}


def build(schema: str, digests: dict[str, Digest]) -> Manifest:
    return Manifest(schema, tuple(TableEntry(name, d.rows, d.entry()["sha256"]) for name, d in digests.items()))


def parse(raw: Any, where: str) -> Manifest:
    """A manifest as read from a file, its shape checked."""
    if not isinstance(raw, dict) or not isinstance(raw.get("tables"), dict) or not isinstance(raw.get("schema"), str):
        raise DomainError("manifest", where, "is not a manifest: it needs \"schema\" and \"tables\"")
    entries = []
    for name, entry in raw["tables"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("rows"), int) or isinstance(entry.get("rows"), bool) \
                or not isinstance(entry.get("sha256"), str) or entry["rows"] < 0:
            raise DomainError(f"manifest of {name}", where, "needs a row count and a sha256")
        entries.append(TableEntry(name, entry["rows"], entry["sha256"]))
    return Manifest(raw["schema"], tuple(entries))


def compare(stated: Manifest, found: dict[str, Digest], where: str) -> None:
    """Refuse unless the rows found are exactly the rows the manifest states."""
    stated_names = {t.table for t in stated.tables}
    for name in sorted(set(found) - stated_names):
        raise DomainError("PATH", where, f"holds table {name}, which its manifest does not list")
    for t in stated.tables:
        digest = found.get(t.table)
        rows = digest.rows if digest else 0
        if rows != t.rows:
            raise DomainError("PATH", where, f"holds {rows} rows of {t.table} where its manifest says {t.rows}: "
                                             "the file is damaged or was changed")
        sha = digest.entry()["sha256"] if digest else Digest().entry()["sha256"]
        if sha != t.sha256:
            raise DomainError("PATH", where, f"does not match its manifest in table {t.table} (SHA-256 differs): "
                                             "the file is damaged or was changed")
