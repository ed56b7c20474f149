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
    """Word's own table of contents: a TOC field over the parts' headings (Heading 1) whose shown result
    is one paragraph per entry, as Word writes it: a link to the part's heading, a tab and a PAGEREF
    field that Word fills in with its page when it updates the fields on opening the file."""
    d.add_paragraph("Contents", style="TOC Heading")
    entries = [(f"{part.kicker}: {part.title}" if part.kicker else part.title, part.anchor, level)
               for level, part in doc.entries()]
    styles = {level: _toc_style(d, level) for _, _, level in entries}
    last = len(entries) - 1
    for i, (text, anchor, level) in enumerate(entries):
        p = d.add_paragraph(style=styles[level])
        if i == 0:
            _field_start(p, 'TOC \\o "1-1" \\h \\z')
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark(anchor))
        link.set(qn("w:history"), "1")
        link.append(_run(text))
        p._p.append(link)
        p._p.append(_run(None, tab=True))
        _field_start(p, f"PAGEREF {_bookmark(anchor)} \\h")
        p._p.append(_field_char("end"))
        if i == last:
            p._p.append(_field_char("end"))
    _update_fields_on_open(d.settings.element)
    if doc.left_out:
        d.add_heading("Not in this pack", level=2)
        for line in doc.left_out:
            d.add_paragraph(line, style="List Bullet")


def _toc_style(d: Any, level: int) -> Any:  # noqa: ANN401
    """Word's built-in "toc N" paragraph style, with its indent and a right tab for the page number."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    name = f"toc {level}"
    if name in [s.name for s in d.styles]:
        return d.styles[name]
    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
    style.paragraph_format.space_after = Pt(4)
    style.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    return style


def _bookmark(anchor: str) -> str:
    """The Word bookmark name of a part's heading (letters, digits and _ only, at most 40 characters)."""
    return ("_Toc_" + "".join(c if c.isalnum() else "_" for c in anchor))[:40]


def _mark(paragraph: Any, anchor: str, number: int) -> None:  # noqa: ANN401
    """A bookmark around the paragraph's text, for the contents' link and PAGEREF."""
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), _bookmark(anchor))
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0 if paragraph._p.pPr is None else 1, start)
    paragraph._p.append(end)


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


def _field_char(kind: str) -> Any:  # noqa: ANN401
    run = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run.append(fld)
    return run


def _run(text: str | None, tab: bool = False) -> Any:  # noqa: ANN401
    r = OxmlElement("w:r")
    if tab:
        r.append(OxmlElement("w:tab"))
    if text is not None:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    return r


def _field_start(paragraph: Any, instruction: str) -> None:  # noqa: ANN401
    """The start of a Word field: its instruction, then what it shows until Word updates it."""
    p = paragraph._p
    p.append(_field_char("begin"))
    run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run.append(text)
    p.append(run)
    p.append(_field_char("separate"))


def _field(paragraph: Any, instruction: str, shown: str = "1") -> None:  # noqa: ANN401
    """A Word field (PAGE, NUMPAGES) with what it shows until Word updates it."""
    _field_start(paragraph, instruction)
    paragraph._p.append(_run(shown))
    paragraph._p.append(_field_char("end"))


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
    _mark(d.add_heading(part.title, level=1), part.anchor, len(d.paragraphs))
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
