"""The agreements area through the app, as a signed-in user: the register, an
agreement's page, and the forms that change one. Every page a test fetches
passes the page check (the `pages` client)."""

from __future__ import annotations

from concord.services import agreements
from concord.services.context import system_actor, unit_of_work

DAY = "2021-01-15"  # Seven Force ends 2021-03-31; most parties have not yet renewed then


def _rows(page) -> list[list[str]]:  # noqa: ANN001
    return [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in page.soup.select("tbody tr")]


def _titles(page) -> list[str]:  # noqa: ANN001
    return [a.get_text(strip=True) for a in page.soup.select("tbody a[href^='/agreements/']")]


def _errors(page) -> dict[str, str]:  # noqa: ANN001
    """The error summary: each error's text by the field it links to."""
    return {a["href"]: a.get_text(" ", strip=True) for a in page.soup.select(".govuk-error-summary a")}


def test_the_register_lists_filters_and_searches(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    everything = pages.get(f"/agreements?as-of={DAY}")
    assert everything.status_code == 200
    titles = _titles(everything)
    assert "Seven Force Strategic Collaboration Programme" in titles and "Chiltern Transport Consortium" in titles
    assert pages.get(everything.soup.find("a", string="Chiltern Transport Consortium")["href"]).status_code == 200
    # a force: BTP is a party to Chiltern only (and not to Seven Force)
    btp = _titles(pages.get(f"/agreements?force=btp&as-of={DAY}"))
    assert btp == ["Chiltern Transport Consortium"]
    bch = _titles(pages.get("/agreements?alliance=bch"))
    assert bch and "Seven Force Strategic Collaboration Programme" not in bch
    # the state on the day: Investigatory Powers (from 2019-05-16) was not yet in force in 2018
    later = _titles(pages.get("/agreements?status=not_started&as-of=2018-01-01"))
    assert "Investigatory Powers Act 2016 collaboration agreement" in later
    assert "Seven Force Strategic Collaboration Programme" not in later
    ended = _titles(pages.get("/agreements?status=ended&as-of=2022-01-01"))
    assert ended == ["Seven Force Strategic Collaboration Programme"]
    # search: words of the title, and of a function it covers ("Fleet management" → Chiltern)
    assert _titles(pages.get("/agreements?q=online+home")) == ["Single Online Home national platform"]
    assert _titles(pages.get("/agreements?q=fleet")) == ["Chiltern Transport Consortium"]
    none = pages.get("/agreements?q=zeppelin")
    assert "No agreements match these filters." in none.soup.get_text()
    # a bad date is refused, naming it
    bad = pages.get("/agreements?as-of=15/01/2021")
    assert bad.status_code == 400 and "as-of ‘15/01/2021’ is not a date written as YYYY-MM-DD" in bad.soup.get_text()


def test_the_register_is_paged(pages, demo, register) -> None:  # noqa: ANN001
    with unit_of_work(register, system_actor("test")) as ctx:
        for i in range(30):
            agreements.add(ctx, agreements.NewAgreement(slug=f"paged-{i:02d}", title=f"Paged agreement {i:02d}",
                                                        parties=["kent", "essex"], start=_date("2020-01-01")))
    pages.sign_in(demo["viewer"])
    first = pages.get("/agreements?q=paged")
    assert "30 agreements" in first.soup.get_text() and len(_rows(first)) == 25
    nxt = first.soup.select_one(".govuk-pagination__next a")["href"]
    assert "q=paged" in nxt and "page=2" in nxt
    second = pages.get(nxt)
    assert len(_rows(second)) == 5 and not set(_titles(second)) & set(_titles(first))


def _date(text: str):  # noqa: ANN202
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_an_agreements_page_shows_what_bears_on_it(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(f"/agreements/seven-force?as-of={DAY}")
    assert page.status_code == 200
    text = page.soup.get_text(" ", strip=True)
    assert page.soup.h1.get_text(strip=True) == "Seven Force Strategic Collaboration Programme"
    # parties by their title on the day, with renewal and earliest exit (committed for the duration)
    parties = {r[0]: r for r in _rows(page) if r and r[0].startswith("The ")}
    essex = next(r for name, r in parties.items() if "Essex" in name and "Commissioner" in name)
    assert essex[0].startswith("The Police, Fire and Crime Commissioner for Essex")
    assert "signed as The Police and Crime Commissioner for Essex" in essex[0]
    assert "Earliest exit 2021-03-31" in essex[3]
    assert "Not yet renewed by:" in text
    # the versions in order, with the decision notice; the decision and notice about it
    versions = [h.get_text(" ", strip=True) for h in page.soup.select(".concord-timeline__title")]
    assert versions == ["Version 1: Original", "Version 2: Term extended", "Version 3: Term extended"]
    assert "CPCC2019-007" in text and "Extension of the Seven Force" in text
    # no buttons for a viewer
    assert "Record a renewal" not in text and not page.soup.select("a[href$='/marking']")
    # the checklist says what is missing
    checklist = page.soup.find(id="checklist").find_next("p").get_text(" ", strip=True)
    assert "are missing" in checklist


def test_costs_are_apportioned_for_a_chosen_year(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get("/agreements/seven-force?year=2016")
    table = page.soup.find("caption", string=lambda s: s and "shared by net revenue expenditure" in s).parent
    shares = [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.select("tbody tr")]
    assert len(shares) == 7
    from decimal import Decimal

    assert sum(Decimal(s[1].rstrip("%")) for s in shares) == Decimal("100.0")
    assert sum(Decimal(s[2].lstrip("£").replace(",", "")) for s in shares) == Decimal("1200000.00")
    assert "2016/17" in table.caption.get_text()
    assert page.soup.find("select", id="year").find("option", selected=True)["value"] == "2016"
    # Chiltern is recharged by use: no NRE shares, and the page says why
    chiltern = pages.get("/agreements/chiltern?year=2016")
    assert "the cost basis is usage, not each force's share of NRE" in chiltern.soup.get_text(" ", strip=True)


def test_an_unknown_agreement_is_404(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    for url in ("/agreements/atlantis", "/agreements/atlantis/renew", "/agreements/atlantis/marking"):
        got = pages.get(url)
        assert got.status_code in (404, 403), url
    assert pages.get("/agreements/atlantis").status_code == 404


def test_a_viewer_sees_no_buttons_and_cannot_post(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    listing = pages.get("/agreements")
    assert "Add an agreement" not in listing.soup.get_text()
    token = pages.csrf_token("/agreements")  # the sign-out form's
    for url in ("/agreements/new", "/agreements/seven-force/renew", "/agreements/seven-force/withdraw",
                "/agreements/seven-force/join", "/agreements/seven-force/extend", "/agreements/seven-force/marking"):
        assert pages.get(url).status_code == 403, url
        assert pages.post(url, {"csrf_token": token, "party": "kent"}).status_code == 403, url
