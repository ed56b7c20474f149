"""Revenue monitoring in headless Chromium: a finance officer opens a month, drills into a group, compares
with the month before, downloads the month and imports a workbook; axe on each page type.

The server and browser are the fixtures of `browsing.py` (`concord serve` on a demo register, Debian's
chromium through Playwright, axe-core from npm). `CONCORD_SCREENSHOTS=1` also writes docs/web-revenue.png.
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl

from tests.web.browsing import axe, click_to, sign_in
DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_a_finance_officer_reads_a_month_downloads_it_and_imports_a_changed_workbook(server, browser, sound_page,
                                                                                    tmp_path) -> None:  # noqa: ANN001
    context = browser.new_context(accept_downloads=True, bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, "editor")
    page.goto(f"{server.url}/finance/revenue")
    sound_page(page.content(), page.url)
    assert axe(page) == []
    click_to(page, "a:has-text('revenue monitoring 2016/17 month 5')")
    assert "Total Transport Costs, actual: printed 190" in page.inner_text(".govuk-warning-text")
    assert axe(page) == []
    page.goto(f"{server.url}/finance/revenue/cambridgeshire/2016/6")
    sound_page(page.content(), page.url)
    if os.environ.get("CONCORD_SCREENSHOTS"):
        page.set_viewport_size({"width": 1280, "height": 900})
        page.screenshot(path=DOCS / "web-revenue.png", full_page=True)
    click_to(page, "a:has-text('Collaboration and partnerships')")
    assert page.locator("h1").inner_text() == "Collaboration and partnerships, September 2016"
    assert axe(page) == []
    page.go_back()
    click_to(page, "a:has-text('Compare with the month before')")
    assert page.locator("h1").inner_text() == "September 2016 against August 2016"
    assert axe(page) == []
    page.go_back()
    with page.expect_download() as got:
        page.click("a:has-text('Download this month as XLSX')")
    path = tmp_path / "month6.xlsx"
    got.value.save_as(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Revenue"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        r[header.index("Month")].value = 7
    ws.cell(3, header.index("Actual") + 1).value = "not yet"
    wb.save(path)
    page.goto(f"{server.url}/finance/import")
    assert axe(page) == []
    page.set_input_files("#workbook", str(path))
    click_to(page, "button:has-text('Import')")
    summary = page.inner_text(".govuk-error-summary")
    assert "1 problem in the workbook: nothing was imported" in summary and "'not yet' is text" in summary
    assert axe(page) == []
    ws.cell(3, header.index("Actual") + 1).value = 1000
    wb.save(path)
    page.set_input_files("#workbook", str(path))
    click_to(page, "button:has-text('Import')")
    assert "month 7, 88 lines: recorded" in page.inner_text(".govuk-notification-banner")
    assert page.locator("td:has-text('2016/17 month 7 (October 2016)')").count() == 1
    assert errors == []
    context.close()
