"""Import a workbook whole or not at all, export the finance register, make an empty template.

An import reads every sheet, checks every row (cells, columns, merged cells, formulas without a
saved value, missing months, duplicated scheme numbers, and each service's own checks), and
writes only when nothing is wrong; a problem found while writing undoes everything written before
it (`ImportRefused` is raised and the unit of work rolls back). A dry run checks and writes
nothing. Formulas whose saved values were read are reported as notes, not problems.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services.context import Context
from concord.services.revenue import _body_or_none
from concord.services.spreadsheets import rows
from concord.services.spreadsheets import spec as specs
from concord.services.spreadsheets import workbook
from concord.services.spreadsheets.spec import Problem

FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class ImportReport:
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]
    done: tuple[str, ...]
    dry_run: bool

    @property
    def imported(self) -> bool:
        return not self.problems and not self.dry_run


class ImportRefused(DomainError):
    """Problems were found: nothing is imported (raised so that the unit of work rolls back)."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.problems)
        super().__init__("file", "", f"{n} problem{'' if n == 1 else 's'}: nothing imported")
        self.report = report


@dataclass(frozen=True)
class Exported:
    paths: tuple[str, ...]
    sheets: tuple[tuple[str, int], ...]  # each sheet's name and its number of rows


def import_files(ctx: Context, files: Sequence[tuple[str, bytes]], dry_run: bool = False) -> ImportReport:
    """Import finance sheets from an XLSX workbook or CSV files (name, bytes). Raises ImportRefused
    with every problem when any is found (nothing is written); returns what was done otherwise."""
    ctx.require(Permission.REGISTER_READ)
    read = workbook.read(files)
    problems = list(read.problems)
    for sheet in read.sheets:
        if sheet.spec.load is None:
            problems.append(Problem(sheet.name, None, None, None, "", sheet.spec.not_yet or "cannot be imported yet"))
    if not read.sheets and not problems:
        problems.append(Problem(", ".join(Path(n).name for n, _ in files) or "(no file)", None, None, None, "",
                                "holds no finance sheet"))
    loadable = [s for s in read.sheets if s.spec.load is not None]
    order = list(specs.REGISTRY)
    loadable.sort(key=lambda s: order.index(s.spec.key))
    done: list[str] = []
    rows.forget_adds(ctx)
    for sheet in loadable:
        assert sheet.spec.load is not None
        checked = sheet.spec.load(ctx, sheet, False)
        problems.extend(checked.problems)
        done.extend(checked.done)
    if problems:
        raise ImportRefused(ImportReport(tuple(problems), read.notes, (), dry_run))
    if dry_run:
        return ImportReport((), read.notes, tuple(done), True)
    ctx.require(Permission.FINANCE_EDIT)
    rows.forget_adds(ctx)
    done = []
    for sheet in loadable:
        assert sheet.spec.load is not None
        try:
            written = sheet.spec.load(ctx, sheet, True)
        except DomainError as e:
            written = specs.Loaded(problems=(Problem(sheet.name, None, e.field, None, str(e.value or ""), e.reason),))
        problems.extend(written.problems)
        done.extend(written.done)
    report = ImportReport(tuple(problems), read.notes, tuple(done), False)
    if problems:
        raise ImportRefused(report)
    return report


def import_path(ctx: Context, path: str, dry_run: bool = False) -> ImportReport:
    """Import a workbook, a CSV file, or a folder of CSV files (as `concord finance export --format csv`
    writes them)."""
    p = Path(path)
    if p.is_dir():
        files = [(str(f), f.read_bytes()) for f in sorted(p.glob("*.csv"))]
        if not files:
            raise DomainError("PATH", path, "is a folder with no CSV files")
    elif p.is_file():
        files = [(str(p), p.read_bytes())]
    else:
        raise DomainError("PATH", path, "is not a file or folder")
    return import_files(ctx, files, dry_run)


def export(ctx: Context, out: str, fmt: str = "xlsx", year: int | None = None, month: int | None = None,
           keys: Sequence[str] | None = None, body: str | None = None) -> Exported:
    """The finance register (or a year, a month of it): one sheet per table kind, written to `out`
    (an XLSX file, or a folder of CSV files)."""
    ctx.require(Permission.REGISTER_READ)
    if fmt not in FORMATS:
        raise DomainError("--format", fmt, "must be xlsx or csv")
    sheets = _dumped(ctx, year, month, keys, body)
    if fmt == "xlsx":
        workbook.write_xlsx(out, sheets, _about(year, month, [s for s, _ in sheets]))
        paths: tuple[str, ...] = (out,)
    else:
        paths = tuple(str(p) for p in workbook.write_csv(Path(out), sheets))
    return Exported(paths, tuple((s.name, len(rows)) for s, rows in sheets))


def export_bytes(ctx: Context, year: int | None = None, month: int | None = None,
                 keys: Sequence[str] | None = None, body: str | None = None) -> bytes:
    """The same export as an XLSX workbook in memory (for a download)."""
    ctx.require(Permission.REGISTER_READ)
    sheets = _dumped(ctx, year, month, keys, body)
    buffer = io.BytesIO()
    workbook.write_xlsx(buffer, sheets, _about(year, month, [s for s, _ in sheets]))
    return buffer.getvalue()


def _dumped(ctx: Context, year: int | None, month: int | None, keys: Sequence[str] | None,
            body: str | None) -> list[tuple[specs.SheetSpec, list[dict]]]:
    """Each exported sheet's rows (of one body only, when `body` is given: its slug, any case)."""
    if body is not None:
        found = _body_or_none(ctx, body)
        if found is None:
            raise DomainError("--body", body, "is not a policing body in the register (its force's id, "
                                              "e.g. cambridgeshire)")
        body = found.slug
    out = []
    for key, s in specs.REGISTRY.items():
        if s.dump is None or (keys is not None and key not in keys):
            continue
        rows = s.dump(ctx, year, month)
        out.append((s, rows if body is None else [r for r in rows if r.get("body") == body]))
    return out


def template(ctx: Context, kind: str, out: str) -> Exported:
    """An empty workbook to fill: the sheets of `kind`, their headers, and an About sheet."""
    ctx.require(Permission.REGISTER_READ)
    if kind not in specs.TEMPLATES:
        raise DomainError("KIND", kind, "must be one of " + ", ".join(specs.TEMPLATES))
    chosen = [specs.REGISTRY[k] for k in specs.TEMPLATES[kind]]
    lines = _about(None, None, chosen)
    for s in chosen:
        lines.append(f"{s.name} columns:")
        lines.extend(f"  {c.header}{'' if c.required or c.computed else ' (optional)'}"
                     f"{' (computed by Concord, not read)' if c.computed else ''}{': ' + c.help if c.help else ''}"
                     for c in s.columns)
        if s.load is None:
            lines.append(f"  (this sheet {s.not_yet})")
    workbook.write_xlsx(out, [(s, []) for s in chosen], lines)
    return Exported((out,), tuple((s.name, 0) for s in chosen))


def _about(year: int | None, month: int | None, chosen: Sequence[specs.SheetSpec]) -> list[str]:
    scope = "the whole finance register" if year is None and month is None else \
        f"the finance register{'' if year is None else f', {specs.year_label(year)}'}" \
        f"{'' if month is None else f', month {month}'}"
    return [f"Concord finance workbook: {scope}.",
            "Money is in pounds and pence, exactly; a dash or an empty cell is no figure.",
            "Import it back with `concord finance import FILE` (nothing is imported if any row has a problem).",
            *(f"{s.name}: {s.about}" for s in chosen)]
