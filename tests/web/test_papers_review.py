"""The review queue in the app: least certain first; each record beside the text of its paper,
decided field by field and then accepted; the same decisions from the CLI; marked papers."""

from __future__ import annotations

import json
import re

import pytest

from tests.web.conftest import text_of
from tests.web.papers_files import SEED

REPORT_DATE = "21 September 2016"


@pytest.fixture
def queued(demo, concord, seeds, tmp_path):  # noqa: ANN001, ANN201
    """The demo, and a seed paper read into the review queue by its editor (`concord ingest`)."""
    ran = concord("ingest", seeds / SEED, user=demo["editor"].email)
    assert ran.code == 0, ran.err
    return demo


def _report_id(pages) -> int:  # noqa: ANN001
    queue = pages.get("/papers/review?type=report")
    link = queue.soup.select_one("tbody a")
    return int(link["href"].rsplit("/", 1)[1])


def _decide(pages, item_id: int, value: str):  # noqa: ANN001, ANN201
    """Press one of the item page's buttons (as a browser sends it: the button's name and value)."""
    page = pages.get(f"/papers/review/{item_id}")
    token = page.soup.find("input", attrs={"name": "csrf_token"})["value"]
    version = page.soup.find("input", attrs={"name": "version"})["value"]
    return pages.post(f"/papers/review/{item_id}", {"csrf_token": token, "version": version, "decide": value})


def test_the_queue_shows_the_least_certain_first(pages, queued) -> None:  # noqa: ANN001
    pages.sign_in(queued["editor"])
    page = pages.get("/papers/review")
    rows = page.soup.select("tbody tr")
    assert len(rows) >= 10
    certainty = [r.select_one("td.govuk-table__cell--numeric").get_text(strip=True) for r in rows]
    numbers = [int(c.rstrip("%")) for c in certainty]
    assert numbers == sorted(numbers) and numbers[0] < numbers[-1]
    assert all(SEED in r.get_text() for r in rows)
    only = pages.get("/papers/review?type=report")
    assert [r.select_one("td:nth-of-type(2)").get_text(strip=True).split()[0] for r in only.soup.select("tbody tr")] \
        == ["Report"]


def test_a_record_is_shown_beside_its_source_text_with_the_spans_marked(pages, queued) -> None:  # noqa: ANN001
    pages.sign_in(queued["editor"])
    item = _report_id(pages)
    page = pages.get(f"/papers/review/{item}")
    assert page.status_code == 200
    marks = [m.get_text(" ", strip=True) for m in page.soup.select(".concord-source mark")]
    assert REPORT_DATE in marks and "Business Coordination Board" in marks
    date_row = page.soup.select_one("#field-date")
    assert "2016-09-21" in date_row.get_text() and date_row.select_one("a")["href"] == \
        f"/papers/review/{item}/fields/date"
    assert page.soup.select_one("#field-title button[value='rejected:title']") is None  # required: no reject


def test_fields_accepted_corrected_rejected_then_the_record_accepted(pages, queued, concord) -> None:  # noqa: ANN001
    pages.sign_in(queued["editor"])
    item = _report_id(pages)
    # a correction is read by the field's type: a bad date is refused on its field, the input kept
    url = f"/papers/review/{item}/fields/date"
    bad = pages.submit(url, {"value": "2016-13-01", "version": pages.get(url).soup.find(
        "input", attrs={"name": "version"})["value"]})
    assert bad.status_code == 400
    link = bad.soup.select_one(".govuk-error-summary a")
    assert "is not a date on the calendar" in link.get_text() and link["href"] == "#value"
    assert bad.soup.select_one("#value")["value"] == "2016-13-01"
    good = pages.submit(url, {"value": "2016-09-22"})
    assert good.status_code == 302 and good.headers["Location"].endswith(f"/papers/review/{item}#field-date")
    assert _decide(pages, item, "rejected:contact_officer").status_code == 302
    assert _decide(pages, item, "accepted:to").status_code == 302
    page = pages.get(f"/papers/review/{item}")
    assert "Corrected" in page.soup.select_one("#field-date").get_text()
    assert "Proposed: 2016-09-21" in page.soup.select_one("#field-date").get_text(" ", strip=True)
    assert "Rejected" in page.soup.select_one("#field-contact_officer").get_text()
    assert "Accepted" in page.soup.select_one("#field-to").get_text()
    # a required field cannot be rejected, even by a crafted request
    refused = _decide(pages, item, "rejected:title")
    assert refused.status_code == 400 and "is required" in text_of(refused)
    done = _decide(pages, item, "record:accept")
    assert done.status_code == 302 and done.headers["Location"].startswith("/papers/review/")
    assert f"Record {item} was accepted into the register." in text_of(pages.get(done.headers["Location"]))
    shown = concord("review", "show", item, user=queued["editor"].email)
    assert shown.code == 0, shown.err
    assert "— accepted" in shown.out
    payload = json.loads(shown.out[shown.out.index("{"):shown.out.index("\n}") + 2])
    assert payload["date"] == "2016-09-22" and payload["contact_officer"] is None
    assert payload["to"] == "Business Coordination Board"
    after = pages.get(f"/papers/review/{item}")
    assert not after.soup.select("main form button") and "This record was accepted" in text_of(after)


def test_a_stale_decision_is_refused_and_changes_nothing(pages, queued, new_pages) -> None:  # noqa: ANN001
    pages.sign_in(queued["editor"])
    item = _report_id(pages)
    page = pages.get(f"/papers/review/{item}")
    token = page.soup.find("input", attrs={"name": "csrf_token"})["value"]
    version = page.soup.find("input", attrs={"name": "version"})["value"]
    other = new_pages()
    other.sign_in(queued["approver"])
    assert _decide(other, item, "rejected:contact_officer").status_code == 302
    stale = pages.post(f"/papers/review/{item}", {"csrf_token": token, "version": version, "decide": "record:reject"})
    assert stale.status_code == 400
    assert "Someone else changed this record" in text_of(stale)
    assert "Reject the record" in text_of(pages.get(f"/papers/review/{item}"))  # still pending


def test_the_cli_decides_the_same_fields(queued, concord) -> None:  # noqa: ANN001
    editor = queued["editor"].email
    listed = concord("review", "--type", "report", user=editor)
    item = int(re.search(r"#(\d+)", listed.out)[1])
    bad = concord("review", "field", item, "date", "--correct", "2016-13-01", user=editor)
    assert bad.code == 2 and "date: 2016-13-01 is not a date on the calendar" in bad.err
    assert concord("review", "field", item, "date", "--accept", "--reject", user=editor).code == 2
    fixed = concord("review", "field", item, "date", "--correct", "2016-09-22", user=editor)
    assert fixed.code == 0 and fixed.out.strip() == f"#{item} date corrected: 2016-09-22"
    rejected = concord("review", "field", item, "title", "--reject", user=editor)
    assert rejected.code == 2 and "is required" in rejected.err
    viewer = concord("review", "field", item, "to", "--accept", user=queued["viewer"].email)
    assert viewer.code in (2, 4)
    assert concord("review", "accept", item, user=editor).code == 0


MARKED = "Protective marking: OFFICIAL-SENSITIVE\n\nREPORT TO THE BUSINESS COORDINATION BOARD\n\n" \
         "To: Business Coordination Board\n\nFrom: Chief Executive\n\nDate: 16 December 2016\n\n" \
         "FLEET REPLACEMENT – SUPPLIER SHORTLIST\n\n1. Purpose\n\n1.1 To note the shortlist of suppliers.\n\n" \
         "2. Recommendation\n\n2.1 The Board is recommended to note the report.\n"


def test_a_marked_paper_is_shown_only_to_those_allowed_and_the_record_keeps_its_marking(
        pages, demo, concord, make_user, new_pages, tmp_path) -> None:  # noqa: ANN001
    paper = tmp_path / "fleet-shortlist.txt"
    paper.write_text(MARKED)
    assert concord("ingest", paper, user=demo["editor"].email).code == 0
    pages.sign_in(demo["editor"])
    queue = pages.get("/papers/review")
    row = next(r for r in queue.soup.select("tbody tr") if "fleet-shortlist.txt" in r.get_text())
    assert "OFFICIAL-SENSITIVE" in row.get_text()
    item = int(row.select_one("a")["href"].rsplit("/", 1)[1])
    page = pages.get(f"/papers/review/{item}")
    assert "The paper is marked OFFICIAL-SENSITIVE" in text_of(page)
    # an editor of another body sees neither the record nor that it exists
    stranger = new_pages()
    stranger.sign_in(make_user("editor", organisation="kent-opcc"))
    assert "fleet-shortlist.txt" not in text_of(stranger.get("/papers/review"))
    assert stranger.get(f"/papers/review/{item}").status_code == 404
    # the marking cannot be lowered in review, and the accepted record keeps it
    lowered = pages.submit(f"/papers/review/{item}/fields/marking", {"value": "OFFICIAL"})
    assert lowered.status_code == 400 and "never lowered in review" in text_of(lowered)
    done = _decide(pages, item, "record:accept")
    assert done.status_code == 302
    assert "— accepted" in concord("review", "show", item, user=demo["editor"].email).out
    record = _entity(item, demo)
    assert record[0] == "paper"
    marked = concord("mark", record[0], record[1], user=demo["editor"].email)
    assert marked.code == 0, marked.err
    assert "OFFICIAL-SENSITIVE" in marked.out


def _entity(item: int, demo) -> tuple[str, str]:  # noqa: ANN001
    from concord.services import ingestion
    from concord.services.actors import resolve_actor
    from concord.services.context import reading
    from concord.services.database import open_store

    store = open_store()
    try:
        with reading(store, resolve_actor(store, demo["editor"].email)) as ctx:
            view = ingestion.get(ctx, item)
    finally:
        store.dispose()
    return view.entity or "", view.entity_id or ""
