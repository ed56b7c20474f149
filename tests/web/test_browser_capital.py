"""The capital programme, savings and shared costs in headless Chromium: the journey "approve a
capital amendment by a decision" by keyboard alone, and axe-core on every page of the three areas.
The server and browser are those of `test_browser.py`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _browser_module():  # noqa: ANN202
    name = "concord_tests_web_browser"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("test_browser.py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


_b = _browser_module()
server = _b.server  # the fixtures: `concord demo`, then `concord serve` on a free port
browser = _b.browser


def test_approve_a_capital_amendment_by_a_decision_by_keyboard_alone(server, browser, concord) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def tab_to(test: str, limit: int = 200) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"() => {{ const el = document.activeElement; return {test}; }}"):
                return
        raise AssertionError(f"no element reached by Tab satisfies {test} on {page.url}")

    def follow(text: str) -> None:
        tab_to(f"el.textContent.trim() === {text!r}")
        with page.expect_navigation():
            page.keyboard.press("Enter")

    _b._sign_in(page, server, "editor")
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
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = _b._axe(page)

    def visit(name: str, path: str) -> None:
        page.goto(server.url + path)
        scan(name)

    _b._sign_in(page, server, "editor")
    visit("finance", "/finance")
    visit("capital programmes", "/capital")
    visit("a capital programme", "/capital/cambridgeshire/2016")
    visit("approve an amendment", "/capital/cambridgeshire/2016/amendments/1/approve")
    page.click("main button:has-text('Approve amendment')")
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
