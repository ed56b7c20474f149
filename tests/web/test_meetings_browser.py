"""Running a meeting in headless Chromium, by keyboard alone: agenda, attendance, an action,
draft minutes, and their approval at the next meeting by an approver; axe on every page type.

The server and browser are the fixtures of `browsing.py` (`concord serve` on a demo register,
Debian's chromium through Playwright, axe-core from npm).
"""

from __future__ import annotations

import re

from tests.web.browsing import Keyboard, axe, click_to, sign_in


def _add_meeting(k: Keyboard, day: str) -> str:
    k.follow("Meetings")
    k.follow("Add a meeting")
    k.choose("forum", "cambridgeshire-bcb")
    k.fill("date", day)
    k.follow("Add meeting")
    assert "was added" in k.text()
    return k.page.url


def test_run_a_meeting_from_agenda_to_approved_minutes_with_an_action_by_keyboard(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    k = Keyboard(page, sound_page)
    sign_in(page, server, "editor")
    _add_meeting(k, "2025-02-12")
    first = _add_meeting(k, "2025-01-15")
    k.follow("Add an agenda item")
    k.fill("title", "Estates strategy")
    k.fill("presenter", "Chief Constable")
    k.check("needs_decision")
    k.fill("paper", "Estates: strategic scoping report")
    k.follow("Add item")
    assert "Item 1, Estates strategy, was added." in k.text()
    k.follow("Record attendance or apologies")
    k.fill("name", "Darryl Preston")
    k.fill("capacity", "Police and Crime Commissioner")
    k.check("role")  # the first choice: a member, present
    k.follow("Record attendance")
    k.follow("Record attendance or apologies")
    k.fill("name", "Nick Dean")
    k.tab_to("el.id === 'role'")
    page.keyboard.press("ArrowDown")  # radios move with the arrows: in attendance
    page.keyboard.press("ArrowDown")  # apologies
    k.follow("Record attendance")
    k.follow("Add an action")
    k.fill("text", "Bring the estates strategy back to the Board")
    k.fill("owner", "Chief Constable")
    k.fill("due", "report back in six months")
    k.choose("item", "1")
    k.follow("Add action")
    assert "Action 1.1 was added, due 15 July 2025." in k.text()
    k.follow("Write the draft minutes")
    k.fill("text", "The Board noted the estates scoping report.")
    k.follow("Save draft minutes")
    shown = k.text()
    assert "Members present Darryl Preston, Police and Crime Commissioner" in shown
    assert "Apologies Nick Dean" in shown and "Draft to be approved at the next meeting" in shown
    assert "Approve the minutes" not in shown  # an editor does not approve
    k.follow("Sign out")
    sign_in(page, server, "approver")
    page.goto(first)
    k.follow("Approve the minutes")
    k.follow("Approve minutes")  # the next meeting is chosen already
    shown = k.text()
    assert "The minutes were approved at the meeting of 12 February 2025." in shown
    assert "Approved at the meeting of 12 February 2025" in shown
    assert "15 July 2025 6 months from the meeting" in shown
    assert not errors, errors
    context.close()


def test_every_meetings_and_actions_page_type_has_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str, path: str | None = None) -> None:
        if path is not None:
            page.goto(server.url + path)
        sound_page(page.content(), name)
        found[name] = axe(page)

    sign_in(page, server, "administrator")
    scan("meetings", "/meetings")
    scan("meetings of a forum, past", "/meetings?forum=cambridgeshire-bcb&when=past")
    scan("forum", "/forums/eastern-region-alliance-summit")
    page.goto(server.url + "/meetings?forum=cambridgeshire-bcb")
    click_to(page, "a:has-text('10 November 2016')")
    meeting = page.url.removeprefix(server.url)
    scan("meeting")
    page.goto(server.url + "/meetings?forum=cambridgeshire-bcb")
    click_to(page, "a:has-text('16 December 2016')")
    scan("meeting with papers")
    scan("add a meeting", "/meetings/new")
    click_to(page, "button:has-text('Add meeting')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add a meeting with errors")
    for name, suffix in [("add an agenda item", "/agenda/new"), ("record attendance", "/attendance/new"),
                         ("add an action", "/actions/new")]:
        scan(name, meeting + suffix)
    page.fill("#due", "soonish")
    page.fill("#text", "Report back")
    page.fill("#owner", "Chief Constable")
    click_to(page, "button:has-text('Add action')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add an action with errors")
    scan("actions", "/actions?status=all")
    scan("actions with a bad date", "/actions?due-before=31/12/2026")
    page.goto(server.url + "/actions")
    click_to(page, "a:has-text('Mark as done')")
    scan("mark an action as done")
    # draft minutes, their page and their approval
    new = server.url + "/meetings/new"
    page.goto(new)
    page.select_option("#forum", "cambridgeshire-bcb")
    page.fill("#date", "2025-01-15")
    click_to(page, "button:has-text('Add meeting')")
    first = page.url
    page.goto(new)
    page.select_option("#forum", "cambridgeshire-bcb")
    page.fill("#date", "2025-02-12")
    click_to(page, "button:has-text('Add meeting')")
    page.goto(first + "/minutes")
    scan("write the draft minutes")
    page.fill("#text", "Noted.")
    click_to(page, "button:has-text('Save draft minutes')")
    page.wait_for_selector("h1")
    scan("meeting with draft minutes")
    page.goto(first + "/minutes/approve")
    scan("approve the minutes")
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) == 17
    context.close()


def test_a_late_item_warns_in_the_browser_and_passesaxe(server, browser, sound_page, concord) -> None:  # noqa: ANN001
    added = concord("user", "add", "office@seven-force.example", "--name", "Pat Office", "--organisation",
                    "seven-force-programme-office", "--role", "editor", "--password-from-env",
                    user="admin@cambridgeshire-opcc.example", env={"CONCORD_PASSWORD": "a long password, typed"})
    assert added.code == 0, added.err
    made = concord("meeting", "add", "eastern-region-alliance-summit", "2030-03-14", user="office@seven-force.example")
    assert made.code == 0, made.err
    meeting = re.search(r"#(\d+)", made.out).group(1)
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(f"{server.url}/sign-in")
    page.fill("#email", "office@seven-force.example")
    page.fill("#password", "a long password, typed")
    click_to(page, "button:has-text('Sign in')")
    page.goto(f"{server.url}/meetings/{meeting}/agenda/new")
    page.fill("#title", "Fleet: Full Business Case")
    page.check("#needs_decision")
    page.fill("#sent", "2030-03-13")
    click_to(page, "button:has-text('Add item')")
    page.wait_for_selector(".govuk-warning-text")
    sound_page(page.content(), "late item")
    assert not axe(page)
    page.check("#confirm_late")
    click_to(page, "button:has-text('Add item')")
    page.wait_for_selector(".govuk-notification-banner")
    assert "was added as a late item" in page.inner_text("main")
    context.close()
