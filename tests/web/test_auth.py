"""Signing in and out: argon2 passwords, session cookies, CSRF, throttling, headers."""

from __future__ import annotations

from concord.web.throttle import Throttle


def _cookie_header(response) -> str:  # noqa: ANN001
    return next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith("concord_session="))


def test_sign_in_takes_the_user_where_they_were_going(pages, make_user) -> None:  # noqa: ANN001
    who = make_user("editor")
    token = pages.csrf_token("/sign-in?next=/forces")
    got = pages.post("/sign-in?next=/forces", {"csrf_token": token, "email": who.email.upper(),
                                              "password": who.password})
    assert got.status_code == 302 and got.headers["Location"] == "/forces"
    page = pages.get("/forces")
    assert page.status_code == 200 and "Signed in as Editor Person" in page.get_data(as_text=True)


def test_a_wrong_password_is_refused_with_the_error_linked(pages, make_user) -> None:  # noqa: ANN001
    who = make_user("editor")
    got = pages.submit("/sign-in", {"email": who.email, "password": "not the password"})
    assert got.status_code == 400
    summary = got.soup.select_one(".govuk-error-summary a")
    assert summary["href"] == "#email" and "correct email address and password" in summary.get_text()
    assert got.soup.title.get_text().startswith("Error: Sign in")
    assert got.soup.find("input", id="email")["value"] == who.email  # what they typed is kept
    assert pages.get("/").status_code == 302


def test_an_empty_form_names_each_missing_field(pages, register) -> None:  # noqa: ANN001
    got = pages.submit("/sign-in", {"email": "", "password": ""})
    assert [a["href"] for a in got.soup.select(".govuk-error-summary a")] == ["#email", "#password"]


def test_session_cookie_is_httponly_lax_and_secure_only_over_https(new_pages, make_user) -> None:  # noqa: ANN001
    who = make_user("viewer")
    for base, secure in (("http://localhost", False), ("https://localhost", True)):
        got = new_pages().submit("/sign-in", {"email": who.email, "password": who.password}, base_url=base,
                                 headers={"Referer": f"{base}/sign-in"})  # CSRF checks the referrer over HTTPS
        cookie = _cookie_header(got)
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is secure, cookie
        if secure:
            assert "Strict-Transport-Security" in got.headers


def test_sign_out_ends_the_session(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    token = pages.csrf_token("/")
    assert pages.post("/sign-out", {"csrf_token": token}).headers["Location"] == "/sign-in"
    assert pages.get("/").status_code == 302


def test_unsafe_methods_are_refused_without_a_csrf_token(pages, make_user) -> None:  # noqa: ANN001
    admin = make_user("administrator")
    assert pages.post("/sign-in", {"email": admin.email, "password": admin.password}).status_code == 400
    pages.sign_in(admin)
    for url in ("/sign-out", "/users/new"):
        got = pages.post(url, {"email": "new@example.test", "name": "New", "password": "a long password",
                               "organisation": "cambridgeshire-opcc", "role": "viewer"})
        assert got.status_code == 400 and "The form had expired" in got.get_data(as_text=True)
    assert pages.get("/").status_code == 200  # still signed in
    assert "new@example.test" not in pages.get("/users").get_data(as_text=True)


def test_next_never_leads_off_the_site(pages, make_user) -> None:  # noqa: ANN001
    who = make_user("viewer")
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        client_page = pages.get(f"/sign-in?next={target}")
        token = client_page.soup.find("input", attrs={"name": "csrf_token"})["value"]
        got = pages.post(f"/sign-in?next={target}", {"csrf_token": token, "email": who.email,
                                                     "password": who.password})
        assert got.headers["Location"] == "/", target
        pages.post("/sign-out", {"csrf_token": pages.csrf_token("/")})


def test_a_disabled_user_is_signed_out_at_once(pages, make_user, register) -> None:  # noqa: ANN001
    from concord.services import users
    from concord.services.context import system_actor, unit_of_work

    who = make_user("editor")
    pages.sign_in(who)
    assert pages.get("/").status_code == 200
    with unit_of_work(register, system_actor("test")) as ctx:
        users.disable(ctx, who.email)
    assert pages.get("/").status_code == 302
    assert pages.submit("/sign-in", {"email": who.email, "password": who.password}).status_code == 400


def test_too_many_failures_for_one_account_lock_it_for_a_while(pages, new_pages, make_user, app) -> None:  # noqa: ANN001
    assert app.extensions["concord.throttle"].limits == {"account": 5, "address": 20}
    app.extensions["concord.throttle"] = Throttle(per_account=2, per_address=20)  # fewer slow argon2 checks
    who, other = make_user("editor"), make_user("viewer")
    for _ in range(2):
        assert pages.submit("/sign-in", {"email": who.email, "password": "wrong password"}).status_code == 400
    refused = pages.submit("/sign-in", {"email": who.email, "password": who.password})
    assert refused.status_code == 429 and "too many attempts" in refused.get_data(as_text=True)
    # the account is locked from every address; other accounts are not
    got = new_pages().submit("/sign-in", {"email": who.email, "password": who.password},
                             environ_base={"REMOTE_ADDR": "192.0.2.9"})
    assert got.status_code == 429
    assert pages.submit("/sign-in", {"email": other.email, "password": other.password}).status_code == 302


def test_too_many_failures_from_one_address_block_it(pages, make_user, app) -> None:  # noqa: ANN001
    app.extensions["concord.throttle"] = Throttle(per_account=100, per_address=3)
    who = make_user("viewer")
    for n in range(3):
        pages.submit("/sign-in", {"email": f"guess{n}@example.test", "password": "wrong password"})
    assert pages.submit("/sign-in", {"email": who.email, "password": who.password}).status_code == 429


def test_throttle_window_passes() -> None:
    now = [1000.0]
    throttle = Throttle(per_account=2, per_address=10, window_seconds=60, clock=lambda: now[0])
    throttle.failed("a", "1.1.1.1")
    assert throttle.wait_seconds("a", "1.1.1.1") == 0
    throttle.failed("a", "1.1.1.1")
    assert 0 < throttle.wait_seconds("a", "1.1.1.1") <= 61
    assert throttle.wait_seconds("b", "1.1.1.1") == 0
    now[0] += 61
    assert throttle.wait_seconds("a", "1.1.1.1") == 0
    throttle.failed("a", "1.1.1.1")
    throttle.succeeded("a")
    assert throttle.wait_seconds("a", "1.1.1.1") == 0


def test_security_headers_on_every_response_and_no_inline_script(pages, make_user) -> None:  # noqa: ANN001
    responses = [pages.get("/sign-in"), pages.get("/"), pages.get("/assets/concord.mjs")]
    pages.sign_in(make_user("viewer"))
    responses += [pages.get("/"), pages.get("/forces"), pages.get("/nope"), pages.get("/users")]
    for got in responses:
        csp = got.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert got.headers["X-Content-Type-Options"] == "nosniff"
        assert got.headers["X-Frame-Options"] == "DENY"
        assert got.headers["Referrer-Policy"] == "same-origin"
        if got.mimetype == "text/html" and got.status_code != 302:
            scripts = got.soup.find_all("script")
            assert scripts and all(s.get("src") and not s.string for s in scripts)
            assert not got.soup.select("[style]") and not got.soup.select("[onclick], [onload]")
    assert responses[-2].status_code == 404 and responses[-1].status_code == 403
    assert responses[3].headers["Cache-Control"] == "no-store"
