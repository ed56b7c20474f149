"""Moving the register in and out: export, import, backup, restore."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

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
    """Export the whole register."""
    from concord.services import database, transfer

    output_path(out, "--out", folder=fmt.lower() == "csv")
    store = database.open_store()
    with progress("Exporting", len(transfer.tables())) as advance:
        text = transfer.export(store, fmt.lower(), out, lambda n, note: advance(n, note))
    if text is not None:
        typer.echo(text)
    else:
        typer.echo(f"Exported to {out}", err=True)


def import_(
    path: Annotated[Path, typer.Argument(help="A JSON export file or a CSV export folder")],
) -> None:
    """Import an export into an empty register (one transaction: all or nothing)."""
    from concord.services import database, transfer

    store = database.open_store(require_schema=False)
    database.init(store)
    data = transfer.read(path)
    with progress("Importing", len(transfer.tables())) as advance:
        counts = transfer.load(store, data, lambda n, note: advance(n, note))
    typer.echo(f"Imported {sum(counts.values()):,} rows into {sum(1 for n in counts.values() if n)} tables")


def backup(path: Annotated[Path, typer.Argument(help="Backup file to write")]) -> None:
    """Back up the database; safe while others are using it."""
    from concord.services import backup as service, database

    output_path(path, "PATH")
    with progress("Backing up") as advance:
        kind = service.backup(database.open_store(), path, lambda done, total: advance(0, f"{done}/{total}"))
    typer.echo(f"Backup written to {path} ({'SQLite copy' if kind == 'sqlite' else 'compressed export'})")


def restore(
    path: Annotated[Path, typer.Argument(help="Backup file made by `concord backup`")],
    yes: Annotated[bool, typer.Option("--yes", help="Replace the register without asking")] = False,
) -> None:
    """Replace the whole register with a backup."""
    from concord.services import backup as service, database

    if not yes and not typer.confirm("Replace the whole register with this backup?", default=False):
        raise typer.Abort()
    with progress("Restoring") as advance:
        service.restore(database.open_store(require_schema=False), path, lambda done, total: advance(0, f"{done}/{total}"))
    typer.echo(f"Restored from {path}")
