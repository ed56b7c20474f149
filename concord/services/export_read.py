"""Reading an export or a backup as a stream: one row at a time.

A JSON export is read with `jsonstream` (no recursion, duplicate keys
refused, a depth limit); a CSV export folder with the csv module, one
file at a time, after its CSV on the Web metadata has been checked.
Neither is ever held whole in memory. Both give the same items:
("table", NAME, None) when a table begins, then ("row", NAME, ROW).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from concord.domain.errors import DomainError
from concord.services import jsonstream
from concord.services.manifest import Digest

FORMAT = "concord-export"
FORMAT_VERSION = 2
HEADER_KEYS = ("format", "version", "kind", "schema")
META_LIMIT = 4 * 1024 * 1024
Item = tuple[str, str, Any]


def check_start(head: bytes, where: str) -> None:
    """Refuse text in another encoding with a message that says so."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DomainError("PATH", where, "is UTF-16 (or UTF-32) text: Concord exports are UTF-8")
    if b"\x00" in head[:4]:
        raise DomainError("PATH", where, "is not UTF-8 text: it holds NUL bytes (UTF-16 without a mark, or binary)")


class JsonSource:
    """An export or backup in JSON, read as a stream of rows."""

    def __init__(self, fh: IO[bytes], where: str, before_tables: Callable[[dict[str, Any]], None]) -> None:
        self.where = where
        self.header: dict[str, Any] = {}
        self.manifest: Any = None
        self.digests: dict[str, Digest] = {}
        self._fh = fh
        self._before_tables = before_tables

    def items(self) -> Iterator[Item]:
        head = self._fh.peek(4)[:4] if hasattr(self._fh, "peek") else b""
        check_start(head, self.where)
        if head.startswith(b"\xef\xbb\xbf"):
            self._fh.read(3)
        events = jsonstream.Events(self._fh, self.where)
        jsonstream.expect(events, "start_map", "an object")
        seen: set[str] = set()
        while True:
            kind, key = events.next("a key or the end of the file's object")
            if kind == "end_map":
                break
            if key in seen:
                raise DomainError(key, self.where, "is given twice: refused, since one would silently replace the other")
            seen.add(key)
            if key == "tables":
                if self.header.get("format") != FORMAT:
                    raise DomainError("PATH", self.where,
                                      f"is not a Concord export: \"format\": \"{FORMAT}\" must come before its tables")
                self._before_tables(self.header)
                yield from self._tables(events)
            elif key == "manifest":
                self.manifest = jsonstream.value(events, events.next("the manifest"), 1, "manifest")
            else:
                self.header[key] = jsonstream.value(events, events.next(f"the value of {key}"), 1, key)
        for _ in events:  # anything after the object is an error the parser raises
            pass
        if "tables" not in seen:
            raise DomainError("PATH", self.where, "has no \"tables\": not a Concord export")

    def _tables(self, events: jsonstream.Events) -> Iterator[Item]:
        jsonstream.expect(events, "start_map", "\"tables\" as an object of table name to rows")
        while True:
            kind, name = events.next("a table name")
            if kind == "end_map":
                return
            if name in self.digests:
                raise DomainError("table", name, "is given twice: refused, since one would silently replace the other")
            digest = self.digests[name] = Digest()
            yield "table", name, None
            jsonstream.expect(events, "start_array", f"the rows of {name} as a list")
            while True:
                first = events.next(f"a row of {name}")
                if first[0] == "end_array":
                    break
                if first[0] != "start_map":
                    raise DomainError(f"{name} row {digest.rows + 1}", jsonstream._shown(first[1]),  # noqa: SLF001
                                      "is not an object of column name to value")
                row = jsonstream.value(events, first, 3, f"{name} row {digest.rows + 1}")
                digest.add(row)
                yield "row", name, row


class CsvSource:
    """A CSV export folder: csv-metadata.json and one CSV file per table."""

    def __init__(self, folder: Path, before_tables: Callable[[dict[str, Any]], None]) -> None:
        self.folder = folder
        self.where = str(folder)
        self.manifest: Any = None
        self.digests: dict[str, Digest] = {}
        self.file_sha: dict[str, str] = {}
        self._before_tables = before_tables
        meta_path = folder / "csv-metadata.json"
        if not meta_path.is_file():
            raise DomainError("PATH", self.where, "is a folder without csv-metadata.json: not a Concord CSV export")
        with meta_path.open("rb") as fh:
            head = fh.read(4)
            check_start(head, str(meta_path))
            fh.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
            meta = jsonstream.load_small(fh, str(meta_path), META_LIMIT)
        self.tables = _meta_tables(meta, str(meta_path), folder)
        self.header = {"format": meta.get("concord:format"), "version": meta.get("concord:version"),
                       "kind": meta.get("concord:kind", "export"), "schema": meta.get("concord:schema")}
        self.manifest = meta.get("concord:manifest")

    def items(self) -> Iterator[Item]:
        if self.header.get("format") != FORMAT:
            raise DomainError("PATH", self.where, f"is not a Concord CSV export (its metadata's concord:format "
                                                  f"is not {FORMAT})")
        self._before_tables(self.header)
        csv.field_size_limit(256 * 1024 * 1024)
        for name, file_name, columns in self.tables:
            digest = self.digests[name] = Digest()
            yield "table", name, None
            path = self.folder / file_name
            where = str(path)
            sha = hashlib.sha256()
            try:
                with path.open("rb") as raw:
                    check_start(raw.read(4), where)
                    raw.seek(0)
                    text = io.TextIOWrapper(HashingReader(raw, sha), encoding="utf-8-sig", newline="")
                    reader = csv.reader(text, strict=True)
                    header = next(reader, None)
                    if header != columns:
                        raise DomainError("PATH", where, "does not start with the header its metadata describes "
                                                         f"({', '.join(columns)})")
                    for row in reader:
                        if len(row) != len(columns):
                            raise DomainError(f"{name} row {digest.rows + 1}", where,
                                              f"has {len(row)} fields where the header has {len(columns)}")
                        digest.rows += 1
                        # CSV cannot tell an empty string from a missing value: both are null
                        yield "row", name, {c: (v if v != "" else None) for c, v in zip(columns, row)}
            except FileNotFoundError:
                raise DomainError("PATH", where, "is named in csv-metadata.json but does not exist") from None
            except UnicodeDecodeError:
                raise DomainError("PATH", where, "is not UTF-8 text") from None
            except csv.Error as exc:
                raise DomainError("PATH", where, f"is not readable CSV ({exc})") from None
            self.file_sha[name] = sha.hexdigest()


class HashingReader(io.RawIOBase):
    """A binary reader that hashes (and counts) the bytes read through it."""

    def __init__(self, raw: IO[bytes], sha: Any = None) -> None:
        self._raw = raw
        self.sha = sha if sha is not None else hashlib.sha256()
        self.size = 0

    @property
    def name(self) -> str:  # a TextIOWrapper's buffer has one
        return self._raw.name

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._raw.read(n)
        self.sha.update(data)
        self.size += len(data)
        return data

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n: int) -> bytes:
        return self._raw.peek(n) if hasattr(self._raw, "peek") else b""


def _meta_tables(meta: Any, where: str, folder: Path) -> list[tuple[str, str, list[str]]]:
    """(table, file name, columns) for each table the metadata describes, its shape checked."""
    if not isinstance(meta, dict):
        raise DomainError("PATH", where, "is not CSV on the Web metadata (an object expected)")
    entries = meta.get("tables")
    if not isinstance(entries, list):
        raise DomainError("tables", where, "must be a list of table descriptions")
    out, seen = [], set()
    for i, entry in enumerate(entries, start=1):
        what = f"tables[{i}]"
        if not isinstance(entry, dict):
            raise DomainError(what, where, "must be an object")
        name, url, schema = entry.get("dc:title"), entry.get("url"), entry.get("tableSchema")
        if not isinstance(name, str) or not isinstance(url, str) or not isinstance(schema, dict):
            raise DomainError(what, where, "needs \"dc:title\", \"url\" and \"tableSchema\"")
        if url != Path(url).name or url in ("", ".", "..") or not url.endswith(".csv"):
            raise DomainError(f"{what}.url", url, "must name a .csv file inside the export folder")
        if name in seen:
            raise DomainError(what, name, "describes a table already described")
        seen.add(name)
        cols = schema.get("columns")
        if not isinstance(cols, list) or not cols or not all(isinstance(c, dict) and isinstance(c.get("name"), str)
                                                             for c in cols):
            raise DomainError(f"{what}.tableSchema.columns", where, "must be a list of columns, each with a name")
        out.append((name, url, [c["name"] for c in cols]))
    return out
