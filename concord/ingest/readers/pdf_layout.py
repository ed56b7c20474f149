"""A PDF page's text with the layout cues that plain text extraction loses.

pdfium gives a page's text line by line, but not where the page leaves room: the gap between paragraphs (a heading
and what follows it, one attendee block and the next) and the jump across a line from a label to its value printed
in a second column, or between the cells of a table drawn without rules. Papers converted to text keep these as a
blank line and a tab, and the extractors read them so ("Date<tab>14 June 2023", a block's end at a blank line). This
module puts them back: a blank line where the distance between two lines' baselines is well over the page's usual
line spacing, a tab where a text segment starts well to the right of the end of the one before it on the same line,
a line set in from the page's margin (a value's second line under its column) starts with spaces as a typed paper's
does, and the lines of a paragraph wrapped at the right margin are one line again, as a web page's paragraph is.

It costs one character box per line and one rectangle per text segment, not a box per character; only the lines of a
form's ruled rows (``pdf_form_rows``) are read a character box at a time, to part them where the row's rules do.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable

from concord.ingest.readers.pdf_form_rows import Row, RowOf, cell_of, joined as row_line, pieces as row_pieces
from concord.ingest.readers.pdf_wraps import (LIST_MARK, SIZES, URL_END, goes_on, heading_goes_on, run_on, sentence_on,
                                              wraps)

# a paragraph's gap: the distance between baselines this much over the page's usual line spacing
_PARAGRAPH = 1.6
# a gap this many times the line spacing holds an empty line (two blank lines, so that a page set back to single
# spacing keeps one where a block ended: Word's space after each paragraph is one gap, an empty paragraph another)
_EMPTY_LINE = 2.6
# a column's gap: a segment that starts this many line heights right of the end of the one before it
_COLUMN = 1.5
_BULLET = re.compile(r"[•·▪◦‣∙○●■□➢➤►\-–—*o]")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def laid_out(textpage, raw: str, rows: Callable[[], RowOf] | None = None) -> str:
    """``raw`` (pdfium's text of the page, lines ending "\\r\\n") with blank lines at paragraph gaps and tabs at column
    gaps; the plain text, with "\\n" line ends, where the characters cannot be matched to their boxes. ``rows``
    gives the page's ruled rows (``pdf_form_rows``), asked for only when some line has cells side by side: the lines
    of one row are one line, each cell's pieces joined."""
    plain = raw.replace("\r\n", "\n").replace("\r", "\n").replace(HYPHEN_AT_END, "-")
    try:
        if textpage.count_chars() != len(raw):  # characters outside the BMP shift the indices: keep the plain text
            return plain
        lines = _visual([(m.start(), m.start() + len(m.group(1))) for m in _LINE.finditer(raw) if m.group(0)], raw)
        raw = raw.replace(HYPHEN_AT_END, "-")
        tabs = _column_starts(textpage, raw, sum(1 for a, b in lines if b > a))
        base: list[tuple[float, float, float] | None] = [_baseline(textpage, raw, a, b) for a, b in lines]
        rights = [_right_end(textpage, raw, a, b) for a, b in lines]
        from pypdfium2.raw import FPDFText_GetFontSize as size_at  # (here: reading text needs no pdfium)
        sizes = [_font_size(size_at, textpage, raw, a, b) for a, b in lines]
        row_of = rows() if rows and tabs else None
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return plain
    steps = [prev[0] - cur[0] for prev, cur in zip(base, base[1:]) if prev and cur and 0 < prev[0] - cur[0] < 4 * cur[1]]
    pitch = _pitch(steps, [x[1] for x in base if x])
    heights = sorted(x[1] for x in base if x)
    tall = heights[len(heights) // 2] if heights else None  # the body text's letters
    body = sorted(x for x in sizes if x)
    body_size = body[len(body) // 2] if body else 0.0  # (and their size in points)
    lefts = sorted(x[2] for x in base if x)
    margin = lefts[len(lefts) // 10] if lefts else 0.0
    ends = sorted(r for r in rights if r is not None)
    edge = ends[len(ends) * 9 // 10] if len(ends) >= 5 else None  # the page's right margin, where full lines end
    width = _page_width(textpage)
    if edge is not None and edge - margin < WRAPS_AT * (width - 2 * margin):
        edge = None  # a page of short lines (names one a line, a list): none ran to a margin, none is wrapped
    # where a line is wrapped: the page's right margin, else (no line ran to it) the left one's mirror
    right_margin = edge if edge is not None else (width - margin if width > 2 * margin else None)
    # a page that sets its paragraphs apart by a gap: a sentence that ends at the margin, the next line under it with
    # no gap, goes on in the same paragraph
    spaced = bool(pitch) and any(x > _PARAGRAPH * pitch for x in steps)  # type: ignore[operator]
    out: list[str] = []
    prev = None
    full = False  # the line before ran to the right margin: a paragraph wrapped there goes on on this line
    start_left = None
    hang: float | None = None  # where a numbered entry's text starts after its number, at a tab stop
    bullet_at: float | None = None  # where a bulleted entry's text starts after its bullet
    last_right = 0.0
    last_line = ""
    last_size = 0.0
    row_at: list[float] | None = None  # where the cells of the table's row above start (three cells or more)
    ruled: tuple[Row, list[tuple[float, str]]] | None = None  # the ruled row the last line is in, and its pieces
    for (a, b), here, right, size in zip(lines, base, rights, sizes):
        text = raw[a:b]
        cuts = sorted(t for t in tabs if a <= t < b) if tabs else []
        for t in cuts:
            text = text[:t - a] + "\t" + text[t - a + 1:]
        lefts_at = [_char_left(textpage, t + 1) for t in cuts]
        starts = [here[2]] + [x for x in lefts_at if x is not None] if here else []
        if len(starts) != len(cuts) + 1:
            starts = []  # a cell's place not known: no table row to read against
        row = row_of(*here) if row_of and here and text.strip() else None
        cut = row_pieces(textpage, raw, a, b, row) if row else []
        if row and ruled and ruled[0][0] == row[0] and out and out[-1].strip():  # the same row of a ruled form
            ruled = (row, ruled[1] + cut)
            out[-1] = row_line(row, ruled[1])
            prev, full, row_at, last_line = here, False, None, text
            continue
        ruled = (row, cut) if row else None
        if row and len({cell_of(row, x) for x, _ in cut}) > 1:  # a row's cells, parted where its rules part them
            text = row_line(row, cut)
        # (a heading in larger letters has its lines further apart: the spacing grows with the letters' height)
        # (the first letters' own heights, "C" over "T", are no other size)
        scale = max(prev[1], here[1]) / tall if prev and here and tall else 1.0
        scale = scale if scale > SIZES else 1.0
        gap = bool(pitch and prev and here and out and out[-1].strip() and prev[0] - here[0] > _PARAGRAPH * pitch * scale
                   and prev[0] - here[0] < 12 * pitch)
        # (a line in letters of another size, a heading under body text or body text under a heading, goes on nothing)
        heading = heading_goes_on(size, last_size, body_size, last_line, text)
        # (a web address broken where the line ended)
        linked = bool(out and URL_END.search(out[-1][-300:])) and goes_on(text)
        if full and right_margin is not None and here and not gap and start_left is not None and \
                not (size and last_size and max(size, last_size) > SIZES * min(size, last_size)) and \
                any(abs(here[2] - x) < 0.5 * here[1] for x in (start_left, hang, bullet_at) if x is not None) and \
                (heading or linked or wraps(out[-1], last_line, text) or
                 last_right - margin > FULL * (right_margin - margin) and
                 (run_on(last_line, text) or spaced and sentence_on(last_line, text)) or
                 # a bulleted entry's next line set back at its text, under a line that ran to the margin
                 bullet_at is not None and abs(here[2] - bullet_at) < 0.5 * here[1] and not LIST_MARK.match(text)) and \
                last_right + _first_word(textpage, raw, a, b, here, right) + 0.3 * here[1] > right_margin:
            # (its first word did not fit above)
            joined = out[-1].rstrip()
            # (a word broken at its hyphen, "Software-" over "Integrated", "2021-" over "22", is one word again)
            # (not "Decision Record 189- " over "Collaboration Agreement": a space after the dash, as printed)
            broken = joined.endswith("-") and not joined[-2:-1].isspace() and not last_line.endswith(" ")
            out[-1] = joined + ("" if linked or broken else " ") + text.strip()
        else:
            aligned = _in_columns(text, starts, row_at, here[1]) if row_at and here and not gap else None
            if aligned is not None:  # a row's cells wrapped onto the next line: each in its column, the others empty
                text = aligned
            elif here and here[2] - margin > 2 * here[1]:  # a line set in from the margin (a value column's next line)
                text = " " * round((here[2] - margin) / (0.7 * here[1])) + text
            if aligned is None:
                row_at = starts if len(starts) >= 3 else None
            if gap:
                out.append("")
                if prev and here and prev[0] - here[0] > _EMPTY_LINE * pitch * scale:  # type: ignore[operator]
                    out.append("")  # (an empty paragraph between, over a paragraph's own space after: a block ends)
            out.append(text)
            start_left = here[2] if here else None
            hang = _hanging(textpage, raw, a, text)
            bullet_at = _bulleted(textpage, a, raw[a:b])
        full = bool(right_margin and right is not None and here and not out[-1].rstrip().endswith(":") and
                    ("\t" not in out[-1] or hang is not None and out[-1].count("\t") == 1))
        last_right = right or 0.0
        last_size = size
        last_line = text  # the line as printed, not what it was joined to
        if here:
            prev = here
        elif not text.strip():
            prev = None
    return "\n".join(out)


# pdfium gives a hyphen that ended a line ("Software-" over "Integrated") as U+FFFE, and runs the two lines into one
HYPHEN_AT_END = "\ufffe"


def _visual(lines: list[tuple[int, int]], raw: str) -> list[tuple[int, int]]:
    """The lines as printed: one that pdfium ran on past a hyphen at its end parted after the hyphen again (the
    wrapped line's join puts them together, "Software-Integrated", when they are one paragraph's)."""
    out = []
    for a, b in lines:
        at = raw.find(HYPHEN_AT_END, a, b)
        while at >= 0 and at + 1 < b:
            out.append((a, at + 1))
            a = at + 1
            at = raw.find(HYPHEN_AT_END, a, b)
        out.append((a, b))
    return out


WRAPS_AT = 0.75  # the share of the page's width between its margins that a wrapped paragraph's full lines fill
FULL = 0.8  # a line that fills this share of the width up to the page's right margin, its next word too long for
# what is left, was wrapped there, whatever its last word ("... Tredomen Park, Ystrad" / "Mynach on Friday, ...")


def _page_width(textpage) -> float:  # noqa: ANN001 - pypdfium2's text page
    """The page's width (0 where pdfium does not say: every page's lines then count as reaching its margin)."""
    try:
        return float(textpage.page.get_width())
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return 0.0


def _pitch(steps: list[float], heights: list[float]) -> float | None:
    """The page's line spacing: the shortest step between baselines that recurs (a page of short paragraphs has
    more gaps than steps within a paragraph, so not the median), and no shorter than a line's letters are tall (a
    line pdfium broke at a superscript is no line spacing)."""
    if len(steps) < 3 or not heights:
        return None
    tall = sorted(heights)[len(heights) // 2]
    counts: dict[float, int] = {}
    for step in steps:
        if step >= tall:
            key = round(step * 2) / 2
            counts[key] = counts.get(key, 0) + 1
    recurring = [k for k, n in counts.items() if n >= 2 or n >= 0.1 * len(steps)]
    return min(recurring) if recurring else None


_NUMBER_CELL = re.compile(r"[ \t]*\(?(?:\d{1,3}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})[.)]?[ \t]*")


def _hanging(textpage, raw: str, a: int, text: str) -> float | None:  # noqa: ANN001 - pypdfium2's text page
    """Where the text of a numbered entry starts when its number stands in a column of its own ("1." at the margin,
    "Minutes of the meeting held on ..." at a tab stop): its wrapped lines start there, not at the number."""
    if text.count("\t") != 1 or not _NUMBER_CELL.fullmatch(text.split("\t")[0]):
        return None
    return _char_left(textpage, a + text.index("\t") + 1)


def _char_left(textpage, i: int) -> float | None:  # noqa: ANN001 - pypdfium2's text page
    try:
        left, _, right, _ = textpage.get_charbox(i)
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return None
    return left if right > left else None


def _in_columns(text: str, starts: list[float], row_at: list[float], height: float) -> str | None:
    """A line set in under a table's row whose cells each start where one of the row's columns does (a cell's text
    wrapped within its column): its cells between tabs at their columns' places, the first column's left empty
    ("\tSuffolk Constabulary\t\tsection"); None when it is no such line."""
    cells = text.strip().split("\t")
    if len(cells) != len(starts):
        return None
    out = [""] * len(row_at)
    last = 0
    for x, cell in zip(starts, cells):
        k = min(range(len(row_at)), key=lambda j: abs(row_at[j] - x))
        if abs(row_at[k] - x) > height or k <= last and (k or last) or k == 0:
            return None
        out[k], last = cell.strip(), k
    return "\t".join(out).rstrip("\t")


def _font_size(size_at, textpage, raw: str, a: int, b: int) -> float:  # noqa: ANN001 - pdfium's function, text page
    """The size of the letters a line starts in (0 where pdfium does not say)."""
    i = next((k for k in range(a, b) if not raw[k].isspace()), None)
    if i is None:
        return 0.0
    try:
        return float(size_at(textpage.raw, i))
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return 0.0


def _bulleted(textpage, a: int, text: str) -> float | None:  # noqa: ANN001 - pypdfium2's text page
    """Where the text of a list's entry starts, after its bullet or number: the lines it wraps onto are set back
    there (a hanging indent)."""
    m = _BULLET_LEAD.match(text)
    return _char_left(textpage, a + m.end()) if m else None


# a list entry's mark before its text: a bullet, or a number ("12.", "3.1", "(a)", "iv)") as Word's numbered lists set it
_BULLET_LEAD = re.compile(r"[ \t]*(?:[•·▪◦‣∙○●■□➢➤►]|\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]|"
                          r"\d{1,3}(?:\.\d{1,2})+)[ \t]+(?=\S)")


def _first_word(textpage, raw: str, a: int, b: int, here: tuple[float, float, float],  # noqa: ANN001 - text page
                right: float | None) -> float:
    """How wide the line's first word is: from its first letter's box to its last's (a line pdfium ran on past a
    hyphen at its end holds two lines' letters, so no mean over the line would do), else at the line's own mean
    width of a character."""
    first = next((i for i in range(a, b) if not raw[i].isspace()), None)
    if first is None:
        return 0.0
    last = first
    while last + 1 < b and not raw[last + 1].isspace():
        last += 1
    left_box, right_box = textpage.get_charbox(first), textpage.get_charbox(last)
    if right_box[2] > left_box[0] and right_box[1] <= left_box[3] + 1 and right_box[3] >= left_box[1] - 1:
        # (the word on one line: its first and last letters' boxes side by side, a quote's or a descender's aside)
        return right_box[2] - left_box[0]
    if right is None or right <= here[2]:
        return 0.0
    return (last - first + 1) * (right - here[2]) / max(len(raw[a:b].strip()), 1)


def _right_end(textpage, raw: str, a: int, b: int) -> float | None:
    """Where the line's last character ends."""
    for i in range(b - 1, max(a, b - 8) - 1, -1):
        if raw[i].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left:
            return right
    return None


def _baseline(textpage, raw: str, a: int, b: int) -> tuple[float, float, float] | None:
    """(baseline, height, left) of the line: the baseline its first letter stands on (a bullet's box or a
    descender's, "•" or "y", stand above or below it), the height of its tallest letter among the first few (a dash's
    or a bullet's box is no measure of the line's letters), the left edge of its first character that has a box."""
    first = None
    height = 0.0
    for i in range(a, min(b, a + 8)):
        if raw[i].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left and top > bottom:
            if first is None:
                first = (i, bottom, left)
            height = max(height, top - bottom)
    if first is None:
        return None
    i, bottom, left = first
    stands = _origin(textpage, i)
    return (stands if stands is not None and bottom - height <= stands <= bottom + height else bottom), height, left


def _origin(textpage, i: int) -> float | None:  # noqa: ANN001 - pypdfium2's text page
    """The height of the baseline a character stands on (None where pdfium does not say)."""
    from pypdfium2.raw import FPDFText_GetCharOrigin

    x, y = ctypes.c_double(), ctypes.c_double()
    try:
        return y.value if FPDFText_GetCharOrigin(textpage.raw, i, ctypes.byref(x), ctypes.byref(y)) else None
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return None


def _column_starts(textpage, raw: str, lines: int) -> set[int]:
    """Indices of the spaces pdfium put between two segments of a line that a column's gap separates."""
    out: set[int] = set()
    n = textpage.count_rects()
    if n < 2 or n <= lines:
        return out  # a segment a line at most: no line has two columns
    rects = [textpage.get_rect(i) for i in range(n)]
    for (l0, b0, r0, t0), (l1, b1, r1, t1) in zip(rects, rects[1:]):
        height = max(t1 - b1, t0 - b0, 1.0)
        if abs(b1 - b0) > 0.5 * height or l1 - r0 < _COLUMN * height:
            continue  # another line, or the next word of the same one
        i = textpage.get_index(l1 + 0.1, (b1 + t1) / 2, 1.0, 1.0)
        if i is None or not 0 < i < len(raw) or raw[i - 1] != " ":
            continue
        line_start = max(raw.rfind("\n", 0, i - 1), raw.rfind("\r", 0, i - 1)) + 1
        if _BULLET.fullmatch(raw[line_start:i - 1].strip()):
            continue  # a list's bullet and its hanging indent: the entry's text, not a second column
        out.add(i - 1)
    return out
