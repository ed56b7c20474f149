"""A long PDF laid out in two processes and joined: its contents, page numbers, bookmarks and links
must be those of the document laid out in one go."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from concord import charts
from concord.domain.markings import Marking
from concord.papers import make, model, pieces
from concord.papers.templates import house
from tests.papers.readback import contents_entries, pdf_pages


def _doc(papers: int) -> model.Document:
    c = charts.variance_by_line(["North", "South", "East"], [Decimal(-12), Decimal(30), Decimal(4)], "£'000")
    chart = model.Chart(c.title, c.png, c.svg, c.description)
    parts = []
    for n in range(1, papers + 1):
        # papers of different lengths, so that the pieces are not all alike
        rows = tuple((f"Line {n}.{i}", f"{100 + i:,}", f"{90 + i:,}") for i in range(12 + 9 * (n % 4)))
        table = model.Table(f"Figures of paper {n}", ("Line", "Budget", "Actual"), rows, (False, True, True))
        appendix = model.Part(f"p{n}-a", f"Figures for paper {n}", Marking.OFFICIAL, kicker="Appendix A",
                              blocks=(table,))
        blocks = (model.Heading("1. Purpose"), model.Para(f"Paper {n} asks the board to note. " * (5 + 20 * (n % 3))),
                  chart)
        parts.append(model.Part(f"p{n}", f"Paper number {n}", Marking.OFFICIAL_SENSITIVE if n == 3 else Marking.OFFICIAL,
                                kicker=f"Item {n}", blocks=blocks, appendices=(appendix,)))
    cover = model.Cover("Test Board", "1 April 2030, 10:00", (("Meeting", "Test Board"),))
    return model.Document("Test pack", tuple(parts), cover, True, name="test-pack")


def _check(path: Path, doc: model.Document) -> list[str]:
    pages = pdf_pages(path)
    total = len(pages)
    for i, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {i} of {total}") or f"Page {i} of {total}" in text, (i, text[-80:])
        assert f"Page {i + 1} of" not in text
    entries = contents_entries(path)
    assert [t for t, _ in entries] == [f"{p.kicker}: {p.title}" for _, p in doc.entries()]
    for title, page in entries:
        opening = title.replace(": ", " ", 1)  # a part opens with its kicker above its title
        assert opening in pages[page - 1], (title, page)
        # and on that page, not the one before: the entry names the part's first page
        assert opening not in pages[page - 2], (title, page)
    sensitive = next(page for title, page in entries if title == "Item 3: Paper number 3")
    assert "OFFICIAL-SENSITIVE" in pages[sensitive - 1] and "OFFICIAL-SENSITIVE" not in pages[sensitive]
    return pages


def test_a_long_pack_is_laid_out_in_pieces_with_the_right_contents(tmp_path: Path) -> None:
    doc = _doc(9)
    assert pieces.worthwhile(doc, house())
    path = tmp_path / "pack.pdf"
    path.write_bytes(make.render(doc, "pdf"))
    pages = _check(path, doc)
    reader = PdfReader(str(path))
    # bookmarks: the cover, the contents, then every part and appendix in order
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[2:] == [p.title for _, p in doc.entries()]
    assert reader.metadata.title == "Test pack"
    # every contents entry is a link to its part's first page
    entries = contents_entries(path)
    links = []
    for index in range(1, 4):
        for a in reader.pages[index].get("/Annots", []):
            a = a.get_object()
            if a.get("/Subtype") == "/Link" and "/Dest" in a:
                links.append(reader.get_page_number(a["/Dest"][0].get_object()) + 1)
    assert sorted(set(links)) == sorted({page for _, page in entries})
    assert len(pages) >= 20


def test_an_organisations_own_layout_is_laid_out_in_one_go(tmp_path: Path) -> None:
    own = tmp_path / "house"
    own.mkdir()
    style = (Path(pieces.__file__).parent / "templates" / "style.css").read_text(encoding="utf-8")
    (own / "style.css").write_text(style.replace("#0b0c0c", "#111111"), encoding="utf-8")
    doc = _doc(7)
    assert not pieces.worthwhile(doc, house(own))
    path = tmp_path / "pack.pdf"
    path.write_bytes(make.render(doc, "pdf", own))
    _check(path, doc)


def test_the_split_is_of_whole_parts_and_near_the_share_asked() -> None:
    doc = _doc(9)
    for share in (0.5, pieces.LEAD_SHARE):
        one, two = pieces.split(doc.parts, share)
        assert one + two == doc.parts and one and two
        first, total = sum(map(pieces._weight, one)), sum(map(pieces._weight, doc.parts))
        assert abs(first - share * total) <= max(map(pieces._weight, doc.parts)) / 2
