"""`concord history`: recent changes, or one record's audit trail (who, when, before, after)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer


def install(app: typer.Typer) -> None:
    app.command("history")(history)


def history(
    kind: Annotated[Optional[str], typer.Argument(
        help="A kind of record: agreement, decision_notice, decision, meeting, paper, action, project, forum, "
             "force, policing_body, alliance, function, document, user")] = None,
    key: Annotated[Optional[str], typer.Argument(
        help="The record's key (an agreement's slug, a notice's reference, a meeting's number...)")] = None,
    user: Annotated[Optional[str], typer.Option(
        "--user", help="Recent changes by this user only (a name or email address, or part of one)")] = None,
    page: Annotated[int, typer.Option(help="Which page of 50 recent changes (1-1000)")] = 1,
) -> None:
    """A record's audit trail and marking history (with KIND and KEY), or the register's recent changes."""
    from concord.cli import acting
    from concord.domain.errors import DomainError
    from concord.services import history as service

    if key is None:
        with acting.reading() as ctx:
            found = service.recent(ctx, kind=kind, user=user, page=page)
        if not found.changes:
            typer.echo("No changes match.")
        for c in found.changes:
            what = f"{c.kind} {c.key}" if c.kind else f"{c.table} {c.row}"
            fields = f": {', '.join(f.field for f in c.fields)}" if c.action == "update" else ""
            typer.echo(f"{c.at:%Y-%m-%d %H:%M:%S} {c.actor} {c.action} {what}{fields}")
        if found.more:
            typer.echo(f"More changes: --page {found.page + 1}")
        return
    if user:
        raise DomainError("--user", user, "filters recent changes: give KIND alone, or KIND and KEY without --user")
    assert kind is not None
    with acting.reading() as ctx:
        trail = service.trail(ctx, kind, key)
    if trail is None:
        raise DomainError("KEY", key, f"is not a {kind.replace('_', ' ')} in the register")
    typer.echo(f"History of {trail.kind_label.lower()} {trail.key}: {trail.title}")
    for e in trail.markings:
        legacy = f" ({e.legacy_marking})" if e.legacy_marking else ""
        typer.echo(f"{e.at:%Y-%m-%d %H:%M:%S} {e.by} marking {e.from_marking or 'none'} -> {e.to_marking}{legacy}: "
                   f"{e.reason}")
    if not trail.changes:
        typer.echo("No change recorded (records loaded in bulk carry no history).")
    for c in trail.changes:
        part = "" if c.table == service.KINDS[trail.kind].table else f" ({c.table} {c.row})"
        typer.echo(f"{c.at:%Y-%m-%d %H:%M:%S} {c.actor} {c.action}{part}")
        for f in c.fields:
            if c.action == "update":
                typer.echo(f"    {f.field}: {_v(f.before)} -> {_v(f.after)}")
            else:
                typer.echo(f"    {f.field}: {_v(f.after if c.action == 'insert' else f.before)}")


def _v(value: str | None) -> str:
    return "(none)" if value is None else repr(value) if value == "" else value
