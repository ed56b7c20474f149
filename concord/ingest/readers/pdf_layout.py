"""A PDF page's text with the two layout cues that plain text extraction loses.

pdfium gives a page's text line by line, but not where the page leaves room: the gap between paragraphs (a heading
and what follows it, one attendee block and the next) and the jump across a line from a label to its value printed
in a second column, or between the cells of a table drawn without rules. Papers converted to text keep these as a
blank line and a tab, and the extractors read them so ("Date<tab>14 June 2023", a block's end at a blank line). This
module puts them back: a blank line where the distance between two lines' baselines is well over the page's usual
line spacing, a tab where a text segment starts well to the right of the end of the one before it on the same line,
and a line set in from the page's margin (a value's second line under its column) starts with spaces as a typed
paper's does.

It costs one character box per line and one rectangle per text segment, not a box per character.
"""

from __future__ import annotations

import re

# a paragraph's gap: the distance between baselines this much over the page's usual line spacing
_PARAGRAPH = 1.6
# a column's gap: a segment that starts this many line heights right of the end of the one before it
_COLUMN = 1.5
_BULLET = re.compile(r"[•·▪◦‣∙○●■□➢➤►\-–—*o]")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def laid_out(textpage, raw: str) -> str:
    """``raw`` (pdfium's text of the page, lines ending "\\r\\n") with blank lines at paragraph gaps and tabs at column
    gaps; the plain text, with "\\n" line ends, where the characters cannot be matched to their boxes."""
    plain = raw.replace("\r\n", "\n").replace("\r", "\n")
    try:
        if textpage.count_chars() != len(raw):  # characters outside the BMP shift the indices: keep the plain text
            return plain
        tabs = _column_starts(textpage, raw)
        lines = [(m.start(), m.start() + len(m.group(1))) for m in _LINE.finditer(raw) if m.group(0)]
        base: list[tuple[float, float, float] | None] = [_baseline(textpage, raw, a, b) for a, b in lines]
    except Exception:  # noqa: BLE001 - a layout cue is a refinement: never lose the page's text for it
        return plain
    steps = [prev[0] - cur[0] for prev, cur in zip(base, base[1:]) if prev and cur and 0 < prev[0] - cur[0] < 4 * cur[1]]
    pitch = _pitch(steps, [x[1] for x in base if x])
    lefts = sorted(x[2] for x in base if x)
    margin = lefts[len(lefts) // 10] if lefts else 0.0
    out: list[str] = []
    prev = None
    for (a, b), here in zip(lines, base):
        text = "".join("\t" if i in tabs else raw[i] for i in range(a, b)) if any(a <= t < b for t in tabs) else raw[a:b]
        if here and here[2] - margin > 2 * here[1]:  # a line set in from the margin (a value column's next line)
            text = " " * round((here[2] - margin) / (0.7 * here[1])) + text
        if pitch and prev and here and out and out[-1].strip() and prev[0] - here[0] > _PARAGRAPH * pitch and \
                prev[0] - here[0] < 12 * pitch:
            out.append("")
        out.append(text)
        if here:
            prev = here
        elif not text.strip():
            prev = None
    return "\n".join(out)


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


def _baseline(textpage, raw: str, a: int, b: int) -> tuple[float, float, float] | None:
    """(bottom, height, left) of the first character of the line that has a box."""
    for i in range(a, min(b, a + 8)):
        if raw[i].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left and top > bottom:
            return bottom, top - bottom, left
    return None


def _column_starts(textpage, raw: str) -> set[int]:
    """Indices of the spaces pdfium put between two segments of a line that a column's gap separates."""
    out: set[int] = set()
    n = textpage.count_rects()
    if n < 2:
        return out
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
