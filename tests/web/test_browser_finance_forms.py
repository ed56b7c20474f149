"""The finance forms in headless Chromium: the journey "propose a capital amendment, approve it by a
decision, and see the financing still balance" by keyboard alone, and axe-core over every new page
type (the capital, savings and recharge forms, with and without errors, and a table that does not cast).
The server and browser are the fixtures of `browsing.py`."""

from __future__ import annotations

from tests.web.browsing import Keyboard, axe, click_to, console_errors, sign_in

EDITOR = "editor@cambridgeshire-opcc.example"


def test_propose_and_approve_a_capital_amendment_by_keyboard_alone(server, browser, concord) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors = console_errors(page)
    keys = Keyboard(page)

    sign_in(page, server, "editor")
    keys.follow("Finance")
    keys.follow("Capital programme")
    keys.follow("Cambridgeshire capital programme 2016/17")
    keys.follow("Propose an amendment")
    assert page.locator("h1").inner_text() == "Propose an amendment"
    keys.fill("description", "Extra specialist equipment")
    scheme = page.evaluate("[...document.querySelectorAll('#scheme_1 option')]"
                           ".find(o => o.text.startsWith('CP16/06')).value")
    keys.choose("scheme_1", scheme)
    keys.fill("amount_1", "20,000")
    keys.choose("financing_1", "Capital Reserves")
    keys.fill("financed_1", "20,000")
    keys.follow("Propose amendment")
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "Amendment 5 proposed: payments £20,000.00, financing £20,000.00" in banner
    assert "balance within rounding" in banner

    keys.follow("Approve amendment 5")
    keys.fill("decision", "CPCC2019-007")
    keys.tab_to("el.name === 'approved_on'")
    for part in ("1", "12", "2016"):
        page.keyboard.type(part)
        page.keyboard.press("Tab")
    keys.follow("Approve amendment")
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "Amendment 5 approved by CPCC2019-007" in banner and "balance within rounding" in banner
    assert "Approved budget: payments £6,694,000.00, financing £6,693,000.00" in keys.text()
    assert not errors, errors
    context.close()
    shown = concord("capital", "show", "cambridgeshire", "2016/17")
    assert "Extra specialist equipment" in shown.out and "approved by CPCC2019-007 on 2016-12-01" in shown.out


def test_the_finance_forms_have_no_wcag_22_a_or_aa_violation(server, browser, sound_page, concord) -> None:  # noqa: ANN001
    assert concord("user", "set-role", EDITOR, "--organisation", "chiltern-programme-office", "--role", "editor",
                   user="admin@cambridgeshire-opcc.example").code == 0
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = axe(page)

    def visit(name: str, path: str, send: str | None = None) -> None:
        page.goto(server.url + path)
        scan(name)
        if send:  # sent empty: the same page with its error summary
            click_to(page, f"main button:has-text('{send}')")
            page.wait_for_selector(".govuk-error-summary")
            scan(name + " with errors")

    programme = "/capital/cambridgeshire/2016"
    sign_in(page, server, "editor")
    visit("add a scheme", programme + "/schemes/new", "Add scheme")
    visit("update a scheme", programme + "/schemes/1")
    visit("add a financing line", programme + "/financing/new", "Add financing")
    visit("change a financing line", programme + "/financing/1")
    visit("propose an amendment", programme + "/amendments/new", "Propose amendment")
    visit("record a saving", "/savings/new", "Record saving")
    visit("record what a saving delivered", "/savings/3/delivered")
    visit("an alliance's shared costs", "/shared-costs/chiltern")
    visit("record fleet usage", "/shared-costs/chiltern/usage", "Record usage")
    visit("add a shared cost", "/shared-costs/chiltern/costs/new", "Add cost")
    visit("add a fleet profile", "/shared-costs/chiltern/profiles/new", "Add profile")
    page.goto(server.url + "/")
    click_to(page, "main a[href^='/finance/tables/']:has-text('RCCO')")
    scan("a table that does not cast")
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
