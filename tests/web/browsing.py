"""The real application in headless Chromium, shared by every browser test: a gunicorn server
started by `concord serve` on the test's database, Debian's chromium driven by Playwright (no
browser download), axe-core from npm injected into a page, and a person who moves by keyboard.

The fixtures `server` and `browser` are offered to every test under tests/web by its conftest.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(concord, db_url, tmp_path, *options: str,  # noqa: ANN001
            env: dict[str, str] | None = None) -> Iterator[Server]:
    """`concord demo` then `concord serve [options]` (with `env` added to its environment) on a
    free port, stopped on leaving."""
    demo = concord("demo")
    assert demo.code == 0, demo.err
    accounts = {role: (email, password) for email, password, role, _ in ACCOUNT.findall(demo.out)}
    port = free_port()
    added = env or {}
    env = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_SECRET_KEY")}
    env["CONCORD_DATABASE_URL"] = db_url
    env.update(added)
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen([str(CONCORD), "serve", "--port", str(port), *options], env=env, cwd=tmp_path,
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
    try:
        yield Server(f"http://127.0.0.1:{port}", accounts)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture
def server(concord, db_url, tmp_path) -> Iterator[Server]:  # noqa: ANN001
    """`concord demo` then `concord serve` on a free port, stopped after the test."""
    with serving(concord, db_url, tmp_path) as running:
        yield running


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    _need(CHROMIUM, "Debian's chromium")
    _need(AXE, "axe-core (npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def click_to(page, selector: str) -> None:  # noqa: ANN001
    """Click a link or a submit button and wait for the page it leads to, so that what is read
    next is that page and never the blank one between two pages."""
    with page.expect_navigation():
        page.click(selector)


def sign_in(page, server: Server, role: str) -> None:  # noqa: ANN001
    email, password = server.accounts[role]
    page.goto(f"{server.url}/sign-in")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Dashboard')")


def axe(page) -> list[str]:  # noqa: ANN001
    """axe-core's WCAG 2.2 A and AA violations on the page as it is now, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("opts => axe.run(document, opts)", {"runOnly": {"type": "tag", "values": WCAG}})
    assert len(result["passes"]) > 10, "axe-core checked next to nothing"
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


class Scan:
    """Each page visited is checked as a sound GOV.UK page and run through axe; `found` holds each page's
    violations by name."""

    def __init__(self, page, server: Server, sound_page: Callable[..., object]) -> None:  # noqa: ANN001
        self.page, self.server, self.sound_page = page, server, sound_page
        self.found: dict[str, list[str]] = {}

    def __call__(self, name: str) -> None:
        """Check the page as it is now."""
        self.sound_page(self.page.content(), name)
        self.found[name] = axe(self.page)

    def visit(self, name: str, path: str) -> None:
        self.page.goto(self.server.url + path)
        self(name)


def console_errors(page) -> list[str]:  # noqa: ANN001
    """A list that fills with the page's script errors and console errors from now on."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


class Keyboard:
    """A person with a keyboard and no mouse: Tab to a control, type, press keys. When a
    `sound_page` check is given, every page reached by `follow` is checked with it."""

    def __init__(self, page, sound_page: Callable[..., object] | None = None) -> None:  # noqa: ANN001
        self.page, self.sound_page = page, sound_page

    def tab_to(self, test: str, limit: int = 200) -> None:
        """Press Tab until the focused element `el` satisfies the JavaScript test."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate(f"() => {{ const el = document.activeElement; return !!({test}); }}"):
                return
        raise AssertionError(f"no element reached by Tab satisfies {test} on {self.page.url}")

    def follow(self, text: str) -> None:
        """Tab to the link or button with this text and press Enter; wait for the next page."""
        self.tab_to(f"el.textContent.trim().replace(/\\s+/g, ' ') === {text!r}")
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")
        if self.sound_page is not None:
            self.sound_page(self.page.content(), self.page.url)

    def fill(self, field_id: str, text: str) -> None:
        self.tab_to(f"el.id === {field_id!r}")
        self.page.keyboard.type(text)

    def choose(self, field_id: str, value: str) -> None:
        """A select: focus it and move with the arrow keys until it shows `value`."""
        self.tab_to(f"el.id === {field_id!r}")
        for _ in range(40):
            if self.page.evaluate("document.activeElement.value") == value:
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"{field_id} has no option {value}")

    def check(self, field_id: str) -> None:
        """A checkbox or radio: focus it and press Space."""
        self.tab_to(f"el.id === {field_id!r}")
        self.page.keyboard.press("Space")
        assert self.page.evaluate("document.activeElement.checked")

    def text(self) -> str:
        return re.sub(r"\s+", " ", self.page.inner_text("main"))
