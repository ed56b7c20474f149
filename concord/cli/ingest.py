"""Ingestion commands: read papers into proposed records, review them, search papers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from concord.cli.options import RECORD_NUMBER, count, progress
from concord.domain.text import MAX_JOBS
from concord.domain.errors import DomainError
from concord.ingest.readers.guard import DEFAULT_OCR_PAGES, DEFAULT_OCR_SECONDS

review_app = typer.Typer(help="The review queue: records proposed by ingestion, waiting for a person.",
                         no_args_is_help=False, invoke_without_command=True)


def install(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.add_typer(review_app, name="review")
    app.command("search")(search)
    app.command("reindex")(reindex)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extracted records as JSON; store nothing")] = False,
    jobs: Annotated[int, typer.Option("--jobs", parser=count(MAX_JOBS, 1, "a number of processes"), help="Worker processes (1 to 64)")] = 1,
    auto_accept: Annotated[bool, typer.Option("--auto-accept", help="Accept every proposed record into the register")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show how each paper was split and classified, which "
                                          "cue matched and which labels were found or missed; store nothing")] = False,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Also read files and folders that symbolic links point to outside the folder given")] = False,
    ocr_pages: Annotated[int, typer.Option(
        "--ocr-pages", min=0, max=10_000, help="OCR at most this many pages of each document")] = DEFAULT_OCR_PAGES,
    ocr_seconds: Annotated[float, typer.Option(
        "--ocr-seconds", min=0, max=86_400, help="Spend at most this many seconds on OCR for each document")
    ] = DEFAULT_OCR_SECONDS,
    owner: Annotated[Optional[str], typer.Option(
        "--owner", help="The organisation the papers are stored for (default: yours, if you have one)")] = None,
    background: Annotated[bool, typer.Option(
        "--background", help="Queue the papers (PDF, DOCX, DOC, RTF, ODT, HTML) to be read by the running web application, as "
        "its Papers in page does; print where to follow them")] = False,
) -> None:
    """Read papers (PDF, DOCX, legacy Word DOC and RTF, OpenDocument ODT, HTML, Markdown, text) and propose the records they hold.

    Without --json the records wait in the review queue (`concord review`).
    Only regular files are read; a file that cannot be read is named and
    skipped, and the rest of the batch goes on.
    """
    from dataclasses import replace

    from concord.ingest import pipeline
    from concord.ingest.readers import Limits

    for p in paths:
        if not p.exists() and not p.is_symlink():
            raise DomainError("PATH", str(p), "does not exist")
    if explain:
        from concord.ingest.explain import explain as explain_paths

        found = explain_paths(paths)
        typer.echo(json.dumps([e.as_dict() for e in found], indent=2, ensure_ascii=False) if as_json
                   else "\n\n".join(e.render() for e in found))
        return
    if background:
        _queue(paths, owner)
        return
    limits = replace(Limits.from_env(), ocr_pages=ocr_pages, ocr_seconds=ocr_seconds)
    files, errors = pipeline.expand(paths, follow_links=follow_links)
    for skipped in errors:
        typer.echo(f"concord: skipped {skipped.source}: {skipped.reason}", err=True)
    if as_json:
        result = pipeline.IngestResult()
        with progress("Reading papers", len(files)) as advance:
            for f, recs, err in pipeline.each(files, jobs, limits):
                _report(err, recs)
                pipeline.collect(result, recs, err)
                advance(1, f.name)
        result.errors[:0] = errors
        typer.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    _store(files, jobs, limits, owner, auto_accept)


def _queue(paths: list[Path], owner: str | None) -> None:
    """The files named, queued as one upload (the same service call as the web's upload)."""
    from concord.cli import acting
    from concord.ingest import pipeline
    from concord.services import ingest_jobs

    files, errors = pipeline.expand(paths)
    if errors:
        raise DomainError("PATH", errors[0].source, errors[0].reason)
    uploads = [ingest_jobs.Upload(f.name, f.read_bytes()) for f in files]
    with acting.writing() as ctx:
        jobs = ingest_jobs.submit(ctx, uploads, owner)
    typer.echo(f"Queued {len(jobs)} papers to be read by the web application (`concord serve`); "
               f"follow them at /papers/uploads/{jobs[0].batch}")


def _report(err, recs) -> None:  # noqa: ANN001
    """Name a file that was skipped, and what was read only in part."""
    if err is not None:
        typer.echo(f"concord: skipped {err.source}: {err.reason}", err=True)
    for doc in (recs or {}).get("documents", []):
        for warning in doc.get("warnings") or []:
            typer.echo(f"concord: warning: {warning}", err=True)


def _store(files: list[Path], jobs: int, limits, owner: str | None, auto_accept: bool) -> None:  # noqa: ANN001
    """Read and store the files one at a time: memory holds a few documents, whatever the batch."""
    from collections import Counter

    from concord.cli import acting
    from concord.ingest import pipeline
    from concord.services import database, ingestion

    store = database.open_store(require_schema=False)
    database.init(store)
    with acting.writing(store) as ctx:
        owner = ingestion.owner_for(ctx, owner)
    tally: Counter[str] = Counter()
    with progress("Reading and storing papers", len(files)) as advance:
        for path, recs, err in pipeline.each(files, jobs, limits, keep_text=True):
            advance(1, path.name)
            _report(err, recs)
            if recs is None:
                tally["skipped"] += 1
                continue
            for doc in recs.get("documents", []):
                try:
                    done = ingestion.store_each(lambda: acting.writing(store), doc, path,
                                                ingestion.records_in(recs), doc.get("_text"), owner)
                except DomainError as exc:
                    typer.echo(f"concord: skipped {path.name}: {exc.reason}", err=True)
                    tally["skipped"] += 1
                    continue
                tally[done.outcome] += 1
                tally["queued"] += done.queued
    unchanged = tally["unchanged"] + tally["stored by another process"]
    parts = [f"{tally['new document']} new documents", f"{tally['new revision']} new revisions of known documents",
             f"{unchanged} unchanged (already stored)", f"{tally['queued']} records queued for review"]
    if tally["skipped"]:
        parts.append(f"{tally['skipped']} files skipped")
    typer.echo("Ingested: " + ", ".join(parts))
    if auto_accept:
        _accept_queue(store)


def _accept_queue(store) -> None:  # noqa: ANN001
    from concord.cli import acting
    from concord.services import ingestion

    accepted, refused = 0, []
    for item_id, rtype, why in ingestion.accept_queue(lambda: acting.writing(store), lambda: acting.reading(store)):
        if why is None:
            accepted += 1
        else:
            refused.append(f"#{item_id} {rtype}: {why}")
    typer.echo(f"{accepted} records accepted into the register")
    if refused:
        typer.echo(f"{len(refused)} records could not be accepted and stay in the queue:", err=True)
        for line in refused:
            typer.echo(f"  not accepted: {line}", err=True)


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
    """List the records waiting for review, the least certain first."""
    if ctx.invoked_subcommand:
        return
    from concord.cli import acting
    from concord.services import ingestion

    with acting.reading() as uow:
        items = ingestion.pending(uow, record_type)
    if not items:
        typer.echo("Nothing waiting for review.")
        return
    for item in items:
        conf = f"{item.confidence:.2f}" if item.confidence is not None else "  — "
        typer.echo(f"#{item.id:<5} {item.record_type:<16} {conf}  {_summary(dict(item.payload))}  "
                   f"[{item.document}]")


@review_app.command("show")
def show(item_id: Annotated[int, typer.Argument(parser=RECORD_NUMBER, help="Review item number")]) -> None:
    """Show a proposed record, where it came from, and the source text around it."""
    from concord.cli import acting
    from concord.services import ingestion

    with acting.reading() as uow:
        item = ingestion.get(uow, item_id)
        found = ingestion.excerpts(uow, item_id)
    typer.echo(f"#{item.id} {item.record_type} from {item.document} "
               f"(revision {item.revision}, {item.marking}) — {item.state}")
    typer.echo(json.dumps(dict(item.payload), indent=2, ensure_ascii=False))
    if item.provenance:
        typer.echo("Provenance: " + json.dumps({k: v for k, v in item.provenance.items() if k != "fields"}))
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


def _parse_sets(values: list[str]) -> dict[str, str]:
    """FIELD=VALUE as typed; each value is read by its field's own type when the item is decided."""
    out: dict[str, str] = {}
    for v in values:
        if "=" not in v:
            raise DomainError("--set", v, "must be FIELD=VALUE (a list as JSON or with commas: parties=kent,essex)")
        key, raw = v.split("=", 1)
        key = key.strip()
        if key in out:
            raise DomainError("--set", v, f"sets {key} a second time")
        out[key] = raw
    return out


@review_app.command("accept")
def accept(
    item_ids: Annotated[Optional[list[int]], typer.Argument(parser=RECORD_NUMBER, help="Review item numbers")] = None,
    sets: Annotated[Optional[list[str]], typer.Option("--set", help="Correct a field first: FIELD=VALUE")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Accept every waiting record")] = False,
) -> None:
    """Accept proposed records into the register (correcting fields with --set).

    The records named are accepted together, or none of them is.
    """
    from concord.cli import acting
    from concord.services import ingestion

    if all_:
        if item_ids or sets:
            raise DomainError("--all", "--all", "accepts every waiting record as proposed: give no ITEM nor --set")
        _accept_queue(acting.open_store())
        return
    if not item_ids:
        raise DomainError("ITEM", None, "is required (or use --all)")
    corrections = _parse_sets(sets or [])
    with acting.writing() as uow:
        done = [ingestion.decide(uow, item_id, accept=True, corrections=corrections) for item_id in item_ids]
    for item in done:
        typer.echo(f"#{item.id} accepted as {item.entity} {item.entity_id}")


@review_app.command("reject")
def reject(item_ids: Annotated[list[int], typer.Argument(parser=RECORD_NUMBER, help="Review item numbers")]) -> None:
    """Reject proposed records: they never enter the register."""
    from concord.cli import acting
    from concord.services import ingestion

    with acting.writing() as uow:
        for item_id in item_ids:
            ingestion.decide(uow, item_id, accept=False)
    for item_id in item_ids:
        typer.echo(f"#{item_id} rejected")


@review_app.command("field")
def field(
    item_id: Annotated[int, typer.Argument(parser=RECORD_NUMBER, help="Review item number")],
    name: Annotated[str, typer.Argument(help="The field (see `concord review show ITEM`)")],
    accept_it: Annotated[bool, typer.Option("--accept", help="Accept the value as proposed")] = False,
    reject_it: Annotated[bool, typer.Option("--reject", help="Reject the value: the record is accepted without it")] = False,
    correct: Annotated[Optional[str], typer.Option("--correct", help="Correct the value to this (read by the field's type)")] = None,
) -> None:
    """Decide one field of a proposed record: accept it, correct it or reject it.

    Then accept the record (`concord review accept ITEM`) with the fields as decided.
    """
    from concord.cli import acting
    from concord.services import review

    chosen = [d for d, on in (("accepted", accept_it), ("rejected", reject_it), ("corrected", correct is not None)) if on]
    if len(chosen) != 1:
        raise DomainError("--accept/--correct/--reject", None, "give exactly one of them")
    with acting.writing() as uow:
        review.decide_field(uow, item_id, name, chosen[0], correct)
        shown = next(f for f in review.fields(uow, item_id) if f.name == name)
    typer.echo(f"#{item_id} {name} {chosen[0]}: {review.shown(shown.value) or '(empty)'}")


def search(
    words: Annotated[str, typer.Argument(help="Words that must all appear")],
    kind: Annotated[Optional[list[str]], typer.Option(
        "--kind", help="Only records of this kind (repeat for several): agreement, decision_notice, decision, "
                       "meeting, paper, action, project, forum, document (a stored paper), force, "
                       "policing_body, alliance")] = None,
    page: Annotated[int, typer.Option(help="Which page of 20 results (1-50)")] = 1,
) -> None:
    """Search the register and the text of stored papers, best first (a marked record or paper
    only for those with rights over it)."""
    from concord.cli import acting
    from concord.services import search as service

    with acting.reading() as uow:
        found = service.search(uow, words, kinds=kind or (), page=page)
    if not found.hits:
        typer.echo("Nothing in the register or its stored papers matches.")
    for hit in found.hits:
        marking = "" if hit.marking == "OFFICIAL" else f" [{hit.marking}]"
        marking += " [held until approved]" if hit.held else ""
        revision = f" (revision {hit.revision})" if hit.revision is not None else ""
        typer.echo(f"{hit.kind} {hit.key}{revision}{marking}: {hit.title}")
        snippet = service.plain(hit).strip()
        if snippet:
            typer.echo(f"    {snippet}")
    if found.more:
        typer.echo(f"More results: --page {found.page + 1}")


def reindex() -> None:
    """Make the search index again from the whole register (after loading rows in bulk; an administrator)."""
    from concord.cli import acting
    from concord.services import search as service

    with acting.writing() as uow:
        made = service.rebuild(uow)
    typer.echo(f"Search index rebuilt: {made} entries.")
