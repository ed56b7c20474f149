"""Sign-in sessions kept on the server: signing out ends them, not only the browser's cookie.

Against `concord serve --workers 2` over HTTP, each request on its own connection (either worker
answers): a copy of the cookie taken before signing out, or before the user was disabled or given
a new password, is sent to the sign-in page in every worker; so is a cookie naming a session the
server never started, and a session past its lifetime.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator

import pytest
import requests
import sqlalchemy as sa
from flask import Flask
from flask.sessions import SecureCookieSessionInterface

from tests.web.browsing import serving
from tests.web.test_readers_served import ADMIN, _signed_in

SECRET = "a key known to this test only " + "x" * 16
PAGE = "/agreements"
ASKS = 8


def _statuses(base: str, cookies: dict[str, str]) -> list[int]:
    return [requests.get(base + PAGE, cookies=cookies, allow_redirects=False, timeout=30,
                         headers={"Connection": "close"}).status_code for _ in range(ASKS)]


def _served(concord, db_url, tmp_path, **env: str):  # noqa: ANN001, ANN202
    return serving(concord, db_url, tmp_path, "--workers", "2", "--threads", "2",
                   env={"CONCORD_SECRET_KEY": SECRET, **env})


@pytest.fixture
def served(concord, db_url, tmp_path) -> Iterator[tuple[str, dict[str, tuple[str, str]]]]:  # noqa: ANN001
    with _served(concord, db_url, tmp_path) as running:
        yield running.url, running.accounts


def _sign_out(base: str, cookies: dict[str, str]) -> None:
    """Press "Sign out" in the browser holding `cookies` (its copy is not changed)."""
    page = requests.get(base + PAGE, cookies=cookies, timeout=30)
    token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page.text).group(1)
    done = requests.post(f"{base}/sign-out", data={"csrf_token": token}, cookies={**cookies, **page.cookies},
                         allow_redirects=False, timeout=30)
    assert done.status_code == 302 and done.headers["Location"].endswith("/sign-in")


def _forged(**contents: object) -> dict[str, str]:
    """A session cookie signed with the server's key, holding `contents`."""
    signer = SecureCookieSessionInterface().get_signing_serializer(_app())
    return {"concord_session": signer.dumps(contents)}


def test_a_copy_of_the_cookie_taken_before_signing_out_is_refused(served) -> None:  # noqa: ANN001
    base, accounts = served
    cookies = _signed_in(base, accounts["viewer"])
    copy = dict(cookies)
    assert _statuses(base, copy) == [200] * ASKS  # signed in, and kept in both workers
    _sign_out(base, cookies)
    assert _statuses(base, copy) == [302] * ASKS  # the session ended on the server, in every worker


def test_signing_out_ends_only_that_session(served) -> None:  # noqa: ANN001
    base, accounts = served
    phone, laptop = _signed_in(base, accounts["viewer"]), _signed_in(base, accounts["viewer"])
    _sign_out(base, phone)
    assert _statuses(base, phone) == [302] * ASKS
    assert _statuses(base, laptop) == [200] * ASKS


def test_disabling_a_user_ends_their_open_session(served, concord) -> None:  # noqa: ANN001
    base, accounts = served
    cookies = _signed_in(base, accounts["editor"])
    assert _statuses(base, cookies) == [200] * ASKS
    assert concord("user", "sessions", accounts["editor"][0], user=ADMIN).out.count("started") == 1
    ran = concord("user", "disable", accounts["editor"][0], user=ADMIN)
    assert ran.code == 0, ran.err
    assert _statuses(base, cookies) == [302] * ASKS
    assert "no open web session" in concord("user", "sessions", accounts["editor"][0], user=ADMIN).out


def test_a_new_password_ends_the_sessions_signed_in_with_the_old_one(served, concord) -> None:  # noqa: ANN001
    base, accounts = served
    email, password = accounts["viewer"]
    cookies = _signed_in(base, (email, password))
    assert _statuses(base, cookies) == [200] * ASKS
    ran = concord("user", "set-password", email, "--password-from-env", user=ADMIN,
                  env={"CONCORD_PASSWORD": "a brand new password 42"})
    assert ran.code == 0, ran.err
    assert _statuses(base, cookies) == [302] * ASKS
    assert _statuses(base, _signed_in(base, (email, "a brand new password 42"))) == [200] * ASKS


def test_signing_out_everywhere_from_the_command_line(served, concord) -> None:  # noqa: ANN001
    base, accounts = served
    first, second = _signed_in(base, accounts["viewer"]), _signed_in(base, accounts["viewer"])
    ran = concord("user", "sign-out", accounts["viewer"][0], user=ADMIN)
    assert ran.code == 0 and "Ended 2 web sessions" in ran.out, ran.err
    assert _statuses(base, first) == [302] * ASKS and _statuses(base, second) == [302] * ASKS
    assert concord("user", "sign-out", accounts["viewer"][0]).code == 4  # no one named: may not


def test_a_cookie_naming_no_session_the_server_started_is_refused(served) -> None:  # noqa: ANN001
    base, accounts = served
    assert _statuses(base, _forged(sid="made-up-session-id", _permanent=True)) == [302] * ASKS
    # a cookie that only names the user, as they were before sessions were kept on the server
    assert _statuses(base, _forged(email=ADMIN, _permanent=True)) == [302] * ASKS
    assert _statuses(base, _forged(email=accounts["viewer"][0], _permanent=True)) == [302] * ASKS


def test_a_session_is_refused_after_its_lifetime_even_with_nothing_written(
        concord, db_url, tmp_path) -> None:  # noqa: ANN001
    with _served(concord, db_url, tmp_path, CONCORD_SESSION_HOURS="0.001") as running:  # 3.6 seconds
        cookies = _signed_in(running.url, running.accounts["viewer"])
        started = time.monotonic()
        assert _statuses(running.url, cookies)[0] == 200  # kept by the worker that answered
        time.sleep(max(0.0, 4.0 - (time.monotonic() - started)))
        assert _statuses(running.url, cookies) == [302] * ASKS  # the copy a browser would have dropped


def test_a_session_past_its_expiry_in_the_register_is_refused(served, db_url) -> None:  # noqa: ANN001
    base, accounts = served
    cookies = _signed_in(base, accounts["viewer"])
    assert _statuses(base, cookies) == [200] * ASKS
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:  # the clock moved on: every session expired a minute ago
        conn.execute(sa.text("UPDATE web_session SET expires_at = :past"),
                     {"past": dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)})
    engine.dispose()
    assert _statuses(base, cookies) == [302] * ASKS


def test_the_register_keeps_no_session_id_only_its_hash(served, db_url) -> None:  # noqa: ANN001
    base, accounts = served
    cookies = _signed_in(base, accounts["viewer"])
    signer = SecureCookieSessionInterface().get_signing_serializer(_app())
    session_id = signer.loads(cookies["concord_session"])["sid"]
    assert set(signer.loads(cookies["concord_session"])) <= {"sid", "_permanent", "csrf_token"}
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        kept = [row[0] for row in conn.execute(sa.text("SELECT id_hash FROM web_session"))]
    engine.dispose()
    assert kept and session_id not in kept


def _app() -> Flask:
    app = Flask("reader")
    app.secret_key = SECRET
    return app
