"""Tables from PDF pages: ruled tables by their lines, unruled ones by the
gaps between columns of word positions.

Called only for pages the cheap text test picked. Word boxes come from
pypdfium2's character boxes and the rules from its path objects, which
costs milliseconds a page; pdfplumber's layout analysis (over a second
on a dense page) is kept as the fallback for ruled pages whose lines
pdfium gives as complex paths.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from concord.ingest.document import Cell, Table
from concord.ingest.readers.pdf_form_rows import rule_segments
from concord.ingest.textutil import squash

_NUM = re.compile(r"^\(?-?[£$]?\d[\d,]*(?:\.\d+)?[%km]?\)?$|^-$|^n/a$", re.I)


def pdfium_words(textpage, text: str, height: float) -> list[dict]:
    """Words with boxes (top-down coordinates, like pdfplumber's) from a pypdfium2 text page.

    A word is a run of non-space characters in pdfium's reading order (it
    puts spaces where the gaps are); a jump back to the left starts a new one.
    """
    words: list[dict] = []
    cur: dict | None = None
    for i, ch in enumerate(text):
        if ch.isspace():
            cur = None
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left:  # generated characters have no box
            continue
        y0, y1 = height - top, height - bottom
        # (a ligature's letters, "ffi", share one glyph: the next starts inside the box of the one before)
        if cur is not None and left >= cur["x0"] - 1 and left - cur["x1"] < 12 and y0 < cur["bottom"] and \
                y1 > cur["top"]:
            cur["text"] += ch
            cur["x1"] = max(cur["x1"], right)
            cur["top"], cur["bottom"] = min(cur["top"], y0), max(cur["bottom"], y1)
        else:
            cur = {"text": ch, "x0": left, "x1": right, "top": y0, "bottom": y1}
            words.append(cur)
    return words


def pdfium_rules(across: list[tuple[float, float, float]], down: list[tuple[float, float, float]],
                 height: float) -> list[tuple[list[float], list[float]]]:
    """For each ruled table on the page (its rules drawn as simple paths, ``rule_segments``), the x of its vertical and
    the y (top-down) of its horizontal rules. Two tables are two: the vertical rules of each span its own rows only,
    so the text between them (a paragraph, the next table's caption) is in neither's grid."""
    spans: list[list[float]] = []  # [bottom, top] of each run of vertical rules that touch or overlap
    for _, bottom, top in sorted(down, key=lambda d: d[1]):
        if spans and bottom <= spans[-1][1] + 2:
            spans[-1][1] = max(spans[-1][1], top)
        else:
            spans.append([bottom, top])
    out = []
    for bottom, top in spans:
        xs = _dedupe([x for x, b, t in down if b >= bottom - 2 and t <= top + 2])
        ys = _dedupe([height - y for y, _, _ in across if bottom - 2 <= y <= top + 2])
        out.append((xs, ys))
    return out


def _dedupe(vals: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(vals):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def tables_on_page(page, textpage, text: str, number: int) -> list[Table] | None:
    """Tables on one page from pypdfium2 objects; None asks for the pdfplumber fallback."""
    height = page.get_height()
    words = pdfium_words(textpage, text, height)
    if not words:
        return []
    across, down = rule_segments(page)
    grids = [g for xs, ys in pdfium_rules(across, down, height) if len(xs) >= 3 and len(ys) >= 3
             for g in _ruled_grid(words, xs, ys, number)]
    if grids:  # (and a table without rules above or below them: a form's ruled fields over a table of figures)
        rest = words
        for grid in grids:
            x0, y0, x1, y1 = grid.bbox or (0.0, 0.0, 0.0, 0.0)
            rest = [w for w in rest if not (x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and
                                            y0 - 1 <= (w["top"] + w["bottom"]) / 2 <= y1 + 1)]
        return sorted(grids + _tables_by_gaps(rest, number), key=lambda t: t.bbox[1] if t.bbox else 0.0)
    tables = _tables_by_gaps(words, number)
    if not tables and len(_dedupe([y for y, _, _ in across])) >= 3:
        return None
    return tables


def _ruled_grid(words: list[dict], xs: list[float], ys: list[float], number: int) -> list[Table]:
    inside = [w for w in words if xs[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= xs[-1] + 1
              and ys[0] - 1 <= (w["top"] + w["bottom"]) / 2 <= ys[-1] + 1]
    if not inside:
        return []
    rows: list[list[Cell]] = []
    for r in range(len(ys) - 1):
        row = []
        for c in range(len(xs) - 1):
            box = (xs[c], ys[r], xs[c + 1], ys[r + 1])
            ws = [w for w in inside if box[0] <= (w["x0"] + w["x1"]) / 2 < box[2]
                  and box[1] <= (w["top"] + w["bottom"]) / 2 < box[3]]
            ws = [w for ln in _lines(ws) for w in ln]
            row.append(Cell(" ".join(w["text"] for w in ws), number, box))
        if any(c.text for c in row):
            rows.append(row)
    if len(rows) < 2:
        return []
    return [Table(rows, number, (xs[0], ys[0], xs[-1], ys[-1]), title=_title_from_words(words, ys[0]),
                  method="ruled")]


def _title_from_words(words: list[dict], top: float) -> str | None:
    above = [w for w in words if top - 40 < w["bottom"] <= top + 0.5]
    if not above:
        return None
    # the line nearest the table: the words whose height overlaps the nearest word's (a dash's small box sits
    # inside its line's height, not on a line of its own)
    near = max(above, key=lambda w: w["bottom"])
    line = sorted((w for w in above if w["top"] < near["bottom"] and w["bottom"] > near["top"]), key=lambda w: w["x0"])
    text = squash(" ".join(w["text"] for w in line))[:200]
    return text if len(re.findall(r"[A-Za-z]", text)) >= 2 else None


def read_tables(path: Path, page_indices: list[int]) -> dict[int, list[Table]]:
    """The pdfplumber fallback: ruled tables by lines, else by column gaps."""
    out: dict[int, list[Table]] = {}
    with pdfplumber.open(str(path)) as pl:
        for idx in page_indices:
            page = pl.pages[idx]
            tables = _ruled(page, idx + 1) if _has_rules(page) else []
            if not tables:
                tables = _by_gaps(page, idx + 1)
            if tables:
                out[idx] = tables
            page.close()
    return out


def _has_rules(page) -> bool:
    return len(page.edges) >= 6


def _ruled(page, number: int) -> list[Table]:
    tables = []
    for t in page.find_tables():
        texts = t.extract()
        rows: list[list[Cell]] = []
        for r_text, r in zip(texts, t.rows):
            rows.append([Cell(squash(c or ""), number, tuple(b) if b else None)
                         for c, b in zip(r_text, r.cells)])
        if len(rows) >= 2:
            tables.append(Table(rows, number, tuple(t.bbox), title=_title_above(page, t.bbox[1]),
                                method="ruled"))
    return tables


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines by the overlap of their vertical extents."""
    lines: list[list[dict]] = []
    bounds: list[list[float]] = []
    for w in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        if bounds and bounds[-1][0] - 1 <= mid <= bounds[-1][1] + 1:
            lines[-1].append(w)
        else:
            lines.append([w])
            bounds.append([w["top"], w["bottom"]])
    for ln in lines:
        ln.sort(key=lambda w: w["x0"])
    return lines


def _chunks(line: list[dict], gap: float) -> list[dict]:
    """Words joined into phrases where the space between them is small."""
    out: list[dict] = []
    for w in line:
        if out and w["x0"] - out[-1]["x1"] < gap:
            c = out[-1]
            c["text"] += " " + w["text"]
            c["x1"], c["bottom"] = w["x1"], max(c["bottom"], w["bottom"])
        else:
            out.append({"text": w["text"], "x0": w["x0"], "x1": w["x1"], "top": w["top"],
                        "bottom": w["bottom"]})
    return out


def _by_gaps(page, number: int) -> list[Table]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    tables = _tables_by_gaps(words, number)
    for t in tables:
        t.title = _title_above(page, t.bbox[1]) if t.bbox else None
    return tables


def _tables_by_gaps(words: list[dict], number: int) -> list[Table]:
    if not words:
        return []
    widths = sorted((w["x1"] - w["x0"]) / max(len(w["text"]), 1) for w in words)
    gap = max(2.5 * widths[len(widths) // 2], 6.0)
    lines = [_chunks(ln, gap) for ln in _lines(words)]
    numeric = [sum(1 for c in ln if _NUM.match(c["text"])) >= 2 for ln in lines]
    tables = []
    i = 0
    while i < len(lines):
        if not numeric[i]:
            i += 1
            continue
        j, misses = i, 0
        while j + 1 < len(lines) and misses <= 2:
            j += 1
            misses = 0 if numeric[j] else misses + 1
        end = j - misses if misses else j
        start = i
        while start > 0 and i - start < 4 and not numeric[start - 1] and (
                len(lines[start - 1]) >= 2 or lines[start - 1][0]["x0"] > lines[i][0]["x1"]) \
                and lines[i][0]["top"] - lines[start - 1][0]["top"] < 60:  # header lines (a wrapped head alone)
            start -= 1
        body = lines[start:end + 1]
        if sum(numeric[start:end + 1]) >= 2:
            t = _grid(body, [numeric[k] for k in range(start, end + 1)], number)
            if t:
                t.title = _title_from_words(words, t.bbox[1]) if t.bbox else None
                tables.append(t)
        i = end + 1
    return tables


def _grid(body: list[list[dict]], numeric: list[bool], number: int) -> Table | None:
    # columns from the numeric rows: merge overlapping x-intervals of their chunks
    spans = sorted((c["x0"], c["x1"]) for ln, isnum in zip(body, numeric) if isnum for c in ln)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    if len(cols) < 2:
        return None
    rows: list[list[Cell]] = []
    for ln in body:
        cells: list[list[dict]] = [[] for _ in cols]
        for c in ln:
            k = _column_of(c, cols)
            cells[k].append(c)
        row = []
        for parts in cells:
            if parts:
                bbox = (min(p["x0"] for p in parts), min(p["top"] for p in parts),
                        max(p["x1"] for p in parts), max(p["bottom"] for p in parts))
                row.append(Cell(" ".join(p["text"] for p in parts), number, bbox))
            else:
                row.append(Cell("", number, None))
        rows.append(row)
    allw = [c for ln in body for c in ln]
    bbox = (min(c["x0"] for c in allw), min(c["top"] for c in allw),
            max(c["x1"] for c in allw), max(c["bottom"] for c in allw))
    return Table(rows, number, bbox, method="gaps")


def _column_of(chunk: dict, cols: list[list[float]]) -> int:
    best, best_k = -1.0, 0
    for k, (x0, x1) in enumerate(cols):
        overlap = min(x1, chunk["x1"]) - max(x0, chunk["x0"])
        if overlap > best:
            best, best_k = overlap, k
    if best <= 0:  # no overlap: nearest column by centre
        mid = (chunk["x0"] + chunk["x1"]) / 2
        best_k = min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - mid))
    return best_k


def _title_above(page, top: float) -> str | None:
    try:
        strip = page.crop((0, max(0, top - 40), page.width, max(top - 1, 1)))
        text = strip.extract_text() or ""
    except ValueError:
        return None
    # a line with no word is no title: a dash or rule the strip's edge cut from the title line's letters
    lines = [ln.strip() for ln in text.split("\n") if len(re.findall(r"[A-Za-z]", ln)) >= 2]
    return squash(lines[-1])[:200] if lines else None
