"""Reading and writing the files: XLSX through openpyxl, CSV through the standard library.

Reading is streamed (openpyxl's read-only mode) so that a workbook of 50,000 lines loads in
seconds. A formula is seen as its text on the first pass; when a sheet has any, the workbook is
read a second time for the values Excel saved with it (the cached values), which are imported,
and each formula is reported as a note. A formula without a saved value (a workbook never opened
in Excel) is a problem. Merged cells are read from the sheet's XML (read-only mode does not list
them) and reported: a merged cell has one value for several rows or columns, which a table of
figures cannot mean.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from concord.services.spreadsheets import sheetxml
from concord.services.spreadsheets.spec import (
    _PARSERS, CellError, Column, Problem, Row, Sheet, SheetSpec, Shown, by_name, letter, norm, parse, shown,
    REGISTRY,
)

ABOUT = "About"
MONEY_FORMAT = "#,##0.00;-#,##0.00"
VARIANCE_FORMAT = "#,##0.00;[Red]-#,##0.00"
DATE_FORMAT = "dd/mm/yyyy"
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


@dataclass(frozen=True)
class Read:
    sheets: tuple[Sheet, ...]
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]  # formulas whose saved value was read


def read(files: Sequence[tuple[str, bytes]]) -> Read:
    """The finance sheets in some files: one XLSX workbook, or CSV files (one sheet each)."""
    sheets: list[Sheet] = []
    problems: list[Problem] = []
    notes: list[Problem] = []
    for name, data in files:
        if name.lower().endswith((".xlsx", ".xlsm")):
            _read_xlsx(name, data, sheets, problems, notes)
        elif name.lower().endswith(".csv"):
            _read_csv(name, data, sheets, problems)
        else:
            problems.append(Problem(Path(name).name, None, None, None, "", "is neither an XLSX workbook nor a CSV file"))
    return Read(tuple(sheets), tuple(problems), tuple(notes))


def _read_xlsx(name: str, data: bytes, sheets: list[Sheet], problems: list[Problem], notes: list[Problem]) -> None:
    """The cells of each sheet in one streamed pass (`sheetxml`); through openpyxl's read-only mode when
    that cannot read the file (openpyxl then says why)."""
    try:
        read = sheetxml.read(data)
    except Exception:  # noqa: BLE001 - openpyxl reads it again and reports what is wrong
        _read_xlsx_openpyxl(name, data, sheets, problems, notes)
        return
    for found in read:
        _take(found.title, found.grid, found.merged, found.formulas, sheets, problems, notes)


def _take(title: str, grid: list[tuple], merged: Sequence[str], formulas: dict[tuple[int, int], tuple[str, Any]],
          sheets: list[Sheet], problems: list[Problem], notes: list[Problem]) -> None:
    """A sheet's grid, each formula replaced by its saved value (reported as a note, or as a problem when
    there is none); merged cells reported."""
    if norm(title) == norm(ABOUT):
        return
    spec = by_name(title)
    if spec is None:
        problems.append(Problem(title, None, None, None, "", "is not a finance sheet Concord knows; "
                                "the sheets are " + ", ".join(s.name for s in REGISTRY.values())))
        return
    for ref in merged:
        first = ref.split(":")[0]
        problems.append(Problem(title, int(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), None,
                                first.rstrip("0123456789"), "", f"cells {ref} are merged: unmerge them, one value a cell"))
    for (r, c), (text, value) in sorted(formulas.items()):
        where = Problem(title, r + 1, _header(grid, c), letter(c), text, "")
        if value is None:
            problems.append(_with(where, "is a formula with no saved value: open the workbook in Excel, "
                                         "let it calculate and save it, or type the figure"))
        else:
            notes.append(_with(where, f"is a formula: its saved value {shown(value)} was read"))
        row = list(grid[r])
        row[c] = value
        grid[r] = tuple(row)
    sheets.append(_sheet(spec, title, grid, problems))


def _read_xlsx_openpyxl(name: str, data: bytes, sheets: list[Sheet], problems: list[Problem],
                        notes: list[Problem]) -> None:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as e:  # noqa: BLE001 - a broken or foreign file, said in one line
        problems.append(Problem(Path(name).name, None, None, None, "", f"cannot be read as an XLSX workbook ({e})"))
        return
    cached_book = None
    try:
        for ws in wb.worksheets:
            grid = list(ws.iter_rows(values_only=True))
            formulas = {(r, c): _formula_text(v) for r, row in enumerate(grid) for c, v in enumerate(row)
                        if v.__class__ not in _PLAIN and _is_formula(v)}
            saved: dict[tuple[int, int], tuple[str, Any]] = {}
            if formulas:
                if cached_book is None:
                    cached_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
                cached = list(cached_book[ws.title].iter_rows(values_only=True))
                saved = {(r, c): (text, cached[r][c] if r < len(cached) and c < len(cached[r]) else None)
                         for (r, c), text in formulas.items()}
            _take(ws.title, grid, _merged(wb, ws), saved, sheets, problems, notes)
    finally:
        wb.close()
        if cached_book is not None:
            cached_book.close()


#: cells that are never formulas (a formula is text starting with = or an openpyxl formula object)
_PLAIN = frozenset({int, float, bool, type(None), dt.datetime, dt.date, dt.time, Decimal})


def _with(p: Problem, reason: str) -> Problem:
    return Problem(p.sheet, p.row, p.column, p.letter, p.value, reason)


def _is_formula(value: Any) -> bool:
    return (isinstance(value, str) and value.startswith("=") and len(value) > 1) or hasattr(value, "text")


def _formula_text(value: Any) -> str:
    return value if isinstance(value, str) else str(getattr(value, "text", value))


def _header(grid: list[tuple], c: int) -> str | None:
    return shown(grid[0][c]) if grid and c < len(grid[0]) and grid[0][c] is not None else None


def _merged(wb: Any, ws: Any) -> list[str]:
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(wb, "_archive", None)
    if not path or archive is None:
        return []
    return [m.decode() for m in _MERGE.findall(archive.read(path))]


def _read_csv(name: str, data: bytes, sheets: list[Sheet], problems: list[Problem]) -> None:
    label = Path(name).name
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(label, None, None, None, "", "is not UTF-8 text: save it as CSV UTF-8"))
        return
    grid = [tuple(row) for row in csv.reader(io.StringIO(text))]
    spec = by_name(Path(name).stem) or _spec_for_headers(grid[0] if grid else ())
    if spec is None:
        problems.append(Problem(label, 1, None, None, "", "has columns of no finance sheet Concord knows; name the "
                                "file after its sheet (revenue.csv, capital.csv, mtfp-scenarios.csv, ...)"))
        return
    sheets.append(_sheet(spec, label, grid, problems))


def _spec_for_headers(headers: Iterable[Any]) -> SheetSpec | None:
    names = [shown(h) for h in headers if h not in (None, "")]
    best, score = None, 0
    for spec in REGISTRY.values():
        known = sum(1 for h in names if spec.match(h))
        if known == len(names) and known > score:
            best, score = spec, known
    return best


_UNSEEN = object()


def _sheet(spec: SheetSpec, name: str, grid: list[tuple], problems: list[Problem]) -> Sheet:
    """Header row → columns; each later row that is not empty → a Row of parsed values."""
    header = grid[0] if grid else ()
    columns: dict[int, Column] = {}
    letters: dict[str, str] = {}
    for i, h in enumerate(header):
        if h is None or shown(h).strip() == "":
            continue
        col = spec.match(shown(h))
        if col is None:
            problems.append(Problem(name, 1, shown(h), letter(i), shown(h), f"is not a column of the {spec.name} "
                                    "sheet; its columns are " + ", ".join(c.header for c in spec.columns)))
        elif col.field in letters:
            problems.append(Problem(name, 1, col.header, letter(i), shown(h),
                                    f"is given twice (also column {letters[col.field]})"))
        else:
            columns[i], letters[col.field] = col, letter(i)
    fields = {col.field: i for i, col in columns.items()}
    for col in spec.columns:
        if col.required and not col.computed and col.field not in letters:
            problems.append(Problem(name, 1, col.header, None, "", "is missing: the sheet needs this column"))
    # each column: its parser, and the words it has read already (a year or a body is typed on every row)
    read: list[tuple[int, str, str, Callable[[Any], Any], str, dict[str, Any] | None]] = [
        (i, col.field, col.header, _PARSERS[col.type], col.type, None if col.type == "text" else {})
            for i, col in columns.items() if not col.computed]
    width = max(columns, default=-1) + 1
    rows = []
    for r, cells in enumerate(grid[1:], start=2):
        head = cells[0] if cells else None
        if (head is None or (head.__class__ is str and not head.strip())) and \
                all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
            continue
        if len(cells) < width:
            cells = tuple(cells) + (None,) * (width - len(cells))
        values: dict[str, Any] = {}
        for i, field_name, heading, parser, kind, seen in read:
            raw = cells[i]
            if raw is None:
                values[field_name] = None
                continue
            try:  # `parse`, its common cases first: an empty cell, a number, a word read before
                if raw.__class__ is not str:
                    values[field_name] = parser(raw)
                elif seen is None:
                    values[field_name] = parse(kind, raw)
                else:
                    value = seen.get(raw, _UNSEEN)
                    if value is _UNSEEN:
                        value = seen[raw] = parse(kind, raw)
                    values[field_name] = value
            except CellError as e:
                problems.append(Problem(name, r, heading, letter(i), shown(raw), str(e)))
        rows.append(Row(r, values, Shown(cells, fields)))
    return Sheet(spec, name, tuple(rows), letters)


# --- writing ---------------------------------------------------------------------------------

def write_xlsx(out: Any, sheets: Sequence[tuple[SheetSpec, list[dict[str, Any]]]], about: Sequence[str]) -> None:
    """One sheet per spec (header row frozen, money as numbers, variances red when negative, dates as
    dates), then an About sheet. `out` is a path or a binary stream."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook(write_only=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
    for spec, rows in sheets:
        ws = wb.create_sheet(spec.name)
        ws.freeze_panes = "A2"
        for i, col in enumerate(spec.columns):
            ws.column_dimensions[letter(i)].width = spec.widths.get(col.field, max(12, len(col.header) + 2))
        head = []
        for col in spec.columns:
            cell = WriteOnlyCell(ws, value=col.header)
            cell.font, cell.fill = bold, fill
            head.append(cell)
        ws.append(head)
        formats = [_format(col) for col in spec.columns]
        for values in rows:
            out_row = []
            for col, fmt in zip(spec.columns, formats):
                value = _cell_value(col, values.get(col.field))
                if fmt and value is not None:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = fmt
                    out_row.append(cell)
                else:
                    out_row.append(value)
            ws.append(out_row)
    ws = wb.create_sheet(ABOUT)
    for line in about:
        ws.append([line])
    stamp = WriteOnlyCell(ws, value=dt.date.today())
    stamp.number_format = DATE_FORMAT
    ws.append(["Written on", stamp])
    wb.save(out)


def _format(col: Column) -> str | None:
    if col.type == "money":
        return VARIANCE_FORMAT if col.computed else MONEY_FORMAT
    if col.type == "date":
        return DATE_FORMAT
    return None


def _cell_value(col: Column, value: Any) -> Any:
    """What the cell holds. Money is a number: whole pounds as an integer, pounds and pence as a double,
    whose shortest repr gives back the same pence for any amount under £10 trillion (15 significant
    digits), so a figure exported and imported again is unchanged."""
    if value is None:
        return None
    if col.type == "money":
        d = Decimal(value)
        return int(d) if d == d.to_integral_value() else float(d)
    if col.type in ("percent", "decimal"):
        d = Decimal(value)
        return int(d) if d == d.to_integral_value() else float(d)
    if col.type == "bool":
        return "yes" if value else "no"
    return value


def write_csv(folder: Path, sheets: Sequence[tuple[SheetSpec, list[dict[str, Any]]]]) -> list[Path]:
    """One CSV a sheet, named by its key (revenue.csv, ...): money as exact decimals, dates ISO."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for spec, rows in sheets:
        path = folder / f"{spec.key}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([c.header for c in spec.columns])
            for values in rows:
                w.writerow([_csv_value(c, values.get(c.field)) for c in spec.columns])
        written.append(path)
    return written


def _csv_value(col: Column, value: Any) -> str:
    if value is None:
        return ""
    if col.type == "money":
        return str(Decimal(value).quantize(Decimal("0.01")))
    if col.type == "bool":
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
