"""Ingestion commands: read papers into proposed records, and review them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from concord.cli.options import progress


def install(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extracted records as JSON; store nothing")] = False,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Worker processes")] = 1,
    auto_accept: Annotated[bool, typer.Option("--auto-accept", help="Accept every proposed record into the register")] = False,
) -> None:
    """Read papers (PDF, DOCX, HTML, Markdown, text) and propose the records they hold."""
    from concord.ingest import pipeline

    for p in paths:
        if not p.exists():
            from concord.domain.errors import DomainError

            raise DomainError("PATH", str(p), "does not exist")
    with progress("Reading papers") as advance:
        result = pipeline.run(paths, jobs=jobs, on_progress=lambda done, total, name: advance(1, name))
    for err in result.errors:
        typer.echo(f"concord: skipped {err.source}: {err.reason}", err=True)
    if as_json:
        typer.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    from concord.services import database, ingestion

    store = database.open_store()
    database.init(store)
    summary = ingestion.store_result(store, result, auto_accept=auto_accept)
    typer.echo(summary.describe())
