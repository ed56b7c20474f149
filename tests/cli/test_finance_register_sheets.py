"""`concord finance import|export|template` for the capital programme, savings, shared costs and fleet
recharges, and the precept: a workbook exported from one register imports whole into a fresh one and
exports the same; a workbook with problems is refused with each one by sheet, row and column."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

EDITOR = "editor@cambridgeshire-opcc.example"
ADMIN = "admin@cambridgeshire-opcc.example"
SHEETS = ("Capital programmes", "Capital schemes", "Capital financing", "Capital amendments", "Savings",
          "Collaboration spend", "Shared costs", "Fleet profiles", "Fleet usage", "Referendum limits", "Precepts",
          "Precept dates")
TABLES = ("amendment_line", "capital_amendment", "programme_scheme", "financing_line", "capital_programme",
          "savings_line", "collaboration_spend", "shared_cost", "fleet_usage", "fleet_profile", "precept",
          "referendum_limit", "precept_date")


def _ok(ran) -> str:  # noqa: ANN001
    assert ran.code == 0, ran.err + ran.out
    return ran.out


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets if ws.title in SHEETS}


def _editor_of_every_alliance(demo) -> None:  # noqa: ANN001
    """The editor, and the administrator (who alone may set a referendum limit, so who alone may import
    a whole register's workbook), edit every alliance's finance."""
    for alliance in ("bch", "seven-force", "chiltern"):
        for who in (EDITOR, ADMIN):
            _ok(demo.run("user", "set-role", who, "--organisation", f"{alliance}-programme-office", "--role",
                         "editor", user=ADMIN))


def _filled(demo) -> None:  # noqa: ANN001
    """The demo, with a precept timetable, a referendum limit and an approved amendment besides."""
    _ok(demo.run("precept", "limit", "2017", "--percent", "1.99", "--pounds", "12", user=ADMIN))
    _ok(demo.run("precept", "set", "cambridgeshire", "2016", "--band-d", "189.00", "--tax-base", "273120.5",
                 user=EDITOR))
    _ok(demo.run("precept", "set", "cambridgeshire", "2017", "--band-d", "192.69", "--tax-base", "276854.25",
                 user=EDITOR))
    _ok(demo.run("precept", "date", "cambridgeshire", "2017", "Police and Crime Panel meeting", "--on", "2017-02-01",
                 user=EDITOR))
    _ok(demo.run("capital", "approve", "cambridgeshire", "2016", "1", "--on", "2017-01-10", "--reference",
                 "FEB 05/07/2016", user=EDITOR))
    _ok(demo.run("capital", "update", "cambridgeshire", "2016", "CP16/05", "--forecast", "100000.50", user=EDITOR))


def _emptied(url: str) -> None:
    """A fresh register of these tables: the demo's bodies, alliances and users, and none of their rows."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for table in TABLES:
            conn.execute(sa.text(f"DELETE FROM {table}"))
    engine.dispose()


@pytest.fixture
def two(demo_copy):  # noqa: ANN001
    first, fresh = demo_copy(), demo_copy()
    _filled(first)
    _emptied(fresh.url)
    _editor_of_every_alliance(fresh)
    return first, fresh


def test_a_workbook_exported_imports_whole_into_a_fresh_register_and_exports_the_same(two) -> None:  # noqa: ANN001
    first, fresh = two
    path = first.cwd / "finance.xlsx"
    _ok(first.run("finance", "export", "--out", str(path)))
    exported = _values(path)
    assert all(len(exported[s]) > 1 for s in SHEETS), {s: len(exported[s]) for s in SHEETS}
    before = fresh.dump()
    dry = _ok(fresh.run("finance", "import", str(path), "--dry-run", user=ADMIN))
    assert "Capital schemes: cambridgeshire 2016/17 CP16/05 Org Support BCH ERP Purchase: would be added" in dry
    assert fresh.dump() == before  # a dry run writes nothing
    refused = fresh.run("finance", "import", str(path), user=EDITOR)  # its referendum limits are a setting
    assert refused.code == 4 and "admin:setting:change" in refused.err, refused.err
    assert fresh.dump() == before  # and nothing of the rest was imported either
    done = _ok(fresh.run("finance", "import", str(path), user=ADMIN))
    assert "'Learning Management System for the BCH ERP (para 5.1)': proposed and approved" in done
    again = fresh.cwd / "again.xlsx"
    _ok(fresh.run("finance", "export", "--out", str(again)))
    assert _values(again) == exported
    shown = json.loads(_ok(fresh.run("capital", "show", "cambridgeshire", "2016", "--json")))
    first_shown = json.loads(_ok(first.run("capital", "show", "cambridgeshire", "2016", "--json")))
    assert shown["balances"] == first_shown["balances"] and shown["findings"] == first_shown["findings"]
    settled = fresh.dump()
    assert "unchanged" in _ok(fresh.run("finance", "import", str(again), user=ADMIN))
    assert fresh.dump() == settled  # imported again: nothing written, no audit row


def test_a_csv_folder_imports_whole_into_a_fresh_register(two) -> None:  # noqa: ANN001
    first, fresh = two
    out, back = first.cwd / "csv", fresh.cwd / "csv"
    _ok(first.run("finance", "export", "--format", "csv", "--out", str(out)))
    _ok(fresh.run("finance", "import", str(out), user=ADMIN))
    _ok(fresh.run("finance", "export", "--format", "csv", "--out", str(back)))
    for name in ("capital-schemes", "capital-amendments", "savings", "fleet-usage", "precepts", "precept-dates"):
        rows = (out / f"{name}.csv").read_text()
        assert len(rows.splitlines()) > 1
        assert (back / f"{name}.csv").read_text() == rows


def test_an_export_has_money_as_numbers_dates_as_dates_and_variances_formatted(two) -> None:  # noqa: ANN001
    first, _fresh = two
    path = first.cwd / "f.xlsx"
    _ok(first.run("finance", "export", "--out", str(path)))
    wb = openpyxl.load_workbook(path)
    schemes = wb["Capital schemes"]
    head = [c.value for c in schemes[1]]
    row = next(r for r in schemes.iter_rows(min_row=2) if r[head.index("Scheme number")].value == "CP16/05")
    assert row[head.index("Forecast outturn")].value == 100000.5
    assert isinstance(row[head.index("Original programme")].value, int)
    assert "[Red]" in row[head.index("Variance")].number_format
    assert "[Red]" not in row[head.index("Actual")].number_format
    amendments = wb["Capital amendments"]
    head = [c.value for c in amendments[1]]
    first_row = [c for c in amendments[2]]
    assert first_row[head.index("Proposed on")].is_date
    assert first_row[head.index("Proposed on")].value.date() == dt.date(2016, 12, 16)
    precepts = wb["Precepts"]
    assert precepts.cell(2, 3).value == 189 and precepts.cell(2, 4).value == 273120.5
    assert wb["Precept dates"].cell(2, 4).is_date


def test_every_problem_is_reported_by_sheet_row_and_column_and_nothing_is_imported(two) -> None:  # noqa: ANN001
    first, fresh = two
    path = first.cwd / "broken.xlsx"
    _ok(first.run("finance", "export", "--out", str(path)))
    wb = openpyxl.load_workbook(path)

    def col(ws, header: str) -> int:  # noqa: ANN001
        return [c.value for c in ws[1]].index(header) + 1

    schemes = wb["Capital schemes"]
    schemes.cell(3, col(schemes, "Actual")).value = "lots"                       # text in a number cell
    schemes.append([c.value for c in schemes[2]])                                # a scheme number given twice
    duplicate = schemes.max_row
    savings = wb["Savings"]
    savings.merge_cells(start_row=2, start_column=col(savings, "Owner"), end_row=3, end_column=col(savings, "Owner"))
    usage = wb["Fleet usage"]
    later = [c.value for c in usage[2]]
    later[col(usage, "Month") - 1] = "2017-06"                                  # 2017-05 is missing
    usage.append(later)
    gap = usage.max_row
    usage.cell(3, col(usage, "Vehicles on fleet")).value = "=2*70"              # a formula never calculated
    precepts = wb["Precepts"]
    precepts.cell(1, col(precepts, "Band D")).value = "Band E"                  # a wrong column, Band D missing
    wb.save(path)
    before = fresh.dump()
    ran = fresh.run("finance", "import", str(path), "--json", user=EDITOR)
    assert ran.code == 2, ran.err
    report = json.loads(ran.out)
    got = {(p["sheet"], p["row"], p["column"]): p for p in report["problems"]}
    assert got[("Capital schemes", 3, "Actual")]["value"] == "lots"
    assert got[("Capital schemes", 3, "Actual")]["letter"] == openpyxl.utils.get_column_letter(col(schemes, "Actual"))
    assert "given twice" in got[("Capital schemes", duplicate, "Scheme number")]["reason"]
    assert any(p["sheet"] == "Savings" and p["row"] == 2 and "merged" in p["reason"] for p in report["problems"])
    assert "2017-05" in got[("Fleet usage", gap, "Month")]["reason"]
    assert any((p["sheet"], p["row"], p["column"], p["value"]) == ("Fleet usage", 3, "Vehicles on fleet", "=2*70")
               and "formula with no saved value" in p["reason"] for p in report["problems"])
    assert ("Precepts", 1, "Band E") in got and "missing" in got[("Precepts", 1, "Band D")]["reason"]
    assert report["imported"] is False and report["done"] == []
    assert fresh.dump() == before


def test_a_filled_template_imports_and_a_service_s_refusal_is_said_at_its_row(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    _editor_of_every_alliance(demo)
    path = demo.cwd / "recharge.xlsx"
    _ok(demo.run("finance", "template", "recharge", "--out", str(path)))
    wb = openpyxl.load_workbook(path)
    wb["Fleet profiles"].append(["chiltern", "Motorcycle", 205.5])
    usage = wb["Fleet usage"]
    usage.append(["chiltern", "bedfordshire", "2017-05", "Motorcycle", 12])
    usage.append(["chiltern", "kent", "2017-05", "Motorcycle", 3])                  # not a member of Chiltern
    wb.save(path)
    before = demo.dump()
    ran = demo.run("finance", "import", str(path), "--json", user=EDITOR)
    assert ran.code == 2, ran.out
    problem = json.loads(ran.out)["problems"][0]
    assert (problem["sheet"], problem["row"], problem["column"], problem["value"]) == ("Fleet usage", 3, "Force", "kent")
    assert demo.dump() == before  # the profile written before the refusal is undone
    wb["Fleet usage"].delete_rows(3)
    wb.save(path)
    _ok(demo.run("finance", "import", str(path), user=EDITOR))
    statement = json.loads(_ok(demo.run("recharge", "statement", "chiltern", "2017", "--member", "bedfordshire",
                                        "--json")))
    bike = next(f for f in statement["fleet"] if f["profile"] == "Motorcycle")
    assert (bike["month"], bike["vehicles"], bike["amount"], bike["invoice_date"]) == ("2017-05", 12, "2466.00",
                                                                                       "2017-06-01")


def test_importing_a_new_saving_needs_its_alliance_s_finance_editor(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    path = demo.cwd / "savings.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Alliance", "Period", "Saving", "Predicted"])
        w.writerow(["bch", "2018/19", "Shared custody contract", "250000.00"])
    ran = demo.run("finance", "import", str(path), user=EDITOR)
    assert ran.code == 4, ran.err
    _editor_of_every_alliance(demo)
    _ok(demo.run("finance", "import", str(path), user=EDITOR))
    shown = json.loads(_ok(demo.run("savings", "show", "--json")))
    assert any(x["description"] == "Shared custody contract" and x["predicted"] == "250000.00" for x in shown["lines"])
