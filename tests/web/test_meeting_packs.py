"""The "Download agenda pack" buttons on a meeting's page: the same pack as `concord pack`."""

from __future__ import annotations

import pytest

NAME = "cambridgeshire-bcb-2016-12-16-agenda-pack"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_meetings_page_serves_the_pack(pages, demo, fmt: str) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    index = pages.get("/meetings?forum=cambridgeshire-bcb")
    link = next(a for a in index.soup.select("tbody a") if a.get_text("", strip=True).startswith("16 December 2016"))
    page = pages.get(link["href"])
    button = page.soup.find("a", string=lambda s: s and f"({'PDF' if fmt == 'pdf' else 'Word'})" in s)
    got = pages.get(button["href"])
    assert got.status_code == 200
    assert got.headers["Content-Disposition"].endswith(f'{NAME}.{fmt}"')
    assert got.data[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
