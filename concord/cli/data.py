"""Moving the register in and out: export, import, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import output_path, progress


def install(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
    app.command("backup")(backup)
    app.command("restore")(restore)


def export(
    fmt: Annotated[str, typer.Option("--format", help="json (one file) or csv (a folder: one CSV per table and CSVW metadata)")] = "json",
    out: Annotated[Optional[Path], typer.Option("--out", help="File (json) or folder (csv) to write; json goes to standard output without it")] = None,
) -> None:
    """Export the whole register (password hashes are never exported)."""
    from concord.services import transfer

    output_path(out, "--out", folder=fmt.lower() == "csv")
    with acting.reading() as ctx, progress("Exporting", len(transfer.tables())) as advance:
        done = transfer.export(ctx, fmt.lower(), out, sys.stdout, lambda n, note: advance(n, note))
    if out is not None:
        typer.echo(f"Exported {done.rows:,} rows of {done.tables} tables to {out}", err=True)


def import_(
    path: Annotated[Path, typer.Argument(help="A JSON export file or a CSV export folder")],
) -> None:
    """Import an export into an empty register (one transaction: all or nothing).

    Imported history is kept as it was and marked with this import, which
    is itself recorded in the audit trail.
    """
    from concord.services import database, transfer

    store = acting.open_store(require_schema=False)
    database.init(store)
    with acting.writing(store) as ctx, progress("Importing", len(transfer.tables())) as advance:
        done = transfer.import_(ctx, path, lambda n, note: advance(n, note))
    typer.echo(f"Imported {done.rows:,} rows into {done.tables} tables (audit record {done.audit_id})")


def backup(path: Annotated[Path, typer.Argument(help="Backup file to write (gzip'd JSON with a manifest)")]) -> None:
    """Back up the whole register; safe while others are using it.

    The backup is read back before it is kept: unless it holds every row
    of every table, no file is left and the command fails.
    """
    from concord.services import backup as service, transfer

    output_path(path, "PATH")
    with acting.reading() as ctx, progress("Backing up", len(transfer.tables())) as advance:
        done = service.backup(ctx, path, lambda n, note: advance(n, note))
    typer.echo(f"Backup written to {path}: {done.rows:,} rows of {done.tables} tables, checked")


def restore(
    path: Annotated[Path, typer.Argument(help="Backup file made by `concord backup`")],
    yes: Annotated[bool, typer.Option("--yes", help="Replace the register without asking")] = False,
) -> None:
    """Replace the whole register with a backup, checked against its manifest first."""
    from concord.services import backup as service

    if not yes and not typer.confirm("Replace the whole register with this backup?", default=False):
        raise typer.Abort()
    store = acting.open_store(require_schema=False)
    service.prepare(store)
    with acting.writing(store) as ctx, progress("Restoring") as advance:
        done = service.restore(ctx, path, lambda n, note: advance(n, note))
    typer.echo(f"Restored {done.rows:,} rows of {done.tables} tables from {path} (audit record {done.audit_id})")
