"""The dashboard's finance findings each lead to their record: a printed total that does not cast
to its table (a monitoring statement's month), capital payments and financing that differ to the
programme."""

from __future__ import annotations


def _findings(pages, label: str) -> list:  # noqa: ANN001
    page = pages.get("/")
    return [r for r in page.soup.select("tbody tr") if label in r.get_text(" ", strip=True)]


def test_every_finance_finding_links_to_its_record(pages, demo, concord) -> None:  # noqa: ANN001
    assert concord("capital", "propose", "cambridgeshire", "2016", "Unfunded camera van", "--scheme", "CP16/06=30000",
                   user="editor@cambridgeshire-opcc.example").code == 0
    pages.sign_in(demo["viewer"])
    casting = _findings(pages, "Total does not cast")
    assert len(casting) >= 3
    for row in casting:
        link = row.select_one("a")
        assert link is not None, row.get_text(" ", strip=True)
        shown = pages.client.get(link["href"], follow_redirects=True)
        assert shown.status_code == 200
        text = " ".join(shown.get_data(as_text=True).split())
        assert link.get_text(" ", strip=True).split(":")[0] in text  # the table's own page, by its title
    revenue = next(r for r in casting if "revenue monitoring" in r.get_text())
    assert revenue.select_one("a")["href"].startswith("/finance/tables/")
    assert pages.client.get(revenue.select_one("a")["href"]).headers["Location"].startswith("/finance/revenue/cambridgeshire/2016/5")
    rcco = next(r for r in casting if "RCCO schemes approved by the PCC" in r.get_text())
    table = pages.get(rcco.select_one("a")["href"])
    text = table.soup.get_text(" ", strip=True)
    assert "£771,622.00" in text and "£896,782.00" in text and "-£125,160.00" in text
    assert table.soup.select_one("a[href='/capital/cambridgeshire/2016']") is not None

    capital = _findings(pages, "Capital payments and financing differ")
    assert capital and all(r.select_one("a") is not None for r in capital)
    assert pages.client.get(capital[0].select_one("a")["href"]).headers["Location"] == "/capital/cambridgeshire/2016"
    assert pages.client.get("/finance/tables/99999").status_code == 404
    assert pages.client.get("/capital/programmes/cambridgeshire/2031").status_code == 404
