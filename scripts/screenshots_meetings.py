"""Screenshots of the meetings and actions pages for docs/ (the set-up is `screenshots.py`'s).

    .venv/bin/python scripts/screenshots_meetings.py   # writes docs/web-meeting.png, docs/web-actions.png
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

DOCS = screenshots.ROOT / "docs"


def shoot(url: str, email: str, password: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=screenshots.FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        page.goto(f"{url}/sign-in")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("button:has-text('Sign in')")
        page.goto(f"{url}/meetings?forum=cambridgeshire-bcb")
        page.click("a:has-text('10 November 2016')")
        page.wait_for_selector("h1")
        page.screenshot(path=DOCS / "web-meeting.png", full_page=True)
        page.goto(f"{url}/actions?status=all")
        page.screenshot(path=DOCS / "web-actions.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    screenshots.shoot = shoot
    screenshots.main()
