"""Crawl everything the public can reach: every link from /public, every URL in
the OParl API from /api/v1, the feeds. Each HTML page passes the page check;
nothing gives a 5xx."""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.web.conftest import assert_sound_page

STARTS = ("/public", "/api/v1", "/api/v1/openapi.json")
PREFIXES = ("/public", "/api/v1")
HOST = "http://localhost"


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    mimetype: str
    body: str


def _inside(url: str, base: str) -> str | None:
    full = urljoin(HOST + base, url)
    parts = urlsplit(full)
    if f"{parts.scheme}://{parts.netloc}" != HOST:
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return path if parts.path.startswith(PREFIXES) else None


def _strings(data: object):  # noqa: ANN202
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def links_of(page: Fetched) -> list[str]:
    found: list[str] = []
    if page.mimetype == "text/html":
        soup = BeautifulSoup(page.body, "lxml")
        found += [a["href"] for a in soup.find_all(["a", "link"], href=True)]
        found += [f["action"] + "?" for f in soup.find_all("form", action=True) if f.get("method", "get") == "get"]
    elif page.mimetype in ("application/json", "application/csvm+json"):
        data = json.loads(page.body)
        found += [s for s in _strings(data) if s.startswith(HOST)]
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            found.append(data["url"])
    elif page.mimetype == "text/calendar":
        found += re.findall(r"^URL[^:]*:(\S+)", page.body.replace("\r\n ", ""), re.M)
    return [u for u in (_inside(x, page.url) for x in found) if u]


def crawl(client, extra: tuple[str, ...] = (), limit: int = 5000) -> dict[str, Fetched]:  # noqa: ANN001
    """Every public URL reachable from the start pages (and `extra`), fetched once."""
    seen: dict[str, Fetched] = {}
    queue = deque([*STARTS, *extra])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        assert len(seen) < limit, "the crawl does not end"
        response = client.get(url)
        page = Fetched(url, response.status_code, response.mimetype, response.get_data().decode("utf-8", "replace"))
        seen[url] = page
        assert page.status < 500, f"{url} gave {page.status}"
        if page.mimetype == "text/html" and page.status == 200:
            assert_sound_page(page.body, url)
        if response.headers.get("Link"):
            queue += [u for u in (_inside(x, url) for x in re.findall(r"<([^>]+)>", response.headers["Link"])) if u]
        queue += [u for u in links_of(page) if u not in seen]
    return seen


def everything(pages: dict[str, Fetched]) -> str:
    """All that was fetched, URLs and bodies, as one text to search."""
    return "\n".join(f"{p.url}\n{p.body}" for p in pages.values())


@pytest.fixture(scope="module")
def demo_api(module_store):  # noqa: ANN001, ANN201
    """A test client on one demo register shared by a module's read-only tests."""
    from concord import demo as demo_service
    from concord.services import database
    from concord.services.context import system_actor, unit_of_work
    from concord.web import create_app

    database.init(module_store)
    with unit_of_work(module_store, system_actor("test demo")) as ctx:
        demo_service.load_demo(ctx.session)
    url = module_store.engine.url.render_as_string(hide_password=False)
    app = create_app(url, secret_key="a test key, not secret", config={"TESTING": True})
    yield app.test_client()
    app.extensions["concord.store"].dispose()
