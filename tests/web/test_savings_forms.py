"""Savings in the browser: a saving recorded (cashable or not, owner, baseline, measure, target, due
date, predicted and delivered) and what it delivered, each one call of `concord.services.savings`."""

from __future__ import annotations

import json
import re


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


def test_a_saving_recorded_and_its_delivery(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    index = pages.get("/savings")
    assert index.soup.select_one("a[href='/savings/new']") is not None
    done = pages.submit("/savings/new", {
        "alliance": "bch", "description": "Shared custody contract", "member": "cambridgeshire",
        "period": "2018/19", "predicted": "120,000", "cashable": "no", "owner": "Head of Custody",
        "measure": "contract cost", "baseline": "1.2m", "target": "1,080,000", "due_on": ["31", "3", "2019"]})
    assert done.status_code == 302, _summary(done)
    shown = pages.get(done.headers["Location"])
    said = re.search(r"Saving (\d+) recorded: Shared custody contract, 2018/19", shown.soup.get_text(" ", strip=True))
    assert said, "no banner naming the new saving"
    new = int(said[1])
    saved = next(x for x in json.loads(concord("savings", "show", "--json").out)["lines"] if x["id"] == new)
    assert (saved["force"], saved["cashable"], saved["owner"], saved["baseline"], saved["target"], saved["due_on"],
            saved["predicted"]) == ("cambridgeshire", False, "Head of Custody", "1200000.00", "1080000.00",
                                    "2019-03-31", "120000.00")

    deliver = f"/savings/{new}/delivered"
    assert shown.soup.select_one(f"a[href='{deliver}']") is not None
    version = pages.get(deliver).soup.find(attrs={"name": "version"})["value"]
    ok = pages.submit(deliver, {"delivered": "45,500", "version": version})
    assert ok.status_code == 302, _summary(ok)
    assert "delivered £45,500 of £120,000 predicted" in pages.get("/savings").soup.get_text(" ", strip=True)
    stale = pages.submit(deliver, {"delivered": "50,000", "version": version})
    assert stale.status_code == 400 and stale.soup.find(attrs={"name": "delivered"})["value"] == "50,000"
    assert "Someone else changed this record" in stale.soup.select_one(".govuk-error-summary").get_text()


def test_the_saving_form_says_what_is_wrong_and_keeps_what_was_typed(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    empty = pages.submit("/savings/new", {"predicted": "-5", "description": "Fleet"})
    assert empty.status_code == 200
    assert {h for h, _ in _summary(empty)} == {"#alliance", "#period", "#predicted", "#cashable"}
    assert empty.soup.find(attrs={"name": "description"})["value"] == "Fleet"
    period = pages.submit("/savings/new", {"alliance": "bch", "description": "Fleet", "member": "cambridgeshire",
                                           "period": "next year", "predicted": "5", "cashable": "yes"})
    assert period.status_code == 400 and [h for h, _ in _summary(period)] == ["#period"]
    assert period.soup.find(attrs={"name": "period"})["value"] == "next year"
    neither = pages.submit("/savings/new", {"alliance": "bch", "description": "Fleet", "member": "cambridgeshire",
                                            "period": "2018/19", "cashable": "yes"})
    assert neither.status_code == 400 and [h for h, _ in _summary(neither)] == ["#predicted"]
    assert pages.client.get("/savings/9999/delivered").status_code == 404


def test_a_force_records_only_its_own_savings(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])  # Cambridgeshire's OPCC: not the BCH programme office, nor Bedfordshire
    theirs = pages.submit("/savings/new", {"alliance": "bch", "description": "Fleet", "member": "bedfordshire",
                                           "period": "2018/19", "predicted": "5", "cashable": "yes"})
    assert theirs.status_code == 403
    assert pages.client.get("/savings/1/delivered").status_code == 200  # the form shows ...
    whole = pages.submit("/savings/1/delivered", {"delivered": "5"})
    assert whole.status_code == 403  # ... but the alliance's own saving is its programme office's to record


def test_a_viewer_sees_no_form_and_may_not_post(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    index = pages.get("/savings")
    assert not index.soup.select("a[href='/savings/new'], a[href$='/delivered']")
    token = pages.csrf_token("/savings")
    for url in ("/savings/new", "/savings/3/delivered"):
        assert pages.client.get(url).status_code == 403
        assert pages.post(url, {"csrf_token": token, "delivered": "5", "description": "x"}).status_code == 403
