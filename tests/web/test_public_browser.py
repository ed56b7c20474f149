"""The public register in headless Chromium: every kind of public page passes the
page check and axe-core's WCAG 2.2 A and AA rules, signed out."""

from __future__ import annotations

from tests.web.browsing import axe, click_to


def test_every_public_page_type_has_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001, F811
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = axe(page)

    for name, path in [("home", "/public"), ("decisions", "/public/decisions?body=cambridgeshire&year=2019"),
                       ("decision", "/public/decisions/CPCC2019-008"), ("agreements", "/public/agreements"),
                       ("agreement", "/public/agreements/seven-force"), ("meetings", "/public/meetings"),
                       ("forum", "/public/meetings/forums/cambridgeshire-bcb"), ("bodies", "/public/bodies"),
                       ("checklist", "/public/bodies/cambridgeshire"), ("search", "/public/search?q=Chiltern"),
                       ("open data", "/public/data"), ("search with an error", "/public/search?q=" + "+a" * 21)]:
        page.goto(server.url + path)
        scan(name)
    page.goto(server.url + "/public/meetings/forums/cambridgeshire-bcb")
    click_to(page, "a:has-text('16 December 2016')")
    page.wait_for_load_state()
    scan("meeting")
    click_to(page, "tbody a:has-text('Paper')")
    page.wait_for_load_state()
    scan("paper")
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) == 14
