"""Word documents read as Word prints them, through the real `concord ingest` in a fresh process.

A Word agenda's item numbers and a minute's references are usually Word's own list numbering: the number is not in
the paragraph's text but printed from the list's definition (where the list starts, its format, its levels). A
PCC's decision record template holds its fields in content controls. python-docx reads neither; before, such an
agenda had no items and such a record no decision. Bodies and people invented; the documents are built here with
python-docx and their numbering and controls written as Word writes them."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")


def _ingest(concord, path: Path) -> dict:  # noqa: ANN001
    ran = concord("ingest", str(path), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _numbering(d, abstract_id: int, levels: list[tuple[str, str]], lists: dict[int, int | None]) -> None:  # noqa: ANN001
    """A list definition (``levels``: each level's format and text) and list instances over it, by id, each
    restarted at the given number (None: it goes on from the last list of the same definition)."""
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                   f"</w:lvl>" for k, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_id, start in lists.items():
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if start is not None else "")
        numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                                   f"{override}</w:num>"))


def _listed(d, text: str, num_id: int, level: int = 0, style: str | None = None):  # noqa: ANN001, ANN202
    p = d.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def test_an_agendas_word_numbering_gives_its_items(concord, tmp_path):  # noqa: ANN001
    d = docx.Document()
    d.add_paragraph("Minutes of the Brackenshire Police and Crime Panel", style="Title")
    d.add_paragraph("Date: Thursday 6 March 2025")
    d.add_paragraph("Venue: Council Chamber, Brackenshire County Hall")
    d.add_paragraph("Present")
    for name in ("Councillor Hal Prentice (Chair)", "Councillor Ada Marlow", "Mrs Ruth Penhale"):
        d.add_paragraph(name, style="List Bullet")  # Word's bullets: the style's own list
    d.add_paragraph("Apologies")
    d.add_paragraph("Councillor Tom Ashby", style="List Bullet")
    # minutes numbered on from the last meeting's: the list starts at 41; a sub-level numbers a minute's paragraphs
    _numbering(d, 90, [("decimal", "%1."), ("decimal", "%1.%2")], {91: 41, 92: None})
    _listed(d, "Declarations of interest", 91)
    d.add_paragraph("There were none.")
    _listed(d, "Minutes of the meeting held on 9 January 2025", 91)
    _listed(d, "The minutes were agreed as a true record.", 91, level=1)
    _listed(d, "Police and Crime Plan: Progress Report", 92)  # another list instance: it goes on counting (43)
    d.add_paragraph("The panel noted the report.")
    d.save(tmp_path / "panel.docx")
    meeting, = _ingest(concord, tmp_path / "panel.docx")["meetings"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("41", "Declarations of interest"), ("42", "Minutes of the meeting held on 9 January 2025"),
        ("43", "Police and Crime Plan: Progress Report")]
    assert meeting["members"] == ["Hal Prentice", "Ada Marlow", "Ruth Penhale"]
    assert meeting["apologies"] == ["Tom Ashby"]


def _control(value: str) -> str:
    """A plain-text content control holding ``value``, as a template's fill-in field."""
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="Field"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t xml:space='
            f'"preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def test_a_decision_records_fields_in_content_controls_are_read(concord, tmp_path):  # noqa: ANN001
    d = docx.Document()
    d.add_paragraph("Record of Decision", style="Title")
    fields = [("Decision reference", "BPCC/2025/014"), ("Title", "Replacement of the custody CCTV system"),
              ("Executive summary", "The custody suites' CCTV is at the end of its life and no longer supported."),
              ("Decision", "I approve the replacement of the custody CCTV system at a cost of £412,000."),
              ("Contact officer", "Megan Trevithick, Chief Finance Officer")]
    t = d.add_table(rows=0, cols=2)
    for label, value in fields:
        row = t.add_row().cells
        row[0].text = label
        row[1].paragraphs[0]._p.append(parse_xml(_control(value)))
    # the date and signature in a block content control round a whole paragraph, a late correction tracked
    d.element.body.find(qn("w:sectPr")).addprevious(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Signed"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">'
        f'Signature: Ellen Brackley, Police and Crime Commissioner</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    p = d.add_paragraph("Date: ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="A"><w:r><w:delText>3 April 2025</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="A"><w:r><w:t>4 April 2025</w:t></w:r></w:ins>'))
    d.save(tmp_path / "record.docx")
    notice, = _ingest(concord, tmp_path / "record.docx")["decision_notices"]
    assert notice["reference"] == "BPCC/2025/014"
    assert notice["subject"] == "Replacement of the custody CCTV system"
    assert notice["contact_officer"] == "Megan Trevithick"
    assert notice["decision"] == "I approve the replacement of the custody CCTV system at a cost of £412,000."
    assert notice["date"] == "2025-04-04"  # the inserted date, not the deleted one


def test_numbered_paragraphs_and_bullets_set_at_a_tab_are_no_table(concord, tmp_path):  # noqa: ANN001
    """Typed numbers and bullets with a tab before their text ("4.1<tab>the capital expenditure ...", "·<tab>Jo
    Roe, ..."), as officers type them in Word: a numbered list and a list of people, not a table of figures, and
    a minute's own number before its agenda number ("551.<tab>Chair's Report (Item 3)")."""
    text = ("Minutes of the Fenmoor Joint Audit Committee\nDate: 12 May 2022\n\nOfficers in attendance:\n\n"
            "·\tIan Rowe, County Secretary - Fenmoor County Council\n"
            "·\tJo Kerr, Chief Executive - Fenmoor Police Authority\n\n"
            "Apologies (Item 2)\n•\tLiz Amberley\n\n"
            "551.\tChair’s Report (Item 3)\nThe Chair updated members on the training session.\n"
            "552.\tCapital Monitoring (Item 4)\nThe committee NOTED:\n"
            "4.1\tthe capital expenditure of £397,581 to September 2021 against the capital programme; and\n"
            "4.2\tthe progress and re-profiling to date along with the projected spend on each project.\n")
    p = tmp_path / "jac.txt"
    p.write_text(text, encoding="utf-8")
    out = _ingest(concord, p)
    assert out["tables"] == []
    meeting, = out["meetings"]
    assert meeting["in_attendance"] == ["Ian Rowe", "Jo Kerr"]
    assert meeting["apologies"] == ["Liz Amberley"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("2", "Apologies"), ("551", "Chair's Report"), ("552", "Capital Monitoring")]


def test_a_caption_over_a_tables_heads_is_its_title(concord, tmp_path):  # noqa: ANN001
    """A table's caption straight over its column heads, no blank line between (a Word paper's paragraphs)."""
    text = ("Revenue Budget Monitoring 2024/25 – Period 7\n\nThe forecast is set out below.\n"
            "Table 1 – Summary of revenue forecast against budget at Period 7\n"
            "Business Group Full Year Budget\n(£000)\nForecast outturn\n(£000)\nVariance\n(£000)\n"
            "Local Policing 402,118 409,200 7,082\nSpecialist Crime 188,300 185,912 -2,388\n"
            "Support Services 96,550 97,004 454\n")
    p = tmp_path / "budget.txt"
    p.write_text(text, encoding="utf-8")
    table, = _ingest(concord, p)["tables"]
    assert table["title"] == "Table 1 - Summary of revenue forecast against budget at Period 7"
    assert table["columns"][0] == "Full Year Budget (£000)"
    assert [r["label"] for r in table["rows"]] == ["Local Policing", "Specialist Crime", "Support Services"]
