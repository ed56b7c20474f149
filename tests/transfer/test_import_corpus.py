"""Hostile import files, generated from a real demo export: each is refused
with exit 2 and a clear message (never a traceback), and the register is
left exactly as it was. Every case runs through the command's own error
handling; a sample also runs in a fresh process."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Doc = dict[str, Any]


def _row(doc: Doc, table: str, i: int = 0) -> dict[str, Any]:
    return doc["tables"][table][i]


def _set(table: str, column: str, value: Any, i: int = 0) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        _row(doc, table, i)[column] = value
    return change


def _nest(depth: int) -> str:
    return "[" * depth + "]" * depth


def _non_party_renewal(doc: Doc) -> None:
    r = _row(doc, "renewal")
    parties = {p["office_id"] for p in doc["tables"]["agreement_party"] if p["agreement_id"] == r["agreement_id"]}
    r["office_id"] = next(o["id"] for o in doc["tables"]["office"] if o["id"] not in parties)


def _phase_backwards(doc: Doc) -> None:
    _row(doc, "project_phase").update(planned_start="2017-01-01", planned_end="2016-01-01")


def _partial_reference(doc: Doc) -> None:
    doc["tables"]["office"] = []


def _duplicate_pk(doc: Doc) -> None:
    doc["tables"]["force"].append(dict(_row(doc, "force")))


def _row_as_list(doc: Doc) -> None:
    doc["tables"]["force"][0] = list(_row(doc, "force").values())


def _missing_column(doc: Doc) -> None:
    del _row(doc, "agreement")["title"]


def _unknown_column(doc: Doc) -> None:
    _row(doc, "agreement")["owner_password"] = "x"


def _drop(key: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        del doc[key]
    return change


def _put(key: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc[key] = value
    return change


def _table(name: str, rows: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["tables"][name] = rows
    return change


def _altered_under_manifest(doc: Doc) -> None:
    _row(doc, "agreement")["title"] = "Changed after the export"


#: (name, change to the parsed export, words the message must hold); the manifest is
#: dropped unless the case is about it, so each check is reached on its own
JSON_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("missing-tables", _drop("tables"), "has no \"tables\""),
    ("tables-as-list", _put("tables", []), "\"tables\" as an object"),
    ("tables-as-string", _put("tables", "everything"), "\"tables\" as an object"),
    ("tables-as-number", _put("tables", 7), "\"tables\" as an object"),
    ("tables-null", _put("tables", None), "\"tables\" as an object"),
    ("tables-empty", _put("tables", {}), "holds no rows"),
    ("no-format", _drop("format"), "format"),
    ("wrong-format", _put("format", "concord-export-x"), "format"),
    ("format-as-object", _put("format", {"x": 1}), "format"),
    ("version-1", _put("version", 1), "version"),
    ("version-as-text", _put("version", "2"), "version"),
    ("version-missing", _drop("version"), "version"),
    ("kind-unknown", _put("kind", "anything"), "kind"),
    ("schema-unknown", _put("schema", "9999"), "not a schema this Concord knows"),
    ("schema-older", _put("schema", "0001"), "is older than"),
    ("schema-as-number", _put("schema", 6), "not a schema this Concord knows"),
    ("unknown-table", _table("secrets", [{"a": 1}]), "is not a table"),
    ("alembic-version-table", _table("alembic_version", [{"version_num": "0001"}]), "is not a table"),
    ("rows-as-object", _table("force", {"kent": {}}), "rows of force as a list"),
    ("row-as-list", _row_as_list, "is not an object"),
    ("row-as-number", _table("force", [1]), "is not an object"),
    ("unknown-column", _unknown_column, "is not in this schema"),
    ("missing-column", _missing_column, "is required in every row"),
    ("money-infinity", _set("agreement", "annual_budget", "Infinity"), "finite"),
    ("money-minus-infinity", _set("agreement", "annual_budget", "-Infinity"), "finite"),
    ("money-nan", _set("agreement", "annual_budget", "NaN"), "finite"),
    ("money-sub-penny", _set("agreement", "annual_budget", "0.001"), "fractions of a penny"),
    ("money-huge", _set("agreement", "annual_budget", "1e30"), "too large"),
    ("money-bool", _set("agreement", "annual_budget", True), "must be a number"),
    ("money-words", _set("agreement", "annual_budget", "a million"), "not a number"),
    ("money-object", _set("agreement", "annual_budget", {"gbp": 1}), "must be a number"),
    ("dict-in-text", _set("agreement", "title", {"$ne": None}), "must be text"),
    ("list-in-text", _set("agreement", "title", ["a"]), "must be text"),
    ("number-in-text", _set("agreement", "title", 12), "must be text"),
    ("text-too-long", _set("agreement", "slug", "s" * 300), "longer than"),
    ("nul-in-text", _set("agreement", "title", "a\u0000b"), "NUL"),
    ("bool-maybe", _set("force", "territorial", "maybe"), "true or false"),
    ("bool-as-one", _set("force", "territorial", 1), "true or false"),
    ("int-fraction", _set("renewal", "office_id", 1.5), "whole number"),
    ("int-as-text", _set("renewal", "office_id", "7"), "whole number"),
    ("int-over-32-bits", _set("renewal", "office_id", 2 ** 40), "out of range"),
    ("int-huge", _set("renewal", "office_id", 10 ** 30), "out of range"),
    ("int-bool", _set("renewal", "office_id", True), "whole number"),
    ("date-impossible", _set("agreement", "end_date", "2020-13-45"), "ISO 8601"),
    ("date-as-number", _set("agreement", "end_date", 20200101), "ISO 8601"),
    ("datetime-garbage", _set("audit_record", "at", "yesterday"), "ISO 8601"),
    ("enum-unknown", _set("agreement", "marking", "PUBLIC-ISH"), "must be one of"),
    ("enum-as-number", _set("agreement", "marking", 3), "must be text"),
    ("required-null", _set("agreement", "title", None), "is required"),
    ("negative-budget", _set("agreement", "annual_budget", "-5.00"), "must not be negative"),
    ("renewal-by-non-party", _non_party_renewal, "is not a party"),
    ("end-before-start", _set("agreement", "end_date", "1999-01-01"), "agreement."),
    ("nre-zero", _set("net_revenue_expenditure", "amount", "0.00"), "more than zero"),
    ("phase-backwards", _phase_backwards, "before the planned start"),
    ("partial-reference-data", _partial_reference, "all the reference data or none"),
    ("foreign-key-missing", _set("agreement_party", "agreement_id", 999999), "does not exist"),
    ("duplicate-primary-key", _duplicate_pk, "already exists"),
]

MANIFEST_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("altered-under-its-manifest", _altered_under_manifest, "does not match its manifest"),
    ("manifest-wrong-count", lambda d: d["manifest"]["tables"]["force"].update(rows=1), "manifest says 1"),
    ("manifest-not-an-object", _put("manifest", [1, 2]), "is not a manifest"),
]

#: raw texts: the export's own text, changed as bytes
RAW_CASES: list[tuple[str, Callable[[str], bytes], str]] = [
    ("empty-file", lambda t: b"", "ends early"),
    ("not-json", lambda t: b"{not json", "not valid JSON"),
    ("top-level-list", lambda t: b"[1, 2, 3]", "an object expected"),
    ("top-level-string", lambda t: b'"tables"', "an object expected"),
    ("truncated", lambda t: t.encode()[: len(t) // 2], "ends early"),
    ("trailing-garbage", lambda t: t.encode() + b" {}", "not valid JSON"),
    ("deep-nesting-whole", lambda t: _nest(200_000).encode(), "an object expected"),
    ("deep-nesting-header", lambda t: ('{"format": "concord-export", "x": ' + _nest(100_000) + "}").encode(),
     "nested too deeply"),
    ("deep-nesting-row", lambda t: t.replace('"covers": [', '"covers": ' + "[" * 50_000 + "[", 1).encode(),
     "nested too deeply"),
    ("deep-nesting-tables", lambda t: t.replace('"tables": {', '"tables": {"force": ' + _nest(100_000) + ", ", 1)
     .encode(), "is not an object"),
    ("latin-1", lambda t: t.replace("Avon and Somerset", "Avon and Somers\u00e9t").encode("latin-1", "replace"),
     "not UTF-8"),
    ("utf-16-with-bom", lambda t: t.encode("utf-16"), "UTF-16"),
    ("utf-16-be-no-bom", lambda t: t.encode("utf-16-be"), "UTF-16"),
    ("utf-32", lambda t: t.encode("utf-32"), "UTF-16"),
    ("duplicate-tables-key", lambda t: t.rstrip().removesuffix("}") + ', "tables": {}}', "given twice"),
    ("duplicate-format-key", lambda t: t.replace('{"format": "concord-export",',
                                                 '{"format": "concord-export", "format": "concord-export",', 1)
     .encode(), "given twice"),
    ("duplicate-table", lambda t: t.replace('"tables": {', '"tables": {"force": [], ', 1).encode(), "given twice"),
    ("duplicate-column", lambda t: t.replace('{"action": "insert",', '{"action": "insert", "action": "delete",', 1)
     .encode(), "given twice"),
    ("infinity-literal", lambda t: t.replace('"annual_budget": "1200000.00"', '"annual_budget": Infinity', 1).encode(),
     "not valid JSON"),
    ("nan-literal", lambda t: t.replace('"annual_budget": "1200000.00"', '"annual_budget": NaN', 1).encode(),
     "not valid JSON"),
    ("format-after-tables", lambda t: json.dumps({"tables": {}, "format": "concord-export"}).encode(),
     "must come before its tables"),
]


def _csv_meta(change: Callable[[Doc], Any]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / "csv-metadata.json"
        meta = json.loads(path.read_text())
        result = change(meta)
        path.write_text(json.dumps(meta if result is None else result))
    return apply


def _csv_text(name: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / name
        path.write_bytes(change(path.read_bytes()))
    return apply


def _first_table(meta: Doc) -> Doc:
    return meta["tables"][0]


CSV_CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("meta-not-json", _csv_text("csv-metadata.json", lambda b: b"{oops"), "not valid JSON"),
    ("meta-a-list", _csv_meta(lambda m: [m]), "object expected"),
    ("meta-no-tables", _csv_meta(lambda m: m.pop("tables") and None), "list of table descriptions"),
    ("meta-tables-a-string", _csv_meta(lambda m: m.update(tables="all")), "list of table descriptions"),
    ("meta-table-not-object", _csv_meta(lambda m: m["tables"].insert(0, "force")), "must be an object"),
    ("meta-table-no-url", _csv_meta(lambda m: _first_table(m).pop("url") and None), "needs"),
    ("meta-url-escapes", _csv_meta(lambda m: _first_table(m).update(url="../../etc/passwd.csv")), "inside the export"),
    ("meta-columns-not-list", _csv_meta(lambda m: _first_table(m)["tableSchema"].update(columns="id")),
     "list of columns"),
    ("meta-duplicate-keys", _csv_text("csv-metadata.json", lambda b: b.replace(b'"tables":', b'"tables": [], "tables":', 1)
                                      if b'"tables":' in b else b.replace(b'"tables"', b'"tables": [], "tables"', 1)),
     "given twice"),
    ("meta-deep-nesting", _csv_text("csv-metadata.json", lambda b: b[:-2] + b', "x": ' + _nest(100_000).encode() + b"}"),
     "nested too deeply"),
    ("meta-utf-16", _csv_text("csv-metadata.json", lambda b: b.decode().encode("utf-16")), "UTF-16"),
    ("meta-wrong-format", _csv_meta(lambda m: m.update({"concord:format": "other"})), "concord:format"),
    ("meta-too-large", _csv_text("csv-metadata.json", lambda b: b[:-2] + b', "pad": "' + b"x" * (5 * 1024 * 1024)
                                 + b'"}'), "larger than"),
    ("csv-file-missing", lambda f: (f / "force.csv").unlink(), "does not exist"),
    ("csv-header-wrong", _csv_text("force.csv", lambda b: b.replace(b"id", b"identity", 1)), "header"),
    ("csv-extra-field", _csv_text("force.csv", lambda b: b.replace(b"\n", b"\n,", 1)), "fields"),
    ("csv-latin-1", _csv_text("force.csv", lambda b: b.replace(b"Avon", b"Av\xe9n", 1)), "not UTF-8"),
    ("csv-nul", _csv_text("force.csv", lambda b: b.replace(b"Avon", b"Av\x00n", 1)), "NUL"),
    ("csv-bool-maybe", _csv_text("force.csv", lambda b: b.replace(b",true,", b",maybe,", 1)), "true or false"),
    ("csv-int-fraction", _csv_text("renewal.csv", lambda b: b.replace(b"\n1,", b"\n1.5,", 1)), "whole number"),
    ("csv-json-deep", _csv_text("agreement.csv", lambda b: b.replace(b'"[""parties""', b'"' + b"[" * 5000
                                                                      + b'""parties""', 1)), "nested too deeply"),
    ("csv-json-broken", _csv_text("agreement.csv", lambda b: b.replace(b'"[""parties""', b'"[[""parties""', 1)),
     "not valid JSON"),
    ("csv-altered-under-manifest", _csv_text("force.csv", lambda b: b.replace(b"Avon and Somerset Constabulary",
                                                                               b"Avon and Somerset Police", 1)),
     "does not match its manifest"),
]


@pytest.fixture(scope="module")
def demo_doc(demo_files) -> Doc:  # noqa: ANN001
    return json.loads(demo_files.json.read_text())


@pytest.fixture(scope="module")
def initialised(tmp_path_factory, db_tools) -> dict[str, int]:  # noqa: ANN001
    """The row counts of a register just set up by `concord init` (which `import` runs first)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('initialised') / 'init.db'}"
    assert db_tools.run(url, "init").returncode == 0
    return db_tools.counts(url)


def _refused(cli, db_tools, db_url: str, path: Path, words: str, before: dict[str, int]) -> None:  # noqa: ANN001
    code, _, err = cli("import", path)
    assert code == 2, err
    assert err.startswith("concord: error:") and "Traceback" not in err
    assert words in err, err
    assert db_tools.counts(db_url) == before


@pytest.mark.parametrize("name,change,words", JSON_CASES + MANIFEST_CASES, ids=[c[0] for c in JSON_CASES + MANIFEST_CASES])
def test_hostile_json_export(cli, db_tools, db_url, demo_doc, initialised, tmp_path, name, change, words) -> None:  # noqa: ANN001
    doc = copy.deepcopy(demo_doc)
    if (name, change, words) not in MANIFEST_CASES:
        doc.pop("manifest", None)
    change(doc)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _refused(cli, db_tools, db_url, path, words, initialised)


@pytest.mark.parametrize("name,change,words", RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_hostile_json_text(cli, db_tools, db_url, demo_files, initialised, tmp_path, name, change, words) -> None:  # noqa: ANN001
    path = tmp_path / f"{name}.json"
    made = change(demo_files.json.read_text())
    path.write_bytes(made if isinstance(made, bytes) else made.encode())
    _refused(cli, db_tools, db_url, path, words, initialised)


@pytest.mark.parametrize("name,change,words", CSV_CASES, ids=[c[0] for c in CSV_CASES])
def test_hostile_csv_export(cli, db_tools, db_url, demo_files, initialised, tmp_path, name, change, words) -> None:  # noqa: ANN001
    folder = tmp_path / "csv"
    shutil.copytree(demo_files.csv, folder)
    change(folder)
    _refused(cli, db_tools, db_url, folder, words, initialised)


def test_a_sample_is_refused_in_a_fresh_process(concord, db_tools, db_url, demo_files, tmp_path) -> None:  # noqa: ANN001
    text = demo_files.json.read_text()
    assert concord("init").code == 0
    before = db_tools.counts(db_url)
    for name, change, words in [c for c in RAW_CASES if c[0] in ("deep-nesting-whole", "utf-16-with-bom",
                                                                "duplicate-tables-key", "latin-1")]:
        path = tmp_path / f"{name}.json"
        made = change(text)
        path.write_bytes(made if isinstance(made, bytes) else made.encode())
        ran = concord("import", path)
        assert ran.code == 2 and words in ran.err and "Traceback" not in ran.err, (name, ran.err)
    assert db_tools.counts(db_url) == before


def test_corpus_size() -> None:
    assert len(JSON_CASES) + len(MANIFEST_CASES) + len(RAW_CASES) + len(CSV_CASES) >= 71
