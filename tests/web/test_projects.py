"""Projects in the browser's forms: business case stages and gateway reviews, phases,
delivery confidence and savings predicted against delivered."""

from __future__ import annotations

import pytest


def _field(page, name: str) -> str:  # noqa: ANN001
    return page.soup.find(attrs={"name": name}).get("value", "")


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


def _table(page, caption: str) -> list[list[str]]:  # noqa: ANN001
    table = next(t for t in page.soup.select("table") if caption in t.caption.get_text())
    return [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in table.select("tbody tr")]


def test_the_project_page_shows_its_business_case_phases_and_savings(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    listing = pages.get("/projects")
    link = next(a for a in listing.soup.select("tbody a") if a.get_text(strip=True) == "BCH single ICT department")
    row = link.find_parent("tr").get_text(" ", strip=True)
    assert "FBC" in row and "£3,812,000" in row and "£626,000" in row
    page = pages.get(link["href"])
    assert page.soup.h1.get_text(strip=True) == "BCH single ICT department"
    assert _table(page, "Stages approved") == [["OBC", "14 August 2014", "BCH Strategic Alliance Summit"],
                                               ["FBC", "13 October 2015", "BCH Strategic Alliance Summit"]]
    assert _table(page, "Gateway reviews") == [["Gate 3: Investment decision", "24 September 2015", "Not recorded"]]
    totals = _table(page, "Totals by year")
    assert totals[0] == ["2014/15", "—", "£626,000", ""]
    assert totals[-1] == ["All years", "£3,812,000", "£626,000", "£3,186,000"]
    erp = pages.get("/projects/bch-erp")
    phases = [r[0] for r in _table(erp, "Phases")]
    assert phases[0] == "1. Solution design" and len(phases) == 4
    assert not erp.soup.select("main .govuk-button")  # a viewer changes nothing


def test_totals_are_added_up_from_the_exact_figures_and_rounded_only_to_show(pages, demo, concord) -> None:  # noqa: ANN001
    for force in ("bedfordshire", "cambridgeshire", "hertfordshire"):
        ran = concord("project", "saving", "bch-erp", "--period", "2018/19", "--force", force, "--delivered", "0.50",
                      "--predicted", "0.40", user=demo["editor"].email)
        assert ran.code == 0, ran.err
    pages.sign_in(demo["viewer"])
    page = pages.get("/projects/bch-erp")
    rows = _table(page, "Each figure recorded")
    assert [r[2:4] for r in rows] == [["£0", "£1"]] * 3  # each rounded to show
    assert _table(page, "Totals by year")[0] == ["2018/19", "£1", "£2", "£0"]  # £1.20 and £1.50, not £0 and £3


def test_add_a_stage_never_skipping_one(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    done = pages.submit("/projects/seven-force-vetting/stage",
                        {"stage": "FBC", "approved_on": ["10", "11", "2016"], "forum": "eastern-region-alliance-summit"})
    assert done.status_code == 302, _summary(done)
    page = pages.get("/projects/seven-force-vetting")
    assert "The business case is now at FBC." in page.soup.select_one(".govuk-notification-banner").get_text()
    assert _table(page, "Stages approved") == [["FBC", "10 November 2016", "Eastern Region Alliance Summit"]]
    again = pages.submit("/projects/seven-force-vetting/stage", {"stage": "OBC", "forum": "eastern-region-alliance-summit"})
    assert again.status_code == 400
    assert _summary(again) == [("#stage", "Stage reached ‘OBC’ does not move forward from FBC")]
    assert again.soup.find("input", attrs={"name": "stage", "checked": True})["value"] == "OBC"
    assert again.soup.find("option", selected=True)["value"] == "eastern-region-alliance-summit"
    new = pages.submit("/projects/bch-hr-ld/stage", {"stage": "SOBC", "title": "HR target operating model"})
    assert new.status_code == 302
    skip = pages.submit("/projects/bch-hr-ld/stage", {"stage": "FBC"})
    assert skip.status_code == 400 and "skips OBC" in _summary(skip)[0][1]
    shown = pages.get("/projects/bch-hr-ld")
    assert "HR target operating model: now at SOBC" in shown.soup.get_text(" ", strip=True)


def test_record_gateway_reviews_in_order(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    assert pages.get("/projects/bch-hr-ld/gateway").status_code == 200
    none_yet = pages.submit("/projects/bch-hr-ld/gateway", {"gate": "0", "held_on": ["1", "2", "2017"],
                                                             "rating": "Green"})
    assert none_yet.status_code == 400 and _summary(none_yet)[0][0] == "#gate"
    done = pages.submit("/projects/bch-ict/gateway", {"gate": "4", "held_on": ["1", "3", "2016"],
                                                       "rating": "Amber/Green"})
    assert done.status_code == 302
    page = pages.get("/projects/bch-ict")
    assert _table(page, "Gateway reviews")[-1] == ["Gate 4: Readiness for service", "1 March 2016", "Amber/Green"]
    assert "Amber/Green" in page.soup.select_one(".govuk-summary-list").get_text()
    back = pages.submit("/projects/bch-ict/gateway", {"gate": "2", "held_on": ["1", "4", "2016"], "rating": "Red"})
    assert back.status_code == 400 and _summary(back) == [("#gate", "Gate ‘2’ goes back: the last review was Gate 4")]
    empty = pages.submit("/projects/bch-ict/gateway", {})
    assert [href for href, _ in _summary(empty)] == ["#gate", "#held_on", "#rating"]
    # the register holds one review per gate: a second of gate 4 is refused on its field, never a 500
    twice = pages.submit("/projects/bch-ict/gateway", {"gate": "4", "held_on": ["2", "4", "2016"], "rating": "Green"})
    assert twice.status_code == 400 and _summary(twice)[0][0] == "#gate"


def test_a_stale_delivery_confidence_is_refused_and_the_input_kept(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    form = pages.get("/projects/bch-erp/delivery")
    token, seen = _field(form, "csrf_token"), _field(form, "version")
    assert concord("project", "delivery", "bch-erp", "--rag", "red", user=demo["administrator"].email).code == 0
    mine = {"csrf_token": token, "version": seen, "rag": "green", "status": "On track after re-planning"}
    got = pages.post("/projects/bch-erp/delivery", mine)
    assert got.status_code == 400
    assert "Someone else changed this record" in got.soup.select_one(".govuk-error-summary").get_text()
    assert got.soup.find("input", attrs={"name": "rag", "checked": True})["value"] == "green"
    assert _field(got, "status") == "On track after re-planning"
    assert "Red" in pages.get("/projects/bch-erp").soup.select_one(".govuk-summary-list").get_text()
    again = pages.post("/projects/bch-erp/delivery", {**mine, "version": _field(got, "version")})
    assert again.status_code == 302
    assert "Green" in pages.get("/projects/bch-erp").soup.select_one(".govuk-summary-list").get_text()


def test_record_a_saving_delivered(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    page = pages.get("/projects/bch-ict")
    link = next(a for a in page.soup.select("a") if "Record delivered" in a.get_text() and "2016/17" in a.get_text())
    form = pages.get(link["href"])
    assert _field(form, "period") == "2016/17"
    bad = pages.submit(link["href"], {"period": "2016/17", "delivered": "lots"})
    assert bad.status_code == 400 and _summary(bad)[0][0] == "#delivered"
    assert _field(bad, "delivered") == "lots"
    done = pages.submit(link["href"], {"period": "2016/17", "delivered": "£1,500,000"})
    assert done.status_code == 302
    totals = _table(pages.get("/projects/bch-ict"), "Totals by year")
    assert totals[2] == ["2016/17", "£1,892,000", "£1,500,000", "£392,000"]
    new = pages.submit("/projects/bch-ict/saving", {"period": "2018/19", "force": "hertfordshire", "delivered": "25k"})
    assert new.status_code == 302
    rows = _table(pages.get("/projects/bch-ict"), "Each figure recorded")
    assert ["2018/19", "Hertfordshire Constabulary", "—", "£25,000"] == rows[-1][:4]
    wrong = pages.submit("/projects/bch-ict/saving", {"period": "2018/20", "delivered": "1"})
    assert _summary(wrong)[0][0] == "#period"


@pytest.mark.parametrize("url", ["/projects/no-such-project", "/projects/no-such-project/stage",
                                 "/projects/no-such-project/saving", "/projects/bch-ict/saving?row=999999"])
def test_an_unknown_project_is_a_404(pages, demo, url: str) -> None:  # noqa: ANN001
    pages.sign_in(demo["administrator"])
    assert pages.get(url).status_code == 404


def test_a_viewer_or_another_office_changes_nothing(pages, new_pages, demo, make_user, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    for url in ("/projects/bch-ict/stage", "/projects/bch-ict/gateway", "/projects/bch-ict/delivery",
                "/projects/bch-ict/saving"):
        assert pages.get(url).status_code == 403, url
    token = pages.csrf_token("/projects")
    assert pages.post("/projects/bch-ict/delivery", {"csrf_token": token, "rag": "red"}).status_code == 403
    added = concord("project", "add", "kent-fleet", "--name", "Kent fleet", "--organisation", "kent-opcc",
                    user=demo["administrator"].email)
    assert added.code == 4  # an administrator of Cambridgeshire cannot add Kent's project
    kent = make_user("editor", "kent-opcc")
    assert concord("project", "add", "kent-fleet", "--name", "Kent fleet", "--organisation", "kent-opcc",
                   user=kent.email).code == 0
    editor = new_pages()
    editor.sign_in(demo["editor"])
    assert editor.get("/projects/kent-fleet").status_code == 200
    assert editor.get("/projects/kent-fleet/delivery").status_code == 403
    token = editor.csrf_token("/projects")
    assert editor.post("/projects/kent-fleet/delivery", {"csrf_token": token, "rag": "red"}).status_code == 403


def test_add_a_phase_after_the_last(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    page = pages.get("/projects/seven-force-vetting")
    before = len(page.soup.find(id="phases").find_next("table").select("tbody tr")) \
        if page.soup.find(id="phases").find_next("table") else 0
    assert page.soup.find("a", string=lambda s: s and s.strip() == "Add a phase")
    done = pages.submit("/projects/seven-force-vetting/phase", {
        "name": "Roll-out to the last two forces", "planned_start": ["1", "4", "2017"],
        "planned_end": ["30", "9", "2017"], "actual_start": ["10", "4", "2017"]})
    assert done.status_code == 302, _summary(done)
    rows = pages.get("/projects/seven-force-vetting").soup.find(id="phases").find_next("table").select("tbody tr")
    assert len(rows) == before + 1
    assert rows[-1].get_text(" ", strip=True).startswith(f"{before + 1}. Roll-out to the last two forces")
    assert "1 Apr 2017 to 30 Sep 2017" in rows[-1].get_text(" ", strip=True)
    backwards = pages.submit("/projects/seven-force-vetting/phase", {
        "name": "Backwards", "planned_start": ["1", "4", "2017"], "planned_end": ["1", "3", "2017"]})
    assert backwards.status_code == 400
    assert len(_summary(backwards)) == 1 and _summary(backwards)[0][0].startswith("#planned_end")
    assert "is before the planned start 2017-04-01" in _summary(backwards)[0][1]
    assert _field(backwards, "name") == "Backwards"
