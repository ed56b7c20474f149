"""Screenshots of the web application for the README and docs/.

    .venv/bin/python scripts/screenshots.py        # writes docs/web-*.png

Makes a demo register in a temporary directory, serves it with
`concord serve` on a free port, and photographs the pages in Debian's
headless chromium (Playwright, no browser download).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CONCORD = Path(sys.executable).with_name("concord")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CONCORD_DATABASE_URL": f"sqlite:///{tmp}/concord.db"}
        env.pop("CONCORD_USER", None)
        subprocess.run([CONCORD, "init"], env=env, check=True, capture_output=True)
        demo = subprocess.run([CONCORD, "demo"], env=env, check=True, capture_output=True, text=True).stdout
        email, password = re.search(r"^Demo account: (\S+) password (\S+) \(administrator", demo, re.M).groups()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([CONCORD, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            shoot(f"http://127.0.0.1:{port}", email, password)
        finally:
            server.terminate()
            server.wait(timeout=20)


def shoot(url: str, email: str, password: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        page.goto(f"{url}/sign-in")
        page.screenshot(path=ROOT / "docs" / "web-sign-in.png")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("button:has-text('Sign in')")
        page.goto(f"{url}/?as-of=2021-01-15")
        page.screenshot(path=ROOT / "docs" / "web-dashboard.png", full_page=True)
        page.goto(f"{url}/agreements?as-of=2021-01-15")
        page.screenshot(path=ROOT / "docs" / "web-agreements.png", full_page=True)
        page.goto(f"{url}/agreements/seven-force?as-of=2021-01-15&year=2016")
        # the top of the page: its terms, the warning about renewals and the parties
        page.screenshot(path=ROOT / "docs" / "web-agreement.png", full_page=True,
                        clip={"x": 0, "y": 0, "width": 1100, "height": 2000})
        page.goto(f"{url}/decisions")
        page.screenshot(path=ROOT / "docs" / "web-decisions.png", full_page=True)
        page.goto(f"{url}/projects/bch-ict")
        page.screenshot(path=ROOT / "docs" / "web-project.png", full_page=True)
        page.goto(f"{url}/search?q=Single+Online+Home")
        page.screenshot(path=ROOT / "docs" / "web-search.png", full_page=True)
        page.goto(f"{url}/history/agreement/seven-force")
        page.screenshot(path=ROOT / "docs" / "web-history.png", clip={"x": 0, "y": 0, "width": 1100, "height": 1400})
        page.goto(f"{url}/capital/cambridgeshire/2016")  # the programme, its balance and its chart
        page.screenshot(path=ROOT / "docs" / "web-capital.png", full_page=True)
        page.goto(f"{url}/savings?alliance=bch")  # predicted against delivered, spend beside, the chart
        page.screenshot(path=ROOT / "docs" / "web-savings.png", full_page=True)
        public = browser.new_page(viewport={"width": 1100, "height": 800})  # not signed in
        public.goto(f"{url}/public/meetings/forums/cambridgeshire-bcb")
        with public.expect_navigation():
            public.click("a:has-text('16 December 2016')")
        public.screenshot(path=ROOT / "docs" / "web-public.png", full_page=True)
        public.goto(f"{url}/public/agreements/ersou")  # rule 15: a marked agreement's published summary
        public.screenshot(path=ROOT / "docs" / "web-public-summary.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
