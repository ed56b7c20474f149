"""Proof that nothing marked or unapproved leaks into any public output.

The register is made as an office would make it, through `concord` in
fresh processes as named users: the demo; a seed paper ingested with an
OFFICIAL-SENSITIVE marking printed on it; records marked above OFFICIAL
with `concord mark`; decision notices added held until approved and
RESTRICTED. What no command makes yet (draft minutes, a held paper, a
notice published later) is written to the store. Then every public page,
feed and API response reachable from /public and /api/v1 is fetched,
and no marked or unapproved record's distinctive text, key or URL may
appear in any of them — while the approved OFFICIAL records do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.web.public_crawl import crawl, everything

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"


def _one(conn, sql: str, **kw):  # noqa: ANN001, ANN003, ANN202
    return conn.execute(sa.text(sql), kw).one()


@pytest.fixture
def leaky_register(concord, db_url: str, seeds: Path, tmp_path: Path) -> dict:  # noqa: ANN001
    assert concord("demo").code == 0
    folder = tmp_path / "papers"
    folder.mkdir()
    text = (seeds / "000_da7a5188954c7516.txt").read_text(encoding="utf-8")
    (folder / "collaboration-update-sensitive.txt").write_text(
        "OFFICIAL-SENSITIVE\n\n" + text + "\nCanary phrase: quokkasensitive\n", encoding="utf-8")
    ran = concord("ingest", folder, "--auto-accept", user=EDITOR)
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        crime_paper = _one(conn, "SELECT id, purpose FROM paper WHERE title = 'Crime data integrity'")
        nov = _one(conn, "SELECT id FROM meeting WHERE date = :d", d=dt.date(2016, 11, 10)).id
        dec = _one(conn, "SELECT id FROM meeting WHERE date = :d", d=dt.date(2016, 12, 16)).id
        ingested = conn.execute(sa.text("SELECT id, title FROM paper WHERE source_revision_id IS NOT NULL")).all()
        revisions = [r.id for r in conn.execute(sa.text("SELECT id FROM document_revision"))]
        nov_items = [r.id for r in conn.execute(sa.text("SELECT id FROM agenda_item WHERE meeting_id = :m"),
                                                {"m": nov})]
        chiltern = _one(conn, "SELECT objective FROM agreement WHERE slug = 'chiltern'").objective
    for args in (("paper", crime_paper.id), ("meeting", nov), ("decision_notice", "CPCC2019-009"),
                 ("agreement", "chiltern")):
        marking = "SECRET" if args[0] == "decision_notice" else "OFFICIAL-SENSITIVE"
        ran = concord("mark", *args, "--marking", marking, "--reason", "names a supplier", user=EDITOR)
        assert ran.code == 0, ran.err
    for ref, marking, word in (("CPCC2019-011", "PROTECT until Approved", "walrusheld"),
                               ("CPCC2019-012", "RESTRICTED", "ibexrestricted")):
        ran = concord("notice", "add", ref, "--body", "cambridgeshire", "--subject", f"Subject {word}",
                      "--decision", f"Decision {word}", "--signed", "2019-07-01", "--marking", marking, user=EDITOR)
        assert ran.code == 0, ran.err
    # what no command makes yet, written as the store would keep it
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO minute (meeting_id, status, text, marking, held_until_approved, version) "
                             "VALUES (:m, 'draft', 'Draft minutes narwhaldraft', 'OFFICIAL', :t, 1)"),
                     {"m": dec, "t": True})
        conn.execute(sa.text("INSERT INTO paper (meeting_id, title, purpose, recommendations, marking, "
                             "legacy_marking, held_until_approved, needs_decision, version) VALUES (:m, "
                             "'Held paper axolotlheld', 'Purpose axolotlheld', '[]', 'OFFICIAL', "
                             "'PROTECT until Approved', :t, :f, 1)"), {"m": dec, "t": True, "f": False})
        body = _one(conn, "SELECT id FROM policing_body WHERE slug = 'cambridgeshire'").id
        conn.execute(sa.text("INSERT INTO decision_notice (policing_body_id, reference, year, number, subject, "
                             "decision_text, signed_on, published_on, significant_public_interest, marking, "
                             "held_until_approved, version) VALUES (:b, 'CPCC2019-013', 2019, 13, "
                             "'Subject okapilater', 'Decision okapilater', :s, :p, :t, 'OFFICIAL', :f, 1)"),
                     {"b": body, "s": dt.date(2019, 7, 2), "p": dt.date.today() + dt.timedelta(days=30),
                      "t": True, "f": False})
        held = _one(conn, "SELECT id FROM paper WHERE title = 'Held paper axolotlheld'").id
    engine.dispose()
    words = ["quokkasensitive", "walrusheld", "ibexrestricted", "narwhaldraft", "axolotlheld", "okapilater",
             "CPCC2019-009", "CPCC2019-011", "CPCC2019-012", "CPCC2019-013", crime_paper.purpose,
             "commissioner signs the section 22A agreement so that the forces",  # CPCC2019-009's decision
             "agreed a joint letter to the Home Secretary",  # the November minutes (their meeting is marked)
             "Appropriate adults out of hours", "Cristina Strood",  # its agenda and an attendee of it only
             *[title for _, title in ingested]]
    if chiltern:
        words.append(chiltern)
    urls = [rf"/papers/{i}(?!\d)" for i in (crime_paper.id, held, *[i for i, _ in ingested])] + \
        [rf"/meetings/{nov}(?!\d)", r"/agreements/chiltern(?![\w-])"] + \
        [rf"/files/{i}(?!\d)" for i in revisions] + [rf"/agenda-items/{i}(?!\d)" for i in nov_items]
    return {"words": words, "urls": urls, "searches": ["quokkasensitive", "walrusheld", "axolotlheld",
                                                       "CPCC2019-009", "Investigatory", "Crime data"]}


def test_no_marked_or_unapproved_record_reaches_any_public_output(leaky_register: dict, db_url: str) -> None:
    from concord.web import create_app

    app = create_app(db_url, secret_key="a test key, not secret", config={"TESTING": True})
    try:
        searches = tuple(f"/public/search?q={w}" for w in leaky_register["searches"])
        pages = crawl(app.test_client(), extra=searches)
    finally:
        app.extensions["concord.store"].dispose()
    for url in searches:  # the words searched for come back in the search box, and only there
        word = url.split("=", 1)[1]
        page = pages.pop(url)
        assert page.status == 200 and page.body.count(f'value="{word}"') == 1
        pages[url.replace(word, "")] = replace(page, url="", body=page.body.replace(f'value="{word}"', ""))
    text = everything(pages)
    leaked = {w: [p.url for p in pages.values() if w in p.body or w in p.url]
              for w in leaky_register["words"] if w and w in text}
    assert not leaked, f"marked or unapproved text reached the public: {leaked}"
    leaked = [u for u in leaky_register["urls"] if re.search(u, text)]
    assert not leaked, f"links to marked or unapproved records: {leaked}"
    # the crawl is not empty: the approved OFFICIAL records are all there
    for shown in ("CPCC2019-008", "Amended section 22A agreement: Chiltern Transport Consortium",
                  "Minutes of 21 September 2016, approved and signed", "/public/agreements/seven-force",
                  "Progress on the commissioner's new Police and Crime Plan", "BEGIN:VEVENT",
                  "Business Coordination Board", "awaiting approval", "https://schema.oparl.org/1.1/Meeting",
                  "https://schema.oparl.org/1.1/Paper", "https://schema.oparl.org/1.1/AgendaItem",
                  "decision_maker,signed_on", "Collaboration agreements (section 22A)"):
        assert shown in text, f"{shown!r} is public but was not found"
    kinds = {p.mimetype for p in pages.values()}
    assert {"text/html", "application/json", "text/calendar", "text/csv", "application/csvm+json"} <= kinds
    assert len(pages) > 150
    assert all(p.status in (200, 400, 404) for p in pages.values())


def test_lowering_a_marking_needs_an_approver_before_the_record_is_public(concord, db_url: str) -> None:  # noqa: ANN001
    from concord.web import create_app

    assert concord("demo").code == 0
    app = create_app(db_url, secret_key="a test key, not secret", config={"TESTING": True})
    client = app.test_client()
    try:
        assert client.get("/public/decisions/CPCC2019-008").status_code == 200
        up = concord("mark", "decision_notice", "CPCC2019-008", "--marking", "OFFICIAL-SENSITIVE", "--reason",
                     "names a supplier", user=EDITOR)
        assert up.code == 0, up.err
        assert client.get("/public/decisions/CPCC2019-008").status_code == 404
        assert "CPCC2019-008" not in client.get("/api/v1/concord/decision-notices").get_data(as_text=True)
        down = ("mark", "decision_notice", "CPCC2019-008", "--marking", "OFFICIAL", "--reason", "supplier named")
        refused = concord(*down, user=EDITOR)
        assert refused.code == 4, refused.err
        assert client.get("/public/decisions/CPCC2019-008").status_code == 404
        assert concord(*down, user=APPROVER).code == 0
        assert client.get("/public/decisions/CPCC2019-008").status_code == 200
        assert "CPCC2019-008" in client.get("/public/data/decision-notices.csv").get_data(as_text=True)
    finally:
        app.extensions["concord.store"].dispose()
