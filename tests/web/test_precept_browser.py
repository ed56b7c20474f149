"""The precept pages in headless Chromium: axe-core on the list, a year's precept, and its forms
(with their errors shown). The server and browser are the fixtures of `browsing.py`."""

from __future__ import annotations

from tests.web.browsing import Scan, click_to, sign_in


def test_precept_pages_have_no_wcag_22_a_or_aa_violation(server, browser, sound_page, concord) -> None:  # noqa: ANN001
    editor = server.accounts["editor"][0]
    for argv in (("precept", "set", "cambridgeshire", "2016/17", "--band-d", "189.90", "--tax-base", "232000.5"),
                 ("precept", "set", "cambridgeshire", "2017/18", "--band-d", "193.68", "--tax-base", "236640.5"),
                 ("precept", "date", "cambridgeshire", "2017/18", "Police and Crime Panel", "--on", "2017-02-01")):
        assert concord(*argv, user=editor).code == 0
    assert concord("precept", "limit", "2017/18", "--percent", "2", user=server.accounts["administrator"][0]).code == 0
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    scan = Scan(page, server, sound_page)
    found, visit = scan.found, scan.visit

    sign_in(page, server, "editor")
    visit("the precept", "/finance/precept")
    visit("a year's precept", "/finance/precept/cambridgeshire/2017")
    visit("set a precept", "/finance/precept/new")
    page.fill("#year", "2017/19")
    page.fill("#band_d", "£1.2.3")
    click_to(page, "main button:has-text('Set precept')")
    page.wait_for_selector(".govuk-error-summary")
    scan("set a precept with errors")
    visit("change the precept", "/finance/precept/cambridgeshire/2017/set")
    visit("add a date", "/finance/precept/cambridgeshire/2017/date")
    click_to(page, "main button:has-text('Add date')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add a date with errors")
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
