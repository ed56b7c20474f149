"""Papers in, in headless Chromium on the real server (`concord serve`, gunicorn): upload a seed
paper, watch it read in the background, accept its records — with the mouse and by keyboard
alone — and axe-core on every page type of the area."""

from __future__ import annotations

import re

from tests.web.papers_files import PNG, seed_docx
from tests.web.browsing import Keyboard, axe, click_to, console_errors, sign_in

READ = "h1:has-text('Your papers have been read')"


def _paper(tmp_path, seeds, name: str = "collaboration-update.docx"):  # noqa: ANN001, ANN202
    path = tmp_path / name
    path.write_bytes(seed_docx(seeds))
    return path


def test_upload_a_paper_and_accept_its_records_with_no_wcag_violation(server, browser, sound_page,  # noqa: ANN001, F811
                                                                      seeds, tmp_path) -> None:
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = axe(page)

    sign_in(page, server, "editor")
    click_to(page, "a.govuk-service-navigation__link:has-text('Papers in')")
    scan("papers in")
    click_to(page, "button:has-text('Upload and read')")
    page.wait_for_selector(".govuk-error-summary")
    scan("papers in: nothing chosen")
    bad = tmp_path / "minutes.pdf"
    bad.write_bytes(PNG)
    page.set_input_files("#papers", [str(_paper(tmp_path, seeds)), str(bad)])
    click_to(page, "button:has-text('Upload and read')")
    page.wait_for_selector(".govuk-error-summary")
    assert "minutes.pdf was not uploaded: named .pdf but is not a PDF" in page.inner_text(".govuk-error-summary")
    scan("papers in: a refused file")
    page.set_input_files("#papers", str(_paper(tmp_path, seeds)))
    click_to(page, "button:has-text('Upload and read')")
    page.wait_for_url(re.compile(r".*/papers/uploads/\w+"))
    page.wait_for_selector(READ, timeout=120_000)  # the page refreshes itself until the paper is read
    scan("progress")
    click_to(page, "li a:has-text('Report')")
    page.wait_for_selector("h2:has-text('The record')")
    scan("a proposed record")
    assert page.locator(".concord-source mark").count() >= 4
    click_to(page, "#field-date a:has-text('Correct')")
    page.fill("#value", "21/09/2016")
    click_to(page, "button:has-text('Save the correction')")
    page.wait_for_selector(".govuk-error-summary")
    scan("correct a field: error")
    page.fill("#value", "2016-09-21")
    click_to(page, "button:has-text('Save the correction')")
    page.wait_for_selector("#field-date .govuk-tag:has-text('Corrected')")
    click_to(page, "#field-contact_officer button:has-text('Reject')")
    page.wait_for_selector("#field-contact_officer .govuk-tag:has-text('Rejected')")
    click_to(page, "#field-to button:has-text('Accept')")
    page.wait_for_selector("#field-to .govuk-tag:has-text('Accepted')")
    scan("a record with decided fields")
    click_to(page, "button:has-text('Accept the record')")
    page.wait_for_selector(".govuk-notification-banner:has-text('was accepted into the register')")
    page.goto(f"{server.url}/papers/review")
    scan("review queue")
    click_to(page, "tbody a >> nth=0")
    click_to(page, "a:has-text('Correct') >> nth=0")
    scan("correct a field")
    context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) == 9


def _choose_files_by_keyboard(page, tab_to):  # noqa: ANN001, ANN202
    """Space on the focused file input opens the file chooser. On a loaded machine Chromium has been seen to drop
    the first key press (the chooser never came in a minute): the input is focused again and Space pressed again,
    at most three times, so the test still goes by the keyboard alone."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        tab_to("el.id === 'papers'")
        try:
            with page.expect_file_chooser(timeout=30_000) as chooser:
                page.keyboard.press("Space")
            return chooser.value
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def test_upload_a_paper_and_accept_a_record_by_keyboard_alone(server, browser, seeds, tmp_path) -> None:  # noqa: ANN001, F811
    context = browser.new_context()  # under the real Content-Security-Policy
    page = context.new_page()
    errors = console_errors(page)

    tab_to = Keyboard(page).tab_to

    sign_in(page, server, "editor")
    tab_to("el.textContent.trim() === 'Papers in'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Papers in')")
    page.wait_for_load_state("networkidle")  # GOV.UK Frontend's file upload has set itself up before we tab to it
    chooser = _choose_files_by_keyboard(page, tab_to)
    chooser.set_files(str(_paper(tmp_path, seeds, "update.docx")))
    tab_to("el.textContent.trim() === 'Upload and read'")
    page.keyboard.press("Enter")
    page.wait_for_selector(READ, timeout=120_000)
    tab_to("el.textContent.trim().startsWith('Report')")
    page.keyboard.press("Enter")
    page.wait_for_selector("h2:has-text('The record')")
    item = page.url.rsplit("/", 1)[1]
    tab_to("el.textContent.trim() === 'Correct Date'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Correct date')")
    tab_to("el.id === 'value'")
    page.keyboard.press("Control+A")
    page.keyboard.type("2016-09-22")
    page.keyboard.press("Enter")
    page.wait_for_selector("#field-date .govuk-tag:has-text('Corrected')")
    tab_to("el.textContent.trim() === 'Accept To'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#field-to .govuk-tag:has-text('Accepted')")
    tab_to("el.textContent.trim() === 'Accept the record'")
    page.keyboard.press("Enter")
    page.wait_for_selector(f".govuk-notification-banner:has-text('Record {item} was accepted into the register')")
    assert not errors, errors
    context.close()
