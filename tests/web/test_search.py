"""Search through the app and `concord search`: records and paper text, ranked, marking-aware."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.web.conftest import text_of

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
#: words printed in the seed papers (not in their titles, and in no demo record)
BCB_PACK_WORDS = "Medium Term Financial Plan"
SEVEN_FORCE_WORDS = "Seven Force"


def _ingest(concord, seeds: Path, name: str) -> None:  # noqa: ANN001
    ran = concord("ingest", seeds / name, user=EDITOR)
    assert ran.code == 0, ran.err


def test_search_finds_a_record_and_a_papers_text_in_the_app(pages, demo, concord, seeds) -> None:  # noqa: ANN001
    _ingest(concord, seeds, "000_da7a5188954c7516.txt")
    pages.sign_in(demo["viewer"])
    found = pages.get("/search?q=Single+Online+Home")
    assert found.status_code == 200
    links = {a["href"] for a in found.soup.select("ol a")}
    assert "/alliances/single-online-home" in links  # a record, linked to its page
    assert "Single Online Home" in text_of(found)
    # the text of a stored paper (words in its body), with the words shown in a snippet
    paper = pages.get("/search?q=statutory+guidance&kind=document")
    assert "000_da7a5188954c7516.txt" in text_of(paper)
    assert [s.get_text() for s in paper.soup.select("ol strong")][:2] == ["Statutory", "Guidance"]


def test_search_refuses_empty_words_and_unknown_kinds_with_the_error_on_the_field(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    empty = pages.get("/search?q=+")
    assert empty.status_code == 400
    assert empty.soup.select_one(".govuk-error-summary a")["href"] == "#q"
    assert "Enter the words to search for" in text_of(empty)
    odd = pages.get("/search?q=kent&kind=spaceship")
    assert odd.status_code == 400 and "spaceship" in text_of(odd)
    assert pages.get("/search").status_code == 200  # the empty form, no error


def test_search_needs_a_signed_in_user(pages, demo) -> None:  # noqa: ANN001
    assert pages.get("/search?q=kent").status_code == 302


def test_the_index_follows_writes_made_through_concord(pages, demo, concord) -> None:  # noqa: ANN001
    pages.sign_in(demo["viewer"])
    assert "No results" in text_of(pages.get("/search?q=quinquereme"))
    ran = concord("agreement", "add", "fleet-2024", "--title", "Regional quinquereme fleet", "--party", "kent",
                  "--party", "essex", "--start", "2024-04-01", "--end", "2027-03-31", user=demo["administrator"].email)
    assert ran.code == 0, ran.err
    found = pages.get("/search?q=quinquereme")
    assert "Regional quinquereme fleet" in text_of(found)
    ran = concord("search", "quinquereme", user=VIEWER)
    assert ran.code == 0 and "agreement fleet-2024: Regional quinquereme fleet" in ran.out


def test_a_marked_paper_is_found_only_by_those_with_rights(pages, new_pages, demo, concord, seeds) -> None:  # noqa: ANN001
    """The seed board pack prints "PROTECT until Approved": its text is held for its owner's organisation."""
    _ingest(concord, seeds, "004_3a47b0fb0bef4358.txt")
    outsider = pages
    outsider.sign_in(demo["viewer"])  # Hertfordshire OPCC: no rights over a Cambridgeshire paper
    assert "004_3a47b0fb0bef4358.txt" not in text_of(outsider.get(f"/search?q={BCB_PACK_WORDS}"))
    insider = new_pages()
    insider.sign_in(demo["editor"])  # Cambridgeshire OPCC, which stored it
    found = insider.get(f"/search?q={BCB_PACK_WORDS}")
    assert "004_3a47b0fb0bef4358.txt" in text_of(found)
    assert "Held until approved" in text_of(found)  # its marking is shown
    # the same through `concord search` in a fresh process
    assert "004_3a47b0fb0bef4358.txt" not in concord("search", BCB_PACK_WORDS, user=VIEWER).out
    assert "004_3a47b0fb0bef4358.txt" not in concord("search", BCB_PACK_WORDS).out  # the public
    assert "004_3a47b0fb0bef4358.txt" in concord("search", BCB_PACK_WORDS, user=EDITOR).out


def test_a_record_marked_after_ingestion_leaves_the_results_of_those_without_rights(
        pages, new_pages, demo, concord, seeds, db_url) -> None:  # noqa: ANN001
    """Records accepted from a seed belong to the organisation that stored it; an approver marks one."""
    ran = concord("ingest", seeds / "001_7ee0042519c720e7.txt", "--auto-accept", user=EDITOR)
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        paper_id, title = conn.execute(sa.text(
            "SELECT p.id, p.title FROM paper p JOIN organisation o ON o.id = p.owner_id "
            "WHERE o.slug = 'cambridgeshire-opcc' AND p.marking = 'OFFICIAL' ORDER BY p.id")).first()
    engine.dispose()
    words = " ".join(title.split()[:4])
    before = concord("search", words, "--kind", "paper", user=VIEWER)
    assert f"paper {paper_id}:" in before.out, before.out  # public while OFFICIAL
    ran = concord("mark", "paper", paper_id, "--marking", "OFFICIAL-SENSITIVE", "--reason", "names a supplier",
                  user=APPROVER)
    assert ran.code == 0, ran.err
    assert f"paper {paper_id}:" not in concord("search", words, "--kind", "paper", user=VIEWER).out
    assert f"paper {paper_id} [OFFICIAL-SENSITIVE]:" in concord("search", words, "--kind", "paper", user=EDITOR).out
    pages.sign_in(demo["viewer"])
    assert title not in text_of(pages.get(f"/search?q={words}&kind=paper"))
    insider = new_pages()
    insider.sign_in(demo["editor"])
    assert title in text_of(insider.get(f"/search?q={words}&kind=paper"))


def test_concord_search_finds_records_and_paper_text_in_a_fresh_process(concord, seeds) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    assert concord("ingest", seeds / "000_da7a5188954c7516.txt", user=EDITOR).code == 0
    ran = concord("search", SEVEN_FORCE_WORDS, user=VIEWER)
    assert ran.code == 0
    assert "agreement seven-force:" in ran.out  # a record
    assert "document 000_da7a5188954c7516.txt (revision 1)" in ran.out  # a paper's text
    assert "«Seven» «Force»" in ran.out  # the snippet shows the words found
    only = concord("search", SEVEN_FORCE_WORDS, "--kind", "document", user=VIEWER)
    assert "agreement seven-force" not in only.out and "000_da7a5188954c7516.txt" in only.out
    bad = concord("search", "kent", "--kind", "spaceship")
    assert bad.code == 2 and "kind" in bad.err and "spaceship" in bad.err
