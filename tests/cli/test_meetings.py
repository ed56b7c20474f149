"""`concord forum|meeting|action ...`: a meeting from agenda to approved minutes, on the real command."""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa

from concord.domain import calendar

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
OFFICE = "office@seven-force.example"


def _id(out: str) -> int:
    return int(re.search(r"#(\d+)", out).group(1))


def _rows(url: str, sql: str, **params: object) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql), params)]
    finally:
        engine.dispose()


def test_forums_and_meetings_are_listed_and_shown(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    forums = demo.run("forum", "list", user=VIEWER)
    assert forums.code == 0 and "eastern-region-alliance-summit" in forums.out
    assert "2 clear working days' notice" in forums.out
    shown = demo.run("forum", "show", "eastern-region-alliance-summit", user=None)
    assert shown.code == 0 and "chair rotation: Rotates among the commissioners" in shown.out
    assert demo.run("forum", "show", "nope").code == 2
    listed = demo.run("meeting", "list", "--forum", "cambridgeshire-bcb", "--when", "past", user=VIEWER)
    assert listed.code == 0 and listed.out.count("Business Coordination Board") == 6
    nov = _id(next(line for line in listed.out.splitlines() if "2016-11-10" in line))
    page = demo.run("meeting", "show", str(nov), user=VIEWER)
    assert page.code == 0 and "Apologies: Jason Ablewhite (Police and Crime Commissioner)" in page.out
    assert "Minutes (approved at the meeting of 2016-12-16" in page.out and "10.3(i)" in page.out
    bad = demo.run("meeting", "list", "--when", "someday")
    assert bad.code == 2 and "when: someday must be one of all, past, upcoming" in bad.err


def test_a_meeting_from_agenda_to_approved_minutes_with_an_action(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    made = demo.run("meeting", "add", "cambridgeshire-bcb", "2025-01-15", "--time", "10:00", "--venue", "HQ",
                    user=EDITOR)
    assert made.code == 0, made.err
    first = _id(made.out)
    second = _id(demo.run("meeting", "add", "cambridgeshire-bcb", "2025-02-12", user=EDITOR).out)
    item = demo.run("meeting", "agenda-add", str(first), "Estates strategy", "--presenter", "Chief Constable",
                    "--paper", "Estates: strategic scoping", user=EDITOR)
    assert item.code == 0 and "Added item 1: Estates strategy" in item.out, item.err
    assert demo.run("meeting", "attend", str(first), "Darryl Preston", "--role", "member", user=EDITOR).code == 0
    assert demo.run("meeting", "attend", str(first), "Nick Dean", "--role", "apologies", user=EDITOR).code == 0
    bad_role = demo.run("meeting", "attend", str(first), "Nick Dean", "--role", "absent", user=EDITOR)
    assert bad_role.code == 2 and "--role: absent must be member, in-attendance or apologies" in bad_role.err
    action = demo.run("action", "add", str(first), "--text", "Bring the estates strategy back", "--owner",
                      "Chief Constable", "--due", "in three months", "--item", "1", user=EDITOR)
    assert action.code == 0 and "due 2025-04-15 (3 months from the meeting)" in action.out, action.err
    wrote = demo.run("meeting", "minutes", str(first), "--text", "The Board noted the scoping report.", user=EDITOR)
    assert wrote.code == 0 and "version 1" in wrote.out
    # an editor may not approve; a viewer may change nothing
    assert demo.run("meeting", "approve-minutes", str(first), user=EDITOR).code == 4
    assert demo.run("meeting", "minutes", str(first), "--text", "x", user=VIEWER).code == 4
    stale = demo.run("meeting", "minutes", str(first), "--text", "Changed.", "--version", "7", user=EDITOR)
    assert stale.code == 3
    approved = demo.run("meeting", "approve-minutes", str(first), "--version", "1", user=APPROVER)
    assert approved.code == 0 and f"approved at meeting #{second} on 2025-02-12" in approved.out, approved.err
    [(status, at, on)] = _rows(demo.url, "SELECT status, approved_at_meeting_id, approved_on FROM minute "
                                         "WHERE meeting_id = :m", m=first)
    assert (status, at, str(on)) == ("approved", second, "2025-02-12")
    again = demo.run("meeting", "approve-minutes", str(first), user=APPROVER)
    assert again.code == 2 and "already approved" in again.err
    assert demo.run("meeting", "minutes", str(first), "--text", "Changed.", user=EDITOR).code == 2
    shown = demo.run("meeting", "show", str(first), user=VIEWER).out
    assert "1. Estates strategy (presented by Chief Constable)" in shown
    assert "paper: Estates: strategic scoping" in shown and "Apologies: Nick Dean" in shown
    listed = demo.run("action", "list", "--owner", "chief constable", "--due-before", "2025-05-01", user=VIEWER)
    assert "Bring the estates strategy back" in listed.out
    done = demo.run("action", "done", str(_id(action.out)), "--on", "2025-04-01", "--update", "Brought back.",
                    user=EDITOR)
    assert done.code == 0, done.err
    assert "Bring the estates" not in demo.run("action", "list", "--owner", "chief constable").out
    assert "Bring the estates" in demo.run("action", "list", "--owner", "chief constable", "--status", "done").out


def test_minutes_are_approved_only_at_a_later_meeting_already_held(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    first = _id(demo.run("meeting", "add", "cambridgeshire-bcb", "2025-06-11", user=EDITOR).out)
    assert demo.run("meeting", "minutes", str(first), "--text", "Noted.", user=EDITOR).code == 0
    none_yet = demo.run("meeting", "approve-minutes", str(first), user=APPROVER)
    assert none_yet.code == 2 and "no later meeting" in none_yet.err
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    later = _id(demo.run("meeting", "add", "cambridgeshire-bcb", future, user=EDITOR).out)
    not_held = demo.run("meeting", "approve-minutes", str(first), "--at", str(later), user=APPROVER)
    assert not_held.code == 2 and "not yet held" in not_held.err
    earlier = demo.run("meeting", "approve-minutes", str(first), "--at", "1", user=APPROVER)
    assert earlier.code == 2 and "is not a later meeting of the same forum" in earlier.err
    assert _rows(demo.url, "SELECT status FROM minute WHERE meeting_id = :m", m=first) == [("draft",)]


def test_a_late_item_is_refused_until_confirmed_then_listed_late(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    added = demo.run("user", "add", OFFICE, "--name", "Pat Office", "--organisation", "seven-force-programme-office",
                     "--role", "editor")
    assert added.code == 0, added.err
    day = dt.date(2030, 3, 14)
    latest = calendar.latest_dispatch_date(day, 2)
    meeting = _id(demo.run("meeting", "add", "eastern-region-alliance-summit", day.isoformat(), user=OFFICE).out)
    late = (latest + dt.timedelta(days=1)).isoformat()
    refused = demo.run("meeting", "agenda-add", str(meeting), "Fleet FBC", "--decision", "--sent", late, user=OFFICE)
    assert refused.code == 2 and f"--confirm-late: {late} is after {latest.isoformat()}" in refused.err
    assert _rows(demo.url, "SELECT count(*) FROM agenda_item WHERE meeting_id = :m", m=meeting) == [(0,)]
    taken = demo.run("meeting", "agenda-add", str(meeting), "Fleet FBC", "--decision", "--sent", late,
                     "--confirm-late", user=OFFICE)
    assert taken.code == 0 and "warning: late" in taken.err
    assert _rows(demo.url, "SELECT late, needs_decision FROM agenda_item WHERE meeting_id = :m", m=meeting) == [
        (True, True)]
    check = demo.run("check", "--as-of", day.isoformat(), user=VIEWER)
    assert f"Eastern Region Alliance Summit {day.isoformat()}: Fleet FBC" in check.out
    # the Cambridgeshire editor may not touch the programme office's forum
    assert demo.run("meeting", "agenda-add", str(meeting), "Other", user=EDITOR).code == 4
