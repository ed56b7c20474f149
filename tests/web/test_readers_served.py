"""Signed-in readers kept in the server's workers are never mixed and never outlive a change.

Against `concord serve` with two gunicorn workers, over HTTP: each request is a new connection,
so requests land on both workers. A reader's kept actor (`concord.web.readers`) must give way at
the next request, in every worker, when a `concord` command in another process disables the user
or takes a role away; two readers of different organisations asking in turn each see their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import nullcontext

import pytest
import requests

from tests.web.browsing import serving
from tests.web.test_page_cache import _owned

ADMIN = "admin@cambridgeshire-opcc.example"
AGREEMENT = "/agreements/eastern-dogs"
ASKS = 12  # requests in a row, each on its own connection: both workers answer some


@pytest.fixture
def served(concord, db_url, tmp_path) -> Iterator[tuple[str, dict[str, tuple[str, str]]]]:  # noqa: ANN001
    """`concord demo`, then `concord serve --workers 2` on a free port; (its URL, the demo accounts)."""
    with serving(concord, db_url, tmp_path, "--workers", "2", "--threads", "2") as running:
        yield running.url, running.accounts


def _signed_in(base: str, account: tuple[str, str], browser: requests.Session | None = None) -> dict[str, str]:
    """The session cookie of a fresh sign-in (in `browser`, when given)."""
    with nullcontext(browser) if browser is not None else requests.Session() as browser:
        form = browser.get(f"{base}/sign-in", timeout=30).text
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"', form)
        assert token, "the sign-in form has a CSRF token"
        done = browser.post(f"{base}/sign-in", data={"email": account[0], "password": account[1],
                                                     "csrf_token": token.group(1) or token.group(2)},
                            allow_redirects=False, timeout=30)
        assert done.status_code == 302, done.text
        return dict(browser.cookies)


def _statuses(base: str, cookies: dict[str, str], path: str = AGREEMENT) -> list[int]:
    """`path` asked for ASKS times, each on a new connection (no keep-alive: any worker may answer)."""
    return [requests.get(base + path, cookies=cookies, allow_redirects=False, timeout=30,
                         headers={"Connection": "close"}).status_code for _ in range(ASKS)]


def test_a_user_disabled_by_a_command_is_refused_at_the_next_request_by_every_worker(
        served, register, concord) -> None:  # noqa: ANN001
    base, accounts = served
    _owned(register)
    viewer = _signed_in(base, accounts["viewer"])
    assert _statuses(base, viewer) == [200] * ASKS  # kept now, in both workers
    ran = concord("user", "disable", accounts["viewer"][0], user=ADMIN)
    assert ran.code == 0, ran.err
    assert _statuses(base, viewer) == [302] * ASKS  # to the sign-in page, in every worker
    assert _statuses(base, viewer, "/agreements") == [302] * ASKS


def test_a_role_taken_away_by_a_command_is_gone_at_the_next_request_in_every_worker(
        served, register, concord) -> None:  # noqa: ANN001
    base, accounts = served
    _owned(register, marking="OFFICIAL-SENSITIVE")  # owned by the Cambridgeshire OPCC
    editor = _signed_in(base, accounts["editor"])
    assert _statuses(base, editor) == [200] * ASKS
    ran = concord("user", "set-role", accounts["editor"][0], "--organisation", "cambridgeshire-opcc",
                  "--role", "viewer", user=ADMIN)
    assert ran.code == 0, ran.err
    forms = [requests.get(f"{base}{AGREEMENT}/marking", cookies=editor, allow_redirects=False, timeout=30,
                          headers={"Connection": "close"}).status_code for _ in range(ASKS)]
    assert forms == [403] * ASKS  # a viewer now: may not change the marking
    ran = concord("user", "set-role", accounts["editor"][0], "--organisation", "cambridgeshire-opcc", "--remove",
                  user=ADMIN)
    assert ran.code == 0, ran.err
    assert 200 not in _statuses(base, editor)  # no role at all: the sensitive agreement is not shown


def test_readers_of_two_organisations_asking_in_turn_each_see_their_own(served, register) -> None:  # noqa: ANN001
    base, accounts = served
    _owned(register, marking="OFFICIAL-SENSITIVE")
    editor = _signed_in(base, accounts["editor"])  # of the owning organisation: may read it
    viewer = _signed_in(base, accounts["viewer"])  # of another: may not
    for _ in range(3):
        assert _statuses(base, editor) == [200] * ASKS
        assert _statuses(base, viewer) == [404] * ASKS
        assert _statuses(base, {}) == [302] * ASKS  # not signed in: to the sign-in page
        listed = requests.get(f"{base}/agreements", cookies=viewer, timeout=30).text
        assert "Eastern Region Dog Unit" not in listed
        listed = requests.get(f"{base}/agreements", cookies=editor, timeout=30).text
        assert "Eastern Region Dog Unit" in listed


def test_a_signed_out_browser_is_signed_out_in_every_worker(served, register) -> None:  # noqa: ANN001
    base, accounts = served
    _owned(register)
    with requests.Session() as browser:
        _signed_in(base, accounts["viewer"], browser)
        page = browser.get(base + AGREEMENT, timeout=30)
        assert page.status_code == 200
        token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page.text).group(1)
        assert browser.post(f"{base}/sign-out", data={"csrf_token": token}, allow_redirects=False,
                            timeout=30).status_code == 302
        assert _statuses(base, dict(browser.cookies)) == [302] * ASKS
