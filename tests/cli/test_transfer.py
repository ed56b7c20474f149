"""Export, import into an empty database, export again: equal. Backup and restore."""

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from concord.store.db import Store
from concord.store.models import Agreement


def _add_agreement(store: Store) -> None:
    from concord.domain.vocab import OfficeKind
    from concord.services.reference import office
    from concord.store.models import AgreementParty
    import datetime as dt
    from decimal import Decimal

    with store.transaction() as s:
        a = Agreement(slug="test", title="Test collaboration", start_date=dt.date(2020, 1, 1),
                      end_date=dt.date(2023, 3, 31), annual_budget=Decimal("1200000.01"), covers=["parties"])
        a.parties.append(AgreementParty(office_id=office(s, OfficeKind.CHIEF_CONSTABLE, "kent").id))
        s.add(a)


def test_json_export_import_export_is_equal(cli, store, tmp_path: Path, monkeypatch) -> None:
    assert cli("init")[0] == 0
    _add_agreement(store)
    first = tmp_path / "first.json"
    assert cli("export", "--format", "json", "--out", first)[0] == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    monkeypatch.setenv("CONCORD_DATABASE_URL", other)
    code, out, err = cli("import", first)
    assert code == 0, err
    second = tmp_path / "second.json"
    assert cli("export", "--out", second)[0] == 0
    assert first.read_text() == second.read_text()
    data = json.loads(first.read_text())
    assert data["tables"]["agreement"][0]["annual_budget"] == "1200000.01"


def test_csv_export_import_export_is_equal(cli, store, tmp_path: Path, monkeypatch) -> None:
    cli("init")
    _add_agreement(store)
    folder = tmp_path / "csv"
    assert cli("export", "--format", "csv", "--out", folder)[0] == 0
    meta = json.loads((folder / "csv-metadata.json").read_text())
    columns = {c["name"]: c["datatype"] for t in meta["tables"] if t["url"] == "agreement.csv"
               for c in t["tableSchema"]["columns"]}
    assert columns["end_date"] == "date" and columns["annual_budget"] == "decimal"
    first = tmp_path / "first.json"
    cli("export", "--out", first)
    monkeypatch.setenv("CONCORD_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    assert cli("import", folder)[0] == 0
    second = tmp_path / "second.json"
    cli("export", "--out", second)
    assert first.read_text() == second.read_text()


def test_import_refuses_a_database_with_data_and_writes_nothing(cli, store, tmp_path: Path) -> None:
    cli("init")
    _add_agreement(store)
    dump = tmp_path / "dump.json"
    cli("export", "--out", dump)
    code, _, err = cli("import", dump)
    assert code == 2
    assert "agreement" in err and "empty register" in err
    with store.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Agreement)) == 1


def test_import_of_a_broken_file_names_it(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = cli("import", bad)
    assert code == 2 and "bad.json" in err and "not valid JSON" in err
    code, _, err = cli("import", tmp_path / "missing.json")
    assert code == 2 and "missing.json" in err


@pytest.mark.skipif("postgresql" in (__import__("os").environ.get("CONCORD_TEST_DATABASE_URL") or ""),
                    reason="the SQLite backup file applies to SQLite; PostgreSQL is covered below")
def test_sqlite_backup_while_in_use_and_restore(cli, store, tmp_path: Path) -> None:
    cli("init")
    _add_agreement(store)
    reader = store.engine.connect()  # someone is using the database
    reader.execute(sa.text("SELECT count(*) FROM agreement")).scalar()
    backup = tmp_path / "backup.db"
    code, out, err = cli("backup", backup)
    reader.close()
    assert code == 0, err
    with store.transaction() as s:
        s.delete(s.get(Agreement, 1))
    assert cli("restore", "--yes", backup)[0] == 0
    with store.reading() as s:
        assert s.scalar(sa.select(Agreement.title)) == "Test collaboration"


def test_backup_and_restore_round_trip_on_any_backend(cli, store, tmp_path: Path) -> None:
    cli("init")
    _add_agreement(store)
    before = tmp_path / "before.json"
    cli("export", "--out", before)
    backup = tmp_path / "register.backup"
    assert cli("backup", backup)[0] == 0
    with store.transaction() as s:
        s.get(Agreement, 1).title = "Changed after the backup"
    assert cli("restore", "--yes", backup)[0] == 0
    after = tmp_path / "after.json"
    cli("export", "--out", after)
    assert before.read_text() == after.read_text()


def test_restore_refuses_junk(cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 nothing")
    code, _, err = cli("restore", "--yes", junk)
    assert code == 2 and "not a Concord backup" in err
