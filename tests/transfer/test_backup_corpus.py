"""Hostile and damaged backups: each refused with exit 2 and a clear message
before anything is touched (or rolled back whole), the register unchanged."""

from __future__ import annotations

import copy
import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from concord.store.schema_head import HEAD
from concord.services.manifest import Digest

Doc = dict[str, Any]


def _remanifest(doc: Doc) -> Doc:
    """The manifest a backup holding these tables would carry, so that the check after it is reached."""
    tables = {}
    for name, rows in doc["tables"].items():
        d = Digest()
        for row in rows:
            d.add(row)
        tables[name] = d.entry()
    doc["manifest"] = {"schema": doc["schema"], "tables": tables}
    return doc


def _schema(value: str) -> Callable[[Doc], Doc]:
    def change(doc: Doc) -> Doc:
        doc["schema"] = value
        return _remanifest(doc)
    return change


def _without(table: str) -> Callable[[Doc], Doc]:
    def change(doc: Doc) -> Doc:
        del doc["tables"][table]
        return _remanifest(doc)
    return change


def _only_alembic(doc: Doc) -> Doc:
    doc["tables"] = {"alembic_version": [{"version_num": doc["schema"]}]}
    return _remanifest(doc)


def _emptied(doc: Doc) -> Doc:
    doc["tables"] = {name: [] for name in doc["tables"]}
    return _remanifest(doc)


def _no_manifest(doc: Doc) -> Doc:
    del doc["manifest"]
    return doc


def _altered(doc: Doc) -> Doc:
    doc["tables"]["agreement"][0]["title"] = "Changed inside the backup"
    return doc


def _miscounted(doc: Doc) -> Doc:
    doc["manifest"]["tables"]["force"]["rows"] += 1
    return doc


def _as_export(doc: Doc) -> Doc:
    doc["kind"] = "export"
    return doc


def _bad_value(doc: Doc) -> Doc:
    doc["tables"]["agreement"][-1]["annual_budget"] = "Infinity"
    return _remanifest(doc)


def _non_party_renewal(doc: Doc) -> Doc:
    r = doc["tables"]["renewal"][-1]
    parties = {p["office_id"] for p in doc["tables"]["agreement_party"] if p["agreement_id"] == r["agreement_id"]}
    r["office_id"] = next(o["id"] for o in doc["tables"]["office"] if o["id"] not in parties)
    return _remanifest(doc)


DOC_CASES: list[tuple[str, Callable[[Doc], Doc], str]] = [
    ("schema-unknown", _schema("9999"), "not a schema this Concord knows"),
    ("schema-older", _schema("0001"), "is older than"),
    ("table-missing", _without("agreement"), "has no table agreement"),
    ("only-alembic-version", _only_alembic, "alembic_version"),
    ("empty-backup", _emptied, "holds no rows"),
    ("no-manifest", _no_manifest, "has no manifest"),
    ("altered-under-its-manifest", _altered, "does not match its manifest"),
    ("manifest-miscounted", _miscounted, "where its manifest says"),
    ("an-export-not-a-backup", _as_export, "restored with `concord restore`"),
    ("bad-value-late-in-the-file", _bad_value, "finite"),
    ("renewal-by-non-party", _non_party_renewal, "is not a party"),
]


def _bomb() -> bytes:
    """About 1 MB of gzip that expands to about 1 GB of (valid JSON) whitespace."""
    head = gzip.compress(b'{"format": "concord-export", "version": 2, "kind": "backup", "schema": "' + HEAD.encode() + b'", '
                         b'"tables": {"force": [')
    member = gzip.compress(b" " * (10 * 1024 * 1024), 9)
    return head + member * 100


RAW_CASES: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("garbage-gzip", lambda b: b"\x1f\x8b" + os.urandom(2000), "not a readable gzip file"),
    ("gzipped-list", lambda b: gzip.compress(b"[1, 2, 3]"), "an object expected"),
    ("gzipped-deep-nesting", lambda b: gzip.compress(b"[" * 1_000_000), "an object expected"),
    ("deep-nesting-in-a-row", lambda b: gzip.compress(gzip.decompress(b).replace(
        b'"covers": [', b'"covers": ' + b"[" * 100_000, 1)), "nested too deeply"),
    ("truncated-gzip", lambda b: b[: len(b) // 2], "cut short"),
    ("corrupted-gzip", lambda b: b[:200] + bytes(x ^ 0x55 for x in b[200:400]) + b[400:], "gzip"),
    ("gzip-of-zeros", lambda b: gzip.compress(b"\x00" * 10_000_000), "NUL bytes"),
    ("gzipped-latin-1", lambda b: gzip.compress(gzip.decompress(b).replace(b"Avon", b"Av\xe9n", 1)), "not UTF-8"),
    ("gzipped-utf-16", lambda b: gzip.compress(gzip.decompress(b).decode().encode("utf-16")), "UTF-16"),
    ("duplicate-keys", lambda b: gzip.compress(gzip.decompress(b).replace(
        b'{"format": "concord-export",', b'{"format": "concord-export", "format": "concord-export",', 1)),
     "given twice"),
    ("not-gzip-json", lambda b: gzip.decompress(b), "not gzip'd"),
    ("empty-file", lambda b: b"", "not gzip'd"),
    ("a-sqlite-file", lambda b: b"SQLite format 3\x00" + b"\x00" * 4000, "SQLite database file"),
    ("gzip-bomb", lambda b: _bomb(), "decompression bomb"),
]


@pytest.fixture(scope="module")
def backup_doc(demo_files) -> Doc:  # noqa: ANN001
    return json.loads(gzip.decompress(demo_files.backup.read_bytes()))


def _refused(cli, db_tools, db_url: str, path: Path, words: str) -> None:  # noqa: ANN001
    assert cli("init")[0] == 0
    before = db_tools.counts(db_url)
    code, _, err = cli("restore", "--yes", path)
    assert code == 2, err
    assert err.startswith("concord: error:") and "Traceback" not in err
    assert words in err, err
    assert db_tools.counts(db_url) == before


@pytest.mark.parametrize("name,change,words", DOC_CASES, ids=[c[0] for c in DOC_CASES])
def test_wrong_backup(cli, db_tools, db_url, backup_doc, tmp_path, name, change, words) -> None:  # noqa: ANN001
    path = tmp_path / f"{name}.backup"
    path.write_bytes(gzip.compress(json.dumps(change(copy.deepcopy(backup_doc))).encode()))
    _refused(cli, db_tools, db_url, path, words)


@pytest.mark.parametrize("name,change,words", RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_damaged_backup(cli, db_tools, db_url, demo_files, tmp_path, name, change, words) -> None:  # noqa: ANN001
    path = tmp_path / f"{name}.backup"
    path.write_bytes(change(demo_files.backup.read_bytes()))
    _refused(cli, db_tools, db_url, path, words)


def test_missing_backup_file(cli, tmp_path) -> None:  # noqa: ANN001
    code, _, err = cli("restore", "--yes", tmp_path / "nowhere.backup")
    assert code == 2 and "is not a backup file" in err


def test_a_gzip_bomb_is_refused_quickly_in_little_memory(concord, db_url, tmp_path) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    bomb = tmp_path / "bomb.backup"
    bomb.write_bytes(_bomb())
    assert bomb.stat().st_size < 1.2 * 1024 * 1024
    env = {**{k: v for k, v in os.environ.items() if k != "CONCORD_USER"}, "CONCORD_DATABASE_URL": db_url}
    # measured by a small parent of its own: a child's peak RSS counts the pages of whatever forked it
    measure = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", measure, str(Path(sys.executable).with_name("concord")),
                           "restore", "--yes", str(bomb)], capture_output=True, text=True, env=env)
    took = time.monotonic() - started
    peak_kb, code = map(int, done.stdout.split()[-2:])
    assert code == 2 and "decompression bomb" in done.stderr, done.stderr
    assert peak_kb < 250 * 1024, f"peak RSS {peak_kb // 1024} MB"
    assert took < 60, f"{took:.1f} s"


def test_the_truncated_backup_in_a_fresh_process(concord, db_tools, db_url, demo_files, tmp_path) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    before = db_tools.counts(db_url)
    path = tmp_path / "truncated.backup"
    data = demo_files.backup.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    ran = concord("restore", "--yes", path)
    assert ran.code == 2 and "cut short" in ran.err and "Aborted" not in ran.err, ran.err
    assert db_tools.counts(db_url) == before
