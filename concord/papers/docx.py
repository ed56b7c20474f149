"""A document as DOCX with python-docx: Word's own headings, tables, pictures and page numbers,
so that an officer can edit it. Each part is a section of its own, whose header and footer carry
its protective marking; the contents is a Word TOC field that Word fills in when it opens.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from concord.papers import model
from concord.papers.templates import House, long_date


def render(doc: model.Document, house: House) -> bytes:
    d = new_docx()
    colour = RGBColor.from_string(str(house.settings.get("colour", "#1d70b8")).lstrip("#")[:6])
    _styles(d, colour)
    first = True
    if doc.cover:
        _cover(d, doc, house)
        _marking(d.sections[-1], doc.marking.value, house)
        first = False
    if doc.contents:
        if not first:
            d.add_section(WD_SECTION.NEW_PAGE)
        _contents(d, doc)
        _marking(d.sections[-1], doc.marking.value, house)
        first = False
    for part in doc.parts:
        for p in (part, *part.appendices):
            if not first:
                d.add_section(WD_SECTION.NEW_PAGE)
            first = False
            _part(d, p)
            _marking(d.sections[-1], p.marking_text, house)
    d.core_properties.title = doc.title
    d.core_properties.author = str(house.settings.get("organisation", ""))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _styles(d: Any, colour: RGBColor) -> None:  # noqa: ANN401
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        d.styles[name].font.color.rgb = colour
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)


def _cover(d: Any, doc: model.Document, house: House) -> None:  # noqa: ANN401
    assert doc.cover is not None
    if house.logo_bytes and not str(house.settings.get("logo", "")).endswith(".svg"):
        d.add_picture(io.BytesIO(house.logo_bytes), height=Cm(2.2))
    d.add_paragraph(str(house.settings.get("organisation", "")))
    d.add_paragraph(doc.cover.title, style="Title")
    d.add_paragraph(doc.cover.subtitle).runs[0].font.size = Pt(15)
    _facts(d, doc.cover.facts)


def _contents(d: Any, doc: model.Document) -> None:  # noqa: ANN401
    d.add_heading("Contents", level=1)
    p = d.add_paragraph()
    _field(p, 'TOC \\o "1-2" \\h \\z', [f"{part.kicker}: {part.title}" if part.kicker else part.title
                                         for _, part in doc.entries()])
    _update_fields_on_open(d.settings.element)
    if doc.left_out:
        d.add_heading("Not in this pack", level=2)
        for line in doc.left_out:
            d.add_paragraph(line, style="List Bullet")


#: what comes after w:updateFields in w:settings (ECMA-376 CT_Settings): Word refuses a file out of order
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                        "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def _update_fields_on_open(settings: Any) -> None:  # noqa: ANN401
    """`<w:updateFields w:val="true"/>` in its place: Word asks to refresh the contents' page numbers on open."""
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = next((child for child in settings if child.tag in {qn(f"w:{n}") for n in _AFTER_UPDATE_FIELDS}), None)
    if later is None:
        settings.append(update)
    else:
        later.addprevious(update)


def _field(paragraph: Any, instruction: str, shown: list[str] | None = None) -> None:  # noqa: ANN401
    """A Word field (PAGE, NUMPAGES, TOC) with what it shows until Word updates it."""
    def char(kind: str) -> Any:  # noqa: ANN401
        run = OxmlElement("w:r")
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run.append(fld)
        return run
    p = paragraph._p
    p.append(char("begin"))
    run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run.append(text)
    p.append(run)
    p.append(char("separate"))
    for i, line in enumerate(shown or ["1"]):
        r = OxmlElement("w:r")
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
        p.append(r)
    p.append(char("end"))


def _marking(section: Any, marking: str, house: House) -> None:  # noqa: ANN401
    """The part's marking at the top and foot of each of its pages, with the page number and the footer words."""
    for area in (section.header, section.footer):
        area.is_linked_to_previous = False
        para = area.paragraphs[0]
        para.text = ""
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(marking)
        run.bold = True
        run.font.size = Pt(9)
    foot = section.footer.add_paragraph()
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run(f"{house.settings.get('footer', '')}    Page ").font.size = Pt(8)
    _field(foot, "PAGE")
    foot.add_run(" of ").font.size = Pt(8)
    _field(foot, "NUMPAGES")


def _facts(d: Any, pairs: tuple[tuple[str, str], ...]) -> None:  # noqa: ANN401
    table = d.add_table(rows=0, cols=2)
    for label, value in pairs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width, cells[1].width = Cm(3.5), Cm(13.5)


def _part(d: Any, part: model.Part) -> None:  # noqa: ANN401
    if part.kicker:
        d.add_paragraph(part.kicker)
    d.add_heading(part.title, level=1)
    for block in part.blocks:
        _block(d, block)


def _block(d: Any, x: model.Block) -> None:  # noqa: ANN401
    if isinstance(x, model.Para):
        p = d.add_paragraph(x.text)
        if x.style in ("note", "small"):
            for r in p.runs:
                r.font.size = Pt(8.5)
    elif isinstance(x, model.Heading):
        d.add_heading(x.text, level=x.level)
    elif isinstance(x, model.Items):
        for e in x.entries:
            d.add_paragraph(e, style="List Number" if x.numbered else "List Bullet")
    elif isinstance(x, model.Facts):
        _facts(d, x.pairs)
    elif isinstance(x, model.Table):
        _table(d, x)
    elif isinstance(x, model.Chart):
        d.add_picture(io.BytesIO(x.png), width=Cm(16.5))
        d.add_paragraph(x.title).runs[0].italic = True
    elif isinstance(x, model.Signature):
        d.add_paragraph("\n\nSigned: ______________________________")
        d.add_paragraph(f"{x.name}\n{x.capacity}")
        d.add_paragraph(f"Date: {long_date(x.signed_on) if x.signed_on else '____________'}")


def _table(d: Any, x: model.Table) -> None:  # noqa: ANN401
    if x.caption:
        d.add_paragraph(x.caption).runs[0].bold = True
    table = d.add_table(rows=1, cols=len(x.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    numeric = x.numeric or (False,) * len(x.columns)
    for i, c in enumerate(x.columns):
        cell = table.rows[0].cells[i]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for n, row in enumerate(x.rows):
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
            para = cells[i].paragraphs[0]
            if numeric[i]:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in para.runs:
                r.font.size = Pt(8)
                r.bold = n in x.totals
    if x.note:
        d.add_paragraph(x.note).runs[0].font.size = Pt(8.5)


def _repeat_header(row: Any) -> None:  # noqa: ANN401
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)
