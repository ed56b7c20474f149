"""Users administration: list, add, set a role, disable — through the services."""

from __future__ import annotations


def _field_value(page, name: str) -> str:  # noqa: ANN001
    return page.soup.find(attrs={"name": name}).get("value", "")


def test_administrator_adds_a_user_who_can_then_sign_in(pages, new_pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("administrator"))
    listed = pages.get("/users")
    assert "administrator.cambridgeshire-opcc@example.test" in listed.get_data(as_text=True)
    made = pages.submit("/users/new", {"name": "Nia New", "email": "Nia@Example.test", "password": "a long password",
                                       "organisation": "kent-opcc", "role": "editor"})
    assert made.status_code == 302
    page = pages.get(made.headers["Location"])
    assert page.soup.h1.get_text(strip=True) == "Nia New"
    assert "Nia New (nia@example.test) was added." in page.soup.select_one(".govuk-notification-banner").get_text()
    assert "Editor, Office of the Police and Crime Commissioner for Kent" in page.soup.get_text(" ", strip=True)
    signed = new_pages().submit("/sign-in", {"email": "nia@example.test", "password": "a long password"})
    assert signed.status_code == 302


def test_a_refused_user_comes_back_with_the_error_on_its_field_and_the_input_kept(pages, make_user) -> None:  # noqa: ANN001
    admin = make_user("administrator")
    pages.sign_in(admin)
    got = pages.submit("/users/new", {"name": "Second Admin", "email": admin.email, "password": "a long password",
                                      "organisation": "kent-opcc", "role": "viewer"})
    assert got.status_code == 400
    summary = got.soup.select(".govuk-error-summary a")
    assert [a["href"] for a in summary] == ["#email"]
    assert "is already a user of the register" in summary[0].get_text()
    assert got.soup.select_one("#email-error") is not None
    assert _field_value(got, "name") == "Second Admin"
    assert got.soup.find("option", selected=True)["value"] == "kent-opcc"
    short = pages.submit("/users/new", {"name": "Shorty", "email": "s@example.test", "password": "short",
                                        "organisation": "kent-opcc", "role": "viewer"})
    assert [a["href"] for a in short.soup.select(".govuk-error-summary a")] == ["#password"]
    assert "at least 10 characters" in short.soup.select_one(".govuk-error-summary").get_text()
    empty = pages.submit("/users/new", {})
    assert [a["href"] for a in empty.soup.select(".govuk-error-summary a")] == [
        "#name", "#email", "#password", "#organisation", "#role"]
    assert "s@example.test" not in pages.get("/users").get_data(as_text=True)


def test_set_a_role_and_disable(pages, make_user, register) -> None:  # noqa: ANN001
    admin, other = make_user("administrator"), make_user("viewer", "kent-opcc")
    pages.sign_in(admin)
    user_id = _user_id(pages, other.email)
    done = pages.submit(f"/users/{user_id}/role", {"organisation": "kent-opcc", "role": "approver"})
    assert done.status_code == 302
    assert "Approver, Office of the Police and Crime Commissioner for Kent" in \
        pages.get(f"/users/{user_id}").soup.get_text(" ", strip=True)
    gone = pages.submit(f"/users/{user_id}/disable", {})
    assert gone.status_code == 302
    shown = pages.get(f"/users/{user_id}")
    assert "Disabled: cannot sign in" in shown.soup.get_text(" ", strip=True)
    assert pages.get("/users/999999").status_code == 404


def test_a_stale_role_change_is_refused_and_the_input_kept(pages, make_user, register) -> None:  # noqa: ANN001
    from concord.services import users
    from concord.services.context import system_actor, unit_of_work

    admin, other = make_user("administrator"), make_user("viewer", "kent-opcc")
    pages.sign_in(admin)
    user_id = _user_id(pages, other.email)
    form = pages.get(f"/users/{user_id}/role")
    token, seen = _field_value(form, "csrf_token"), _field_value(form, "version")
    with unit_of_work(register, system_actor("someone else")) as ctx:  # someone else saves first
        users.set_password(ctx, other.email, "another long password")
    got = pages.post(f"/users/{user_id}/role", {"csrf_token": token, "version": seen,
                                                "organisation": "essex-opcc", "role": "editor"})
    assert got.status_code == 400
    assert "Someone else changed this record" in got.soup.select_one(".govuk-error-summary").get_text()
    assert got.soup.find("option", selected=True)["value"] == "essex-opcc"
    assert got.soup.find("input", attrs={"name": "role", "checked": True})["value"] == "editor"
    assert _field_value(got, "version") != seen  # submitting again applies the change to the record as it is now
    assert "Essex" not in pages.get(f"/users/{user_id}").soup.get_text()
    again = pages.post(f"/users/{user_id}/role", {"csrf_token": token, "version": _field_value(got, "version"),
                                                  "organisation": "essex-opcc", "role": "editor"})
    assert again.status_code == 302


def test_an_administrator_cannot_disable_themself(pages, make_user) -> None:  # noqa: ANN001
    admin = make_user("administrator")
    pages.sign_in(admin)
    user_id = _user_id(pages, admin.email)
    assert "Disable this user" not in pages.get(f"/users/{user_id}").get_data(as_text=True)
    got = pages.submit(f"/users/{user_id}/disable", {})
    assert got.status_code == 400
    assert "cannot disable themself" in got.soup.select_one(".govuk-error-summary").get_text()
    assert pages.get("/").status_code == 200


def _user_id(pages, email: str) -> int:  # noqa: ANN001
    listing = pages.get("/users")
    row = next(tr for tr in listing.soup.select("tbody tr") if email in tr.get_text())
    return int(row.find("a")["href"].rsplit("/", 1)[1])
