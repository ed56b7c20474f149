"""`concord finance import|export|template`: a finance officer fills a workbook in Excel, imports it whole or
is told every problem by sheet, row and column (and nothing is imported), and exports the register back."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

EDITOR = "editor@cambridgeshire-opcc.example"
D = Decimal


@pytest.fixture
def demo(demo_copy):  # noqa: ANN001
    return demo_copy()


def _ok(ran) -> str:  # noqa: ANN001
    assert ran.code == 0, ran.err + ran.out
    return ran.out


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets if ws.title != "About"}


def _month(demo, month: int) -> dict:  # noqa: ANN001
    return json.loads(_ok(demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", str(month),
                                   "--json")))


def _with_formula(path: Path, ref: str, formula: str) -> None:
    """Give a numeric cell a formula while keeping its saved value, as Excel writes them."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode()
    xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)(<v>)', rf"\1<f>{formula}</f>\2", xml, count=1)
    assert n == 1
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n_, data in parts.items():
            z.writestr(n_, data)


def test_an_exported_workbook_imports_back_unchanged_and_exports_the_same(demo) -> None:  # noqa: ANN001
    first = demo.cwd / "finance.xlsx"
    _ok(demo.run("finance", "export", "--out", str(first)))
    before = demo.dump()
    out = _ok(demo.run("finance", "import", str(first), user=EDITOR))
    assert "month 6, 88 lines: unchanged (version 1)" in out and "recorded" not in out
    assert demo.dump() == before  # nothing written: no version moved, no audit row
    second = demo.cwd / "again.xlsx"
    _ok(demo.run("finance", "export", "--out", str(second)))
    assert _values(first) == _values(second)


def test_an_export_has_numbers_as_numbers_and_variances_formatted(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "month6.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path), "--year", "2016", "--month", "6"))
    ws = openpyxl.load_workbook(path)["Revenue"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("Line")].value == "Police Officer Pay & Allowances")
    actual, variance = row[header.index("Actual")], row[header.index("Forecast variance")]
    assert actual.value == 23273000 and isinstance(actual.value, int)
    assert variance.value == -213000 and "[Red]" in variance.number_format
    assert {r[header.index("Month")].value for r in ws.iter_rows(min_row=2)} == {6}
    about = openpyxl.load_workbook(path)["About"]
    assert any(r[0].value == "Written on" and r[1].is_date for r in about.iter_rows())


def test_a_finance_officer_imports_a_month_from_xlsx_and_sees_its_variances(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "month7.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path), "--year", "2016", "--month", "6"))
    wb = openpyxl.load_workbook(path)
    for name in ("Capital", "MTFP scenarios", "MTFP assumptions"):
        del wb[name]
    ws = wb["Revenue"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        r[header.index("Month")].value = 7
        r[header.index("Statement")].value = "Cambridgeshire revenue monitoring month 7"
        if r[header.index("Line")].value == "Dogs":
            r[header.index("Actual")].value = 420123.45  # a float from Excel: read exactly to the penny
    wb.save(path)
    out = _ok(demo.run("finance", "import", str(path), "--dry-run", user=EDITOR))
    assert "month 7, 88 lines: would be recorded" in out
    assert demo.run("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "7").code == 2
    _ok(demo.run("finance", "import", str(path), user=EDITOR))
    st = _month(demo, 7)
    dogs = next(ln for g in st["groups"] for ln in g["lines"] if ln["label"] == "Dogs")
    assert dogs["figures"]["actual"] == "420123.45" and dogs["figures"]["variance"] == "60123.45"
    assert dogs["function"] == "Dogs"
    # the printed collaboration total now differs from its lines by far more than rounding
    bad = [c for c in st["printed_totals"] if not c["casts"]]
    assert {(c["label"], c["column"]) for c in bad} == {("Total Collaborated and Partnerships", "actual"),
                                                        ("Net Budget Requirement", "actual")}
    compared = json.loads(_ok(demo.run("revenue", "compare", "cambridgeshire", "--year", "2016", "--month", "7",
                                       "--json")))
    line = next(ln for ln in compared["lines"] if ln["label"] == "Dogs")
    assert line["movement"]["actual"] == "57123.45"


def test_every_problem_is_reported_by_sheet_row_and_column_and_nothing_is_imported(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "broken.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path)))
    wb = openpyxl.load_workbook(path)
    ws = wb["Revenue"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    ws.cell(3, col["Actual"]).value = "about 500"                      # text in a number cell
    ws.cell(4, col["YTD budget"]).value = 1.234                          # a fraction of a penny
    ws.cell(5, col["Month"]).value = None                                # a missing month
    ws.cell(6, col["Full-year budget"]).value = "=H6*2"                  # a formula never calculated
    ws.cell(7, col["Group"]).value = "Sundries"                          # not a group
    ws.merge_cells(start_row=8, start_column=col["Line"], end_row=9, end_column=col["Line"])
    cap = wb["Capital"]
    cap_header = [c.value for c in cap[1]]
    number = cap_header.index("Scheme number") + 1
    cap.insert_rows(3)
    for i, cell in enumerate(cap[2], start=1):
        cap.cell(3, i).value = cell.value                               # a scheme given twice
    wb.save(path)
    before = demo.dump()
    ran = demo.run("finance", "import", str(path), "--json", user=EDITOR)
    assert ran.code == 2, ran.err
    report = json.loads(ran.out)
    got = {(p["sheet"], p["row"], p["column"]) for p in report["problems"]}
    letter = {h: openpyxl.utils.get_column_letter(i) for h, i in col.items()}
    assert ("Revenue", 3, "Actual") in got
    assert ("Revenue", 4, "YTD budget") in got
    assert ("Revenue", 5, "Month") in got
    assert ("Revenue", 6, "Full-year budget") in got
    assert ("Revenue", 7, "Group") in got
    assert any(p["sheet"] == "Revenue" and p["row"] == 8 and "merged" in p["reason"] for p in report["problems"])
    assert ("Capital", 3, "Scheme number") in got
    text = next(p for p in report["problems"] if p["row"] == 3 and p["column"] == "Actual")
    assert text["value"] == "about 500" and text["letter"] == letter["Actual"] and "text" in text["reason"]
    assert report["imported"] is False and report["done"] == []
    assert demo.dump() == before
    human = demo.run("finance", "import", str(path), user=EDITOR)
    assert human.code == 2
    assert f"sheet 'Revenue', row 3, column {letter['Actual']} (Actual): 'about 500' is text, not a number" in human.err
    assert "nothing imported" in human.err
    _ = number


def test_a_formula_s_saved_value_is_read_and_the_formula_reported(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "formula.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path), "--year", "2016", "--month", "6"))
    wb = openpyxl.load_workbook(path)
    for name in ("Capital", "MTFP scenarios", "MTFP assumptions", "About"):
        del wb[name]
    header = [c.value for c in wb["Revenue"][1]]
    wb.save(path)
    ref = f"{openpyxl.utils.get_column_letter(header.index('Actual') + 1)}2"
    _with_formula(path, ref, "SUM(1,2)")
    ran = demo.run("finance", "import", str(path), "--json", user=EDITOR)
    report = json.loads(ran.out)
    assert ran.code == 0, ran.out
    [note] = report["notes"]
    assert (note["row"], note["column"], note["value"]) == (2, "Actual", "=SUM(1,2)")
    assert "saved value 23273000 was read" in note["reason"]


def test_wrong_and_missing_columns_and_a_gap_between_months(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "revenue.csv"
    _ok(demo.run("finance", "export", "--format", "csv", "--out", str(demo.cwd / "out")))
    rows = list(csv.reader((demo.cwd / "out" / "revenue.csv").open()))
    header = rows[0]
    header[header.index("YTD budget")] = "Budget to the end of the month"
    month = header.index("Month")
    for r in rows[1:]:
        if r[month] == "6":
            r[month] = "7"  # months 5 and 7: month 6 is missing
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    ran = demo.run("finance", "import", str(path), "--json", user=EDITOR)
    assert ran.code == 2
    problems = json.loads(ran.out)["problems"]
    reasons = {(p["row"], p["column"]): p["reason"] for p in problems}
    assert "is not a column of the Revenue sheet" in reasons[(1, "Budget to the end of the month")]
    assert "is missing" in reasons[(1, "YTD budget")]
    assert any("month 6 of 2016/17 for cambridgeshire is missing" in p["reason"] for p in problems)


def test_a_csv_folder_round_trips_and_templates_name_their_columns(demo) -> None:  # noqa: ANN001
    out = demo.cwd / "csv"
    _ok(demo.run("finance", "export", "--format", "csv", "--out", str(out)))
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["capital.csv", "mtfp-assumptions.csv", "mtfp-scenarios.csv", "revenue.csv", "capital-programmes.csv",
         "capital-schemes.csv", "capital-financing.csv", "capital-amendments.csv", "savings.csv",
         "collaboration-spend.csv", "shared-costs.csv", "fleet-profiles.csv", "fleet-usage.csv",
         "referendum-limits.csv", "precepts.csv", "precept-dates.csv"])
    done = _ok(demo.run("finance", "import", str(out), user=EDITOR))
    assert "recorded" not in done and "unchanged" in done
    for kind, sheets in (("revenue", ["Revenue"]),
                         ("capital", ["Capital", "Capital programmes", "Capital schemes", "Capital financing",
                                      "Capital amendments"]),
                         ("mtfp", ["MTFP scenarios", "MTFP assumptions", "Referendum limits", "Precepts",
                                   "Precept dates"]),
                         ("savings", ["Savings", "Collaboration spend"]),
                         ("recharge", ["Shared costs", "Fleet profiles", "Fleet usage"])):
        path = demo.cwd / f"{kind}.xlsx"
        _ok(demo.run("finance", "template", kind, "--out", str(path)))
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == [*sheets, "About"]
        before = demo.dump()
        assert "nothing imported" not in _ok(demo.run("finance", "import", str(path), user=EDITOR))
        assert demo.dump() == before  # an empty template imports, and adds nothing
    assert demo.run("finance", "template", "pensions", "--out", str(demo.cwd / "x.xlsx")).code == 2


def test_mtfp_scenarios_and_assumptions_round_trip(demo) -> None:  # noqa: ANN001
    _ok(demo.run("mtfp", "add", "cambridgeshire", "central", "--base-year", "2016", "--officer-pay", "62000000",
                 "--staff-pay", "38000000", "--energy", "2000000", "--other-costs", "28500000", "--grant", "76000000",
                 "--tax-base", "232000.5", "--band-d", "189.90", user=EDITOR))
    _ok(demo.run("mtfp", "assume", "cambridgeshire", "central", "--year", "2017", "--pay-award", "1",
                 "--band-d-increase", "1.99", "--savings", "1500000.50", user=EDITOR))
    path = demo.cwd / "mtfp.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path)))
    rows = _values(path)["MTFP assumptions"]
    header = rows[0]
    assert rows[1][header.index("Savings")] == 1500000.5 and rows[1][header.index("Band d increase %")] == 1.99
    before = demo.dump()
    done = _ok(demo.run("finance", "import", str(path), user=EDITOR))
    assert "central: unchanged" in done and "2017/18: unchanged" in done
    assert demo.dump() == before
    wb = openpyxl.load_workbook(path)
    wb["MTFP assumptions"].cell(2, header.index("Band d increase %") + 1).value = 2.99
    wb.save(path)
    assert "2017/18: set" in _ok(demo.run("finance", "import", str(path), user=EDITOR))
    shown = json.loads(_ok(demo.run("mtfp", "show", "cambridgeshire", "central", "--json")))
    assert shown[0]["years"][1]["assumptions_percent"]["band_d_increase"] == "2.99"


def test_importing_needs_a_finance_editor(demo) -> None:  # noqa: ANN001
    path = demo.cwd / "f.xlsx"
    _ok(demo.run("finance", "export", "--out", str(path)))
    ran = demo.run("finance", "import", str(path), user="viewer@hertfordshire-opcc.example")
    assert ran.code == 4


def test_an_export_of_one_body_holds_only_that_body_s_rows(demo) -> None:  # noqa: ANN001
    out = demo.cwd / "one"
    _ok(demo.run("finance", "export", "--format", "csv", "--out", str(out), "--year", "2016", "--month", "6"))
    rows = list(csv.reader((out / "revenue.csv").open()))
    body = rows[0].index("Body")
    for r in rows[1:]:
        r[body] = "hertfordshire"  # the same month, as another body's statement
    path = demo.cwd / "revenue.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    admin = "admin@cambridgeshire-opcc.example"
    _ok(demo.run("user", "set-role", EDITOR, "--organisation", "hertfordshire-opcc", "--role", "editor", user=admin))
    _ok(demo.run("finance", "import", str(path), user=EDITOR))
    both = demo.cwd / "both.xlsx"
    _ok(demo.run("finance", "export", "--out", str(both), "--year", "2016", "--month", "6"))
    assert {r[0] for r in _values(both)["Revenue"][1:]} == {"cambridgeshire", "hertfordshire"}
    for chosen in ("hertfordshire", "Cambridgeshire"):
        one = demo.cwd / f"{chosen}.xlsx"
        done = _ok(demo.run("finance", "export", "--out", str(one), "--year", "2016", "--month", "6",
                            "--body", chosen))
        sheets = _values(one)
        assert {r[0] for r in sheets["Revenue"][1:]} == {chosen.lower()}
        assert len(sheets["Revenue"]) == len(rows)
        assert all(r[0] == chosen.lower() for name, got in sheets.items() for r in got[1:]), sheets
        assert f"Revenue {len(rows) - 1} rows" in done
    ran = demo.run("finance", "export", "--out", str(demo.cwd / "x.xlsx"), "--body", "atlantis")
    assert ran.code == 2
    assert "--body" in ran.err and "atlantis" in ran.err and "not a policing body" in ran.err


def test_an_imported_statement_leaves_one_audit_record_listing_its_lines(demo) -> None:  # noqa: ANN001
    out = demo.cwd / "six"
    _ok(demo.run("finance", "export", "--format", "csv", "--out", str(out), "--year", "2016", "--month", "6"))
    rows = list(csv.reader((out / "revenue.csv").open()))
    actual = rows[0].index("Actual")
    rows[1][actual] = "12345.67"
    path = demo.cwd / "revenue.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    _ok(demo.run("finance", "import", str(path), user=EDITOR))
    recent = _ok(demo.run("history", "--user", EDITOR)).splitlines()
    # the statement's lines changed: one record for the statement, naming its lines, not one per line
    [change] = [r for r in recent if r.endswith(": lines")]
    assert re.search(r" update financial_table \d+: lines$", change), recent
    assert not [r for r in recent if "budget_line" in r], recent
