"""`concord pack`: the 16 December 2016 BCB pack from the demo, read back from its PDF and DOCX."""

from __future__ import annotations

from pathlib import Path

from tests.papers.readback import contents_entries, docx_header_texts, docx_headings, docx_tables, pdf_pages

DEC = "cambridgeshire-bcb/2016-12-16"
NAME = "cambridgeshire-bcb-2016-12-16-agenda-pack"


def _register_figures(store) -> list[tuple[str, str]]:  # noqa: ANN001
    """(label, forecast as printed in £'000) of every revenue line of month 6, read through the services."""
    from concord.domain.vocab import TableKind
    from concord.papers.finance import money
    from concord.services import paper_finance
    from concord.services.context import reading, system_actor

    with reading(store, system_actor("test")) as ctx:
        tables = paper_finance.monitoring(ctx, TableKind.REVENUE, "cambridgeshire", 2016, 6)
    return [(r.label, money(r.forecast, t.unit)) for t in tables for r in t.revenue]


def test_the_december_2016_pack_from_the_demo(concord, store, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    out = tmp_path / "pack"
    ran = concord("pack", "--meeting", DEC, "--out", out)
    assert ran.code == 0, ran.err
    assert sorted(p.name for p in out.iterdir()) == [f"{NAME}.docx", f"{NAME}.pdf"]  # no temporary file left
    pages = pdf_pages(out / f"{NAME}.pdf")
    assert len(pages) > 20
    # each contents entry is on the page the contents prints for it
    entries = contents_entries(out / f"{NAME}.pdf")
    titles = [t for t, _ in entries]
    for wanted in ("Item 7: Revenue budget monitoring, month 6 2016/17", "Item 8: Capital monitoring, month 6 2016/17",
                   "Item 9: Medium Term Financial Plan and 2017/18 budget update",
                   "Item 13: Section 22A agreement: Chiltern Transport Consortium",
                   "Item 14: Estates: strategic scoping report"):
        assert wanted in titles, titles
    assert len(entries) >= 20
    for title, page in entries:
        head = title.split(": ", 1)[1] if ": " in title else title
        assert head[:40] in pages[page - 1], f"{title!r} is not on page {page}"
    text = " ".join(pages)
    assert "Minutes of the meeting of 10 November 2016" in text and "Report back on use of force" in text
    assert "Apologies" in text and "Jason Ablewhite" in text
    # every page carries its marking at its head and foot
    assert all(p.count("OFFICIAL") >= 2 for p in pages)
    minutes_page = next(page for title, page in entries if title.endswith("Minutes of the meeting of 10 November 2016"))
    assert "OFFICIAL (PROTECT until Approved)" in pages[minutes_page - 1]
    # every figure is the register's
    figures = _register_figures(store)
    assert len(figures) > 80
    for label, forecast in figures:
        assert f" {forecast} " in f" {text} ", (label, forecast)
    # the DOCX: real Word headings and tables, with the same figures
    headings = [h for _, h in docx_headings(out / f"{NAME}.docx")]
    for wanted in ("Agenda", "Minutes of the meeting of 10 November 2016", "Revenue budget monitoring, month 6 2016/17",
                   "Capital monitoring, month 6 2016/17", "Medium Term Financial Plan and 2017/18 budget update",
                   "Section 22A agreement: Chiltern Transport Consortium", "Contents"):
        assert wanted in headings
    rows = {(row[0], row[5]) for t in docx_tables(out / f"{NAME}.docx") for row in t if len(row) == 7}
    for label, forecast in figures:
        assert (label, forecast) in rows  # the line and its forecast, in one row of a Word table
    assert "OFFICIAL (PROTECT until Approved)" in docx_header_texts(out / f"{NAME}.docx")


def test_bad_input_names_the_place_and_leaves_nothing(concord, store, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    out = tmp_path / "never"
    # a meeting with no agenda
    user = "admin@cambridgeshire-opcc.example"
    assert concord("meeting", "add", "cambridgeshire-bcb", "2017-02-02", user=user).code == 0
    ran = concord("pack", "--meeting", "cambridgeshire-bcb/2017-02-02", "--out", out)
    assert ran.code == 2 and "has no agenda" in ran.err and "cambridgeshire-bcb/2017-02-02" in ran.err
    # a paper with no contact officer (the demo's April 2019 paper prints none)
    ran = concord("pack", "--meeting", "cambridgeshire-bcb/2019-04-04", "--out", out)
    assert ran.code == 2 and "item 4: Single Online Home" in ran.err and "no contact officer" in ran.err
    # a marking above what the pack may carry
    ran = concord("pack", "--meeting", DEC, "--out", tmp_path / "secret-ok", "--max-marking", "SECRET")
    assert ran.code == 0
    paper = _paper_id(store, "Crime data integrity")
    assert concord("mark", "paper", str(paper), "--marking", "OFFICIAL-SENSITIVE", "--reason", "test",
                   user=user).code == 0
    ran = concord("pack", "--meeting", DEC, "--out", tmp_path / "strict", "--max-marking", "OFFICIAL")
    assert ran.code == 2 and "item 10: Crime data integrity" in ran.err and "OFFICIAL-SENSITIVE" in ran.err
    assert not (tmp_path / "strict").exists()
    # a template that fails
    own = tmp_path / "house"
    own.mkdir()
    (own / "blocks.html").write_text("{% macro part(p) %}{{ p.no_such_thing.deeper }}{% endmacro %}"
                                     "{% macro items(e) %}{% endmacro %}{% macro facts(f) %}{% endmacro %}")
    ran = concord("pack", "--meeting", DEC, "--out", tmp_path / "broken", "--templates", own)
    assert ran.code == 2 and "blocks.html" in ran.err, ran.err
    assert not (tmp_path / "broken").exists()
    assert not out.exists()


def test_a_public_pack_leaves_out_what_is_not_public_and_says_so(concord, store, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    paper = _paper_id(store, "Complaints: policy review and reforms")
    assert concord("mark", "paper", str(paper), "--marking", "OFFICIAL-SENSITIVE", "--reason", "test",
                   user="admin@cambridgeshire-opcc.example").code == 0
    ran = concord("pack", "--meeting", DEC, "--out", tmp_path, "--public")
    assert ran.code == 0, ran.err
    pages = pdf_pages(tmp_path / f"{NAME}-public.pdf")
    assert "Not in this pack" in pages[1] and "Item 11: Complaints: policy review and reforms" in pages[1]
    assert "Complaints policy statement" not in " ".join(pages[2:]).lower().capitalize()
    assert not any("Complaints: policy review and reforms" in p for p in pages[2:] if "Agenda" not in p)


def _paper_id(store, title: str) -> int:  # noqa: ANN001
    import sqlalchemy as sa

    from concord.store import models as m

    with store.reading() as s:
        return int(s.scalar(sa.select(m.Paper.id).where(m.Paper.title == title)))
