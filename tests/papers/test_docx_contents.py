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


def test_the_contents_field_shows_every_entry_before_word_updates_it() -> None:
    body = _xml(make.render(_doc(), "docx"), "word/document.xml")
    for p in body.iter(f"{W}p"):
        instructions = "".join(t.text or "" for t in p.iter(f"{W}instrText"))
        if instructions.strip().startswith("TOC"):
            break
    else:
        raise AssertionError("no TOC field")
    shown, inside = [], False
    for el in p.iter():
        if el.tag == f"{W}fldChar":
            inside = el.get(f"{W}fldCharType") == "separate"
        elif el.tag == f"{W}t" and inside:
            shown.append(el.text)
    assert shown == ["Item 1: Paper 1", "Appendix A: Figures 1", "Item 2: Paper 2", "Appendix A: Figures 2",
                     "Item 3: Paper 3", "Appendix A: Figures 3"]
