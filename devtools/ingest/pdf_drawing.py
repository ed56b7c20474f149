"""Drawing a paper's text as a PDF the way a word processor places it (for tests and ``score_pdf``): each line's
cells — runs of text separated by a tab or two or more spaces — at their own places across the page, a line's indent
as its distance from the margin, a blank line as a gap, long lines wrapped at the page's width. Needs reportlab (the
test extra)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

_CELL = re.compile(r"\S+(?: \S+)*")
_BULLET = re.compile(r"[ ]*(?P<mark>[•·▪◦‣∙●■➢➤►*-])[ ]+(?=\S)")
# a numbered paragraph, as Word's numbered lists print it: "5." or "2.3" at the margin, the text at a tab stop
_NUMBER = re.compile(r"[ ]*(?P<mark>\d{1,3}[.)]|\d{1,3}\.\d{1,2}\.?|\([a-z]{1,4}\))[ ]+(?=[A-Za-z(“\"'])")
_HEADING = re.compile(r"[A-Z0-9][A-Z0-9 ,&'’()/:.–-]{3,70}")  # a short line in capitals, no sentence
# a field on a line of its own: a short label of words (no figure: "Item 1:" heads an item) and a colon, its value
_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z '’()/&,.-]{1,45}?)[ \t]*:[ \t]+(?P<value>\S.*)$")
_ROW_CHARS = 100  # a table's row fits in this many characters across the page, its cells wrapped within their columns
_CHAR = 5.2  # points a character of the text's columns takes (Helvetica 10)


def draw_text(text: str, path: Path, furniture: str | None = None, headings: bool = False, forms: bool = False,
              grid: bool = False, lists: bool = False) -> Path:
    """``furniture``: a running header printed at the top of every page, with "Page n" at its foot, as a word
    processor's header and footer. ``headings``: the paper's title (its first line after the source address) and
    every short line in capitals set in larger bold letters, as a template's heading styles print them. ``forms``:
    each "Label: value" line a row of a bordered two-column table, the label (without its colon) in the narrow
    cell and the value wrapped within the wide one, as a Word form prints its fields. ``grid``: every table (a
    table written with bars, or two or more lines running with cells side by side) printed with borders, as Word's
    "Table Grid" style prints it: each row boxed, its cells parted by rules at the table's columns. ``lists``: a
    numbered line ("5. Apologies", "2.3 The panel noted", "(b) the plan") printed as Word's numbered lists print
    it, the number at the margin and the text at a tab stop, its lines wrapped there."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    top = height - (80 if furniture else 50)
    y = top
    page = 1

    def frame() -> None:
        if furniture:
            c.setFont("Helvetica", 8)
            c.drawString(50, height - 40, _drawable(furniture))
            c.drawString(width / 2 - 15, 30, f"Page {page}")

    frame()

    def line(x: float, s: str, font: tuple[str, int] = ("Helvetica", 10)) -> None:
        nonlocal y, page
        if y < 50 + (20 if furniture else 0):
            c.showPage()
            page += 1
            frame()
            y = top
        c.setFont(*font)
        if s:
            c.drawString(x, y, _drawable(s))

    titled = False
    rows: set[int] = set()  # the lines of a table's rows: each cell drawn at its column's place, however short the line
    lines = _barless(text.replace("\t", "    "), rows).split("\n")
    tables = _gridded(lines, rows) if grid else {}
    skip = 0
    for k, raw in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if k in tables:  # a bordered table: each row boxed at the table's columns, a row kept whole on one page
            table, xs, span = tables[k]
            y -= 4
            for cells in table:
                row = [_wrapped(" ".join(cell), xs[n + 1] - xs[n] - 10) for n, cell in enumerate(cells)]
                if y - 13 * max(len(cell) for cell in row) < 50 + (20 if furniture else 0):
                    y = 0
                line(0, "")
                y = _boxed_row(c, y, xs, row) - 2
            skip = span - 1
            y -= 6
            continue
        if headings and k and raw.strip() and (not titled or _HEADING.fullmatch(raw.strip())):
            size = 12 if titled else 14
            titled = True
            y -= 4
            words, cur = raw.split(), ""
            for w in words:  # wrapped at the page's width, as the body's lines are
                t = f"{cur} {w}" if cur else w
                if cur and stringWidth(t, "Helvetica-Bold", size) > width - 100:
                    line(50, cur, ("Helvetica-Bold", size))
                    y -= size + 4
                    cur = w
                else:
                    cur = t
            line(50, cur, ("Helvetica-Bold", size))
            y -= size + 4
            continue
        field = _FIELD.match(raw) if forms and k and k not in rows else None
        if field:  # a form's row: the label's cell and the value's, each wrapped within it, boxed by rules
            label = textwrap.wrap(field.group("label"), 26)
            value = _wrapped(field.group("value"), width - 100 - 160 - 10)
            rows_of = max(len(label), len(value))
            if y - 13 * rows_of < 50 + (20 if furniture else 0) and 13 * rows_of < top - 70:
                y = 0  # the row does not fit on what is left of the page: it starts the next one
            line(0, "")
            y = _boxed_row(c, y, [50, 210, width - 50], [label, value]) - 2  # (the next row's rules meet this one's)
            continue
        cells = [(m.start(), m.group(0)) for m in _CELL.finditer(raw)]
        if (len(cells) > 1 or k in rows) and sum(len(s) for _, s in cells) < 110:
            line(0, "")
            for off, s in cells:
                c.drawString(50 + off * _CHAR, y, _drawable(s))
            y -= 12
            continue
        indent = (len(raw) - len(raw.lstrip(" "))) * _CHAR
        bullet = _BULLET.match(raw) or (_NUMBER.match(raw) if lists else None)
        if bullet:  # a list's entry: its mark, then its text at a tab stop, the lines it wraps onto set back there
            line(50 + indent, bullet.group("mark"))
            indent += 18 if len(bullet.group("mark")) < 3 else 36
            raw = raw[bullet.end():]
        words, cur = raw.split(), ""
        for w in words or [""]:
            t = f"{cur} {w}" if cur else w
            if cur and stringWidth(t, "Helvetica", 10) > width - 100 - indent:
                line(50 + indent, cur)
                y -= 12
                cur = w
            else:
                cur = t
        line(50 + indent, cur)
        y -= 12
    c.save()
    return path


_BAR_ROW = re.compile(r"^[ \t]*\|?[^\n|]*(?:\|[^\n|]*)+\|[ \t]*$|^[ \t]*\|[^\n|]*(?:\|[^\n|]*)+$")
_RULE = re.compile(r"^[ \t|:\-]*-{3,}[ \t|:\-]*$")


def _barless(text: str, table_lines: set[int] | None = None) -> str:
    """A table written with bars (``| Estates | 3,400 |``, its rule ``|---|---|``) as a PDF prints it: each cell in
    its column, the columns set apart and lined up, no bars and no rule."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and (_BAR_ROW.match(lines[j]) or _RULE.match(lines[j]) and j > k or
                                  lines[j].rstrip().endswith("|") and j > k):  # (a head's cells one to a line)
            j += 1
        if j - k < 2:
            out.append(lines[k])
            k += 1
            continue
        block = lines[k:j]
        rule = next((i for i, ln in enumerate(block) if _RULE.match(ln)), None)
        if rule:  # the head's lines above the rule are one row
            block = [" | ".join(ln.strip().strip("|").strip() for ln in block[:rule])] + block[rule + 1:]
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in block if not _RULE.match(ln)]
        widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(map(len, rows)))]
        while sum(widths) + 3 * (len(widths) - 1) > _ROW_CHARS and max(widths) > 12:  # too wide for the page: the
            i = widths.index(max(widths))  # widest column's cells wrap within it, as a word processor's table's do
            widths[i] = max(12, widths[i] - (sum(widths) + 3 * (len(widths) - 1) - _ROW_CHARS))
        for r in rows:
            parts = [textwrap.wrap(c, widths[i]) or [""] for i, c in enumerate(r)]
            for n in range(max(map(len, parts))):
                if table_lines is not None:
                    table_lines.add(len(out))
                out.append("   ".join((p[n] if n < len(p) else "").ljust(widths[i])
                                      for i, p in enumerate(parts)).rstrip())
        k = j
    return "\n".join(out)


def _gridded(lines: list[str], rows: set[int]) -> dict[int, tuple[list[list[list[str]]], list[float], int]]:
    """The tables among a paper's lines, by their first line: each a list of rows (a row a list of cells, a cell its
    lines) and the x of its columns' edges. A table is a run of lines with cells side by side (two or more) or of
    ``rows`` (a barred table's lines); a line whose first cell is empty goes on the row above (its cells wrapped
    within their columns); its columns start where the line with the most cells starts its cells. Each table comes with the
    number of lines it takes."""
    out: dict[int, tuple[list[list[list[str]]], list[float], int]] = {}
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and (j in rows or len(_CELL.findall(lines[j])) > 1) and lines[j].strip():
            j += 1
        if j - k < 2:
            k += 1
            continue
        cells = [[(m.start(), m.group(0)) for m in _CELL.finditer(lines[i])] for i in range(k, j)]
        starts = [off for off, _ in max(cells, key=len)]
        table: list[list[list[str]]] = []
        for i, line_cells in zip(range(k, j), cells):
            pieces: list[list[str]] = [[] for _ in starts]
            for off, s in line_cells:
                pieces[max((n for n, st in enumerate(starts) if st <= off + 1), default=0)].append(s)
            row = [["   ".join(p)] if p else [] for p in pieces]
            if table and not row[0]:  # a row's cells wrapped onto another line (its first cell empty there)
                for n, part in enumerate(row):
                    table[-1][n].extend(part)
            else:
                table.append(row)
        width = A4[0]
        xs = [50 + off * _CHAR - 4 for off in starts] + [width - 50]
        xs[0] = 46
        out[k] = (table, xs, j - k)
        k = j
    return out


def _drawable(s: str) -> str:
    """The text in the characters Helvetica's Windows encoding has (dashes, quotes, £ and € among them)."""
    return s.encode("cp1252", "replace").decode("cp1252")


def draw_ruled(path: Path, blocks: list, widths: dict[int, list[float]] | None = None) -> Path:
    """A paper drawn as a word processor prints a form or a table with borders: each block is a line of text (a
    string; "\\f" starts a new page) or a table (a list of rows, each a list of cells), every cell boxed by rules and
    its text wrapped within it, cells top-aligned. ``widths`` gives, for a row of n cells, each cell's share of the
    width (even shares where not given)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    left, right = 50.0, width - 50
    y = height - 60
    for block in blocks:
        if block == "\f":
            c.showPage()
            y = height - 60
            continue
        if isinstance(block, str):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(left, y, _drawable(block))
            y -= 22
            continue
        for row in block:
            shares = (widths or {}).get(len(row)) or [1 / len(row)] * len(row)
            xs = [left]
            for share in shares:
                xs.append(xs[-1] + share * (right - left))
            y = _boxed_row(c, y, xs, [_wrapped(cell, xs[k + 1] - xs[k] - 10) for k, cell in enumerate(row)])
        y -= 14
    c.save()
    return path


def _boxed_row(c: canvas.Canvas, y: float, xs: list[float], cells: list[list[str]]) -> float:
    """One row of a bordered table from the baseline ``y`` down: each cell's lines at its column (``xs`` are the
    columns' edges), top-aligned, the row boxed and its cells parted by rules; the baseline under the row."""
    top = y + 12
    c.setFont("Helvetica", 10)
    for n in range(max(len(lines) for lines in cells)):
        for k, lines in enumerate(cells):
            if n < len(lines):
                c.drawString(xs[k] + 5, y, _drawable(lines[n]))
        y -= 13
    bottom = y + 9
    c.rect(xs[0], bottom, xs[-1] - xs[0], top - bottom)
    for x in xs[1:-1]:
        c.line(x, bottom, x, top)
    return y


def _wrapped(text: str, room: float) -> list[str]:
    """A cell's text wrapped within ``room`` points, its own line breaks kept."""
    out: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split():
            t = f"{cur} {w}" if cur else w
            if cur and stringWidth(t, "Helvetica", 10) > room:
                out.append(cur)
                cur = w
            else:
                cur = t
        out.append(cur)
    return out
