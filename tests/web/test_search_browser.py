"""Search and history pages in headless Chromium: sound GOV.UK pages with no WCAG 2.2 A/AA violation,
and a search made by keyboard alone."""

from __future__ import annotations

from tests.web.browsing import axe, sign_in


def test_search_and_history_pages_have_no_wcag_violation(server, browser, sound_page) -> None:  # noqa: ANN001, F811
    page = browser.new_context(bypass_csp=True).new_page()  # to inject axe-core
    sign_in(page, server, "administrator")
    found: dict[str, list[str]] = {}
    for name, path in [("search form", "/search"), ("search results", "/search?q=agreement"),
                       ("search, nothing found", "/search?q=zyzzyva"), ("search error", "/search?q=+"),
                       ("history", "/history"), ("history filtered", "/history?kind=agreement"),
                       ("history error", "/history?kind=spaceship"),
                       ("a record's history", "/history/agreement/seven-force"),
                       ("a user's history", "/history/user/1")]:
        page.goto(server.url + path)
        sound_page(page.content(), name)
        found[name] = axe(page)
    page.context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems


def test_a_search_by_keyboard_alone(server, browser) -> None:  # noqa: ANN001, F811
    page = browser.new_context().new_page()
    sign_in(page, server, "viewer")
    page.goto(f"{server.url}/search")
    page.focus("#q")
    page.keyboard.type("Single Online Home")
    page.keyboard.press("Enter")
    page.wait_for_selector("ol li a")
    assert "/search?q=Single+Online+Home" in page.url
    for _ in range(60):  # on through the page to the result, by keyboard
        page.keyboard.press("Tab")
        if (page.evaluate("document.activeElement.getAttribute('href')") or "") == "/alliances/single-online-home":
            break
    else:
        raise AssertionError("the result link was never reached by Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Single Online Home')")
    page.context.close()
