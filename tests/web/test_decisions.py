"""Decision notices in the browser's forms: draft, number, sign (an approver of the body
only), publish (only signed, only OFFICIAL), the register with its gaps and duplicates."""

from __future__ import annotations

import datetime as dt

import pytest

THIS_YEAR = dt.date.today().year


def _day(day: dt.date, name: str = "on") -> dict[str, list[str]]:
    """A date as GOV.UK's three boxes post it: one name, three values."""
    return {name: [str(day.day), str(day.month), str(day.year)]}


def _field(page, name: str) -> str:  # noqa: ANN001
    return page.soup.find(attrs={"name": name}).get("value", "")


def _draft(pages, **extra) -> str:  # noqa: ANN001, ANN003
    made = pages.submit("/decisions/new", {"body": "cambridgeshire", "subject": "Regional fleet contract",
                                           "decision": "The commissioner approves the contract.",
                                           "maker": "The Commissioner", "marking": "OFFICIAL", **extra})
    assert made.status_code == 302, made.soup.select_one(".govuk-error-summary") if made.status_code == 400 else made
    return made.headers["Location"]


def test_number_sign_and_publish_a_notice_which_the_public_register_then_shows(pages, new_pages, demo, register) -> None:  # noqa: ANN001
    from concord.services import published
    from concord.services.context import Actor, reading

    pages.sign_in(demo["editor"])
    draft_url = _draft(pages)
    page = pages.get(draft_url)
    assert page.soup.h1.get_text(strip=True).startswith("Draft ")
    assert "Draft" in page.soup.select_one(".govuk-tag").get_text()
    numbered = pages.submit(draft_url + "/number", _day(dt.date(2019, 9, 2)))
    assert numbered.status_code == 302
    url = numbered.headers["Location"]
    assert url == "/decisions/CPCC2019-011"  # the demo's notices run to 010
    shown = pages.get(url)
    assert "was given the next number: CPCC2019-011" in shown.soup.select_one(".govuk-notification-banner").get_text()
    assert "Sign this notice" not in shown.get_data(as_text=True)  # an editor does not sign
    assert pages.get(url + "/sign").status_code == 403
    approver = new_pages()
    approver.sign_in(demo["approver"])
    assert approver.submit(url + "/sign", _day(dt.date(2019, 9, 3))).status_code == 302
    with reading(register, Actor(name="the public", local_reader=True)) as ctx:
        assert "CPCC2019-011" not in [n.reference for n in published.decision_notices(ctx)]  # signed, not published
    done = pages.submit(url + "/publish", _day(dt.date(2019, 9, 4)))
    assert done.status_code == 302
    page = pages.get(url)
    assert "Published" in page.soup.select_one(".govuk-tag").get_text()
    assert "4 September 2019" in page.soup.get_text()
    with reading(register, Actor(name="the public", local_reader=True)) as ctx:
        public = {n.reference: n for n in published.decision_notices(ctx)}
    assert public["CPCC2019-011"].subject == "Regional fleet contract"
    assert public["CPCC2019-011"].signed_on == dt.date(2019, 9, 3)
    assert public["CPCC2019-011"].published_on == dt.date(2019, 9, 4)


def test_an_approver_of_another_body_cannot_sign(pages, new_pages, demo, make_user) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    numbered = pages.submit(_draft(pages) + "/number", _day(dt.date(2019, 9, 2)))
    url = numbered.headers["Location"]
    stranger = new_pages()
    stranger.sign_in(make_user("approver", "hertfordshire-opcc"))
    page = stranger.get(url)
    assert page.status_code == 200 and "Sign this notice" not in page.get_data(as_text=True)
    assert stranger.get(url + "/sign").status_code == 403
    token = stranger.csrf_token(url)  # the sign-out form's: a forged post with a valid token
    refused = stranger.post(url + "/sign", {"csrf_token": token, **_day(dt.date(2019, 9, 3))})
    assert refused.status_code == 403
    assert "Numbered" in pages.get(url).soup.select_one(".govuk-tag").get_text()


def test_only_a_signed_official_notice_is_published(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["approver"])
    draft_url = _draft(pages, marking="OFFICIAL-SENSITIVE", subject="Covert premises")
    early = pages.submit(draft_url + "/publish", _day(dt.date(2019, 9, 2)))
    assert early.status_code == 400
    assert "not signed" in early.soup.select_one(".govuk-error-summary").get_text()
    url = pages.submit(draft_url + "/number", _day(dt.date(2019, 9, 2))).headers["Location"]
    assert pages.submit(url + "/sign", _day(dt.date(2019, 9, 3))).status_code == 302
    page = pages.get(url)
    assert "never published" in page.soup.get_text() and "Publish this notice" not in page.get_data(as_text=True)
    refused = pages.submit(url + "/publish", _day(dt.date(2019, 9, 4)))
    assert refused.status_code == 400
    assert "is above OFFICIAL" in refused.soup.select_one(".govuk-error-summary").get_text()
    assert "Signed" in pages.get(url).soup.select_one(".govuk-tag").get_text()


def test_bad_input_comes_back_on_its_fields_with_the_input_kept(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    empty = pages.submit("/decisions/new", {"subject": "Kept words", "marking": "OFFICIAL"})
    assert [a["href"] for a in empty.soup.select(".govuk-error-summary a")] == ["#body", "#decision"]
    assert _field(empty, "subject") == "Kept words"
    assert empty.soup.title.get_text().startswith("Error: Draft a decision notice")
    draft_url = _draft(pages)
    bad = pages.submit(draft_url + "/number", {"on": ["31", "2", "2019"]})
    summary = bad.soup.select(".govuk-error-summary a")
    assert [a["href"] for a in summary] == ["#on"] and "real date" in summary[0].get_text()
    assert bad.soup.find(attrs={"name": "on", "id": "on-day"})["value"] == "31"
    url = pages.submit(draft_url + "/number", _day(dt.date(2019, 9, 2))).headers["Location"]
    approver = new_pages()
    approver.sign_in(demo["approver"])
    wrong_year = approver.submit(url + "/sign", _day(dt.date(2020, 1, 2)))
    assert wrong_year.status_code == 400
    assert "is not in 2019, the year of CPCC2019-011" in wrong_year.soup.select_one("#on-error").get_text()


def test_a_stale_edit_is_refused_and_the_input_kept(pages, demo, register) -> None:  # noqa: ANN001
    from concord.services import notices
    from concord.services.context import system_actor, unit_of_work

    pages.sign_in(demo["editor"])
    draft_url = _draft(pages)
    key = draft_url.rsplit("/", 1)[1]
    form = pages.get(draft_url + "/edit")
    token, seen = _field(form, "csrf_token"), _field(form, "version")
    with unit_of_work(register, system_actor("someone else")) as ctx:  # someone else saves first
        notices.edit(ctx, key, "Their subject", "Their decision")
    mine = {"csrf_token": token, "version": seen, "subject": "My subject", "decision": "My decision"}
    got = pages.post(draft_url + "/edit", mine)
    assert got.status_code == 400
    assert "Someone else changed this record" in got.soup.select_one(".govuk-error-summary").get_text()
    assert _field(got, "subject") == "My subject" and got.soup.find("textarea").get_text() == "My decision"
    assert _field(got, "version") != seen
    assert "Their subject" in pages.get(draft_url).soup.get_text()
    again = pages.post(draft_url + "/edit", {**mine, "version": _field(got, "version")})
    assert again.status_code == 302
    assert "My subject" in pages.get(draft_url).soup.get_text()


def test_the_register_shows_gaps_and_duplicates_in_the_numbering(pages, demo, concord) -> None:  # noqa: ANN001
    admin = demo["administrator"].email
    assert concord("notice", "add", "CPCC2019-013", "--body", "cambridgeshire", "--subject", "Later",
                   "--decision", "Approved.", "--signed", "2019-08-01", user=admin).code == 0
    pages.sign_in(demo["viewer"])
    page = pages.get("/decisions")
    text = page.soup.get_text(" ", strip=True)
    assert "CPCC 2019: missing numbers 11–12" in text
    rows = [tr.get_text(" ", strip=True) for tr in page.soup.select("tbody tr")]
    assert [r.split()[0] for r in rows] == [f"CPCC2019-{n:03d}" for n in range(7, 14)]
    assert rows[4].startswith("CPCC2019-011 Missing") and rows[5].startswith("CPCC2019-012 Missing")
    assert "Draft a decision notice" not in page.get_data(as_text=True)  # a viewer drafts nothing
    assert pages.get("/decisions?body=hertfordshire").status_code == 200
    assert pages.get("/decisions?body=nowhere").status_code == 404


@pytest.mark.parametrize("url", ["/decisions/CPCC2019-999", "/decisions/999999", "/decisions/99999999999999",
                                 "/decisions/CPCC2019-999/sign", "/decisions/nonsense/publish"])
def test_an_unknown_notice_is_a_404(pages, demo, url: str) -> None:  # noqa: ANN001
    pages.sign_in(demo["administrator"])
    assert pages.get(url).status_code == 404


def test_a_viewer_can_read_but_change_nothing(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get("/decisions/CPCC2019-008")
    assert page.status_code == 200 and page.soup.h1.get_text(strip=True) == "CPCC2019-008"
    assert not page.soup.select("main .govuk-button")
    for url in ("/decisions/new", "/decisions/CPCC2019-008/sign", "/decisions/CPCC2019-008/publish",
                "/decisions/CPCC2019-008/number", "/decisions/CPCC2019-008/edit"):
        assert pages.get(url).status_code == 403, url
    token = pages.csrf_token("/decisions")
    refused = pages.post("/decisions/new", {"csrf_token": token, "body": "hertfordshire", "subject": "x",
                                            "decision": "y", "marking": "OFFICIAL"})
    assert refused.status_code == 403
