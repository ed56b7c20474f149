"""Writing the capital programme in the browser: a scheme added and updated, a financing line added
and changed, an amendment proposed; each says whether payments and financing still balance, refuses
bad input on its field with what was typed kept, refuses a stale edit, and is not offered to a viewer."""

from __future__ import annotations

PAGE = "/capital/cambridgeshire/2016"


def _summary(page) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(a["href"], a.get_text(" ", strip=True)) for a in page.soup.select(".govuk-error-summary a")]


def _banner(pages) -> str:  # noqa: ANN001
    return pages.get(PAGE).soup.select_one(".govuk-notification-banner").get_text(" ", strip=True)


def _link(page, text: str) -> str:  # noqa: ANN001
    return next(a["href"] for a in page.soup.select("a") if a.get_text(" ", strip=True).startswith(text))


def test_a_scheme_added_then_its_spend_and_progress_recorded(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    add = _link(pages.get(PAGE), "Add a scheme")
    done = pages.submit(add, {"code": "CP16/31", "name": "Body-worn video", "category": "ICT",
                              "original": "£40,000", "actual": "1,250.50"})
    assert done.status_code == 302, _summary(done)
    banner = _banner(pages)
    assert "Scheme CP16/31 Body-worn video added" in banner
    assert "Payments and financing no longer balance" in banner  # £40,000 more payments, nothing financing it
    ran = concord("capital", "show", "cambridgeshire", "2016", "--json")
    scheme = next(s for s in __import__("json").loads(ran.out)["schemes"] if s["code"] == "CP16/31")
    assert (scheme["original"], scheme["actual"], scheme["category"]) == ("40000.00", "1250.50", "ICT")

    page = pages.get(PAGE)
    update = _link(page, "CP16/31 Body-worn video")
    form = pages.get(update)
    assert form.soup.find(attrs={"name": "actual"})["value"] == "1,250.50"
    saved = pages.submit(update, {"actual": "12,000", "commitments": "3,000", "forecast": "40,000",
                                  "progress": "Cameras ordered", "version": form.soup.find(attrs={"name": "version"})["value"]})
    assert saved.status_code == 302, _summary(saved)
    text = pages.get(PAGE).soup.get_text(" ", strip=True)
    assert "Scheme CP16/31 Body-worn video saved" in text and "Cameras ordered" in text
    row = next(r for r in pages.get(PAGE).soup.select("tbody tr") if "CP16/31" in r.get_text())
    assert "£15,000.00" in row.get_text()  # spent and committed


def test_the_scheme_form_says_what_is_wrong_and_keeps_what_was_typed(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    add = PAGE + "/schemes/new"
    bad = pages.submit(add, {"code": "CP16/31", "name": "", "original": "lots"})
    assert bad.status_code == 200
    assert {h for h, _ in _summary(bad)} == {"#name", "#original"}
    assert bad.soup.find(attrs={"name": "original"})["value"] == "lots"
    assert any("Original programme ‘lots’ is not an amount of money" in t for _, t in _summary(bad))
    code = pages.submit(add, {"code": "16/31", "name": "Body-worn video"})  # refused by the service
    assert code.status_code == 400 and [h for h, _ in _summary(code)] == ["#code"]
    assert code.soup.find(attrs={"name": "name"})["value"] == "Body-worn video"


def test_a_stale_update_is_refused_with_the_input_kept(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    update = _link(pages.get(PAGE), "CP16/18")
    version = pages.get(update).soup.find(attrs={"name": "version"})["value"]
    assert concord("capital", "update", "cambridgeshire", "2016", "CP16/18", "--progress", "Builder appointed",
                   user="editor@cambridgeshire-opcc.example").code == 0
    stale = pages.submit(update, {"actual": "5", "commitments": "0", "progress": "Site bought", "version": version})
    assert stale.status_code == 400
    assert "Someone else changed this record" in stale.soup.select_one(".govuk-error-summary").get_text()
    assert stale.soup.find("textarea", attrs={"name": "progress"}).get_text() == "Site bought"
    assert pages.client.get(PAGE + "/schemes/99999").status_code == 404


def test_a_financing_line_added_and_changed_rebalances_the_programme(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    page = pages.get(PAGE)
    done = pages.submit(_link(page, "Add a financing line"), {"label": "Home Office Capital Grant", "original": "1,000"})
    assert done.status_code == 302, _summary(done)
    banner = _banner(pages)
    assert "Financing line Home Office Capital Grant (grant) added" in banner
    assert "no longer balance (financing less payments £0.00)" not in banner
    page = pages.get(PAGE)
    assert "Approved budget: payments £6,674,000.00, financing £6,674,000.00 Balance" in page.soup.get_text(" ", strip=True)
    change = _link(page, "Home Office Capital Grant")
    form = pages.get(change)
    assert form.soup.find(attrs={"name": "original"})["value"] == "1,000.00"
    same_name = pages.submit(_link(page, "Add a financing line"), {"label": "Home Office Capital Grant"})
    assert same_name.status_code == 400 and [h for h, _ in _summary(same_name)] == ["#label"]
    changed = pages.submit(change, {"brought_forward": "0", "original": "2,000", "applied": "",
                                    "version": form.soup.find(attrs={"name": "version"})["value"]})
    assert changed.status_code == 302, _summary(changed)
    assert "Payments and financing balance within rounding" in _banner(pages)
    stale = pages.submit(change, {"original": "3,000", "version": "1"})
    assert stale.status_code == 400 and stale.soup.find(attrs={"name": "original"})["value"] == "3,000"


def test_an_amendment_proposed_shows_whether_it_balances(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    propose = _link(pages.get(PAGE), "Propose an amendment")
    form = pages.get(propose)
    scheme = next(o["value"] for o in form.soup.select("#scheme_1 option") if o.get_text().startswith("CP16/06"))
    done = pages.submit(propose, {"description": "More specialist equipment", "proposed_on": ["1", "11", "2016"],
                                  "scheme_1": scheme, "amount_1": "20,000",
                                  "financing_1": "Capital Reserves", "financed_1": "20,000"})
    assert done.status_code == 302, _summary(done)
    assert "Amendment 5 proposed: payments £20,000.00, financing £20,000.00" in _banner(pages)
    page = pages.get(PAGE)
    assert "5. More specialist equipment" in page.soup.get_text(" ", strip=True)
    assert page.soup.select_one(f"a[href='{PAGE}/amendments/5/approve']") is not None


def test_the_amendment_form_pairs_each_line_with_its_amount(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    propose = PAGE + "/amendments/new"
    bad = pages.submit(propose, {"description": "", "amount_1": "5,000", "financing_2": "Capital Reserves",
                                 "financed_3": "x"})
    assert bad.status_code == 200
    assert {h for h, _ in _summary(bad)} == {"#description", "#scheme_1", "#financed_2", "#financed_3"}
    assert bad.soup.find(attrs={"name": "amount_1"})["value"] == "5,000"
    nothing = pages.submit(propose, {"description": "Nothing at all"})
    assert nothing.status_code == 400 and any("changes nothing" in t for _, t in _summary(nothing))


def test_a_viewer_sees_no_form_and_may_not_post(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    page = pages.get(PAGE)
    assert not [a for a in page.soup.select("a") if a.get_text(strip=True) in
                ("Add a scheme", "Add a financing line", "Propose an amendment")]
    assert not page.soup.select("a[href*='/schemes/'], a[href*='/financing/'], a[href$='/amendments/new']")
    token = pages.csrf_token(PAGE)  # the sign-out form's: a viewer's session has a token, and is still refused
    for url in ("/schemes/new", "/schemes/1", "/financing/new", "/financing/1", "/amendments/new"):
        assert pages.client.get(PAGE + url).status_code == 403, url
        refused = pages.post(PAGE + url, {"csrf_token": token, "name": "x", "label": "x", "description": "x"})
        assert refused.status_code == 403, url


def test_an_editor_of_another_body_is_refused(pages, make_user, demo) -> None:  # noqa: ANN001
    other = make_user("editor", "kent-opcc")
    pages.sign_in(other)
    assert not pages.get(PAGE).soup.select("a[href$='/schemes/new']")
    assert pages.client.get(PAGE + "/schemes/new").status_code == 403
    refused = pages.post(PAGE + "/schemes/new", {"csrf_token": pages.csrf_token(PAGE), "name": "Not ours"})
    assert refused.status_code == 403


def test_unknown_programme_gives_404(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    assert pages.client.get("/capital/cambridgeshire/2031/schemes/new").status_code == 404
    assert pages.client.get("/capital/nowhere/2016/amendments/new").status_code == 404
    assert pages.client.get(PAGE + "/financing/99999").status_code == 404
