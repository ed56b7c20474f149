"""The directory beside the agreements: each office's titles over time, and the
way from a force or a function to the agreements about it."""

from __future__ import annotations


def _table(page, caption: str) -> list[list[str]]:  # noqa: ANN001
    table = page.soup.find("caption", string=caption).parent
    return [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in table.select("tbody tr")]


def test_a_forces_offices_show_their_titles_over_time(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    essex = pages.get("/forces/essex")
    body = _table(essex, "The Police, Fire and Crime Commissioner for Essex")
    assert body == [["The Police and Crime Commissioner for Essex", "Before the register's records", "2017-10-01"],
                    ["The Police, Fire and Crime Commissioner for Essex", "2017-10-01", "Still held"]]
    assert _table(essex, "The Chief Constable of Essex Police") == [
        ["The Chief Constable of Essex Police", "Before the register's records", "Still held"]]
    agreements = essex.soup.find("a", string="Agreements its offices are party to")["href"]
    assert agreements == "/agreements?force=essex"
    listed = pages.get(agreements)
    assert [a.get_text(strip=True) for a in listed.soup.select("tbody a")] == []  # no demo loaded here
    staffs = pages.get("/policing-bodies/staffordshire")
    rows = _table(staffs, "Titles of the office over time")
    assert rows[0] == ["The Police and Crime Commissioner for Staffordshire", "Before the register's records",
                       "2018-08-01"]
    assert rows[-1][1:] == ["2018-08-01", "Still held"]


def test_functions_link_to_and_from_agreements(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    chiltern = pages.get("/agreements/chiltern")
    fleet = chiltern.soup.find("a", string="Fleet management")
    function = pages.get(fleet["href"])
    assert fleet["href"].startswith("/functions/") and function.soup.h1.get_text(strip=True) == "Fleet management"
    back = [a["href"] for a in function.soup.find("h2", string="Agreements").find_next("ul").select("a")]
    assert "/agreements/chiltern" in back
    seven = pages.get("/forces/kent").soup.find("a", string="Agreements its offices are party to")["href"]
    assert "Seven Force Strategic Collaboration Programme" in pages.get(seven).soup.get_text()
