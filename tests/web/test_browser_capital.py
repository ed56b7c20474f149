"""The capital programme, savings and shared costs in headless Chromium: the journey "approve a
capital amendment by a decision" by keyboard alone, and axe-core on every page of the three areas.
The server and browser are the fixtures of `browsing.py`."""

from __future__ import annotations



from tests.web.browsing import Keyboard, Scan, click_to, console_errors, sign_in


def test_approve_a_capital_amendment_by_a_decision_by_keyboard_alone(server, browser, concord) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors = console_errors(page)

    tab_to, follow = Keyboard(page).tab_to, Keyboard(page).follow

    sign_in(page, server, "editor")
    follow("Finance")
    assert page.locator("h1").inner_text() == "Finance"
    follow("Capital programme")
    assert page.locator("h1").inner_text() == "Capital programmes"
    follow("Cambridgeshire capital programme 2016/17")
    follow("Approve amendment 3")
    assert page.locator("h1").inner_text() == "Approve amendment 3"
    tab_to("el.id === 'decision'")
    page.keyboard.type("CPCC2019-007")
    tab_to("el.name === 'approved_on'")  # the day of the date
    for part in ("20", "12", "2016"):
        page.keyboard.type(part)
        page.keyboard.press("Tab")
    follow("Approve amendment")
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "Amendment 3 approved by CPCC2019-007" in banner and "balance within rounding" in banner
    assert not errors, errors
    context.close()
    shown = concord("capital", "show", "cambridgeshire", "2016/17")
    assert "approved by CPCC2019-007 on 2016-12-20" in shown.out


def test_capital_savings_and_statement_pages_have_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    scan = Scan(page, server, sound_page)
    found, visit = scan.found, scan.visit

    sign_in(page, server, "editor")
    visit("finance", "/finance")
    visit("capital programmes", "/capital")
    visit("a capital programme", "/capital/cambridgeshire/2016")
    visit("approve an amendment", "/capital/cambridgeshire/2016/amendments/1/approve")
    click_to(page, "main button:has-text('Approve amendment')")
    page.wait_for_selector(".govuk-error-summary")
    scan("approve an amendment with errors")
    visit("MTFP plans", "/mtfp")
    visit("savings and benefits", "/savings")
    visit("shared costs", "/shared-costs")
    visit("a member's statement", "/shared-costs/chiltern/2017/cambridgeshire")
    visit("a member's share of costs", "/shared-costs/seven-force/2016/kent")
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
