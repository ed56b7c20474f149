"""History: recent changes and a record's audit trail, after real edits made through `concord`."""

from __future__ import annotations

import sqlalchemy as sa

from tests.web.conftest import text_of

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"


def _open_action(db_url: str) -> int:
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        found = conn.execute(sa.text("SELECT id FROM action WHERE status = 'open' ORDER BY id")).scalar()
    engine.dispose()
    assert found is not None
    return found


def test_a_records_history_shows_who_and_the_values_before_and_after(pages, demo, concord, db_url) -> None:  # noqa: ANN001
    action = _open_action(db_url)
    ran = concord("action", "done", action, "--on", "2017-11-01", user=EDITOR)
    assert ran.code == 0, ran.err
    pages.sign_in(demo["viewer"])
    trail = pages.get(f"/history/action/{action}")
    assert trail.status_code == 200
    cards = trail.soup.select(".govuk-summary-card")
    edit = next(c for c in cards if "Eddie" in c.get_text() or EDITOR in c.get_text())
    rows = {r.th.get_text(strip=True): [td.get_text(strip=True) for td in r.select("td")]
            for r in edit.select("tbody tr")}
    assert rows["status"] == ["open", "done"]
    assert rows["completed on"] == ["none", "2017-11-01"]
    # the same in a fresh process
    shown = concord("history", "action", action).out
    assert EDITOR in shown and "status: open -> done" in shown and "completed_on: (none) -> 2017-11-01" in shown


def test_recent_changes_filter_by_kind_and_user(pages, demo, concord, db_url) -> None:  # noqa: ANN001
    action = _open_action(db_url)
    assert concord("action", "done", action, "--on", "2017-11-01", user=EDITOR).code == 0
    assert concord("mark", "agreement", "chiltern", "--marking", "OFFICIAL-SENSITIVE", "--reason", "tactics",
                   user=APPROVER).code == 0
    pages.sign_in(demo["viewer"])
    everything = text_of(pages.get("/history"))
    assert EDITOR in everything and APPROVER in everything
    by_editor = pages.get(f"/history?user={EDITOR}")
    assert EDITOR in text_of(by_editor) and APPROVER not in text_of(by_editor)
    assert f"/history/action/{action}" in {a["href"] for a in by_editor.soup.select("tbody a")}
    agreements = text_of(pages.get("/history?kind=agreement"))
    assert "Agreement chiltern" in agreements and f"Action {action}" not in agreements
    odd = pages.get("/history?kind=spaceship")
    assert odd.status_code == 400 and odd.soup.select_one(".govuk-error-summary a")["href"] == "#kind"
    recent = concord("history", "--user", APPROVER).out
    assert "update agreement chiltern: marking" in recent and EDITOR not in recent


def test_marking_history_and_a_marked_records_trail_need_rights(pages, new_pages, demo, concord,
                                                                 make_user) -> None:  # noqa: ANN001
    ran = concord("mark", "agreement", "chiltern", "--marking", "OFFICIAL-SENSITIVE", "--reason", "tactics named",
                  user=APPROVER)
    assert ran.code == 0, ran.err
    pages.sign_in(demo["viewer"])  # a role somewhere: the record belongs to no organisation
    trail = pages.get("/history/agreement/chiltern")
    assert trail.status_code == 200
    assert "tactics named" in text_of(trail) and "OFFICIAL-SENSITIVE" in text_of(trail)
    assert pages.get("/history/agreement/no-such-thing").status_code == 404
    assert pages.get("/history/spaceship/1").status_code == 404
    assert pages.get("/history/user/1").status_code == 403  # users' history is for user managers


def test_a_marked_record_owned_elsewhere_hides_its_trail(pages, new_pages, demo, concord, seeds,
                                                         db_url) -> None:  # noqa: ANN001
    """Records accepted from a seed belong to the organisation that stored it (Cambridgeshire OPCC)."""
    ran = concord("ingest", seeds / "001_7ee0042519c720e7.txt", "--auto-accept", user=EDITOR)
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        paper = conn.execute(sa.text("SELECT p.id FROM paper p JOIN organisation o ON o.id = p.owner_id "
                                     "WHERE o.slug = 'cambridgeshire-opcc' ORDER BY p.id")).scalar()
    engine.dispose()
    ran = concord("mark", "paper", paper, "--marking", "OFFICIAL-SENSITIVE", "--reason", "names a supplier",
                  user=APPROVER)
    assert ran.code == 0, ran.err
    outsider = pages
    outsider.sign_in(demo["viewer"])  # Hertfordshire OPCC
    assert outsider.get(f"/history/paper/{paper}").status_code == 403
    insider = new_pages()
    insider.sign_in(demo["editor"])  # Cambridgeshire OPCC, which owns it
    trail = insider.get(f"/history/paper/{paper}")
    assert trail.status_code == 200 and "names a supplier" in text_of(trail)
    assert concord("history", "paper", paper, user="viewer@hertfordshire-opcc.example").code == 4
    assert "names a supplier" in concord("history", "paper", paper, user=EDITOR).out


def test_password_hashes_never_appear_in_a_users_history(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["administrator"])
    users = pages.get("/users")
    href = users.soup.select_one("tbody a")["href"]
    user_page = pages.get(href)
    link = user_page.soup.find("a", string="History of this record")
    assert link is not None
    trail = pages.get(link["href"])
    assert trail.status_code == 200
    assert "argon2" not in trail.get_data(as_text=True) and "(hidden)" in text_of(trail)


def test_record_pages_link_their_history(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    for url in ("/forces/cambridgeshire", "/policing-bodies/cambridgeshire", "/alliances/single-online-home"):
        page = pages.get(url)
        link = page.soup.find("a", string="History of this record")
        assert link is not None, url
        assert pages.get(link["href"]).status_code == 200
