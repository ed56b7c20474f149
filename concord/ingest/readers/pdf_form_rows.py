"""The rows of a form drawn as a ruled table (a decision record's "Title of the decision | ..." in Word), so that a
row whose cells wrap over several lines is read as one row again.

pdfium gives such a row line by line: "Summary of the matter for<tab>The force asks for ..." then "decision<tab>teams,
replacing ...". Read so, the label's second word and the value's second line are two more fields. A row of a ruled
table lies between two horizontal rules, its cells between the vertical rules inside them; every line between the
same two rules is part of that row, each piece of it in the cell its place falls in. A page's border, or a box drawn
round a paragraph, has no vertical rule inside it and parts nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Row = tuple[tuple[float, float], list[float]]  # (the rules above and below, in points) and the x of each cell's edge
RowOf = Callable[[float, float, float], Row | None]

_THIN = 2.5  # a rule is at most this thick, in points
_LONG = 8.0  # and at least this long
_CELL_AREA = 0.25 * 595 * 842  # a rectangle smaller than a quarter of an A4 page is a cell, its edges rules


def rule_segments(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:  # noqa: ANN001
    """The page's rules drawn as simple paths (a pypdfium2 page; PDF points from the page's foot): the horizontal ones
    as (y, x from, x to), the vertical ones as (x, y from, y to); a cell drawn as a rectangle gives its four edges."""
    import pypdfium2.raw as raw
    across: list[tuple[float, float, float]] = []
    down: list[tuple[float, float, float]] = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if h <= _THIN and w >= _LONG:
            across.append(((top + bottom) / 2, left, right))
        elif w <= _THIN and h >= _LONG:
            down.append(((left + right) / 2, bottom, top))
        elif w > _LONG and h > _LONG and w * h < _CELL_AREA:
            across += [(top, left, right), (bottom, left, right)]
            down += [(left, bottom, top), (right, bottom, top)]
    return across, down


def ruled_rows(page) -> RowOf:  # noqa: ANN001 - a pypdfium2 page
    """A function giving the ruled row a line is in, from its baseline, letters' height and left edge (PDF points,
    from the page's foot), or None when the line is in no row of a table with cells side by side."""
    height = page.get_height()
    across, down = rule_segments(page)

    def row_of(baseline: float, letters: float, x: float) -> Row | None:
        middle = baseline + letters / 2
        over = [r for r in across if r[0] > middle and r[1] - 2 <= x <= r[2]]
        under = [r for r in across if r[0] < middle and r[1] - 2 <= x <= r[2]]
        if not over or not under:
            return None
        above, below = min(r[0] for r in over), max(r[0] for r in under)
        if above - below > 0.5 * height:  # a box round much of the page, not a row
            return None
        edge = [r for r in over + under if abs(r[0] - above) < 1.5 or abs(r[0] - below) < 1.5]
        start, end = min(r[1] for r in edge), max(r[2] for r in edge)
        inner = sorted({round(v[0], 1) for v in down
                        if start + 4 < v[0] < end - 4 and v[1] <= below + 2 and v[2] >= above - 2})
        return ((round(above, 1), round(below, 1)), inner) if inner else None

    return row_of


def cell_of(row: Row, x: float) -> int:
    """Which cell of the row a piece of text starting at ``x`` is in."""
    return sum(1 for v in row[1] if v < x)


def joined(row: Row, pieces: list[tuple[float, str]]) -> str:
    """The row's line: each cell's pieces in the order printed, the cells between tabs (an empty cell keeps its
    place, so a value under no label starts with a tab)."""
    cells = [""] * (len(row[1]) + 1)
    for x, piece in pieces:
        k = cell_of(row, x)
        cells[k] = f"{cells[k]} {piece.strip()}".strip()
    return "\t".join(cells).rstrip("\t")


def pieces(textpage, raw: str, a: int, b: int, row: Row) -> list[tuple[float, str]]:  # noqa: ANN001 - pypdfium2's
    """The line ``raw[a:b]`` cut where it crosses the row's vertical rules (a label that fills its cell runs up to its
    value with no gap wide enough for a tab): each piece with where it starts."""
    out: list[tuple[float, str]] = []
    cell, start, x0 = None, a, 0.0
    for i in range(a, b):
        if raw[i].isspace():
            continue
        left, _, right, _ = textpage.get_charbox(i)
        if right <= left:  # a character pdfium made up has no box: it stays in its cell
            continue
        k = cell_of(row, left)
        if k != cell:
            if cell is not None:
                out.append((x0, raw[start:i].replace("\t", " ")))
            cell, start, x0 = k, i, left
    if cell is not None:
        out.append((x0, raw[start:b].replace("\t", " ")))
    return [(x, p.strip()) for x, p in out if p.strip()]
