"""Every route declares the permission it needs, and one place checks it."""

from __future__ import annotations

import pytest
from flask import Blueprint

from concord.domain.access import Permission
from concord.web.access import PUBLIC, route

#: the public register (pages, feeds, the OParl API): anyone may fetch them, and all read through
#: concord.services.published
PUBLIC_REGISTER = {
    "public.index", "public.decisions", "public.decision", "public.agreements", "public.agreement",
    "public.forums", "public.forum", "public.meeting", "public.paper", "public.file", "public.bodies",
    "public.body", "public.search", "public.data",
    "public_feeds.calendar", "public_feeds.register_csv", "public_feeds.register_metadata",
    "oparl.system", "oparl.openapi", "oparl.bodies", "oparl.body", "oparl.body_organizations",
    "oparl.body_meetings", "oparl.body_papers", "oparl.body_agenda_items", "oparl.body_files",
    "oparl.body_people", "oparl.body_memberships", "oparl.organization", "oparl.organization_meetings",
    "oparl.membership", "oparl.person", "oparl.meeting", "oparl.agenda_item", "oparl.paper", "oparl.file",
    "oparl.notices", "oparl.notice", "oparl.agreements", "oparl.agreement", "oparl.unknown",
}
#: the only pages anyone may fetch without signing in
PUBLIC_ENDPOINTS = {"auth.sign_in", "auth.sign_out", "assets.asset"} | PUBLIC_REGISTER
PUBLIC_PREFIXES = ("/public", "/api/v1")


def test_every_route_declares_a_permission(app) -> None:  # noqa: ANN001
    undeclared, public = [], set()
    for rule in app.url_map.iter_rules():
        needed = getattr(app.view_functions[rule.endpoint], "permission", None)
        if needed is PUBLIC:
            public.add(rule.endpoint)
        elif not isinstance(needed, Permission):
            undeclared.append(f"{rule.rule} ({rule.endpoint})")
    assert not undeclared, "routes without a Permission: " + ", ".join(undeclared)
    assert public == PUBLIC_ENDPOINTS


def test_the_public_register_is_all_under_its_prefixes_and_nothing_else_is_there(app) -> None:  # noqa: ANN001
    for rule in app.url_map.iter_rules():
        public = getattr(app.view_functions[rule.endpoint], "permission", None) is PUBLIC
        under = rule.rule.startswith(PUBLIC_PREFIXES)
        assert under == (rule.endpoint in PUBLIC_REGISTER), rule.rule
        assert not under or public, f"{rule.rule}: an officer's page under a public prefix"


def test_a_route_without_a_permission_is_refused(app) -> None:  # noqa: ANN001
    app.add_url_rule("/bare", "bare", lambda: "should never be served")
    with pytest.raises(RuntimeError, match="declares no permission"):
        app.test_client().get("/bare")


def test_a_permission_must_be_a_permission() -> None:
    with pytest.raises(TypeError):
        route(Blueprint("x", __name__), "/x", permission="register:record:read")


def test_signed_out_requests_go_to_sign_in(pages) -> None:  # noqa: ANN001
    for url in ("/", "/forces", "/users", "/users/new"):
        got = pages.get(url)
        assert got.status_code == 302 and got.headers["Location"].startswith("/sign-in?next=")


def test_unknown_page_is_a_404_page(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    got = pages.get("/no/such/page")
    assert got.status_code == 404 and got.soup.h1.get_text(strip=True) == "Page not found"


def test_a_viewer_may_read_but_not_administer(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer", "hertfordshire-opcc"))
    assert pages.get("/forces").status_code == 200
    for url in ("/users", "/users/new"):
        got = pages.get(url)
        assert got.status_code == 403
        assert got.soup.h1.get_text(strip=True) == "You do not have permission to see this page"
    token = pages.csrf_token("/forces")  # the sign-out form's
    assert pages.post("/users/new", {"csrf_token": token, "email": "x@example.test"}).status_code == 403


def test_navigation_links_only_to_pages_that_exist(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("administrator"))
    nav = pages.get("/").soup.select(".govuk-service-navigation__list a")
    labels = [a.get_text(strip=True) for a in nav]
    assert labels[0] == "Dashboard" and "Users" in labels and "Forces" in labels
    for a in nav:
        assert pages.get(a["href"]).status_code == 200, a["href"]


def test_navigation_hides_what_the_user_may_not_do(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    labels = [a.get_text(strip=True) for a in pages.get("/").soup.select(".govuk-service-navigation__list a")]
    assert "Forces" in labels and "Users" not in labels
