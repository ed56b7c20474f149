"""The precept pages under Finance: Band D, tax base, the bands A to H, the referendum limit check
and the timetable; forms to set a year's precept and add a date (each one service call, as
`concord precept set|date` makes it)."""

from __future__ import annotations

import json

ADMIN = "admin@cambridgeshire-opcc.example"


def _error_links(page) -> dict[str, str]:  # noqa: ANN001
    return {a.get_text(" ", strip=True): a["href"] for a in page.soup.select(".govuk-error-summary a")}


def test_set_a_precept_see_its_bands_and_limit_and_add_a_date(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    hub = pages.get("/finance").soup.select_one("main a[href='/finance/precept']")
    assert hub is not None and hub.get_text(strip=True) == "The precept"
    for year, band_d, base in (("2016/17", "189.90", "232,000.5"), ("2017/18", "£193.68", "236640.5")):
        done = pages.submit("/finance/precept/new", {"body": "cambridgeshire", "year": year, "band_d": band_d,
                                                      "tax_base": base})
        assert done.status_code == 302, done.get_data(as_text=True)
    assert done.headers["Location"].endswith("/finance/precept/cambridgeshire/2017")
    assert concord("precept", "limit", "2017/18", "--percent", "2", user=ADMIN).code == 0
    page = pages.get("/finance/precept/cambridgeshire/2017")
    assert page.soup.h1.get_text(strip=True).startswith("Precept 2017/18: ")
    text = page.soup.select_one("main").get_text(" ", strip=True)
    assert "£45,832,532.04" in text and "Within the limit" in text and "£3.78 (1.99 %)" in text
    bands = {tr.th.get_text(strip=True): tr.find_all("td")[-1].get_text(strip=True)
             for tr in page.soup.select("table tbody tr")}
    assert bands == {"A": "£129.12", "B": "£150.64", "C": "£172.16", "D": "£193.68", "E": "£236.72",
                     "F": "£279.76", "G": "£322.80", "H": "£387.36"}
    added = pages.submit("/finance/precept/cambridgeshire/2017/date",
                         {"event": "Panel considers the precept", "falls_on": ["1", "2", "2017"]})
    assert added.status_code == 302
    shown = json.loads(concord("precept", "show", "cambridgeshire", "2017/18", "--json").out)
    assert shown["timetable"] == [["2017-02-01", "Panel considers the precept"]]
    assert "1 February 2017" in pages.get("/finance/precept/cambridgeshire/2017").soup.select_one("#timetable") \
        .find_next("dl").get_text()
    # above the limit: the page says so, and so does `concord check`
    raised = pages.submit("/finance/precept/cambridgeshire/2017/set", {"band_d": "194.00", "tax_base": "236640.5"})
    assert raised.status_code == 302
    assert "Above the limit" in pages.get("/finance/precept/cambridgeshire/2017").soup.get_text()
    index = pages.get("/finance/precept")
    assert index.soup.select_one("a[href='/finance/precept/cambridgeshire/2016']") is not None


def test_bad_input_stale_edits_and_who_may(pages, new_pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    bad = pages.submit("/finance/precept/new", {"body": "cambridgeshire", "year": "2017/19", "band_d": "£1.2.3",
                                                "tax_base": "many"})
    assert bad.status_code == 400 and "2017/19" in bad.soup.select_one(".govuk-error-summary").get_text()
    assert bad.soup.select_one("#year")["value"] == "2017/19"  # the input kept
    money = pages.submit("/finance/precept/new", {"body": "cambridgeshire", "year": "2017/18", "band_d": "£1.2.3",
                                                  "tax_base": "1"})
    assert money.status_code == 400 and "#band_d" in _error_links(money).values()
    base = pages.submit("/finance/precept/new", {"body": "cambridgeshire", "year": "2017/18", "band_d": "1",
                                                 "tax_base": "many"})
    assert base.status_code == 400 and any("‘many’" in t for t in _error_links(base)), _error_links(base)
    assert concord("precept", "show", "cambridgeshire", "2017/18").code == 2  # nothing written
    assert pages.submit("/finance/precept/new", {"body": "cambridgeshire", "year": "2017/18", "band_d": "193.68",
                                                 "tax_base": "236640.5"}).status_code == 302
    form = pages.get("/finance/precept/cambridgeshire/2017/set")
    token = form.soup.find("input", attrs={"name": "csrf_token"})["value"]
    version = form.soup.find("input", attrs={"name": "version"})["value"]
    assert concord("precept", "set", "cambridgeshire", "2017/18", "--band-d", "193.00", "--tax-base", "1",
                   user=demo["editor"].email).code == 0
    stale = pages.post("/finance/precept/cambridgeshire/2017/set", {"csrf_token": token, "version": version,
                                                                    "band_d": "195.00", "tax_base": "2"})
    assert stale.status_code == 400 and "Someone else changed this record" in stale.soup.get_text()
    assert stale.soup.select_one("#band_d")["value"] == "195.00"
    assert json.loads(concord("precept", "show", "cambridgeshire", "2017", "--json").out)["band_d"] == "193.00"
    for url in ("/finance/precept/kent/2017", "/finance/precept/cambridgeshire/2030",
                "/finance/precept/cambridgeshire/99999/set"):
        assert pages.client.get(url).status_code == 404, url
    viewer = new_pages()
    viewer.sign_in(demo["viewer"])
    assert viewer.get("/finance/precept/cambridgeshire/2017").status_code == 200
    assert "Change the precept" not in viewer.get("/finance/precept/cambridgeshire/2017").soup.get_text()
    for url in ("/finance/precept/new", "/finance/precept/cambridgeshire/2017/set",
                "/finance/precept/cambridgeshire/2017/date"):
        assert viewer.client.get(url).status_code == 403, url
