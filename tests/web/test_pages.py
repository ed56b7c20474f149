"""The dashboard and the register's bodies: forces, policing bodies, alliances, functions."""

from __future__ import annotations

from flask import Blueprint

from concord.domain.access import Permission
from concord.web import access
from concord.web.access import route

DAY = "2021-01-15"  # the demo has an agreement ending, a late paper and an overdue action then


def _rows(page) -> list[list[str]]:  # noqa: ANN001
    return [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in page.soup.select("tbody tr")]


def test_dashboard_lists_what_check_finds(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(f"/?as-of={DAY}")
    assert page.status_code == 200
    rows = _rows(page)
    kinds = [r[1] for r in rows]
    assert "Agreement ends" in kinds and "Paper sent late" in kinds and any(k.startswith("Action overdue") for k in kinds)
    ends = next(r for r in rows if r[1] == "Agreement ends")
    assert ends[0] == "2021-03-31" and ends[2] == "Seven Force Strategic Collaboration Programme"
    assert "not yet renewed by" in ends[3]
    assert "Overdue" in next(r for r in rows if r[1].startswith("Action overdue"))[1]
    # findings link to their record's page where it exists, and only to pages that exist
    links = {a.get_text(strip=True): a["href"] for a in page.soup.select("tbody a")}
    assert "/agreements/seven-force" in set(links.values())
    assert links["Business Coordination Board 2016-11-10 action 10.3(i)"].startswith("/meetings/")
    for href in set(links.values()):  # a finance finding's table or programme may lead on to its page
        assert pages.get(href, follow_redirects=True).status_code == 200, href


def test_dashboard_links_each_finding_to_its_record_once_the_page_exists(app, pages, demo, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(access, "RECORD_PAGES", dict(access.RECORD_PAGES))
    bp = Blueprint("stand_in", __name__)
    route(bp, "/a/<slug>", permission=Permission.REGISTER_READ, record="agreement", endpoint="agreement")(
        lambda ctx, slug: slug)
    route(bp, "/m/<int:meeting_id>", permission=Permission.REGISTER_READ, record="meeting", endpoint="meeting")(
        lambda ctx, meeting_id: str(meeting_id))
    app.register_blueprint(bp)
    pages.sign_in(demo["viewer"])
    page = pages.get(f"/?as-of={DAY}")
    links = {a.get_text(strip=True): a["href"] for a in page.soup.select("tbody a")}
    assert links["Seven Force Strategic Collaboration Programme"] == "/a/seven-force"
    meeting = links["Business Coordination Board 2016-11-10 action 10.3(i)"]
    assert meeting.startswith("/m/") and pages.client.get(meeting).get_data(as_text=True) == meeting.removeprefix("/m/")
    late = links["Eastern Region Alliance Summit 2016-07-26: Procurement: a Full Business Case for a single function"]
    assert late.startswith("/m/") and late != meeting


def test_dashboard_links_a_numbering_gap_to_its_policing_body(pages, demo, concord) -> None:  # noqa: ANN001
    added = concord("notice", "add", "CPCC2019-012", "--body", "cambridgeshire", "--subject", "A later decision",
                    "--decision", "Approved.", "--signed", "2019-08-01", user=demo["administrator"].email)
    assert added.code == 0, added.err
    pages.sign_in(demo["viewer"])
    page = pages.get(f"/?as-of={DAY}")
    gap = next(r for r in page.soup.select("tbody tr") if "numbers missing" in r.get_text())
    link = gap.find("a")
    assert link.get_text(strip=True) == "CPCC 2019" and link["href"] == "/policing-bodies/cambridgeshire"
    body = pages.get(link["href"])
    assert body.soup.h1.get_text(strip=True) == "Police and Crime Commissioner for Cambridgeshire"
    assert "CPCC" in body.get_data(as_text=True)


def test_dashboard_refuses_a_bad_date_naming_it(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    page = pages.get("/?as-of=15/01/2021")
    assert page.status_code == 400 and "as-of ‘15/01/2021’ is not a date written as YYYY-MM-DD" in page.soup.get_text()


def test_forces_and_policing_bodies(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    forces = pages.get("/forces")
    names = [r[0] for r in _rows(forces)]
    assert len(names) >= 43 and "Kent Police" in names
    kent = pages.get("/forces/kent")
    assert kent.soup.h1.get_text(strip=True) == "Kent Police"
    text = kent.soup.get_text(" ", strip=True)
    assert "The Chief Constable of Kent Police" in text and "Police and Crime Commissioner for Kent" in text
    body_href = kent.soup.select_one("dd a")["href"]
    assert body_href == "/policing-bodies/kent"
    assert pages.get(body_href).status_code == 200
    bodies = pages.get("/policing-bodies")
    assert any(r[1] == "Kent Police" for r in _rows(bodies))
    for url in ("/forces/atlantis", "/policing-bodies/atlantis"):
        assert pages.get(url).status_code == 404


def test_alliances_and_functions(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    alliances = pages.get("/alliances")
    links = {a.get_text(strip=True): a["href"] for a in alliances.soup.select("tbody a")}
    assert len(links) >= 3
    href = next(h for name, h in links.items() if "Bedfordshire" in name)
    bch = pages.get(href)
    members = [r[0] for r in _rows(bch)]
    assert {"Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"} <= set(members)
    functions = pages.get("/functions")
    rows = _rows(functions)
    assert rows, "the demo has collaborated functions"
    first = functions.soup.select_one("tbody a")
    fn = pages.get(first["href"])
    assert fn.soup.h1.get_text(strip=True) == first.get_text(strip=True)
    assert pages.get("/alliances/atlantis").status_code == 404
    assert pages.get("/functions/999999").status_code == 404
    assert pages.get("/functions/not-a-number").status_code == 404
