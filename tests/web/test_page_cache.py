"""Rendered pages are kept and served again, but never across readers and never after a write."""

from __future__ import annotations

import datetime as dt
import re

from concord.services import agreements
from concord.services.context import system_actor, unit_of_work
from tests.web.conftest import text_of

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"


def _owned(register, marking: str = "OFFICIAL") -> None:  # noqa: ANN001
    with unit_of_work(register, system_actor("test")) as ctx:
        agreements.add(ctx, agreements.NewAgreement(
            slug="eastern-dogs", title="Eastern Region Dog Unit", parties=["cambridgeshire", "bedfordshire"],
            start=dt.date(2020, 4, 1), end=dt.date(2023, 3, 31), notice_months=12, owner="cambridgeshire-opcc",
            marking=marking))


def _without_tokens(page) -> str:  # noqa: ANN001
    """The page without its CSRF tokens (signed with the time: each request's differs)."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "",
                  page.get_data(as_text=True))


def _cache(app):  # noqa: ANN001, ANN202
    return app.extensions["concord.page_cache"]


def test_a_page_asked_for_again_is_served_from_the_cache(app, pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["viewer"])
    pages.get("/forces")  # the first page after signing in gives the session its CSRF token
    first = pages.get("/agreements/eastern-dogs")
    hits = _cache(app).hits
    # On PostgreSQL the key also holds the server's snapshot, which any transaction in the
    # cluster moves (another test's database too): ask a few times, as a busy server would.
    for _ in range(5):
        again = pages.get("/agreements/eastern-dogs")
        assert again.status_code == 200 and _without_tokens(again) == _without_tokens(first)
        if _cache(app).hits > hits:
            break
    assert _cache(app).hits == hits + 1
    assert again.headers["Cache-Control"] == "no-store"  # the response headers are still each request's own


def test_a_write_by_another_process_shows_on_the_next_request(pages, demo, register, concord) -> None:  # noqa: ANN001
    reason = "Tactics of the dog unit are described in schedule 2"
    _owned(register)
    pages.sign_in(demo["viewer"])  # a viewer of another organisation
    assert pages.get("/agreements/eastern-dogs").status_code == 200
    assert "Eastern Region Dog Unit" in text_of(pages.get("/agreements"))
    ran = concord("mark", "agreement", "eastern-dogs", "--marking", "OFFICIAL-SENSITIVE", "--reason", reason,
                  user=EDITOR)
    assert ran.code == 0, ran.err
    assert pages.get("/agreements/eastern-dogs").status_code == 404
    assert "Eastern Region Dog Unit" not in text_of(pages.get("/agreements"))
    ran = concord("mark", "agreement", "eastern-dogs", "--marking", "OFFICIAL", "--reason", reason, user=APPROVER)
    assert ran.code == 0, ran.err
    assert pages.get("/agreements/eastern-dogs").status_code == 200


def test_a_kept_page_is_never_shown_to_another_reader(pages, new_pages, demo, register) -> None:  # noqa: ANN001
    _owned(register, marking="OFFICIAL-SENSITIVE")
    pages.sign_in(demo["editor"])  # of the owning organisation: may read it
    assert pages.get("/agreements/eastern-dogs").status_code == 200
    assert "Eastern Region Dog Unit" in text_of(pages.get("/agreements"))
    viewer = new_pages()
    viewer.sign_in(demo["viewer"])  # of another organisation: may not
    assert viewer.get("/agreements/eastern-dogs").status_code == 404
    assert "Eastern Region Dog Unit" not in text_of(viewer.get("/agreements"))
    public = new_pages()
    assert "Eastern Region Dog Unit" not in text_of(public.get("/public/agreements"))


def test_a_flashed_message_is_shown_once_and_not_kept(pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["editor"])
    pages.get("/agreements/eastern-dogs")  # kept without a message
    done = pages.submit("/agreements/eastern-dogs/marking", {"marking": "OFFICIAL-SENSITIVE", "reason": "Checked again"})
    assert done.status_code == 302
    shown = pages.get(done.headers["Location"])
    again = pages.get(done.headers["Location"])
    assert shown.soup.select(".govuk-notification-banner--success")  # the message, once
    assert not again.soup.select(".govuk-notification-banner--success")


def test_a_kept_page_carries_the_asking_sessions_own_csrf_token(app, pages, new_pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    first, second = pages, new_pages()
    for client in (first, second):  # two browsers of the same user
        client.sign_in(demo["viewer"])
        client.get("/forces")
    # the first browser's page is kept, the second is given it; on PostgreSQL the key holds the cluster's
    # snapshot, which another test's database may move in between: then both ask again
    for _ in range(5):
        mine = first.get("/agreements/eastern-dogs").soup.find("input", attrs={"name": "csrf_token"})["value"]
        hits = _cache(app).hits
        page = second.get("/agreements/eastern-dogs")
        if _cache(app).hits > hits:
            break
    assert _cache(app).hits == hits + 1
    theirs = page.soup.find("input", attrs={"name": "csrf_token"})["value"]
    assert theirs != mine
    assert second.post("/sign-out", {"csrf_token": theirs}).status_code == 302  # the form on it works


def test_a_public_feed_answers_304_until_something_is_written(app, demo, register, concord) -> None:  # noqa: ANN001
    _owned(register)
    client = app.test_client()
    listing = client.get("/public/meetings").get_data(as_text=True)
    feed = next(part.split('"', 1)[0] for part in listing.split('href="') if part.split('"', 1)[0].endswith(".ics"))
    # (on PostgreSQL the generation is the server's snapshot: a transaction of another test's database on the same
    # server, as the suite's second worker runs, is a write too; a few tries find two requests with none between)
    for _ in range(5):
        first = client.get(feed)
        assert first.status_code == 200 and first.headers.get("ETag")
        again = client.get(feed, headers={"If-None-Match": first.headers["ETag"]})
        if again.status_code == 304:
            break
    assert again.status_code == 304 and not again.get_data()
    ran = concord("mark", "agreement", "eastern-dogs", "--marking", "OFFICIAL-SENSITIVE", "--reason", "A test",
                  user=EDITOR)  # a write anywhere in the register, by another process
    assert ran.code == 0, ran.err
    after = client.get(feed, headers={"If-None-Match": first.headers["ETag"]})
    assert after.status_code == 200 and after.headers["ETag"] != first.headers["ETag"]


def test_a_connection_the_database_server_dropped_is_replaced(app, pages, demo, register, concord) -> None:  # noqa: ANN001
    """The register's generation is read on its own connections (PostgreSQL: autocommit, not pinged
    before use): when the server drops them, the next request still answers, and still sees a write."""
    import pytest
    import sqlalchemy as sa

    if register.backend != "postgresql":
        pytest.skip("PostgreSQL's server-side connections only")
    _owned(register)
    pages.sign_in(demo["viewer"])
    assert pages.get("/agreements/eastern-dogs").status_code == 200
    with register.engine.connect() as conn:  # every other connection to this test's database is ended
        conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    assert pages.get("/agreements/eastern-dogs").status_code == 200
    ran = concord("mark", "agreement", "eastern-dogs", "--marking", "OFFICIAL-SENSITIVE", "--reason", "A test",
                  user=EDITOR)
    assert ran.code == 0, ran.err
    assert pages.get("/agreements/eastern-dogs").status_code == 404
