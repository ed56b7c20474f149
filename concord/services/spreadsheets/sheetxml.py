"""A worksheet's cells read straight from its XML, in one streamed pass (lxml), for the import.

openpyxl's read-only mode is the reference and stays the fallback: it finds the sheets, their
files, the shared strings and which cell styles are dates (`ExcelReader`, without opening any
worksheet: read-only worksheets scan their whole file on opening when it gives no dimension, as
openpyxl's own write-only workbooks do). Each cell is read as openpyxl reads it with `values_only`
(numbers as int or float as openpyxl casts them, dates by their style, shared and inline strings, booleans, errors), and
a formula as its text with the value Excel saved with it, from the same pass (openpyxl needs a
second load of the workbook for those). Merged cells are read in the same pass.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _F, _IS, _T, _MERGE = (_NS + t for t in ("row", "c", "v", "f", "is", "t", "mergeCell"))


@dataclass
class SheetCells:
    title: str
    grid: list[tuple] = field(default_factory=list)  # row 1 first; an empty row is ()
    formulas: dict[tuple[int, int], tuple[str, Any]] = field(default_factory=dict)  # (row, col) 0-based → text, saved
    merged: list[str] = field(default_factory=list)


def read(data: bytes) -> list[SheetCells]:
    """Every worksheet of an XLSX workbook, its cells as values."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=False)
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    wb = reader.wb
    out = []
    try:
        for sheet, rel in reader.parser.find_sheets():
            if rel.target not in reader.valid_files or "chartsheet" in rel.Type:
                continue
            with reader.archive.open(rel.target) as src:
                out.append(_cells(sheet.name, src, reader.shared_strings, wb.epoch, wb._date_formats,
                                  wb._timedelta_formats))
    finally:
        reader.archive.close()
    return out


_COLUMNS: dict[str, int] = {}


def _column(ref: str) -> int:
    """B12 → 1 (the letters' index, remembered)."""
    letters = ref.rstrip("0123456789")
    found = _COLUMNS.get(letters)
    if found is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        found = _COLUMNS[letters] = n - 1
    return found


def _cells(title: str, src: Any, strings: Any, epoch: Any, dates: set, durations: set) -> SheetCells:
    from lxml import etree  # type: ignore[import-untyped]
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    found = SheetCells(title)
    grid = found.grid
    row_no = 0
    for _event, el in etree.iterparse(src, events=("end",), tag=(_ROW, _MERGE), huge_tree=True):
        if el.tag == _MERGE:
            found.merged.append(el.get("ref"))
            continue
        r = el.get("r")
        row_no = int(r) if r else row_no + 1
        while len(grid) < row_no - 1:
            grid.append(())
        cells: list[Any] = []
        col = -1
        for c in el:
            if c.tag != _C:
                continue
            ref = c.get("r")
            col = _column(ref) if ref else col + 1
            kind = c.get("t") or "n"
            value: Any = None
            text = formula = None
            for child in c:  # <v>, <f>, <is>: usually one
                tag = child.tag
                if tag == _V:
                    text = child.text
                elif tag == _IS:
                    first = child[0] if len(child) == 1 else None
                    value = (first.text or "") if first is not None and first.tag == _T else \
                        "".join(child.itertext(_T, with_tail=False))
                elif tag == _F:
                    formula = "=" + child.text if child.text else "=(shared formula)"
            if text:
                if kind == "n":
                    value = float(text) if "." in text or "E" in text or "e" in text else int(text)
                    style = c.get("s")
                    if style is not None and int(style) in dates:
                        try:
                            value = from_excel(value, epoch, timedelta=int(style) in durations)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif kind == "s":
                    value = strings[int(text)]
                elif kind == "b":
                    value = bool(int(text))
                elif kind == "d":
                    value = from_ISO8601(text)
                elif kind != "inlineStr":  # "str" (a formula's text result) and "e" (an error such as #N/A)
                    value = text
            if formula is not None:
                found.formulas[(row_no - 1, col)] = (formula, value)
                value = formula
            n = len(cells)
            if col == n:
                cells.append(value)
            else:
                if col > n:
                    cells.extend([None] * (col - n + 1))
                cells[col] = value
        while cells and cells[-1] is None:
            cells.pop()
        grid.append(tuple(cells))
        el.clear()
        parent = el.getparent()
        if parent is not None:
            while el.getprevious() is not None:
                del parent[0]
    return found
