"""Savings and benefits, and each member's statement of shared costs, in the browser."""

from __future__ import annotations


def _table(page, caption: str) -> list[list[str]]:  # noqa: ANN001
    table = next(t for t in page.soup.select("table") if caption in t.caption.get_text())
    return [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in table.select("tbody tr")]


def test_savings_roll_up_per_force_with_spend_beside_them(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get("/savings")
    assert ["bch", "cambridgeshire", "2016/17", "£28,521,000", "—", "—"] in _table(page, "Spend on collaboration")
    by_force = _table(page, "By force")
    assert by_force[0][:3] == ["cambridgeshire", "2017/18-2020/21", "£2,200,000"]
    each = _table(page, "Each saving")
    assert any(r[0].startswith("Collaborated firearms") and r[-2:] == ["£110,000", "£200,000"] for r in each)


def test_each_member_has_a_statement_that_adds_up(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    index = pages.get("/shared-costs")
    link = index.soup.select_one("a[href='/shared-costs/chiltern/2017/cambridgeshire']")
    assert link is not None and index.soup.select_one("a[href='/shared-costs/seven-force/2016/kent']") is not None
    page = pages.get(link["href"])
    fleet = _table(page, "Fleet")
    assert ["2017-04", "Van", "90", "£540.25", "£48,622.50", "2 May 2017"] in fleet
    assert "£280,587.50" in page.soup.select_one(".govuk-summary-list").get_text()
    kent = pages.get("/shared-costs/seven-force/2016/kent")
    costs = _table(kent, "Shared costs")
    assert ["Programme team", "£1,200,000.00", "23.1%", "£277,200.00"] in costs
    assert pages.client.get("/shared-costs/seven-force/2016/metropolitan").status_code == 404


def test_mtfp_scenarios_side_by_side(pages, demo, concord) -> None:  # noqa: ANN001
    base = ["--base-year", "2016", "--officer-pay", "62000000", "--staff-pay", "38000000", "--energy", "2000000",
            "--other-costs", "28500000", "--grant", "76000000", "--tax-base", "232000.5", "--band-d", "189.90"]
    for name, extra in (("central", []), ("savings", ["--savings", "1500000"])):
        assert concord("mtfp", "add", "cambridgeshire", name, *base, user=demo["editor"].email).code == 0
        ran = concord("mtfp", "assume", "cambridgeshire", name, "--year", "2017", "--pay-award", "1",
                      "--band-d-increase", "1.99", *extra, user=demo["editor"].email)
        assert ran.code == 0, ran.err
    pages.sign_in(demo["viewer"])
    assert pages.get("/mtfp").soup.select_one("a[href='/mtfp/cambridgeshire']") is not None
    page = pages.get("/mtfp/cambridgeshire")
    central, savings = _table(page, "central"), _table(page, "savings")
    gap = {r[0]: r[1:] for r in central}["Budget gap (cumulative)"]
    gap_with_savings = {r[0]: r[1:] for r in savings}["Budget gap (cumulative)"]
    assert gap[0] == gap_with_savings[0] and gap[1] != gap_with_savings[1]
    assert {r[0]: r[1:] for r in central}["Band D precept"] == ["£189.90", "£193.68"]
    assert pages.client.get("/mtfp/kent").status_code == 404


def test_the_finance_page_leads_to_each_part_the_reader_may_use(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get("/finance")
    nav = {a.get_text(strip=True): a["href"] for a in page.soup.select(".govuk-service-navigation__list a")}
    assert nav["Finance"] == "/finance" and "Capital" not in nav
    links = {a.get_text(strip=True): a["href"] for a in page.soup.select("main dt a")}
    assert list(links) == ["Revenue monitoring", "Capital programme", "Medium Term Financial Plan", "The precept",
                           "Savings and benefits", "Shared costs"]  # a viewer may not import a workbook
    assert all(pages.get(href).status_code == 200 for href in links.values())
    finance = pages.get("/capital").soup.select_one(".govuk-service-navigation__item--active")
    assert finance is not None and finance.get_text(strip=True) == "Finance"
    editor = new_pages()
    editor.sign_in(demo["editor"])
    assert "Import a workbook" in editor.get("/finance").soup.get_text()
