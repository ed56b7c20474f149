"""The agenda pack from a meeting's page in headless Chromium: the "Download agenda pack (PDF)" button
gives the pack of that meeting, and the page with its buttons passes axe; the revenue month page shows
the forecast variance by group as a chart with a text alternative.

The server and browser are the fixtures of `browsing.py` (`concord serve` on a demo register, Debian's
chromium through Playwright, axe-core from npm).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.web.browsing import axe, click_to, sign_in


def _first_page(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def test_a_viewer_downloads_the_december_2016_agenda_pack_from_the_meetings_page(server, browser, sound_page,
                                                                                 tmp_path) -> None:  # noqa: ANN001
    context = browser.new_context(accept_downloads=True, bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, "viewer")
    page.goto(f"{server.url}/meetings?forum=cambridgeshire-bcb")
    click_to(page, "tbody a:has-text('16 December 2016')")
    page.wait_for_selector("a:has-text('Download agenda pack (PDF)')")
    sound_page(page.content(), page.url)
    assert axe(page) == []
    with page.expect_download(timeout=120_000) as got:
        page.click("a:has-text('Download agenda pack (PDF)')")
    saved = tmp_path / got.value.suggested_filename
    got.value.save_as(saved)
    assert saved.name == "cambridgeshire-bcb-2016-12-16-agenda-pack.pdf"
    assert saved.read_bytes()[:4] == b"%PDF"
    first = _first_page(saved)
    assert "Business Coordination Board" in first and "16 December 2016" in first, first
    # the revenue month: the chart of the forecast variance by group, described for those who cannot see it
    page.goto(f"{server.url}/finance/revenue/cambridgeshire/2016/6")
    chart = page.locator("figure.concord-chart img")
    assert chart.count() == 1
    assert "Employee costs" in (chart.get_attribute("alt") or "")
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0")  # the SVG is drawn under the CSP's img-src
    sound_page(page.content(), page.url)
    assert axe(page) == []
    assert errors == []
    context.close()
