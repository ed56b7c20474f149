"""The agreements area in headless Chromium on a real gunicorn server (the
fixtures of test_browser.py): axe-core finds no WCAG 2.2 A or AA violation on
any of its page types, and an editor creates an agreement and records a party's
renewal — with the mouse, and by keyboard alone."""

from __future__ import annotations


from tests.web.browsing import Keyboard, axe, click_to, sign_in


def test_every_agreements_page_type_has_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = axe(page)

    sign_in(page, server, "administrator")
    for name, path in [
        ("register", "/agreements"),
        ("register filtered", "/agreements?force=cambridgeshire&status=in_force&as-of=2021-01-15&q=seven"),
        ("register with none", "/agreements?q=zeppelin"),
        ("agreement", "/agreements/seven-force?as-of=2021-01-15&year=2016"),
        ("agreement without costs", "/agreements/chiltern"),
        ("add an agreement", "/agreements/new"),
        ("record a renewal", "/agreements/seven-force/renew"),
        ("record a notice to withdraw", "/agreements/single-online-home/withdraw"),
        ("members join", "/agreements/chiltern/join"),
        ("extend the term", "/agreements/seven-force/extend"),
        ("change the marking", "/agreements/seven-force/marking"),
        ("record signatures", "/agreements/seven-force/sign"),
        ("record follow-through", "/agreements/seven-force/follow-through"),
        ("add a provision type", "/agreements/seven-force/provisions/new"),
        ("write the published summary", "/agreements/ersou/summary"),
        ("agreement published as a summary", "/agreements/ersou"),
        ("force with titles over time", "/forces/essex"),
        ("policing body with titles over time", "/policing-bodies/north-yorkshire"),
        ("function", "/functions"),
    ]:
        page.goto(server.url + path)
        scan(name)
    page.goto(server.url + "/agreements/new")
    click_to(page, "button:has-text('Add agreement')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add an agreement with errors")
    page.goto(server.url + "/agreements/seven-force/renew")
    page.fill("#on", "next week")
    click_to(page, "button:has-text('Record renewal')")
    page.wait_for_selector(".govuk-error-summary")
    scan("record a renewal with errors")
    context.close()
    viewer = browser.new_context(bypass_csp=True)
    page = viewer.new_page()
    sign_in(page, server, "viewer")
    page.goto(server.url + "/agreements/seven-force")
    scan("agreement as a viewer")
    viewer.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) == 22


def _renewed(page, server, slug: str) -> str:  # noqa: ANN001
    page.goto(f"{server.url}/agreements/{slug}?as-of=2025-02-01")
    return page.inner_text("table:has(caption:has-text('Renewals in writing'))")


def test_an_editor_creates_an_agreement_and_records_a_renewal(server, browser) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, "editor")
    click_to(page, "nav a:has-text('Agreements')")
    click_to(page, "a:has-text('Add an agreement')")
    page.fill("#slug", "eastern-air-support")
    page.fill("#title", "Eastern Air Support Unit")
    page.fill("#party", "cambridgeshire\nnorfolk")
    page.fill("#start", "2022-04-01")
    page.fill("#end_date", "2025-03-31")
    click_to(page, "button:has-text('Add agreement')")
    page.wait_for_selector("h1:has-text('Eastern Air Support Unit')")
    assert "was added to the register" in page.inner_text(".govuk-notification-banner")
    click_to(page, "a:has-text('Record a renewal')")
    page.check("label:has-text('The Chief Constable of Norfolk Constabulary')")
    page.fill("#on", "2025-01-20")
    page.fill("#until", "2028-03-31")
    click_to(page, "button:has-text('Record renewal')")
    page.wait_for_selector("h1:has-text('Eastern Air Support Unit')")
    assert "Renewal recorded for The Chief Constable of Norfolk Constabulary." in page.inner_text(
        ".govuk-notification-banner")
    assert "The Chief Constable of Norfolk Constabulary" in _renewed(page, server, "eastern-air-support")
    assert not errors, errors
    context.close()


def test_the_same_journey_by_keyboard_alone(server, browser) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, server, "editor")

    tab_to = Keyboard(page).tab_to

    def type_into(field_id: str, text: str) -> None:
        tab_to(f"el.id === '{field_id}'")
        page.keyboard.type(text)

    tab_to("el.textContent.trim() === 'Agreements'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Agreements')")
    tab_to("el.textContent.trim() === 'Add an agreement'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Add an agreement')")
    type_into("slug", "eastern-marine-unit")
    type_into("title", "Eastern Marine Unit")
    type_into("party", "suffolk")
    page.keyboard.press("Enter")  # a new line in the textarea
    page.keyboard.type("essex")
    type_into("start", "2022-04-01")
    type_into("end_date", "2025-03-31")
    tab_to("el.textContent.trim() === 'Add agreement'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Eastern Marine Unit')")
    tab_to("el.textContent.trim() === 'Record a renewal'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Record a renewal')")
    tab_to("el.type === 'checkbox' && el.labels[0].textContent.includes('Chief Constable of Suffolk')")
    page.keyboard.press("Space")
    type_into("on", "2025-01-21")
    type_into("until", "2028-03-31")
    tab_to("el.textContent.trim() === 'Record renewal'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Eastern Marine Unit')")
    assert "Renewal recorded for The Chief Constable of Suffolk Constabulary." in page.inner_text(
        ".govuk-notification-banner")
    assert "The Chief Constable of Suffolk Constabulary" in _renewed(page, server, "eastern-marine-unit")
    context.close()
