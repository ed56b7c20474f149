"""`concord notice add` and `concord action list|add|done`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import RECORD_NUMBER, count, parse_date
from concord.domain.text import INT32_MAX

notice_app = typer.Typer(help="Decision notices, numbered per body per year.", no_args_is_help=True)
action_app = typer.Typer(help="Actions from meetings.", no_args_is_help=True)


def install(root: typer.Typer) -> None:
    root.add_typer(notice_app, name="notice")
    root.add_typer(action_app, name="action")


@notice_app.command("add")
def add_notice(
    reference: Annotated[str, typer.Argument(help="e.g. CPCC2019-011")],
    body: Annotated[str, typer.Option("--body", help="Force id of the policing body, e.g. cambridgeshire")],
    subject: Annotated[str, typer.Option("--subject", help="What the decision is about")],
    decision: Annotated[str, typer.Option("--decision", help="The decision as signed")],
    signed: Annotated[Optional[str], typer.Option("--signed", help="Date signed (YYYY-MM-DD)")] = None,
    maker: Annotated[Optional[str], typer.Option("--maker", help="Decision maker")] = None,
    contact: Annotated[Optional[str], typer.Option("--contact", help="Contact officer")] = None,
    marking: Annotated[Optional[str], typer.Option(
        "--marking", help="Protective marking as printed (default OFFICIAL; legacy wording is kept)")] = None,
) -> None:
    """Add a signed decision notice (duplicate numbers are refused; numbers out of
    date order are flagged)."""
    from concord.services import records

    with acting.writing() as ctx:
        n = records.add_notice(ctx, reference, body, subject, decision, parse_date(signed, "--signed"),
                               maker, contact, marking)
    typer.echo(f"Added decision notice {n.reference} ({n.marking.value})")
    for flag in n.flags:
        typer.echo(f"concord: warning: out of order: {flag}", err=True)


@action_app.command("list")
def list_actions(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date for 'overdue' (default today)")] = None,
    owner: Annotated[Optional[str], typer.Option("--owner", help="Only actions whose owner's name holds this")] = None,
    status: Annotated[str, typer.Option("--status", help="open, done, dropped or all")] = "open",
    due_before: Annotated[Optional[str], typer.Option("--due-before", help="Only actions due before this day")] = None,
    forum: Annotated[Optional[str], typer.Option("--forum", help="Only this forum's actions")] = None,
) -> None:
    """Actions (open ones unless --status), soonest due first."""
    from concord.services import actions

    day = parse_date(as_of, "--as-of") or dt.date.today()
    with acting.reading() as ctx:
        rows = actions.list_actions(ctx, owner, status.strip().lower(), parse_date(due_before, "--due-before"),
                                    forum=forum)
    if not rows:
        typer.echo("No open actions." if status.strip().lower() == "open" else "No actions.")
    for a in rows:
        due = a.due.isoformat() if a.due else "no date"
        late = " OVERDUE" if a.overdue(day) else ""
        done = f" {a.status.value}" if a.status.value != "open" else ""
        typer.echo(f"#{a.id:<6} due {due}{late}{done}  {a.forum} {a.meeting_date.isoformat()}: {a.text[:80]}"
                   + (f" ({a.owner})" if a.owner else ""))


@action_app.command("add")
def add_action(
    meeting_id: Annotated[int, typer.Argument(parser=RECORD_NUMBER,
                                              help="Meeting number from `concord meeting list`")],
    text: Annotated[str, typer.Option("--text", help="What is to be done")],
    owner: Annotated[Optional[str], typer.Option("--owner", help="Who is to do it")] = None,
    due: Annotated[Optional[str], typer.Option(
        "--due", help="A date (YYYY-MM-DD) or a span from the meeting, e.g. 'in six months'")] = None,
    item: Annotated[Optional[str], typer.Option("--item", help="The agenda item's number")] = None,
) -> None:
    """Add an action set at a meeting; a relative due is counted from the meeting's date."""
    from concord.services import actions

    with acting.writing() as ctx:
        a = actions.add_action(ctx, meeting_id, text, owner, due, item)
    when = f"due {a.due.isoformat()}" + (f" ({a.due_rule})" if a.due_rule else "") if a.due else "no due date"
    typer.echo(f"Added action #{a.id} {a.number}: {when}")


@action_app.command("done")
def done(
    action_id: Annotated[int, typer.Argument(parser=RECORD_NUMBER,
                                             help="Action number from `concord action list`")],
    on: Annotated[Optional[str], typer.Option("--on", help="Date completed (default today)")] = None,
    update: Annotated[Optional[str], typer.Option("--update", help="What was done")] = None,
    version: Annotated[Optional[int], typer.Option(
        "--version", parser=count(INT32_MAX, 1, "a version number"),
        help="The version you saw; refused (exit 3) if the action has changed since")] = None,
) -> None:
    """Mark an action done."""
    from concord.services import records

    with acting.writing() as ctx:
        records.complete_action(ctx, action_id, parse_date(on, "--on") or dt.date.today(), update, version)
    typer.echo(f"Action #{action_id} done")
