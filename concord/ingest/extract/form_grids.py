"""A form's boxes as converters print a Word table whose first row holds the labels: the labels in a header row,
a rule, then the values in the row below (``| Decision reference | Date of decision |`` / ``|---|---|`` /
``| NV/2022/017 | 9 May 2022 |``), or one box a table (``| Title |`` / ``|---|`` / ``| Contribution to ... |``).

Converters such as markitdown make every table's first row its header, so a form whose labels stand over their
boxes reaches us this way. Each label is read with the value in the same column of the one row under the rule;
a one-column box may run over several rows (a summary's paragraphs). A table with two rows or more of several
columns is a listing, not a form, and is left to the listings' readers."""

from __future__ import annotations

import re
from collections.abc import Callable

from concord.ingest.extract.common import Field

_ROW = re.compile(r"[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*")
_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*")


def _cells(text: str, a: int, b: int, sep: str) -> list[tuple[str, int, int]]:
    """The cells of ``text[a:b]`` between ``sep``: (text, start, end), white space trimmed."""
    out, pos = [], a
    for raw in text[a:b].split(sep):
        lead = len(raw) - len(raw.lstrip())
        out.append((raw.strip(), pos + lead, pos + lead + len(raw.strip())))
        pos += len(raw) + 1
    return out


def with_grid(fields: list[Field], text: str, start: int, end: int,
              label: Callable[[str], str | None]) -> list[Field]:
    """``fields`` read by their labels, with a form's labels in a table's header row read instead with their
    column's values (a label found in such a row gives way to the grid's field)."""
    if not re.search(r"[|\t]", text[start:end]):
        return fields
    grid = grid_fields(text, start, end, label)
    heads = {(a, b) for a, b, _ in grid}
    return sorted([f for f in fields if not any(a <= f.start < b for a, b in heads)] + [f for _, _, f in grid],
                  key=lambda f: f.start)


def grid_fields(text: str, start: int, end: int, label: Callable[[str], str | None]) -> list[tuple[int, int, Field]]:
    """``(header_start, header_end, field)`` for each label of a header row (``label`` names its field, or None)
    with the value of its column in the row under the rule."""
    spans, pos = [], start
    for line in text[start:end].split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    out: list[tuple[int, int, Field]] = []
    k = 0
    while k + 2 < len(spans):
        head = _ROW.fullmatch(text, *spans[k])
        if not head or not _RULE.fullmatch(text, *spans[k + 1]):
            k = _tabbed(text, spans, k, label, out)
            continue
        heads = _cells(text, head.start("cells"), head.end("cells"), "|")
        names = [label(c) if c else None for c, _, _ in heads]
        rows = []
        j = k + 2
        while j < len(spans) and (row := _ROW.fullmatch(text, *spans[j])) and not _RULE.fullmatch(text, *spans[j]):
            rows.append(_cells(text, row.start("cells"), row.end("cells"), "|"))
            j += 1
        if not any(names) or not rows or any(len(r) != len(heads) for r in rows) or (len(heads) > 1 and len(rows) > 1):
            k = max(j, k + 1)
            continue
        for i, name in enumerate(names):
            filled = [r[i] for r in rows if r[i][0]]
            if name and filled:
                value = " ".join(c for c, _, _ in filled)
                out.append((head.start(), head.end(), Field(name, value, filled[0][1], filled[-1][2])))
            elif name:
                out.append((head.start(), head.end(), Field(name, "", heads[i][1], heads[i][1])))
        k = j
    return out


def _tabbed(text: str, spans: list[tuple[int, int]], k: int, label: Callable[[str], str | None],
            out: list[tuple[int, int, Field]]) -> int:
    """A Word table's rows as the DOCX reader gives them, cells between tabs: a row of labels, every cell of it a
    label, over one row of values with as many cells (no third such row: that is a listing). Returns the next line
    to look at."""
    a, b = spans[k]
    if "\t" not in text[a:b] or "\t" not in text[slice(*spans[k + 1])]:
        return k + 1
    heads, vals = _cells(text, a, b, "\t"), _cells(text, *spans[k + 1], "\t")
    names = [label(c) if c else None for c, _, _ in heads]
    if len(vals) != len(heads) or not all(n for n, (c, _, _) in zip(names, heads) if c) or not any(names) or \
            k + 2 < len(spans) and len(_cells(text, *spans[k + 2], "\t")) == len(heads):
        return k + 1
    for name, (v, vs, ve) in zip(names, vals):
        if name:
            out.append((a, b, Field(name, v, vs, ve if v else vs)))
    return k + 2
