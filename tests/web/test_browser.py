"""The real application in headless Chromium: a gunicorn server started by
`concord serve` on this test's database, Debian's chromium driven by
Playwright (no browser download), axe-core from npm injected into each page.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CONCORD = Path(sys.executable).with_name("concord")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
#: WCAG 2.0, 2.1 and 2.2 at levels A and AA
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
ACCOUNT = re.compile(r"^Demo account: (\S+) password (\S+) \((\w+), (\S+)\)$", re.M)


def _need(path: Path, what: str) -> None:
    if not path.exists():
        message = f"{what} is not installed at {path} (the test set-up installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass(frozen=True)
class Server:
    url: str
    accounts: dict[str, tuple[str, str]]  # role → (email, password)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(concord, db_url, tmp_path) -> Iterator[Server]:  # noqa: ANN001
    """`concord demo` then `concord serve` on a free port, stopped after the test."""
    demo = concord("demo")
    assert demo.code == 0, demo.err
    accounts = {role: (email, password) for email, password, role, _ in ACCOUNT.findall(demo.out)}
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_SECRET_KEY")}
    env["CONCORD_DATABASE_URL"] = db_url
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen([str(CONCORD), "serve", "--port", str(port)], env=env, cwd=tmp_path,
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("concord serve did not start: " + (tmp_path / "server.log").read_text())
            time.sleep(0.2)
    yield Server(f"http://127.0.0.1:{port}", accounts)
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    _need(CHROMIUM, "Debian's chromium")
    _need(AXE, "axe-core (npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def _sign_in(page, server: Server, role: str) -> None:  # noqa: ANN001
    email, password = server.accounts[role]
    page.goto(f"{server.url}/sign-in")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Dashboard')")


def _axe(page) -> list[str]:  # noqa: ANN001
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("opts => axe.run(document, opts)", {"runOnly": {"type": "tag", "values": WCAG}})
    assert len(result["passes"]) > 10, "axe-core checked next to nothing"
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


def test_every_page_type_has_no_wcag_22_a_or_aa_violation(server, browser, sound_page) -> None:  # noqa: ANN001
    context = browser.new_context(bypass_csp=True)  # to inject axe-core; the CSP itself is tested below
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def scan(name: str) -> None:
        sound_page(page.content(), name)
        found[name] = _axe(page)

    page.goto(f"{server.url}/sign-in")
    scan("sign in")
    page.click("button:has-text('Sign in')")  # empty: the error summary
    page.wait_for_selector(".govuk-error-summary")
    scan("sign in with errors")
    _sign_in(page, server, "administrator")
    scan("dashboard")
    page.goto(f"{server.url}/?as-of=2021-01-15")
    scan("dashboard with findings")
    for name, path in [("forces", "/forces"), ("force", "/forces/cambridgeshire"),
                       ("policing bodies", "/policing-bodies"), ("policing body", "/policing-bodies/cambridgeshire"),
                       ("alliances", "/alliances"), ("functions", "/functions"), ("users", "/users"),
                       ("add a user", "/users/new"), ("not found", "/no/such/page")]:
        page.goto(server.url + path)
        scan(name)
    for name, selector in [("alliance", "tbody a"), ("function", None), ("user", "tbody a")]:
        page.goto(server.url + {"alliance": "/alliances", "function": "/functions", "user": "/users"}[name])
        page.click(selector or "tbody a")
        page.wait_for_load_state()
        scan(name)
    page.click("a:has-text('Change')")
    scan("set a role")
    page.goto(f"{server.url}/users/new")
    page.click("button:has-text('Add user')")
    page.wait_for_selector(".govuk-error-summary")
    scan("add a user with errors")
    context.close()
    viewer = browser.new_context(bypass_csp=True).new_page()
    _sign_in(viewer, server, "viewer")
    viewer.goto(f"{server.url}/users")
    page = viewer
    scan("forbidden")
    viewer.context.close()
    problems = {name: v for name, v in found.items() if v}
    assert not problems, problems
    assert len(found) >= 18


def test_sign_in_and_out_by_keyboard_alone_under_the_csp(server, browser) -> None:  # noqa: ANN001
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    email, password = server.accounts["editor"]

    def tab_to(test: str, limit: int = 40) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"() => {{ const el = document.activeElement; return {test}; }}"):
                return
        raise AssertionError(f"no element reached by Tab satisfies {test}")

    first = page.goto(server.url + "/")
    assert page.url.startswith(f"{server.url}/sign-in")
    assert first.headers["server"].startswith("gunicorn")  # never a development server
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    tab_to("el.id === 'email'")
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "password"
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Dashboard')")
    # GOV.UK Frontend's script ran, from our own origin, under the strict CSP
    assert page.evaluate("document.body.classList.contains('js-enabled')")
    tab_to("el.textContent.trim() === 'Sign out'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Sign in')")
    page.goto(server.url + "/forces")
    assert page.url.startswith(f"{server.url}/sign-in")
    assert not errors, errors
    context.close()
