"""The forms that change agreements, through the app: each POST is one service
call; errors come back on their fields with the input kept; a stale edit is
refused; what a user may not do is a 403 and nothing is saved."""

from __future__ import annotations

import datetime as dt

import pytest

from concord.services import agreements
from concord.services.context import system_actor, unit_of_work


def _errors(page) -> dict[str, str]:  # noqa: ANN001
    return {a["href"]: a.get_text(" ", strip=True) for a in page.soup.select(".govuk-error-summary a")}


def _value(page, field_id: str) -> str:  # noqa: ANN001
    el = page.soup.find(id=field_id)
    return el.get_text() if el.name == "textarea" else el.get("value", "")


def _owned(register, slug: str = "eastern-dogs", owner: str | None = "cambridgeshire-opcc",  # noqa: ANN001
           marking: str = "OFFICIAL") -> None:
    with unit_of_work(register, system_actor("test")) as ctx:
        agreements.add(ctx, agreements.NewAgreement(
            slug=slug, title="Eastern Region Dog Unit", parties=["cambridgeshire", "bedfordshire"],
            start=dt.date(2020, 4, 1), end=dt.date(2023, 3, 31), notice_months=12, owner=owner, marking=marking))


NEW = {"slug": "regional-fleet-2024", "title": "Regional Fleet Service", "party": "kent\nessex:pcc\nessex:chief",
       "start": "2024-04-01", "end_date": "2027-03-31", "review_date": "", "lead": "kent", "annual_budget": "250000",
       "cost_basis": "nre_share", "notice_months": "12", "marking": "OFFICIAL", "owner": "cambridgeshire-opcc"}


def test_an_editor_adds_an_agreement_and_records_a_renewal(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    form = pages.get("/agreements/new")
    assert form.soup.find("select", id="owner").find("option", selected=True)["value"] == "cambridgeshire-opcc"
    done = pages.submit("/agreements/new", NEW)
    assert done.status_code == 302 and done.headers["Location"] == "/agreements/regional-fleet-2024"
    page = pages.get("/agreements/regional-fleet-2024?as-of=2024-06-01")
    text = page.soup.get_text(" ", strip=True)
    assert "Regional Fleet Service was added to the register." in text
    assert "Belongs to Cambridgeshire" in text or "Cambridgeshire" in text
    parties = page.soup.find(id="parties").find_next("table").get_text(" ", strip=True)
    assert "The Chief Constable of Kent Police" in parties and "Essex" in parties
    assert "Earliest exit 2025-06-01" in parties  # 12 months' notice given on the day shown
    renewed = pages.submit("/agreements/regional-fleet-2024/renew",
                           {"party": ["kent:chief", "kent:body"], "on": "2027-01-10", "until": "2030-03-31",
                            "reference": "Letter of 10 January"})
    assert renewed.status_code == 302
    after = pages.get("/agreements/regional-fleet-2024?as-of=2027-02-01")
    text = after.soup.get_text(" ", strip=True)
    assert "Renewal recorded for The Chief Constable of Kent Police; The Police and Crime Commissioner for Kent." in text
    warning = after.soup.select_one(".govuk-warning-text").get_text(" ", strip=True)
    assert "Not yet renewed by:" in warning and "Kent" not in warning
    assert "The Chief Constable of Essex Police" in warning and "Commissioner for Essex" in warning
    renewals = after.soup.find("caption", string="Renewals in writing").parent.get_text(" ", strip=True)
    assert "2027-01-10 2030-03-31 Letter of 10 January" in renewals


def test_errors_are_summarised_and_linked_to_their_fields_with_the_input_kept(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    empty = pages.submit("/agreements/new", {"marking": "OFFICIAL"})
    assert empty.status_code == 200
    assert _errors(empty) == {"#slug": "Enter a short name", "#title": "Enter the title", "#party": "Enter the parties",
                              "#start": "Enter the date it is in force from"}
    assert empty.soup.title.get_text().startswith("Error: Add an agreement")
    bad = pages.submit("/agreements/new", {**NEW, "start": "01/04/2024"})
    assert _errors(bad) == {"#start": "In force from ‘01/04/2024’ is not a date written as YYYY-MM-DD"}
    assert _value(bad, "start") == "01/04/2024" and _value(bad, "title") == "Regional Fleet Service"
    # the service's refusal lands on its field: one policing body is not enough (s22A(1))
    alone = pages.submit("/agreements/new", {**NEW, "party": "kent"})
    assert alone.status_code == 400
    errors = _errors(alone)
    assert list(errors) == ["#party"] and errors["#party"].startswith("Parties ‘kent’")
    assert _value(alone, "party").strip() == "kent" and _value(alone, "slug") == "regional-fleet-2024"
    assert pages.get("/agreements/regional-fleet-2024").status_code == 404  # nothing was saved
    # the end before the start: the rule names its field
    backwards = pages.submit("/agreements/new", {**NEW, "end_date": "2020-01-01"})
    assert _errors(backwards) == {"#end_date": "End date ‘2020-01-01’ is before the start date 2024-04-01"}


def test_a_stale_edit_is_refused_with_the_input_kept(pages, demo, new_pages, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["editor"])
    token = pages.csrf_token("/agreements/eastern-dogs/renew")
    opened = pages.get("/agreements/eastern-dogs/renew")
    version = opened.soup.find("input", attrs={"name": "version"})["value"]
    other = new_pages()  # someone else records a notice in the meantime
    other.sign_in(demo["approver"])
    assert other.submit("/agreements/eastern-dogs/withdraw", {"party": ["bedfordshire:chief"],
                                                              "given_on": "2021-01-04"}).status_code == 302
    stale = pages.post("/agreements/eastern-dogs/renew", {
        "csrf_token": token, "version": version, "party": ["cambridgeshire:chief"], "on": "2023-01-05",
        "until": "2026-03-31", "reference": "CC letter"})
    assert stale.status_code == 400
    summary = stale.soup.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "Someone else changed this record after you opened the page" in summary
    assert _value(stale, "on") == "2023-01-05" and _value(stale, "until") == "2026-03-31"
    assert stale.soup.find("input", attrs={"name": "party", "value": "cambridgeshire:chief"}).has_attr("checked")
    # the form now carries the new version: sending it again saves
    fresh = stale.soup.find("input", attrs={"name": "version"})["value"]
    assert fresh != version
    again = pages.post("/agreements/eastern-dogs/renew", {
        "csrf_token": token, "version": fresh, "party": ["cambridgeshire:chief"], "on": "2023-01-05",
        "until": "2026-03-31"})
    assert again.status_code == 302


def test_a_constraint_clash_is_an_error_on_its_field(pages, demo, monkeypatch) -> None:  # noqa: ANN001
    """Another writer adds the same short name between the check and the insert: the
    database's unique constraint refuses it, and the form says so on the field."""
    from concord.store import models as m

    real = agreements.add

    def racing(ctx, new):  # noqa: ANN001, ANN202
        ctx.session.add(m.Agreement(slug=new.slug, title="Added by someone else", start_date=new.start))
        return real(ctx, new)

    monkeypatch.setattr(agreements, "add", racing)
    pages.sign_in(demo["editor"])
    clash = pages.submit("/agreements/new", NEW)
    assert clash.status_code == 400
    errors = _errors(clash)
    assert list(errors) == ["#slug"] and errors["#slug"].startswith("Short name ‘regional-fleet-2024’")
    assert _value(clash, "title") == "Regional Fleet Service"


def test_members_join_and_the_term_is_extended_as_new_versions(pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["editor"])
    joined = pages.submit("/agreements/eastern-dogs/join", {"party": "hertfordshire", "on": "2021-04-01"})
    assert joined.status_code == 302
    extended = pages.submit("/agreements/eastern-dogs/extend", {"until": "2025-03-31", "effective": "2023-04-01"})
    assert extended.status_code == 302
    page = pages.get("/agreements/eastern-dogs?as-of=2023-06-01")
    versions = [h.get_text(" ", strip=True) for h in page.soup.select(".concord-timeline__title")]
    assert versions == ["Version 1: Original", "Version 2: Member joins", "Version 3: Term extended"]
    assert "Hertfordshire" in page.soup.find(id="parties").find_next("table").get_text()
    # joining again is refused on the field, nothing recorded
    again = pages.submit("/agreements/eastern-dogs/join", {"party": "hertfordshire:chief", "on": "2021-05-01"})
    assert again.status_code == 400 and list(_errors(again)) == ["#party"]


def test_notice_to_withdraw_gives_the_exit_date(pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["editor"])
    done = pages.submit("/agreements/eastern-dogs/withdraw", {"party": ["bedfordshire:body"], "given_on": "2021-02-10"})
    assert done.status_code == 302
    page = pages.get("/agreements/eastern-dogs?as-of=2021-03-01")
    assert "they leave on 2022-02-10" in page.soup.get_text(" ", strip=True)
    row = next(tr for tr in page.soup.find(id="parties").find_next("table").select("tbody tr")
               if "Police and Crime Commissioner for Bedfordshire" in tr.get_text())
    assert "Notice given 2021-02-10; leaves 2022-02-10" in " ".join(row.get_text().split())
    none = pages.submit("/agreements/eastern-dogs/withdraw", {"given_on": "2021-02-10"})
    assert _errors(none) == {"#party": "Choose at least one party"}


def test_an_editor_of_another_organisation_cannot_change_it(pages, demo, register, make_user) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(make_user("editor", "kent-opcc"))
    page = pages.get("/agreements/eastern-dogs")
    assert page.status_code == 200 and "Record a renewal" not in page.soup.get_text()
    token = pages.csrf_token("/agreements/eastern-dogs")
    refused = pages.post("/agreements/eastern-dogs/renew", {"csrf_token": token, "version": "1",
                                                            "party": ["cambridgeshire:chief"], "on": "2023-01-05",
                                                            "until": "2026-03-31"})
    assert refused.status_code == 403
    assert "Renewed" not in pages.get("/agreements/eastern-dogs?as-of=2023-02-01").soup.get_text()


@pytest.mark.parametrize("reason", ["", "Tactics of the dog unit are described in schedule 2"])
def test_a_marking_is_changed_with_a_reason_and_hides_the_record(pages, demo, register, new_pages,  # noqa: ANN001
                                                                 reason) -> None:
    _owned(register)
    pages.sign_in(demo["editor"])
    form = pages.get("/agreements/eastern-dogs/marking")
    assert form.soup.find("input", attrs={"name": "marking", "value": "OFFICIAL"}).has_attr("checked")
    done = pages.submit("/agreements/eastern-dogs/marking", {"marking": "OFFICIAL-SENSITIVE", "reason": reason})
    if not reason:
        assert done.status_code == 200 and _errors(done) == {"#reason": "Say why the marking changes"}
        return
    assert done.status_code == 302
    page = pages.get("/agreements/eastern-dogs")
    history = page.soup.find(id="marking").find_next("table").get_text(" ", strip=True)
    assert "OFFICIAL to OFFICIAL-SENSITIVE" in history and reason in history
    # a viewer of another organisation no longer finds it, in the list or by its address
    viewer = new_pages()
    viewer.sign_in(demo["viewer"])
    assert viewer.get("/agreements/eastern-dogs").status_code == 404
    assert "Eastern Region Dog Unit" not in viewer.get("/agreements").soup.get_text()
    # lowering it needs an approver: an editor is refused, nothing changes
    lowered = pages.submit("/agreements/eastern-dogs/marking", {"marking": "OFFICIAL", "reason": "Published now"})
    assert lowered.status_code == 403
    approver = new_pages()
    approver.sign_in(demo["approver"])
    assert approver.submit("/agreements/eastern-dogs/marking",
                           {"marking": "OFFICIAL", "reason": "Published now"}).status_code == 302
    assert viewer.get("/agreements/eastern-dogs").status_code == 200


def test_signatures_follow_through_and_provision_types_are_recorded_from_the_page(pages, demo, register) -> None:  # noqa: ANN001
    _owned(register)
    pages.sign_in(demo["editor"])
    page = pages.get("/agreements/eastern-dogs")
    for link in ("Record signatures", "Record a party's follow-through", "Add a clause's provision type"):
        assert page.soup.find("a", string=lambda s, t=link: s and s.strip() == t), link
    signed = pages.submit("/agreements/eastern-dogs/sign", {"party": ["bedfordshire:chief"], "on": "2020-06-01"})
    assert signed.status_code == 302
    row = next(tr for tr in pages.get("/agreements/eastern-dogs").soup.find(id="parties").find_next("table")
               .select("tbody tr") if "Chief Constable of Bedfordshire" in tr.get_text())
    assert "Signed 2020-06-01" in " ".join(row.get_text().split())
    # a second, different signing day for the same office is refused on its field
    again = pages.submit("/agreements/eastern-dogs/sign", {"party": ["bedfordshire:chief"], "on": "2020-07-01"})
    assert again.status_code == 400 and list(_errors(again)) == ["#party"]

    followed = pages.submit("/agreements/eastern-dogs/follow-through",
                            {"party": ["bedfordshire:body"], "kind": "executive_decision", "on": "2020-05-20",
                             "version_number": "1"})
    assert followed.status_code == 302
    versions = pages.get("/agreements/eastern-dogs").soup.find(id="versions").find_next("ol").get_text(" ", strip=True)
    assert "executive decision on 2020-05-20" in " ".join(versions.split())
    unknown = pages.submit("/agreements/eastern-dogs/follow-through",
                           {"party": ["cambridgeshire:body"], "kind": "consent", "on": "2020-05-21",
                            "decision": "CPCC2099-999", "version_number": "1"})
    assert unknown.status_code == 400 and list(_errors(unknown)) == ["#decision"]

    added = pages.submit("/agreements/eastern-dogs/provisions/new",
                         {"clause": "4.2", "type": "policing_body_and_force", "summary": "Shared dog training"})
    assert added.status_code == 302, _errors(added)
    table = pages.get("/agreements/eastern-dogs").soup.find(id="provisions").find_next("table").get_text(" ", strip=True)
    assert "4.2" in table and "Shared dog training" in table
    missing = pages.submit("/agreements/eastern-dogs/provisions/new", {"type": "force"})
    assert _errors(missing) == {"#clause": "Enter the clause"}


def test_the_published_summary_is_written_by_an_editor_and_approved_by_an_approver(pages, new_pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    page = pages.get("/agreements/investigatory-powers")
    assert "No published summary is written" in page.soup.find(id="summary").find_next("p").get_text()
    blank = pages.submit("/agreements/investigatory-powers/summary", {"objective": "Joint arrangements"})
    assert _errors(blank) == {"#title": "Enter the title the public reads"}
    saved = pages.submit("/agreements/investigatory-powers/summary", {
        "title": "Investigatory powers collaboration", "objective": "Joint arrangements under the 2016 Act",
        "scope": "Communications data", "term": "From May 2019", "termination": "On six months' notice",
        "direction_and_control": "The lead force's chief constable", "governance": "The BCH board"})
    assert saved.status_code == 302
    page = pages.get("/agreements/investigatory-powers")
    assert "Held until approved" in page.soup.find(id="summary").find_next("p").get_text()
    assert not page.soup.find("button", string=lambda s: s and "Approve for publication" in s)  # an editor
    approver = new_pages()
    approver.sign_in(demo["approver"])
    shown = approver.get("/agreements/investigatory-powers")
    form = shown.soup.find("button", string=lambda s: s and "Approve for publication" in s).find_parent("form")
    fields = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    done = approver.post(form["action"], fields)
    assert done.status_code == 302
    assert "Approved for publication on" in approver.get("/agreements/investigatory-powers").soup.find(
        id="summary").find_next("p").get_text()
