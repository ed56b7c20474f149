"""`concord notice add` and `concord action list|done`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from concord.cli.options import parse_date

notice_app = typer.Typer(help="Decision notices, numbered per body per year.", no_args_is_help=True)
action_app = typer.Typer(help="Actions from meetings.", no_args_is_help=True)


def install(root: typer.Typer) -> None:
    root.add_typer(notice_app, name="notice")
    root.add_typer(action_app, name="action")


def _store():  # noqa: ANN202
    from concord.services import database

    return database.open_store()


@notice_app.command("add")
def add_notice(
    reference: Annotated[str, typer.Argument(help="e.g. CPCC2019-011")],
    body: Annotated[str, typer.Option("--body", help="Force id of the policing body, e.g. cambridgeshire")],
    subject: Annotated[str, typer.Option("--subject", help="What the decision is about")],
    decision: Annotated[str, typer.Option("--decision", help="The decision as signed")],
    signed: Annotated[Optional[str], typer.Option("--signed", help="Date signed (YYYY-MM-DD)")] = None,
    maker: Annotated[Optional[str], typer.Option("--maker", help="Decision maker")] = None,
    contact: Annotated[Optional[str], typer.Option("--contact", help="Contact officer")] = None,
) -> None:
    """Add a signed decision notice (duplicate numbers are refused)."""
    from concord.services import records

    with _store().transaction() as s:
        n = records.add_notice(s, reference, body, subject, decision, parse_date(signed, "--signed"), maker, contact)
        typer.echo(f"Added decision notice {n.reference}")


@action_app.command("list")
def list_actions(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date for 'overdue' (default today)")] = None,
) -> None:
    """Open actions, soonest due first."""
    from concord.services import records

    day = parse_date(as_of, "--as-of") or dt.date.today()
    with _store().reading() as s:
        rows = records.open_actions(s, day)
        if not rows:
            typer.echo("No open actions.")
        for action, forum, meeting_date in rows:
            due = action.due.isoformat() if action.due else "no date"
            late = " OVERDUE" if action.due and action.due < day else ""
            typer.echo(f"#{action.id:<6} due {due}{late}  {forum} {meeting_date.isoformat()}: {action.text[:80]}"
                       + (f" ({action.owner})" if action.owner else ""))


@action_app.command("done")
def done(
    action_id: Annotated[int, typer.Argument(help="Action number from `concord action list`")],
    on: Annotated[Optional[str], typer.Option("--on", help="Date completed (default today)")] = None,
    update: Annotated[Optional[str], typer.Option("--update", help="What was done")] = None,
) -> None:
    """Mark an action done."""
    from concord.services import records

    with _store().transaction() as s:
        records.complete_action(s, action_id, parse_date(on, "--on") or dt.date.today(), update)
        typer.echo(f"Action #{action_id} done")
