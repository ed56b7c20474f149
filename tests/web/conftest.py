"""The web application under test: an app on the test's own database, and a
client that checks every page it fetches.

One check for every page a test fetches, in the client or the browser:
is it a sound GOV.UK page?

- exactly one <h1>;
- a <title> that starts with the <h1>'s text (after "Error: " when the
  page shows errors, as GOV.UK asks);
- no two elements with the same id;
- every input, select and textarea a person fills in has a label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup

from tests.web.browsing import browser, server  # noqa: F401  (the fixtures of every browser test)

_UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


def _text(node) -> str:  # noqa: ANN001
    return re.sub(r"\s+", " ", node.get_text(" ", strip=True)).strip()


def page_problems(html: str) -> list[str]:
    soup = BeautifulSoup(html, "lxml")
    problems = []
    h1s = soup.find_all("h1")
    if len(h1s) != 1:
        problems.append(f"{len(h1s)} <h1> elements, not one")
    title = _text(soup.title) if soup.title else ""
    if not title:
        problems.append("no <title>")
    elif len(h1s) == 1:
        heading = _text(h1s[0])
        if not title.removeprefix("Error: ").startswith(heading):
            problems.append(f"<title> {title!r} does not start with the <h1> {heading!r}")
        if title.startswith("Error: ") != bool(soup.select(".govuk-error-summary")):
            problems.append("<title> says 'Error: ' if and only if the page shows an error summary")
    ids = Counter(el["id"] for el in soup.find_all(id=True))
    problems += [f"id {i!r} is used {n} times" for i, n in ids.items() if n > 1]
    labelled = {label.get("for") for label in soup.find_all("label")}
    for field in soup.find_all(["input", "select", "textarea"]):
        if field.name == "input" and field.get("type", "text") in _UNLABELLED_TYPES:
            continue
        named = field.get("id") in labelled or field.get("aria-label") or field.get("aria-labelledby") \
            or field.find_parent("label") is not None
        if not named:
            problems.append(f"<{field.name} name={field.get('name')!r}> has no label")
    return problems


def assert_sound_page(html: str, where: str = "page") -> BeautifulSoup:
    problems = page_problems(html)
    assert not problems, f"{where}: " + "; ".join(problems)
    return BeautifulSoup(html, "lxml")




@dataclass(frozen=True)
class Account:
    email: str
    password: str
    role: str
    organisation: str


@pytest.fixture
def register(store):  # noqa: ANN001
    """The test's database with its reference data (forces, policing bodies, offices, organisations)."""
    from concord.services import database

    database.init(store)
    return store


@pytest.fixture
def make_user(register) -> Callable[..., Account]:  # noqa: ANN001
    """A factory: a user with a known password and one role."""
    from concord.services import users
    from concord.services.context import system_actor, unit_of_work

    def make(role: str = "viewer", organisation: str = "cambridgeshire-opcc",
             email: str | None = None, name: str | None = None) -> Account:
        email = email or f"{role}.{organisation}@example.test"
        password = f"pw-{role}-{organisation}-long"
        with unit_of_work(register, system_actor("test")) as ctx:
            users.add_user(ctx, email, name or f"{role.capitalize()} Person", password, organisation, role)
        return Account(email, password, role, organisation)

    return make


@pytest.fixture
def demo(register) -> dict[str, Account]:  # noqa: ANN001
    """The demo data set, loaded in this process; its accounts by role."""
    from concord import demo as demo_service
    from concord.demo import users as demo_users
    from concord.services.context import system_actor, unit_of_work

    with unit_of_work(register, system_actor("test demo")) as ctx:
        demo_service.load_demo(ctx.session)
        made = demo_users.load(ctx)
    return {a.role.value: Account(a.email, a.password, a.role.value, a.organisation) for a in made}


@pytest.fixture
def app(register, db_url):  # noqa: ANN001
    from concord.web import create_app

    app = create_app(db_url, secret_key="a test key, not secret", config={"TESTING": True})
    yield app
    app.extensions["concord.store"].dispose()


class PageClient:
    """Flask's test client, checking every HTML page it gets and posting forms with their CSRF token."""

    def __init__(self, client) -> None:  # noqa: ANN001
        self.client = client

    def _checked(self, response, where: str):  # noqa: ANN001, ANN202
        if response.mimetype == "text/html" and not 300 <= response.status_code < 400:
            response.soup = assert_sound_page(response.get_data(as_text=True), where)
        return response

    def get(self, url: str, **kw):  # noqa: ANN003, ANN201
        return self._checked(self.client.get(url, **kw), f"GET {url}")

    def post(self, url: str, data: dict | None = None, **kw):  # noqa: ANN003, ANN201
        return self._checked(self.client.post(url, data=data or {}, **kw), f"POST {url}")

    def csrf_token(self, url: str, **kw) -> str:  # noqa: ANN003
        page = self.get(url, **kw)
        field = page.soup.find("input", attrs={"name": "csrf_token"})
        assert field is not None, f"{url} has no form with a CSRF token"
        return field["value"]

    def submit(self, url: str, data: dict, **kw):  # noqa: ANN003, ANN201
        """Open the form at `url` and post `data` with its CSRF token, as a browser would
        (`base_url`, `environ_base` and `headers` apply to both requests)."""
        token = self.csrf_token(url, **kw)
        return self.post(url, {"csrf_token": token, **data}, **kw)

    def sign_in(self, account: Account):  # noqa: ANN201
        done = self.submit("/sign-in", {"email": account.email, "password": account.password})
        assert done.status_code == 302, f"signing in as {account.email} failed"
        return done


@pytest.fixture
def pages(app) -> PageClient:  # noqa: ANN001
    return PageClient(app.test_client())


@pytest.fixture
def new_pages(app) -> Callable[[], PageClient]:  # noqa: ANN001
    """Another browser: a client with its own cookies."""
    return lambda: PageClient(app.test_client())


def text_of(response) -> str:  # noqa: ANN001
    return re.sub(r"\s+", " ", BeautifulSoup(response.get_data(as_text=True), "lxml").get_text(" ", strip=True))


@pytest.fixture
def sound_page() -> Callable[[str, str], BeautifulSoup]:
    """The page check, for tests that fetch pages another way (a browser)."""
    return assert_sound_page
