"""Decision notices and projects in headless Chromium: the journey "number, sign and publish
a decision notice" by keyboard alone, and axe-core on every page type of the two areas.
The server and browser are the fixtures of `browsing.py`."""

from __future__ import annotations

import re


from tests.web.browsing import Keyboard, Scan, click_to, console_errors, sign_in


def test_number_sign_and_publish_a_decision_notice_by_keyboard_alone(server, browser, concord) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors = console_errors(page)

    tab_to, follow = Keyboard(page).tab_to, Keyboard(page).follow

    email, password = server.accounts["approver"]
    page.goto(server.url + "/sign-in")
    tab_to("el.id === 'email'")
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Dashboard')")
    follow("Decisions")
    assert page.locator("h1").inner_text() == "Decision notices"
    follow("Draft a decision notice")
    tab_to("el.id === 'body'")
    page.keyboard.type("Police and Crime Commissioner for Cambridgeshire")
    assert page.evaluate("document.activeElement.value") == "cambridgeshire"
    page.keyboard.press("Tab")
    page.keyboard.type("Regional fleet contract")
    page.keyboard.press("Tab")
    page.keyboard.type("The commissioner approves the regional fleet contract.")
    follow("Save draft")
    assert page.locator("h1").inner_text().startswith("Draft ")
    follow("Number this notice")
    follow("Number this notice")  # the button, after the date (today) already filled in
    year = page.evaluate("new Date().getFullYear()")
    reference = f"CPCC{year}-001"
    assert page.locator("h1").inner_text() == reference
    follow("Sign this notice")
    follow("Sign this notice")
    assert "was signed" in page.locator(".govuk-notification-banner").inner_text()
    follow("Publish this notice")
    follow("Publish this notice")
    assert page.locator("main .govuk-tag").first.inner_text() == "Published"
    assert "the public register now shows it" in page.locator(".govuk-notification-banner").inner_text()
    assert not errors, errors
    context.close()
    shown = concord("notice", "show", reference)
    assert "State:           published" in shown.out and "Regional fleet contract" in shown.out


def test_decision_and_project_pages_have_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    scan = Scan(page, server, sound_page)
    found, visit = scan.found, scan.visit

    def submit_empty(name: str, path: str, button: str) -> None:
        page.goto(server.url + path)
        for box in page.locator("input[type=text]").all():
            box.fill("")
        click_to(page, f"main button:has-text('{button}')")
        page.wait_for_selector(".govuk-error-summary")
        scan(name)

    sign_in(page, server, "approver")
    visit("decision notices", "/decisions")
    visit("decision notices of one body", "/decisions?body=cambridgeshire")
    visit("a signed notice", "/decisions/CPCC2019-008")
    visit("draft a notice", "/decisions/new")
    submit_empty("draft a notice with errors", "/decisions/new", "Save draft")
    page.fill("#subject", "Accessible subject")
    page.fill("#decision", "Accessible decision.")
    page.select_option("#body", "cambridgeshire")
    click_to(page, "main button:has-text('Save draft')")
    page.wait_for_selector("h1:has-text('Draft ')")
    scan("a draft notice")
    draft = page.url.removeprefix(server.url)
    visit("change a draft", draft + "/edit")
    visit("number a notice", draft + "/number")
    submit_empty("number a notice with errors", draft + "/number", "Number this notice")
    visit("projects", "/projects")
    visit("a project", "/projects/bch-ict")
    visit("a project with phases", "/projects/bch-erp")
    for name, path, button in [("add a stage", "/projects/bch-ict/stage", "Add stage"),
                               ("record a gateway review", "/projects/bch-ict/gateway", "Record review"),
                               ("record delivery confidence", "/projects/bch-ict/delivery", "Save"),
                               ("add a phase", "/projects/bch-ict/phase", "Add phase"),
                               ("record a saving", "/projects/bch-ict/saving", "Record saving")]:
        visit(name, path)
        submit_empty(f"{name} with errors", path, button)
    viewer = browser.new_context(bypass_csp=True).new_page()
    sign_in(viewer, server, "viewer")
    viewer.goto(f"{server.url}/decisions/CPCC2019-008/sign")
    page = viewer
    scan("signing refused")
    viewer.context.close()
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) >= 20
    assert re.match(r"^/decisions/\d+$", draft)
