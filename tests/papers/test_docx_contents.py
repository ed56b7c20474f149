"""The DOCX contents: a Word TOC field that shows the entries before Word updates it, and a file
that tells Word to update its fields when it is opened."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from concord.domain.markings import Marking
from concord.papers import make, model

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# the order ECMA-376 gives the elements of w:settings around w:updateFields
BEFORE = ("zoom", "proofState", "defaultTabStop", "characterSpacingControl")
AFTER = ("compat", "rsids", "mathPr", "themeFontLang", "clrSchemeMapping", "shapeDefaults", "decimalSymbol",
         "listSeparator")


def _doc() -> model.Document:
    parts = tuple(model.Part(f"p{n}", f"Paper {n}", Marking.OFFICIAL, kicker=f"Item {n}",
                             blocks=(model.Para("Text."),),
                             appendices=(model.Part(f"p{n}-a", f"Figures {n}", Marking.OFFICIAL, kicker="Appendix A"),))
                  for n in range(1, 4))
    return model.Document("Pack", parts, model.Cover("Board", "today", ()), True, name="pack")


def _xml(docx: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return etree.fromstring(z.read(name))


def test_word_is_told_to_update_the_contents_when_it_opens_the_file() -> None:
    settings = _xml(make.render(_doc(), "docx"), "word/settings.xml")
    found = settings.findall(f"{W}updateFields")
    assert len(found) == 1 and found[0].get(f"{W}val") == "true"
    names = [etree.QName(child).localname for child in settings]
    at = names.index("updateFields")
    assert not any(n in AFTER for n in names[:at]), names  # in its place, or Word calls the file damaged
    assert not any(n in BEFORE for n in names[at + 1:]), names


def test_the_contents_shows_every_entry_in_its_own_paragraph_linked_to_its_heading_before_word_updates_it() -> None:
    body = _xml(make.render(_doc(), "docx"), "word/document.xml")
    paragraphs = list(body.iter(f"{W}p"))
    first = next(i for i, p in enumerate(paragraphs)
                 if "".join(t.text or "" for t in p.iter(f"{W}instrText")).strip().startswith("TOC"))
    entries, depth, i = [], 0, first
    while True:  # the TOC field runs from its first entry's paragraph to the end of its last's
        p = paragraphs[i]
        for char in p.iter(f"{W}fldChar"):
            depth += {"begin": 1, "end": -1}.get(char.get(f"{W}fldCharType"), 0)
        links = p.findall(f"{W}hyperlink")
        assert len(links) == 1, "one entry, one link, in each paragraph"
        style = p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        instructions = "".join(t.text or "" for t in p.iter(f"{W}instrText"))
        entries.append(("".join(t.text for t in links[0].iter(f"{W}t")), links[0].get(f"{W}anchor"), style,
                        "PAGEREF " + links[0].get(f"{W}anchor") in instructions))
        i += 1
        if depth == 0:
            break
    assert [(text, level[-1], pageref) for text, _, level, pageref in entries] == [
        ("Item 1: Paper 1", "1", True), ("Appendix A: Figures 1", "2", True), ("Item 2: Paper 2", "1", True),
        ("Appendix A: Figures 2", "2", True), ("Item 3: Paper 3", "1", True), ("Appendix A: Figures 3", "2", True)]
    # each link leads to a bookmark on its part's Heading 1
    marks = {}
    for p in paragraphs:
        for start in p.iter(f"{W}bookmarkStart"):
            marks[start.get(f"{W}name")] = "".join(t.text or "" for t in p.iter(f"{W}t"))
    assert [marks[anchor] for _, anchor, _, _ in entries] == [
        "Paper 1", "Figures 1", "Paper 2", "Figures 2", "Paper 3", "Figures 3"]
    assert len({anchor for _, anchor, _, _ in entries}) == 6
