"""`concord mark KIND KEY`: a person changes a record's protective marking (rule 18)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from concord.cli import acting

KIND_HELP = ("agreement, decision, decision_notice, meeting, paper, minute, project, business_case, risk "
             "or financial_table")


def install(root: typer.Typer) -> None:
    root.command("mark")(mark)


def mark(
    kind: Annotated[str, typer.Argument(help=f"The kind of record: {KIND_HELP}")],
    key: Annotated[str, typer.Argument(help="Its slug (agreement, project), reference (decision_notice) or number")],
    marking: Annotated[Optional[str], typer.Option(
        "--marking", help="The new marking: OFFICIAL, OFFICIAL-SENSITIVE, SECRET or TOP SECRET (any spelling; "
                          "legacy PROTECT, RESTRICTED, CONFIDENTIAL are read as their successors). "
                          "Leave out to show the marking and its history")] = None,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why the marking changes (required with "
                                                                 "--marking); kept in its history")] = None,
    expected_version: Annotated[Optional[int], typer.Option(
        "--expected-version", help="The record's version as you saw it; a newer one is refused (exit 3)")] = None,
) -> None:
    """Change a record's protective marking, with what, when, why and who kept in its history.

    Lowering a marking is never silent: it needs an approver (register:marking:change) and a
    reason. The legacy wording the record was printed with is kept."""
    from concord.services import markings

    if marking is None:
        with acting.reading() as ctx:
            _show(markings.marking_of(ctx, kind, key))
        return
    with acting.writing() as ctx:
        done = markings.change_marking(ctx, kind, key, marking, reason or "", expected_version)
    how = "lowered, confirmed by a person" if done.lowered else "raised"
    typer.echo(f"{done.kind} {done.key}: {done.previous.value if done.previous else '?'} -> {done.marking.value} "
               f"({how}; version {done.version})")
    if done.legacy_marking:
        typer.echo(f"Legacy marking kept as printed: {done.legacy_marking}")
    _history(done)


def _show(view) -> None:  # noqa: ANN001
    typer.echo(f"{view.kind} {view.key}: {view.marking.value} (version {view.version})")
    if view.legacy_marking:
        typer.echo(f"Legacy marking as printed: {view.legacy_marking}")
    if view.held_until_approved:
        typer.echo("Held until approved")
    _history(view)


def _history(view) -> None:  # noqa: ANN001
    typer.echo("History:")
    for h in view.history:
        before = h.from_marking.value if h.from_marking else "(first marking)"
        typer.echo(f"  {h.at:%Y-%m-%d %H:%M}  {before} -> {h.to_marking.value}  by {h.by}: {h.reason}")
