"""Finance pages: a month's revenue monitoring by group, a group's lines, a month against the month before,
the month as XLSX, and importing a workbook whole or not at all with every problem in the error summary."""

from __future__ import annotations

import io

import openpyxl
import pytest

MONTH6 = "/finance/revenue/cambridgeshire/2016/6"
MONTH5 = "/finance/revenue/cambridgeshire/2016/5"


def _table(page, caption: str) -> list[list[str]]:  # noqa: ANN001
    table = next(t for t in page.soup.select("table") if caption in t.caption.get_text())
    return [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in table.select("tbody tr")]


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


def _upload(pages, data: bytes, name: str = "month.xlsx", **extra):  # noqa: ANN001, ANN201
    token = pages.csrf_token("/finance/import")
    return pages.post("/finance/import", {"csrf_token": token, "workbook": (io.BytesIO(data), name), **extra},
                      content_type="multipart/form-data")


def test_the_months_are_listed_with_the_one_that_does_not_cast_flagged(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get("/finance/revenue")
    rows = _table(page, "Monitoring statements")
    assert [r[1:] for r in rows] == [["2016/17 month 5 (August 2016)", "88", "Do not cast"],
                                     ["2016/17 month 6 (September 2016)", "88", "Cast"]]
    assert not page.soup.find("a", string="Import a workbook")  # a viewer imports nothing
    nav = [a.get_text(strip=True) for a in page.soup.select(".govuk-service-navigation a")]
    assert "Finance" in nav


def test_a_month_by_group_drills_down_to_its_lines(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(MONTH6)
    groups = _table(page, "By group")
    assert groups[0] == ["Employee costs", "71,916", "35,520", "35,294", "−226", "71,529", "−387"]
    assert groups[-1][0] == "Total" and groups[-1][1] == "127,501"
    assert not page.soup.select(".govuk-warning-text")
    link = page.soup.find("a", string="Collaboration and partnerships")
    collab = pages.get(link["href"])
    rows = _table(collab, "Lines")
    assert ["Joint Protective Services", "14,837", "7,466", "6,984", "−482", "14,342", "−495"] in rows
    ict = next(r for r in rows if r[0].startswith("ICT"))
    assert "Function: ICT (Organisational Support); agreement: bch-ict" in ict[0]
    assert collab.soup.find("a", string="bch-ict")["href"] == "/agreements/bch-ict"
    assert pages.get(MONTH6 + "/sundries").status_code == 404
    assert pages.get("/finance/revenue/cambridgeshire/2016/9").status_code == 404


def test_a_total_that_does_not_cast_is_flagged_on_its_month_and_group(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(MONTH5)
    warning = page.soup.select_one(".govuk-warning-text").get_text(" ", strip=True)
    assert "Total Transport Costs, actual: printed 190, its lines add up to 178" in warning
    transport = next(r for r in _table(page, "By group") if r[0].startswith("Transport costs"))
    assert "Total does not cast" in transport[0]
    group = pages.get(MONTH5 + "/transport")
    assert ["Total Transport Costs (as printed)", "1,069", "219", "190", "", "991", ""] in _table(group, "Lines")


def test_a_month_is_compared_with_the_month_before(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(MONTH6)
    compare = pages.get(page.soup.find("a", string="Compare with the month before")["href"])
    assert compare.soup.h1.get_text(strip=True) == "September 2016 against August 2016"
    employees = _table(compare, "By group")[0]
    assert employees == ["Employee costs", "5,882", "−216", "−171", "−387", "−216"]
    assert pages.get(MONTH5 + "/compare").status_code == 404  # no month 4


def test_the_month_downloads_as_xlsx_and_imports_back_unchanged(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    got = pages.get(MONTH6 + "/download")
    assert got.status_code == 200 and got.mimetype.endswith("spreadsheetml.sheet")
    wb = openpyxl.load_workbook(io.BytesIO(got.data))
    rows = list(wb["Revenue"].iter_rows(values_only=True))
    assert len(rows) == 89 and {r[2] for r in rows[1:]} == {6}
    done = _upload(pages, got.data)
    assert done.status_code == 302, _summary(done)
    listing = pages.get("/finance/revenue")
    banner = listing.soup.select_one(".govuk-notification-banner").get_text(" ", strip=True)
    assert "month 6, 88 lines: unchanged (version 1)" in banner


def test_an_import_with_problems_lists_each_in_the_error_summary_and_imports_nothing(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    data = pages.get(MONTH6 + "/download").data
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Revenue"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        r[header.index("Month")].value = 7
    ws.cell(4, header.index("Actual") + 1).value = "n/a"
    out = io.BytesIO()
    wb.save(out)
    checked = _upload(pages, out.getvalue(), check_only="y")
    assert checked.status_code == 400
    summary = _summary(checked)
    assert summary[0] == ("#workbook", "1 problem in the workbook: nothing was imported")
    letter = openpyxl.utils.get_column_letter(header.index("Actual") + 1)
    assert ("#workbook", f"sheet 'Revenue', row 4, column {letter} (Actual): 'n/a' is text, not a number") in summary
    assert _table(checked, "Problems in the workbook") == [["Revenue", "4", f"{letter} (Actual)", "n/a",
                                                             "is text, not a number"]]
    assert pages.get("/finance/revenue/cambridgeshire/2016/7").status_code == 404
    ws.cell(4, header.index("Actual") + 1).value = 1000
    out = io.BytesIO()
    wb.save(out)
    dry = _upload(pages, out.getvalue(), check_only="y")
    assert dry.status_code == 200
    assert "month 7, 88 lines: would be recorded" in dry.soup.select_one(".govuk-inset-text").get_text()
    assert pages.get("/finance/revenue/cambridgeshire/2016/7").status_code == 404
    assert _upload(pages, out.getvalue()).status_code == 302
    assert pages.get("/finance/revenue/cambridgeshire/2016/7").status_code == 200


def test_importing_needs_finance_rights_and_a_file(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    assert pages.get("/finance/import").status_code == 403
    editor = new_pages()
    editor.sign_in(demo["editor"])
    empty = editor.submit("/finance/import", {})
    assert empty.status_code == 200 and _summary(empty) == [("#workbook", "Select a workbook to import")]


@pytest.mark.parametrize("url", ["/finance/revenue", MONTH6, MONTH6 + "/employees", MONTH6 + "/compare",
                                 "/finance/import"])
def test_every_finance_page_is_sound(pages, demo, url) -> None:  # noqa: ANN001
    pages.sign_in(demo["administrator"])
    assert pages.get(url).status_code == 200  # the page check runs on every page fetched


def test_a_month_shows_gross_and_net_revenue_expenditure_after_their_last_group(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    rows = _table(pages.get(MONTH6), "By group")
    names = [r[0] for r in rows]
    gross = rows[names.index("Supplies and services") + 1]
    net = rows[names.index("Income") + 1]
    assert gross[0] == "Gross revenue expenditure" and net[0] == "Net revenue expenditure"

    def pounds(cell: str) -> int:
        return int(cell.replace(",", "").replace("−", "-"))

    costs = [r for r in rows if r[0] in ("Employee costs", "Police pension costs", "Premises costs", "Transport costs",
                                         "Supplies and services")]
    assert len(costs) == 5
    # shown rounded, computed unrounded: within a unit per group of the rounded groups' sum
    assert abs(pounds(gross[1]) - sum(pounds(r[1]) for r in costs)) <= 3
    assert abs(pounds(net[1]) - pounds(gross[1]) - pounds(rows[names.index("Income")][1])) <= 1
    assert rows[-1][0] == "Total"
