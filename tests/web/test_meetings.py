"""Forums, meetings and actions in the browser's place: the test client, a page check on every page."""

from __future__ import annotations

import datetime as dt

from concord.domain import calendar

SUMMIT = "eastern-region-alliance-summit"
BCB = "cambridgeshire-bcb"


def _rows(page, first_table_only: bool = False) -> list[list[str]]:  # noqa: ANN001
    """The table rows as a sighted reader sees them (text for screen readers only left out)."""
    for hidden in page.soup.select("tbody .govuk-visually-hidden"):
        hidden.decompose()
    tables = page.soup.select("table")[:1] if first_table_only else page.soup.select("table")
    return [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for t in tables for tr in t.select("tbody tr")]


def _summary_links(page) -> list[str]:  # noqa: ANN001
    return [a["href"] for a in page.soup.select(".govuk-error-summary a")]


def _meeting_id(pages, forum: str, day: str) -> int:  # noqa: ANN001
    index = pages.get(f"/meetings?forum={forum}")
    label = dt.date.fromisoformat(day).strftime("%-d %B %Y")
    link = next(a for a in index.soup.select("tbody a") if a.get_text("", strip=True).startswith(label + ","))
    return int(link["href"].rsplit("/", 1)[1])


def _add_meeting(pages, forum: str, day: str, **extra: str) -> int:  # noqa: ANN001
    made = pages.submit("/meetings/new", {"forum": forum, "date": day, **extra})
    assert made.status_code == 302, made.soup.select_one(".govuk-error-summary")
    return int(made.headers["Location"].rsplit("/", 1)[1])


def test_meetings_list_by_forum_past_and_upcoming_and_a_forums_terms(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    index = pages.get("/meetings")
    assert index.status_code == 200
    dates = [r[0] for r in _rows(index, first_table_only=True)]
    assert "16 December 2016" in dates and "26 July 2016" in dates
    bcb = pages.get(f"/meetings?forum={BCB}&when=past")
    meetings = _rows(bcb, first_table_only=True)
    assert {r[1] for r in meetings} == {"Business Coordination Board"} and len(meetings) == 6
    assert [r[0] for r in meetings][:2] == ["16 May 2019", "4 April 2019"]  # newest first
    assert "No meetings match." in pages.get(f"/meetings?forum={BCB}&when=upcoming").soup.get_text()
    # an unknown forum or filter is ignored, not an error
    assert pages.get("/meetings?forum=nope&when=sideways").status_code == 200
    forum = pages.get(f"/forums/{SUMMIT}")
    text = forum.soup.get_text(" ", strip=True)
    assert forum.soup.h1.get_text(strip=True) == "Eastern Region Alliance Summit"
    assert "2 clear working days (rule 4)" in text and "Rotates among the commissioners" in text
    assert "Adopted 22 October 2015" in text
    seats = _rows(forum)
    assert seats and all(r[2] == "No" for r in seats)  # the Summit decides in principle: no votes
    assert pages.get("/forums/no-such-forum").status_code == 404
    assert pages.get("/meetings/999999").status_code == 404


def test_a_meetings_page_shows_agenda_papers_attendance_minutes_and_actions(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    nov = pages.get(f"/meetings/{_meeting_id(pages, BCB, '2016-11-10')}")
    text = nov.soup.get_text(" ", strip=True)
    assert nov.soup.h1.get_text(strip=True) == "Business Coordination Board, 10 November 2016"
    assert "Conference Room 2" in text and "Use of force" in text
    assert "Jason Ablewhite, Police and Crime Commissioner" in nov.soup.select("#attendance ~ dl dd")[2].get_text()
    assert "Approved at the meeting of 16 December 2016" in text
    overdue = next(r for r in _rows(nov) if r[0].startswith("10.3(i)"))
    assert overdue[2].startswith("10 November 2017") and "Overdue" in overdue[3]
    # a viewer is offered no forms
    assert not nov.soup.find("a", string="Add an action") and not nov.soup.find("a", string="Add an agenda item")
    dec = pages.get(f"/meetings/{_meeting_id(pages, BCB, '2016-12-16')}")
    item = next(r for r in _rows(dec) if r[0] == "13")
    assert "Chief Executive" in item[2] and "Approve the agreement" in item[3] and "sent 9 December 2016" in item[3]
    summit = pages.get(f"/meetings/{_meeting_id(pages, SUMMIT, '2016-07-26')}")
    assert "Sent late" in summit.soup.get_text() and "by 21 July 2016" in summit.soup.get_text(" ", strip=True)


def test_a_viewer_may_not_open_a_form_nor_post_one(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    meeting = _meeting_id(pages, BCB, "2016-12-16")
    for url in ("/meetings/new", f"/meetings/{meeting}/agenda/new", f"/meetings/{meeting}/attendance/new",
                f"/meetings/{meeting}/minutes", f"/meetings/{meeting}/minutes/approve",
                f"/meetings/{meeting}/actions/new", "/actions/1/done"):
        assert pages.get(url).status_code == 403, url
        assert pages.post(url, {}).status_code in (400, 403), url  # no CSRF token: refused before anything


def test_adding_a_meeting_checks_each_field_and_links_its_errors(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    empty = pages.submit("/meetings/new", {})
    assert empty.status_code == 200 and _summary_links(empty) == ["#forum", "#date"]
    bad = pages.submit("/meetings/new", {"forum": BCB, "date": "16/12/2030", "time": "2pm"})
    assert bad.status_code == 400 and _summary_links(bad) == ["#date"]
    assert "Date ‘16/12/2030’ is not a date in the form YYYY-MM-DD" in bad.soup.select_one(".govuk-error-summary").get_text()
    assert bad.soup.find("input", attrs={"name": "time"})["value"] == "2pm"  # the input is kept
    bad_time = pages.submit("/meetings/new", {"forum": BCB, "date": "2030-12-16", "time": "2pm"})
    assert _summary_links(bad_time) == ["#time"] and "HH:MM" in bad_time.soup.get_text()
    meeting = _add_meeting(pages, BCB, "2030-12-16", time="14:00", venue="HQ")
    shown = pages.get(f"/meetings/{meeting}")
    assert "16 December 2030, 14:00" in shown.soup.get_text(" ", strip=True)
    again = pages.submit("/meetings/new", {"forum": BCB, "date": "2030-12-16", "time": "14:00"})
    assert again.status_code == 400 and "already has a meeting" in again.soup.get_text()
    # an editor of one body may not add a meeting to another's forum: the service refuses
    assert pages.submit("/meetings/new", {"forum": SUMMIT, "date": "2030-12-16"}).status_code == 403


def test_an_item_after_the_notice_deadline_warns_asks_to_confirm_and_is_recorded_late(pages, demo, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor", "seven-force-programme-office"))
    day = dt.date(2030, 3, 14)
    meeting = _add_meeting(pages, SUMMIT, day.isoformat())
    latest = calendar.latest_dispatch_date(day, 2)
    url = f"/meetings/{meeting}/agenda/new"
    form = pages.get(url)
    assert f"by {latest.strftime('%-d %B %Y')}" in form.soup.get_text(" ", strip=True)
    late = latest + dt.timedelta(days=1)
    item = {"title": "Fleet: Full Business Case", "presenter": "Chief Executive", "needs_decision": "y",
            "sent": late.isoformat()}
    warned = pages.submit(url, item)
    assert warned.status_code == 400 and _summary_links(warned) == ["#confirm_late"]
    assert "tick the box to add it as a late item" in warned.soup.select_one(".govuk-error-summary").get_text()
    assert warned.soup.select_one(".govuk-warning-text") is not None
    assert warned.soup.find("input", attrs={"name": "title"})["value"] == "Fleet: Full Business Case"
    assert "No agenda items are recorded." in pages.get(f"/meetings/{meeting}").soup.get_text()  # nothing kept
    added = pages.submit(url, {**item, "confirm_late": "y"})
    assert added.status_code == 302
    shown = pages.get(added.headers["Location"].split("#")[0])
    row = next(r for r in _rows(shown) if r[1].startswith("Fleet"))
    assert "Late" in row[1] and "Decision" in row[1] and row[2] == "Chief Executive" and "Sent late" in row[3]
    assert "was added as a late item" in shown.soup.select_one(".govuk-notification-banner").get_text()
    # in time, no warning; and the dashboard's late papers list the late one
    on_time = pages.submit(url, {**item, "title": "Procurement", "sent": latest.isoformat()})
    assert on_time.status_code == 302
    board = pages.get(f"/?as-of={day.isoformat()}")
    late_rows = [r for r in _rows(board) if r[1] == "Paper sent late"]
    subjects = [r[2] for r in late_rows]
    assert f"Eastern Region Alliance Summit {day.isoformat()}: Fleet: Full Business Case" in subjects
    assert not any("Procurement" in s and day.isoformat() in s for s in subjects)


def test_attendance_minutes_approval_by_an_approver_at_the_next_meeting(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    first = _add_meeting(pages, BCB, "2025-01-15")
    second = _add_meeting(pages, BCB, "2025-02-12")
    empty = pages.submit(f"/meetings/{first}/attendance/new", {})
    assert _summary_links(empty) == ["#name", "#role"]
    for name, role in (("Darryl Preston", "member"), ("Nicky Phillipson", "in-attendance"), ("Nick Dean", "apologies")):
        assert pages.submit(f"/meetings/{first}/attendance/new", {"name": name, "role": role}).status_code == 302
    shown = pages.get(f"/meetings/{first}").soup
    assert [dd.get_text(strip=True) for dd in shown.select("#attendance ~ dl dd")] == [
        "Darryl Preston", "Nicky Phillipson", "Nick Dean"]
    assert pages.submit(f"/meetings/{first}/minutes", {"text": "  "}).status_code in (200, 400)
    wrote = pages.submit(f"/meetings/{first}/minutes", {"text": "The Board noted the report.\n\nIt agreed the plan."})
    assert wrote.status_code == 302
    page = pages.get(f"/meetings/{first}")
    assert "Draft" in page.soup.select_one("#minutes ~ p").get_text() and "It agreed the plan." in page.soup.get_text()
    # an editor may not approve: no button, and the page is refused
    assert not page.soup.find("a", string="Approve the minutes")
    assert pages.get(f"/meetings/{first}/minutes/approve").status_code == 403
    approver = new_pages()
    approver.sign_in(demo["approver"])
    form = approver.get(f"/meetings/{first}/minutes/approve")
    assert [o.get_text() for o in form.soup.select("#at option")] == ["12 February 2025"]
    done = approver.submit(f"/meetings/{first}/minutes/approve", {"at": str(second)})
    assert done.status_code == 302
    page = approver.get(f"/meetings/{first}")
    assert "Approved at the meeting of 12 February 2025" in page.soup.get_text(" ", strip=True)
    assert "Approved at this meeting: the minutes of 15 January 2025" in \
        approver.get(f"/meetings/{second}").soup.get_text(" ", strip=True)
    # approved minutes are no longer edited, nor approved again
    assert pages.get(f"/meetings/{first}/minutes").status_code == 404
    assert approver.get(f"/meetings/{first}/minutes/approve").status_code == 404


def test_a_stale_edit_of_the_minutes_is_refused_with_the_input_kept(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    meeting = _add_meeting(pages, BCB, "2025-03-12")
    assert pages.submit(f"/meetings/{meeting}/minutes", {"text": "First draft."}).status_code == 302
    form = pages.get(f"/meetings/{meeting}/minutes")
    token = form.soup.find("input", attrs={"name": "csrf_token"})["value"]
    seen = form.soup.find("input", attrs={"name": "version"})["value"]
    other = new_pages()
    other.sign_in(demo["administrator"])
    assert other.submit(f"/meetings/{meeting}/minutes", {"text": "The administrator's draft."}).status_code == 302
    stale = pages.post(f"/meetings/{meeting}/minutes", {"csrf_token": token, "version": seen, "text": "My draft."})
    assert stale.status_code == 400
    assert "Someone else changed this record" in stale.soup.select_one(".govuk-error-summary").get_text()
    assert stale.soup.find("textarea", attrs={"name": "text"}).get_text().strip() == "My draft."
    assert "The administrator's draft." in pages.get(f"/meetings/{meeting}").soup.get_text()


def test_an_action_with_a_relative_due_then_the_tracker_and_done(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    meeting = _add_meeting(pages, BCB, "2025-08-31")
    url = f"/meetings/{meeting}/actions/new"
    empty = pages.submit(url, {})
    assert _summary_links(empty) == ["#text", "#owner"]
    bad = pages.submit(url, {"text": "Report back", "owner": "Chief Executive", "due": "soonish"})
    assert bad.status_code == 400 and _summary_links(bad) == ["#due"]
    assert "Due (optional) ‘soonish’ is not a date" in bad.soup.select_one(".govuk-error-summary").get_text()
    made = pages.submit(url, {"text": "Report back on the estate strategy", "owner": "Chief Finance Officer",
                              "due": "report back in six months"})
    assert made.status_code == 302
    row = next(r for r in _rows(pages.get(f"/meetings/{meeting}")) if "estate strategy" in r[0])
    assert row[2] == "28 February 2026 6 months from the meeting" and row[1] == "Chief Finance Officer"
    tracker = pages.get("/actions?owner=finance+officer&status=open")
    assert [r[1] for r in _rows(tracker)] == ["Chief Finance Officer"]
    assert _rows(pages.get("/actions?owner=finance+officer&due-before=2026-02-28")) == []
    assert len(_rows(pages.get("/actions?owner=finance+officer&due-before=2026-03-01"))) == 1
    bad_date = pages.get("/actions?due-before=31/12/2026")
    assert bad_date.status_code == 400 and _summary_links(bad_date) == ["#due-before"]
    done_link = tracker.soup.find("a", string=lambda s: s and s.startswith("Mark as done"))
    done_url = done_link["href"]
    assert done_url.startswith("/actions/") and "next=" in done_url
    early = pages.submit(done_url, {"on": "2025-08-30", "update": "Reported."})
    assert early.status_code == 400 and _summary_links(early) == ["#on"]
    finished = pages.submit(done_url, {"on": "2026-02-20", "update": "Reported to the Board."})
    assert finished.status_code == 302 and finished.headers["Location"].startswith("/actions?owner=")
    assert _rows(pages.get("/actions?owner=finance+officer")) == []
    done = _rows(pages.get("/actions?owner=finance+officer&status=done"))
    assert "Update: Reported to the Board." in done[0][0] and "Done" in done[0][3]
    assert pages.get("/actions/999999/done").status_code == 404
