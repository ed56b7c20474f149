"""Screenshots of Papers in: the upload page after an upload, and a record under review.

    .venv/bin/python scripts/screenshots_papers.py SEEDS_FOLDER     # writes docs/web-papers.png, docs/web-review.png

Makes a demo register in a temporary directory, serves it with `concord
serve`, uploads a seed paper (as DOCX) as the demo's editor, waits for it
to be read, and photographs the pages in Debian's headless chromium.
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
sys.path.insert(0, str(ROOT))
from scripts.screenshots import CONCORD, FLAGS  # noqa: E402
from tests.web.papers_files import seed_docx  # noqa: E402


def main(seeds: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CONCORD_DATABASE_URL": f"sqlite:///{tmp}/concord.db", "CONCORD_JOB_POLL_SECONDS": "0.5"}
        env.pop("CONCORD_USER", None)
        demo = subprocess.run([CONCORD, "demo"], env=env, check=True, capture_output=True, text=True).stdout
        email, password = re.search(r"^Demo account: (\S+) password (\S+) \(editor", demo, re.M).groups()
        paper = Path(tmp) / "collaboration-update-2016-09-21.docx"
        paper.write_bytes(seed_docx(seeds))
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
            shoot(f"http://127.0.0.1:{port}", email, password, paper)
        finally:
            server.terminate()
            server.wait(timeout=20)


def shoot(url: str, email: str, password: str, paper: Path) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        page.goto(f"{url}/sign-in")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("button:has-text('Sign in')")
        page.goto(f"{url}/papers")
        page.set_input_files("#papers", str(paper))
        page.click("button:has-text('Upload and read')")
        page.wait_for_selector("h1:has-text('Your papers have been read')", timeout=120_000)
        page.click("li a:has-text('Report')")
        page.wait_for_selector("h2:has-text('The record')")
        page.click("#field-date a:has-text('Correct')")
        page.fill("#value", "2016-09-21")
        page.click("button:has-text('Save the correction')")
        page.click("#field-to button:has-text('Accept')")
        page.wait_for_load_state()
        page.screenshot(path=ROOT / "docs" / "web-review.png", full_page=True)
        page.goto(f"{url}/papers")
        page.screenshot(path=ROOT / "docs" / "web-papers.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds")
