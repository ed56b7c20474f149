"""`concord finance`: spreadsheets in and out — import a workbook (whole or not at all), export the finance
register, make an empty template."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, output_path, terminal_safe

app = typer.Typer(help="Finance spreadsheets: import XLSX or CSV, export, templates.", no_args_is_help=True)
YEAR = count(2100, 2000, "a financial year's first calendar year")
MONTH = count(12, 1, "a month of the financial year (1 is April, 12 is March)")


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="finance")


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="An XLSX workbook, a CSV file, or a folder of CSV files")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row and say what would be done; "
                                                            "write nothing")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Import finance sheets: Revenue, Capital (tables as printed), MTFP scenarios and assumptions, Capital
    programmes, schemes, financing and amendments, Savings, Collaboration spend, Shared costs, Fleet profiles, Fleet
    usage, Referendum limits, Precepts, Precept dates. Either everything is imported, or each problem is listed by
    sheet, row and column and nothing is (exit 2)."""
    from concord.services.spreadsheets import book

    try:
        if dry_run:
            with acting.reading() as ctx:
                report = book.import_path(ctx, str(path), dry_run=True)
        else:
            with acting.writing() as ctx:
                report = book.import_path(ctx, str(path))
    except book.ImportRefused as refused:
        _report(refused.report, as_json)
        raise typer.Exit(2) from None
    _report(report, as_json)


def _report(report: object, as_json: bool) -> None:
    problems, notes, done = report.problems, report.notes, report.done  # type: ignore[attr-defined]
    if as_json:
        typer.echo(json.dumps({
            "imported": report.imported, "dry_run": report.dry_run,  # type: ignore[attr-defined]
            "problems": [_problem(p) for p in problems], "notes": [_problem(p) for p in notes], "done": list(done)},
            indent=2))
        return
    for p in problems:
        typer.echo(f"Problem: {terminal_safe(str(p))}", err=True)
    for n in notes:
        typer.echo(f"Note: {terminal_safe(str(n))}")
    for d in done:
        typer.echo(terminal_safe(d))
    if problems:
        typer.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}: nothing imported", err=True)
    elif report.dry_run:  # type: ignore[attr-defined]
        typer.echo("Dry run: nothing written")


def _problem(p: object) -> dict:
    return {k: getattr(p, k) for k in ("sheet", "row", "column", "letter", "value", "reason")}


@app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="The XLSX file to write, or the folder for CSV files")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx (one sheet per table) or csv (one file per table)")] = "xlsx",
    year: Annotated[Optional[int], typer.Option("--year", parser=YEAR, help="Only this year: 2016 is 2016/17")] = None,
    month: Annotated[Optional[int], typer.Option("--month", parser=MONTH, help="Only this month: 1 is April")] = None,
    body: Annotated[Optional[str], typer.Option("--body", help="Only this policing body: its force's id, e.g. "
                                                               "cambridgeshire")] = None,
) -> None:
    """Export the finance register, or a year or month of it, or one body's, for Excel; it imports back unchanged."""
    from concord.services.spreadsheets import book

    target = output_path(out, "--out", folder=fmt == "csv")
    with acting.reading() as ctx:
        done = book.export(ctx, str(target), fmt, year, month, body=body)
    typer.echo(f"Wrote {', '.join(terminal_safe(p) for p in done.paths)}: "
               + ", ".join(f"{name} {n} rows" for name, n in done.sheets))


@app.command("template")
def template(
    kind: Annotated[str, typer.Argument(help="revenue, capital, mtfp, savings or recharge")],
    out: Annotated[Path, typer.Option("--out", help="The XLSX file to write")],
) -> None:
    """An empty workbook to fill in: the sheets, their column headers, and an About sheet that explains them."""
    from concord.services.spreadsheets import book

    target = output_path(out, "--out")
    with acting.reading() as ctx:
        done = book.template(ctx, kind, str(target))
    typer.echo(f"Wrote {terminal_safe(done.paths[0])}: sheets {', '.join(n for n, _ in done.sheets)}")
