"""Ingestion commands: read papers into proposed records, review them, search papers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from concord.cli.options import RECORD_NUMBER, count, progress
from concord.domain.text import MAX_JOBS
from concord.domain.errors import DomainError

review_app = typer.Typer(help="The review queue: records proposed by ingestion, waiting for a person.",
                         no_args_is_help=False, invoke_without_command=True)


def install(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.add_typer(review_app, name="review")
    app.command("search")(search)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extracted records as JSON; store nothing")] = False,
    jobs: Annotated[int, typer.Option("--jobs", parser=count(MAX_JOBS, 1, "a number of processes"), help="Worker processes (1 to 64)")] = 1,
    auto_accept: Annotated[bool, typer.Option("--auto-accept", help="Accept every proposed record into the register")] = False,
) -> None:
    """Read papers (PDF, DOCX, HTML, Markdown, text) and propose the records they hold.

    Without --json the records wait in the review queue (`concord review`).
    """
    from concord.ingest import pipeline

    for p in paths:
        if not p.exists():
            raise DomainError("PATH", str(p), "does not exist")
    files, _ = pipeline.expand(paths)
    with progress("Reading papers", len(files)) as advance:
        result = pipeline.run(paths, jobs=jobs, keep_text=not as_json,
                              on_progress=lambda done, total, name: advance(1, name))
    for err in result.errors:
        typer.echo(f"concord: skipped {err.source}: {err.reason}", err=True)
    if as_json:
        typer.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    from concord.services import database, ingestion

    store = database.open_store(require_schema=False)
    database.init(store)
    with progress("Storing", len(result.records.get("documents", []))) as advance:
        summary = ingestion.store_result(store, result, files, auto_accept=auto_accept,
                                         progress=lambda n, note: advance(n, note))
    typer.echo(summary.describe())


def _summary(payload: dict) -> str:
    for key in ("reference", "title", "name", "forum", "text"):
        if payload.get(key):
            text = str(payload[key])
            if key == "forum":
                text = f"{text} {payload.get('date') or ''}"
            return text if len(text) < 80 else text[:79] + "…"
    return "(no title)"


@review_app.callback()
def review(
    ctx: typer.Context,
    record_type: Annotated[Optional[str], typer.Option("--type", help="Only this record type")] = None,
) -> None:
    """List the records waiting for review."""
    if ctx.invoked_subcommand:
        return
    from concord.services import database, ingestion

    items = ingestion.pending(database.open_store(), record_type)
    if not items:
        typer.echo("Nothing waiting for review.")
        return
    for item in items:
        conf = f"{item.confidence:.2f}" if item.confidence is not None else "  — "
        typer.echo(f"#{item.id:<5} {item.record_type:<16} {conf}  {_summary(item.payload)}  "
                   f"[{item.revision.document.name}]")


@review_app.command("show")
def show(item_id: Annotated[int, typer.Argument(parser=RECORD_NUMBER, help="Review item number")]) -> None:
    """Show a proposed record, where it came from, and the source text around it."""
    from concord.services import database, ingestion

    item = ingestion.get(database.open_store(), item_id)
    typer.echo(f"#{item.id} {item.record_type} from {item.revision.document.name} "
               f"(revision {item.revision.number}) — {item.state.value}")
    typer.echo(json.dumps(item.payload, indent=2, ensure_ascii=False))
    if item.provenance:
        typer.echo("Provenance: " + json.dumps({k: v for k, v in item.provenance.items() if k != "fields"}))
    found = ingestion.excerpts(database.open_store(), item)
    if found:
        typer.echo("Source text:")
        from concord.cli.options import interactive

        for e in found:
            page = f" (page {e.page})" if e.page else ""
            if interactive():
                typer.echo(f"  {e.field}{page}: …{e.before} " + typer.style(e.span, bold=True, reverse=True)
                           + f" {e.after}…")
            else:
                typer.echo(f"  {e.field}{page}: …{e.before} »{e.span}« {e.after}…")


def _parse_sets(values: list[str]) -> dict:
    out = {}
    for v in values:
        if "=" not in v:
            raise DomainError("--set", v, "must be FIELD=VALUE (VALUE may be JSON, e.g. parties='[\"kent\"]')")
        key, raw = v.split("=", 1)
        try:
            out[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            out[key.strip()] = raw
    return out


@review_app.command("accept")
def accept(
    item_ids: Annotated[Optional[list[int]], typer.Argument(parser=RECORD_NUMBER, help="Review item numbers")] = None,
    sets: Annotated[Optional[list[str]], typer.Option("--set", help="Correct a field first: FIELD=VALUE")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Accept every waiting record")] = False,
) -> None:
    """Accept proposed records into the register (correcting fields with --set)."""
    from concord.services import database, ingestion

    store = database.open_store()
    if all_:
        n, refused = ingestion.accept_all(store)
        typer.echo(f"Accepted {n} records")
        for line in refused:
            typer.echo(f"  not accepted: {line}", err=True)
        return
    if not item_ids:
        raise DomainError("ITEM", None, "is required (or use --all)")
    corrections = _parse_sets(sets or [])
    for item_id in item_ids:
        item = ingestion.decide(store, item_id, accept=True, corrections=corrections)
        typer.echo(f"#{item_id} accepted as {item.entity} {item.entity_id}")


@review_app.command("reject")
def reject(item_ids: Annotated[list[int], typer.Argument(parser=RECORD_NUMBER, help="Review item numbers")]) -> None:
    """Reject proposed records: they never enter the register."""
    from concord.services import database, ingestion

    store = database.open_store()
    for item_id in item_ids:
        ingestion.decide(store, item_id, accept=False)
        typer.echo(f"#{item_id} rejected")


def search(words: Annotated[str, typer.Argument(help="Words that must all appear")]) -> None:
    """Search the text of stored papers."""
    from concord.services import database, ingestion

    hits = ingestion.search(database.open_store(), words)
    if not hits:
        typer.echo("No stored paper matches.")
    for name, revision, title in hits:
        typer.echo(f"{name} (revision {revision}): {title or ''}")
