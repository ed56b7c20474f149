"""The real application in headless Chromium: a gunicorn server started by
`concord serve` on this test's database, Debian's chromium driven by
Playwright (no browser download), axe-core from npm injected into each page.
"""

from __future__ import annotations

from tests.web.browsing import Keyboard, axe, click_to, console_errors, sign_in


def test_every_page_type_has_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core; the CSP itself is tested below
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = axe(page)

    page.goto(f"{server.url}/sign-in")
    scan("sign in")
    click_to(page, "button:has-text('Sign in')")  # empty: the error summary
    page.wait_for_selector(".govuk-error-summary")
    scan("sign in with errors")
    sign_in(page, server, "administrator")
    scan("dashboard")
    page.goto(f"{server.url}/?as-of=2021-01-15")
    scan("dashboard with findings")
    for name, path in [("forces", "/forces"), ("force", "/forces/cambridgeshire"),
                       ("policing bodies", "/policing-bodies"), ("policing body", "/policing-bodies/cambridgeshire"),
                       ("alliances", "/alliances"), ("functions", "/functions"), ("users", "/users"),
                       ("add a user", "/users/new"), ("not found", "/no/such/page")]:
        page.goto(server.url + path)
        scan(name)
    for name, selector in [("alliance", "tbody a"), ("function", None), ("user", "tbody a")]:
        page.goto(server.url + {"alliance": "/alliances", "function": "/functions", "user": "/users"}[name])
        click_to(page, selector or "tbody a")
        scan(name)
    click_to(page, "a:has-text('Change')")
    scan("set a role")
    page.goto(f"{server.url}/users/new")
    click_to(page, "button:has-text('Add user')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add a user with errors")
    context.close()
    viewer = browser.new_context(bypass_csp=True).new_page()
    sign_in(viewer, server, "viewer")
    viewer.goto(f"{server.url}/users")
    page = viewer
    scan("forbidden")
    viewer.context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) >= 18


def test_sign_in_and_out_by_keyboard_alone_under_the_csp(server, browser) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors = console_errors(page)
    email, password = server.accounts["editor"]
    tab_to = Keyboard(page).tab_to

    first = page.goto(server.url + "/")
    assert page.url.startswith(f"{server.url}/sign-in")
    assert first.headers["server"].startswith("gunicorn")  # never a development server
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    tab_to("el.id === 'email'")
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "password"
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Dashboard')")
    # GOV.UK Frontend's script ran, from our own origin, under the strict CSP
    assert page.evaluate("document.body.classList.contains('js-enabled')")
    tab_to("el.textContent.trim() === 'Sign out'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Sign in')")
    page.goto(server.url + "/forces")
    assert page.url.startswith(f"{server.url}/sign-in")
    assert not errors, errors
    context.close()
