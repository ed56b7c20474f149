"""Word's list numbers as the DOCX reader counts them (``concord.ingest.readers.docx_numbering``): formats, where a
list starts, levels that start again under a new number, lists that go on from one to the next, "legal" numbering,
and bullets. Each document is built with python-docx and its numbering written as Word writes it."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from concord.ingest.readers.docx import read_docx

W = nsdecls("w")


def _doc(levels: list[str], lists: dict[int, int | None], paras: list[tuple[str, int, int]], tmp: Path) -> list[str]:
    """The lines read from a document with one list definition (``levels``: each level's ``<w:lvl>`` inner XML),
    list instances (id: restart or None) and paragraphs (text, list id, level)."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}">{inner}</w:lvl>' for k, inner in enumerate(levels))
    numbering.find(qn("w:num")).addprevious(parse_xml(f'<w:abstractNum {W} w:abstractNumId="77">{lvls}</w:abstractNum>'))
    for num_id, start in lists.items():
        override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start else ""
        numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="77"/>{override}</w:num>'))
    for text, num_id, level in paras:
        p = d.add_paragraph(text)
        if num_id:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    d.save(tmp / "n.docx")
    return [line for line in read_docx(tmp / "n.docx")[0].text.split("\n") if line]


def _lvl(fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>{extra}'


def test_levels_count_and_start_again_under_a_new_number(tmp_path):
    lines = _doc([_lvl("decimal", "%1."), _lvl("lowerLetter", "(%2)"), _lvl("lowerRoman", "%3)")], {5: None},
                 [("Finance", 5, 0), ("Revenue", 5, 1), ("Pay", 5, 2), ("Overtime", 5, 2), ("Capital", 5, 1),
                  ("Estates", 5, 0), ("Leases", 5, 1), ("A note.", 0, 0)], tmp_path)
    assert lines == ["1.\tFinance", "(a)\tRevenue", "i)\tPay", "ii)\tOvertime", "(b)\tCapital", "2.\tEstates",
                     "(a)\tLeases", "A note."]


def test_a_list_goes_on_from_the_last_unless_it_restarts(tmp_path):
    lines = _doc([_lvl("decimal", "%1.")], {1: None, 2: None, 3: 40},
                 [("One", 1, 0), ("Two", 1, 0), ("Three", 2, 0), ("Forty", 3, 0), ("Forty-one", 3, 0)], tmp_path)
    assert lines == ["1.\tOne", "2.\tTwo", "3.\tThree", "40.\tForty", "41.\tForty-one"]


def test_multi_level_legal_and_roman_numbers(tmp_path):
    lines = _doc([_lvl("upperRoman", "%1."), _lvl("decimal", "%1.%2", extra="<w:isLgl/>"),
                  _lvl("upperLetter", "%3", start=3, extra='<w:suff w:val="space"/>')], {4: None},
                 [("Part", 4, 0), ("Para", 4, 1), ("Para", 4, 1), ("Sub", 4, 2), ("Part", 4, 0), ("Para", 4, 1)],
                 tmp_path)
    assert lines == ["I.\tPart", "1.1\tPara", "1.2\tPara", "C Sub", "II.\tPart", "2.1\tPara"]


def test_bullets_and_unnumbered_levels(tmp_path):
    lines = _doc([_lvl("bullet", "\uf0b7"), _lvl("none", "")], {6: None},
                 [("Jo Roe", 6, 0), ("no mark", 6, 1), ("Al Ray", 6, 0)], tmp_path)
    assert lines == ["•\tJo Roe", "no mark", "•\tAl Ray"]


def test_a_style_numbers_its_paragraphs(tmp_path):
    """Word's "List Number" style holds its list itself: its paragraphs are numbered with no list of their own."""
    d = docx.Document()
    for text in ("Apologies", "Minutes", "Any other business"):
        d.add_paragraph(text, style="List Number")
    d.save(tmp_path / "s.docx")
    lines = [ln for ln in read_docx(tmp_path / "s.docx")[0].text.split("\n") if ln]
    assert lines == ["1.\tApologies", "2.\tMinutes", "3.\tAny other business"]


def test_ticked_boxes_and_a_text_box_read_once(tmp_path):
    """A form's Wingdings boxes (``w:sym``) as the boxes they print, and a text box read once: Word keeps a second,
    older copy of the drawing (``mc:Fallback``) that prints nothing."""
    d = docx.Document()
    p = d.add_paragraph("Confidential: ")
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> Yes </w:t>'
                          f'<w:sym w:font="Wingdings" w:char="F0A8"/><w:t xml:space="preserve"> No</w:t></w:r>'))
    box = (f'<w:txbxContent {W}><w:p><w:r><w:t>OFFICIAL</w:t></w:r></w:p></w:txbxContent>')
    d.add_paragraph("Marking:")._p.append(parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    d.save(tmp_path / "f.docx")
    lines = [ln for ln in read_docx(tmp_path / "f.docx")[0].text.split("\n") if ln]
    assert lines == ["Confidential: ☒ Yes ☐ No", "Marking:", "OFFICIAL"]
