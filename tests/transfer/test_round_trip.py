"""Export, import, backup and restore of the whole register, through the
real CLI in fresh processes, checked against the row counts of every
table as the database itself reports them."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

DEMO_ADMIN = "admin@cambridgeshire-opcc.example"
HISTORY = ("audit_record", "marking_change")


@pytest.fixture(autouse=True)
def _tools(db_tools) -> None:  # noqa: ANN001
    global table_counts, query, run
    table_counts, query, run = db_tools.counts, db_tools.query, db_tools.run


table_counts = query = run = None  # set from the db_tools fixture


def _write(url: str, *statements: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for sql in statements:
            conn.execute(sa.text(sql))
    engine.dispose()


def _file_counts(path: Path) -> dict[str, int]:
    return {name: len(rows) for name, rows in json.loads(path.read_text())["tables"].items()}


def test_export_after_demo_holds_every_row_of_every_table(concord, db_url: str, tmp_path: Path) -> None:
    assert concord("demo").code == 0
    counts = table_counts(db_url)
    assert counts["agreement"] and counts["budget_line"] and counts["user_account"]
    ran = concord("export", "--out", tmp_path / "register.json")
    assert ran.code == 0, ran.err
    assert _file_counts(tmp_path / "register.json") == counts
    to_stdout = concord("export", "--format", "json")
    assert {n: len(r) for n, r in json.loads(to_stdout.out)["tables"].items()} == counts
    ran = concord("export", "--format", "csv", "--out", tmp_path / "csv")
    assert ran.code == 0, ran.err
    for name, n in counts.items():
        with (tmp_path / "csv" / f"{name}.csv").open(newline="", encoding="utf-8") as fh:
            assert sum(1 for _ in csv.reader(fh)) - 1 == n, name
    # an export never holds password hashes (user accounts travel without them)
    assert "$argon2" not in (tmp_path / "register.json").read_text()
    users = json.loads((tmp_path / "register.json").read_text())["tables"]["user_account"]
    assert users and all(u["password_hash"] is None for u in users)
    assert not any("$argon2" in p.read_text() for p in (tmp_path / "csv").iterdir())


def _check_imported(url: str, source: dict[str, int], importer: str) -> None:
    counts = table_counts(url)
    for name, n in source.items():
        if name not in HISTORY:
            assert counts[name] == n, name
    (import_id, actor, after), = query(url, "SELECT id, actor, after FROM audit_record WHERE action = 'import'")
    assert importer in actor
    record = json.loads(after) if isinstance(after, str) else after
    assert record["rows"] == sum(source.values()) and len(record["sha256"]) == 64
    for name in HISTORY:
        marked = query(url, f"SELECT count(*) FROM {name} WHERE imported_in = :i", i=import_id)[0][0]
        assert marked == source[name], name


@pytest.mark.parametrize("form", ["json", "csv"])
def test_import_into_a_new_register_holds_every_row(concord, db_url: str, demo_files, form: str) -> None:
    ran = concord("import", demo_files.json if form == "json" else demo_files.csv)
    assert ran.code == 0, ran.err
    _check_imported(db_url, demo_files.counts, "no users yet")


def test_export_import_export_gives_the_same_register(concord, db_url: str, other_url: str, tmp_path: Path) -> None:
    assert concord("demo").code == 0
    first = tmp_path / "first.json"
    assert concord("export", "--out", first).code == 0
    ran = run(other_url, "import", first)
    assert ran.returncode == 0, ran.stderr
    _check_imported(other_url, table_counts(db_url), "no users yet")
    second = tmp_path / "second.json"
    assert run(other_url, "export", "--out", second).returncode == 0
    a, b = json.loads(first.read_text())["tables"], json.loads(second.read_text())["tables"]
    assert {k: v for k, v in a.items() if k not in HISTORY} == {k: v for k, v in b.items() if k not in HISTORY}
    kept = [{k: v for k, v in r.items() if k not in ("id", "imported_in")} for r in b["audit_record"]
            if r["imported_in"] is not None]
    assert kept == [{k: v for k, v in r.items() if k not in ("id", "imported_in")} for r in a["audit_record"]]


def test_backup_and_restore_round_trip_exactly(concord, db_url: str, tmp_path: Path) -> None:
    assert concord("demo").code == 0
    before = table_counts(db_url)
    users = query(db_url, "SELECT id, email, password_hash, version FROM user_account ORDER BY id")
    assert all(u[2].startswith("$argon2") for u in users)
    backup = tmp_path / "register.backup"
    ran = concord("backup", backup)
    assert ran.code == 0, ran.err
    changed = query(db_url, "SELECT id, title FROM agreement ORDER BY id")
    _write(db_url, "UPDATE agreement SET title = 'Changed after the backup'", "DELETE FROM attendance",
           "UPDATE user_account SET password_hash = NULL",
           # a web session of a user (not register data): a restore ends it, and is not stopped by it
           "INSERT INTO web_session (id_hash, user_id, created_at, expires_at) SELECT "
           f"'{'ab' * 32}', max(id), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM user_account")
    ran = concord("restore", "--yes", backup, user=DEMO_ADMIN)
    assert ran.code == 0, ran.err
    assert query(db_url, "SELECT count(*) FROM web_session") == [(0,)]
    after = table_counts(db_url)
    assert after == {**before, "audit_record": before["audit_record"] + 1}
    assert query(db_url, "SELECT id, email, password_hash, version FROM user_account ORDER BY id") == users
    assert query(db_url, "SELECT id, title FROM agreement ORDER BY id") == changed
    (actor, entity_id, after_json), = query(db_url, "SELECT actor, entity_id, after FROM audit_record "
                                                    "WHERE action = 'restore'")
    record = json.loads(after_json) if isinstance(after_json, str) else after_json
    assert DEMO_ADMIN in actor and entity_id == "register.backup"
    assert record["manifest"]["tables"]["agreement"]["rows"] == before["agreement"]
    assert len(record["sha256"]) == 64


def test_restore_into_a_new_database(other_url: str, demo_files) -> None:  # noqa: ANN001
    ran = run(other_url, "restore", "--yes", demo_files.backup)
    assert ran.returncode == 0, ran.stderr
    source = demo_files.counts
    assert table_counts(other_url) == {**source, "audit_record": source["audit_record"] + 1}


def test_backup_refuses_to_finish_unless_it_holds_every_row(cli, store, tmp_path: Path, monkeypatch) -> None:
    from concord.services import transfer

    assert cli("demo")[0] == 0
    real = transfer._rows

    def losing_one(conn, table, secrets):  # noqa: ANN001,ANN202  (a writer that drops a row)
        for i, row in enumerate(real(conn, table, secrets)):
            if not (table.name == "agreement" and i == 0):
                yield row

    monkeypatch.setattr(transfer, "_rows", losing_one)
    backup = tmp_path / "register.backup"
    code, _, err = cli("backup", backup)
    assert code == 2
    assert "agreement" in err and "none was kept" in err
    assert not any(p.name.startswith("register.backup") for p in tmp_path.iterdir())  # nor its .part


def test_forged_history_is_kept_as_imported_and_marked(concord, db_url: str, demo_files, tmp_path: Path) -> None:
    data = json.loads(demo_files.json.read_text())
    forged = {"id": 99999, "at": "2001-01-01T00:00:00+00:00", "actor": "The Chief Constable", "action": "delete",
              "entity": "agreement", "entity_id": "1", "before": {"title": "Secret deal"}, "after": None,
              "imported_in": None}
    data["tables"]["audit_record"].append(forged)
    del data["manifest"]
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(data))
    ran = concord("import", path)
    assert ran.code == 0, ran.err
    (import_id, at), = query(db_url, "SELECT id, at FROM audit_record WHERE action = 'import'")
    rows = query(db_url, "SELECT id, actor, imported_in FROM audit_record WHERE actor = 'The Chief Constable'")
    assert len(rows) == 1 and rows[0][2] == import_id and rows[0][0] != 99999


def test_an_empty_export_never_deletes_the_reference_data(concord, db_url: str, demo_files, tmp_path: Path) -> None:
    assert concord("init").code == 0
    before = table_counts(db_url)
    assert before["force"] and before["office"] and before["organisation"]
    data = json.loads(demo_files.json.read_text())
    emptied = {**data, "tables": {name: [] for name in data["tables"]}}
    del emptied["manifest"]
    for doc in (emptied, {**emptied, "tables": {}}):
        path = tmp_path / "empty.json"
        path.write_text(json.dumps(doc))
        ran = concord("import", path)
        assert ran.code == 2 and "holds no rows" in ran.err, ran.err
        assert table_counts(db_url) == before


def test_import_and_restore_need_an_administrator_and_an_empty_register(concord, db_url: str, demo_files,
                                                                          tmp_path: Path) -> None:
    assert concord("demo").code == 0
    backup = tmp_path / "register.backup"
    ran = concord("backup", backup)  # reading the register needs no named user
    assert ran.code == 0, ran.err
    assert "$argon2" in gzip.decompress(backup.read_bytes()).decode()  # a backup holds everything
    before = table_counts(db_url)
    for user in (None, "viewer@hertfordshire-opcc.example", "approver@cambridgeshire-opcc.example"):
        ran = concord("restore", "--yes", backup, user=user)
        assert ran.code == 4 and "not allowed" in ran.err, (user, ran.err)
    ran = concord("import", demo_files.json, user=DEMO_ADMIN)
    assert ran.code == 2 and "empty register" in ran.err
    assert table_counts(db_url) == before
