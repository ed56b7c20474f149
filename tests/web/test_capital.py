"""The capital programme in the browser: schemes, financing and its balance, and the form that
approves a proposed amendment by a decision."""

from __future__ import annotations

PAGE = "/capital/cambridgeshire/2016"
APPROVE = PAGE + "/amendments/2/approve"


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


def test_the_programme_page_shows_schemes_financing_and_the_balance(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    listing = pages.get("/capital")
    assert listing.soup.select_one(f"a[href='{PAGE}']") is not None
    page = pages.get(PAGE)
    text = page.soup.get_text(" ", strip=True)
    assert "Revised budget: payments £7,409,000.00, financing £7,408,000.00" in text
    assert "Balance within rounding" in text
    rows = {r.select_one("td, th").get_text(" ", strip=True).split("  ")[0]: r for r in page.soup.select("tbody tr")}
    erp = next(r for k, r in rows.items() if k.startswith("CP16/05"))
    assert "126.9%" in erp.get_text() and "£56,000.00 proposed" in erp.get_text()
    assert not page.soup.select("a[href$='/approve']")  # a viewer approves nothing
    assert pages.client.get(APPROVE).status_code == 403
    assert pages.client.get("/capital/cambridgeshire/2031").status_code == 404


def test_an_amendment_approved_by_a_decision_and_the_financing_still_balances(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    page = pages.get(PAGE)
    assert page.soup.select_one(f"a[href='{APPROVE}']") is not None
    done = pages.submit(APPROVE, {"decision": "CPCC2019-007", "approved_on": ["20", "12", "2016"]})
    assert done.status_code == 302, _summary(done)
    after = pages.get(PAGE)
    banner = after.soup.select_one(".govuk-notification-banner").get_text(" ", strip=True)
    assert "Amendment 2 approved by CPCC2019-007" in banner and "balance within rounding" in banner
    assert "Approved by CPCC2019-007 on 20 December 2016" in after.soup.get_text(" ", strip=True)
    again = pages.client.get(APPROVE)
    assert again.status_code == 200  # the form shows, and a second approval is refused with the reason
    refused = pages.submit(APPROVE, {"decision": "CPCC2019-007", "approved_on": ["21", "12", "2016"]})
    assert refused.status_code == 400 and any("already approved" in t for _, t in _summary(refused))


def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    unknown = pages.submit(APPROVE, {"decision": "CPCC2031-001", "approved_on": ["20", "12", "2016"]})
    assert unknown.status_code == 400
    assert [h for h, _ in _summary(unknown)] == ["#decision"]
    assert unknown.soup.find(attrs={"name": "decision"})["value"] == "CPCC2031-001"
    none = pages.submit(APPROVE, {"approved_on": ["", "", ""]})
    assert {h for h, _ in _summary(none)} >= {"#approved_on"}
    stale = pages.submit(APPROVE, {"decision": "CPCC2019-007", "approved_on": ["20", "12", "2016"], "version": "9"})
    assert stale.status_code in (400, 409) and stale.soup.select_one(".govuk-error-summary") is not None
    assert stale.soup.find(attrs={"name": "decision"})["value"] == "CPCC2019-007"
