"""Shared costs and recharges in the browser: a fleet profile, a month's fleet usage and a shared
cost recorded for an alliance by its programme office, each one call of `concord.services.recharges`,
and the members' statements linked from the alliance's page."""

from __future__ import annotations

import pytest


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


@pytest.fixture
def office(make_user, demo):  # noqa: ANN001, ANN201
    return make_user("editor", "chiltern-programme-office")


def test_usage_recorded_appears_on_the_members_statement(pages, office, concord) -> None:  # noqa: ANN001
    pages.sign_in(office)
    index = pages.get("/shared-costs")
    assert index.soup.select_one("a[href='/shared-costs/chiltern']") is not None
    alliance = pages.get("/shared-costs/chiltern")
    assert alliance.soup.select_one("a[href='/shared-costs/chiltern/2017/bedfordshire']") is not None
    form = pages.get("/shared-costs/chiltern/usage")
    assert [o["value"] for o in form.soup.select("#profile option")][1:] == ["Marked response car", "Unmarked car",
                                                                             "Van"]
    done = pages.submit("/shared-costs/chiltern/usage", {"profile": "Van", "member": "bedfordshire",
                                                         "month": "2017-05", "vehicles": "97"})
    assert done.status_code == 302, _summary(done)
    banner = pages.get(done.headers["Location"]).soup.select_one(".govuk-notification-banner").get_text(" ", strip=True)
    assert "Recorded bedfordshire: 97 Van on fleet in 2017-05" in banner
    statement = pages.get("/shared-costs/chiltern/2017/bedfordshire").soup.get_text(" ", strip=True)
    assert "2017-05" in statement and "£52,404.25" in statement  # 97 × £540.25
    ran = concord("recharge", "statement", "chiltern", "2017/18", "--member", "bedfordshire")
    assert "Fleet 2017-05, Van: 97 × £540.25 = £52,404.25" in ran.out


def test_a_profile_and_a_cost_added(pages, office) -> None:  # noqa: ANN001
    pages.sign_in(office)
    made = pages.submit("/shared-costs/chiltern/profiles/new", {"profile": "Motorcycle", "rate": "210.00"})
    assert made.status_code == 302, _summary(made)
    page = pages.get("/shared-costs/chiltern")
    assert "Motorcycle £210.00" in page.soup.get_text(" ", strip=True)
    again = pages.submit("/shared-costs/chiltern/profiles/new", {"profile": "Motorcycle", "rate": "5"})
    assert again.status_code == 400 and [h for h, _ in _summary(again)] == ["#profile"]
    cost = pages.submit("/shared-costs/chiltern/costs/new", {"year": "2017/18", "label": "Fleet programme team",
                                                             "amount": "90,000", "kind": "programme"})
    assert cost.status_code == 302, _summary(cost)
    assert "Fleet programme team (programme) £90,000.00 in 2017/18" in pages.get("/shared-costs/chiltern").soup.get_text(" ", strip=True)


def test_the_forms_say_what_is_wrong_and_keep_what_was_typed(pages, office) -> None:  # noqa: ANN001
    pages.sign_in(office)
    bad = pages.submit("/shared-costs/chiltern/usage", {"profile": "Van", "month": "May 2017", "vehicles": "lots"})
    assert bad.status_code == 200
    assert {h for h, _ in _summary(bad)} == {"#member", "#month", "#vehicles"}
    assert bad.soup.find(attrs={"name": "month"})["value"] == "May 2017"
    assert bad.soup.select_one("#profile option[selected]")["value"] == "Van"
    outsider = pages.submit("/shared-costs/chiltern/usage", {"profile": "Van", "member": "kent", "month": "2017-05",
                                                             "vehicles": "3"})
    assert outsider.status_code == 200  # kent is not offered: the choice is refused on its field
    assert [h for h, _ in _summary(outsider)] == ["#member"]
    cost = pages.submit("/shared-costs/chiltern/costs/new", {"year": "2017-18x", "label": "", "amount": "0",
                                                             "kind": "programme"})
    assert {h for h, _ in _summary(cost)} == {"#year", "#label"}
    zero = pages.submit("/shared-costs/chiltern/costs/new", {"year": "2017/18", "label": "Nothing", "amount": "0",
                                                             "kind": "programme"})
    assert zero.status_code == 400 and [h for h, _ in _summary(zero)] == ["#amount"]
    assert pages.client.get("/shared-costs/nowhere/usage").status_code == 404
    assert pages.client.get("/shared-costs/nowhere").status_code == 404


def test_only_the_programme_office_records_and_a_viewer_sees_no_form(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])  # an editor, but of Cambridgeshire's OPCC
    assert not pages.get("/shared-costs/chiltern").soup.select("a[href$='/usage']")
    assert pages.client.get("/shared-costs/chiltern/usage").status_code == 403
    refused = pages.post("/shared-costs/chiltern/usage", {"csrf_token": pages.csrf_token("/shared-costs"),
                                                          "profile": "Van", "member": "bedfordshire",
                                                          "month": "2017-05", "vehicles": "3"})
    assert refused.status_code == 403
    viewer = new_pages()
    viewer.sign_in(demo["viewer"])
    page = viewer.get("/shared-costs/chiltern")
    assert not page.soup.select("a[href$='/usage'], a[href$='/new']")
    token = viewer.csrf_token("/shared-costs")
    for url in ("/usage", "/costs/new", "/profiles/new"):
        assert viewer.client.get("/shared-costs/chiltern" + url).status_code == 403
        assert viewer.post("/shared-costs/chiltern" + url, {"csrf_token": token, "profile": "x"}).status_code == 403
