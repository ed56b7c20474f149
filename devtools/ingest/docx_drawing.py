"""Writing a paper's text as a Word document the way an officer's template holds it (for tests and ``score_docx``):
one paragraph a line, the title in Word's Title style, numbered lines as Word's own automatic numbering (the number
is not in the text: Word prints it from the list's definition), tables as Word tables, and, for a form, each
``Label: value`` line a row of a two-column table whose value may sit in a content control, as a PCC's decision
record template holds its fields. Needs python-docx."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from devtools.ingest.pdf_drawing import _FIELD, _barless, _gridded

# a line numbered as Word's lists number them: "5. Apologies", "5) Apologies", "2.3 The panel noted ..."
_GAP = re.compile(r"[ ]{2,}")
_NUMBERED = re.compile(r"^[ \t]*(?P<n>\d{1,3})(?:\.(?P<sub>\d{1,2}))?(?P<mark>[.)]?)[ \t]+(?P<text>[A-Za-z(“\"'].*)$")


def write_docx(text: str, path: Path, numbering: bool = True, forms: bool = False, controls: bool = False,
               blank: bool = False) -> Path:
    """``numbering``: a line that starts with a number ("5. Apologies", "2.3 The panel noted") is a paragraph of a
    Word list numbered automatically from where it starts, the number left out of its text. ``forms``: each run of
    ``Label: value`` lines a two-column table, the label (without its colon) in the first cell. ``controls``: each
    field's value in a content control (a ``w:sdt``), as a template's fill-in fields are. ``blank``: blank lines
    kept as empty paragraphs (an officer's spacing); without it, paragraphs follow one another as Word's
    paragraph spacing sets them apart."""
    d = docx.Document()
    lists = _Lists(d)
    rows: set[int] = set()
    lines = _barless(text.replace("\t", "    "), rows).split("\n")
    tables = _gridded(lines, rows)
    k = 0
    titled = False
    hanging: int | None = None  # where the text of a paragraph set with a hanging indent starts
    while k < len(lines):
        raw = lines[k]
        if k in tables:
            table, _xs, span = tables[k]
            t = d.add_table(rows=0, cols=len(table[0]))
            t.style = "Table Grid"
            for cells in table:
                row = t.add_row().cells
                for n, cell in enumerate(cells):
                    row[n].text = " ".join(cell)
            k += span
            continue
        field = _FIELD.match(raw) if forms and k else None
        if field:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            while k < len(lines) and (field := _FIELD.match(lines[k])):
                label, value = t.add_row().cells
                label.text = field.group("label")
                if controls:
                    _in_control(value.paragraphs[0], field.group("value"))
                else:
                    value.text = field.group("value")
                k += 1
            continue
        k += 1
        if not raw.strip():
            if blank:
                d.add_paragraph("")
            continue
        if not titled and k > 1 and not raw.startswith("Source:"):
            d.add_paragraph(raw.strip(), style="Title")
            titled = True
            continue
        numbered = _NUMBERED.match(raw) if numbering else None
        if numbered and lists.fits(numbered):
            p = d.add_paragraph(numbered.group("text").strip())
            lists.number(p, numbered)
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if hanging is not None and indent and abs(indent - hanging) <= 1 and len(d.paragraphs):
            d.paragraphs[-1].add_run(" " + raw.strip())  # a hanging paragraph's next line, wrapped at its indent
            continue
        gap = _GAP.search(raw.strip())
        hanging = indent + gap.end() if gap else None
        d.add_paragraph(_GAP.sub("\t", raw.strip()))  # (a gap Word sets with a tab)
    d.save(str(path))
    return path


def _in_control(paragraph, value: str) -> None:  # noqa: ANN001
    """The value as a plain-text content control inside the paragraph (``w:sdt`` holding the run)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Field")
    pr.append(alias)
    pr.append(OxmlElement("w:text"))
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = value
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    content.append(run)
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.append(sdt)


class _Lists:
    """Word lists for numbered lines: one abstract definition ("1." at level 0, "1.1" at level 1), and a list
    instance started at the number of each run of lines whose numbers do not follow on."""

    def __init__(self, d) -> None:  # noqa: ANN001
        self.numbering = d.part.numbering_part.element
        self.abstract: dict[str, int] = {}  # a definition for each mark after the number
        self.num_id: int | None = None
        self.last: tuple[int, int | None] | None = None
        self.mark = "."

    def fits(self, m: re.Match[str]) -> bool:
        """A numbered line Word's list could print: a whole number, or a sub-number under the list's last number."""
        n, sub = int(m.group("n")), m.group("sub")
        if sub is None:
            return bool(m.group("mark"))
        return self.last is not None and self.last[0] == n and int(sub) == (self.last[1] or 0) + 1

    def number(self, p, m: re.Match[str]) -> None:  # noqa: ANN001
        n, sub = int(m.group("n")), m.group("sub")
        level = 0 if sub is None else 1
        if level == 0 and (self.last is None or n != self.last[0] + 1 or m.group("mark") != self.mark):
            self.mark = m.group("mark")
            self.num_id = self._instance(n, self.mark)
        self.last = (n, None if sub is None else int(sub))
        pr = p._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), str(self.num_id))
        num_pr.append(ilvl)
        num_pr.append(num_id)
        pr.append(num_pr)

    def _instance(self, start: int, mark: str) -> int:
        """A new list (``w:num``) over a definition numbering "N<mark>" and "N.M", starting at ``start``."""
        if mark not in self.abstract:
            aid = 100 + len(self.abstract)
            a = OxmlElement("w:abstractNum")
            a.set(qn("w:abstractNumId"), str(aid))
            for level, fmt in ((0, f"%1{mark}"), (1, "%1.%2")):
                lvl = OxmlElement("w:lvl")
                lvl.set(qn("w:ilvl"), str(level))
                for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt)):
                    e = OxmlElement(tag)
                    e.set(qn("w:val"), val)
                    lvl.append(e)
                a.append(lvl)
            first_num = self.numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(a)
            else:
                self.numbering.append(a)
            self.abstract[mark] = aid
        nid = 100 + len(self.numbering.findall(qn("w:num")))
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(self.abstract[mark]))
        num.append(ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), str(start))
        override.append(so)
        num.append(override)
        self.numbering.append(num)
        return nid
