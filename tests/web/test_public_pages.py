"""The public register's pages on the demo: what a member of the public, a
journalist or a panel officer looks for, each page a sound GOV.UK page."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.web.conftest import text_of


@pytest.fixture
def public(demo, pages):  # noqa: ANN001, ANN201
    return pages


def test_no_sign_in_is_needed_and_the_home_page_links_every_part(public) -> None:  # noqa: ANN001
    got = public.get("/public")
    assert got.status_code == 200
    nav = [a.get_text(strip=True) for a in got.soup.select(".govuk-service-navigation__list a")]
    assert nav == ["Home", "Decisions", "Agreements", "Meetings", "What is published", "Search", "Open data"]
    for a in got.soup.select(".govuk-service-navigation__list a"):
        assert public.get(a["href"]).status_code == 200


def test_decisions_by_body_and_year(public) -> None:  # noqa: ANN001
    got = public.get("/public/decisions?body=cambridgeshire&year=2019")
    caption = got.soup.select_one("caption").get_text(strip=True)
    assert "Cambridgeshire" in caption and "2019" in caption
    refs = [a.get_text(strip=True) for a in got.soup.select("tbody a")]
    assert refs == ["CPCC2019-010", "CPCC2019-009", "CPCC2019-008", "CPCC2019-007"]
    assert "No decision notices" in text_of(public.get("/public/decisions?body=cambridgeshire&year=2018"))
    assert public.get("/public/decisions?year=nineteen").status_code == 400
    assert public.get("/public/decisions?body=atlantis").status_code == 404
    notice = text_of(public.get("/public/decisions/CPCC2019-008"))
    for part in ("Amended section 22A agreement: Chiltern Transport Consortium", "Jason Ablewhite",
                 "16 May 2019", "British Transport Police joins"):
        assert part in notice
    assert "The paper behind it" in notice and "Section 22A agreement: Chiltern Transport Consortium (amended)" in notice


def test_an_agreement_shows_its_rule_15_summary_parties_and_versions(public) -> None:  # noqa: ANN001
    got = public.get("/public/agreements/seven-force")
    keys = [k.get_text(strip=True) for k in got.soup.select(".govuk-summary-list__key")]
    assert keys[:7] == ["Title", "Objective", "Scope", "Term", "Termination", "Direction and control", "Governance"]
    text = text_of(got)
    assert "Parties" in text and "Versions" in text and "Review due" in text
    assert "CPCC2019-007" in text  # the notice that approved its latest version
    assert public.get("/public/agreements/no-such-agreement").status_code == 404


def test_an_agreement_marked_above_official_is_published_as_its_approved_summary_only(public, db_url) -> None:  # noqa: ANN001
    """Rule 15: the demo's ERSOU agreement is OFFICIAL-SENSITIVE; its summary is what the public reads."""
    listed = public.get("/public/agreements")
    row = next(tr for tr in listed.soup.select("tbody tr") if "Eastern Region Special Operations Unit" in tr.get_text())
    assert row.a["href"] == "/public/agreements/ersou" and "Published as a summary" in row.get_text()
    got = public.get("/public/agreements/ersou")
    keys = [k.get_text(strip=True) for k in got.soup.select(".govuk-summary-list__key")]
    assert keys == ["Title", "Objective", "Scope", "Term", "Termination", "Direction and control", "Governance",
                    "Status"]
    text = text_of(got)
    assert "twelve months' notice" in text and "approved for publication on 3 May 2016" in text
    for secret in ("Operations Unit collaboration agreement", "as made in 2016", "Parties", "Versions"):
        assert secret not in text, secret  # the marked agreement's own title, versions and parties
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:  # the summary raised above OFFICIAL: nothing of it is left
        conn.execute(sa.text("UPDATE agreement_summary SET marking = 'OFFICIAL-SENSITIVE'"))
    engine.dispose()
    assert public.get("/public/agreements/ersou").status_code == 404
    assert "Eastern Region Special Operations Unit" not in text_of(public.get("/public/agreements"))


def test_a_meeting_shows_agenda_papers_approved_minutes_or_that_they_await_approval(public) -> None:  # noqa: ANN001
    forum = public.get("/public/meetings/forums/cambridgeshire-bcb")
    links = {a.get_text(strip=True): a["href"] for a in forum.soup.select("tbody a")}
    sept = text_of(public.get(links["21 September 2016"]))
    assert "Approved on 10 November 2016" in sept and "Minutes of 21 September 2016" in sept
    dec = public.get(links["16 December 2016"])
    assert "awaiting approval" in text_of(dec)
    assert any("Paper" in a.get_text() for a in dec.soup.select("tbody a"))
    paper = public.get(next(a["href"] for a in dec.soup.select("tbody a") if "/public/papers/" in a["href"]))
    assert paper.status_code == 200 and "Recommendations" in text_of(paper)
    for url in ("/public/meetings/999999", "/public/meetings/9223372036854775808", "/public/papers/99999999999",
                "/public/files/9223372036854775808"):
        assert public.get(url).status_code == 404, url


def test_the_checklist_as_at_a_day_counts_minutes_only_once_approved(public) -> None:  # noqa: ANN001
    # the minutes of 10 November 2016 were approved on 16 December: not public on 1 December
    before = text_of(public.get("/public/bodies/cambridgeshire?as-of=2016-12-01"))
    after = text_of(public.get("/public/bodies/cambridgeshire?as-of=2016-12-17"))
    assert "As at 1 December 2016" in before
    assert "1 sets of minutes published" in before and "2 sets of minutes published" in after
    assert public.get("/public/bodies/cambridgeshire?as-of=yesterday").status_code == 400


def test_the_publication_checklist_of_rule_17(public, monkeypatch) -> None:  # noqa: ANN001
    got = public.get("/public/bodies/cambridgeshire")
    rows = [[c.get_text(" ", strip=True) for c in tr.select("td")] for tr in got.soup.select("tbody tr")]
    assert [r[0].split(" Elected")[0].split(" Police Act")[0] for r in rows][:3] == [
        "Dates, agendas, reports and minutes of public meetings",
        "A record of each decision of significant public interest",
        "Collaboration agreements (section 22A), or a summary where the full text would reveal tactics"]
    assert "Late" in rows[0][2] and "minutes not published within 42 days" in rows[0][1]
    assert rows[3][2] == "Not held by Concord" and rows[4][2] == "Not held by Concord"
    assert "4 decision notices published" in rows[1][1] and rows[1][2] == "Met"
    monkeypatch.setenv("CONCORD_PUBLISH_MINUTES_DAYS", "366000")
    assert public.get("/public/bodies/cambridgeshire").status_code == 400  # a setting out of range is named
    monkeypatch.setenv("CONCORD_PUBLISH_MINUTES_DAYS", "30")
    assert "within 30 days" in text_of(public.get("/public/bodies/cambridgeshire"))


def test_search_finds_public_records_only_and_refuses_too_many_words(public, db_url: str) -> None:  # noqa: ANN001
    hits = public.get("/public/search?q=Chiltern")
    found = [a.get_text(" ", strip=True) for a in hits.soup.select("main ul.govuk-list a")]
    assert any("CPCC2019-008" in f for f in found) and len(found) >= 3
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE decision_notice SET marking = 'OFFICIAL-SENSITIVE' "
                             "WHERE reference = 'CPCC2019-008'"))
    engine.dispose()
    again = [a.get_text(" ", strip=True) for a in public.get("/public/search?q=Chiltern").soup.select(
        "main ul.govuk-list a")]
    assert not any("CPCC2019-008" in f for f in again) and len(again) == len(found) - 1
    bad = public.get("/public/search?q=" + "+".join(["word"] * 21))
    assert bad.status_code == 400 and bad.soup.select_one(".govuk-error-summary a")["href"] == "#q"


def test_a_signed_in_officer_sees_the_same_public_pages(public, demo) -> None:  # noqa: ANN001
    before = text_of(public.get("/public/decisions"))
    public.sign_in(demo["administrator"])
    after = text_of(public.get("/public/decisions"))
    assert after.count("CPCC2019") == before.count("CPCC2019") and "Signed in as" in after
