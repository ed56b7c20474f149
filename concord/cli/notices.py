"""`concord notice draft|edit|number|sign|publish|list|show`: a decision notice from draft to publication.

(`concord notice add` records a notice already signed elsewhere: see `concord.cli.records`.)
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, parse_date, terminal_safe
from concord.cli.records import notice_app
from concord.domain.text import INT32_MAX

Key = Annotated[str, typer.Argument(help="The notice's reference (CPCC2019-011), or a draft's number from `draft`")]
On = Annotated[Optional[str], typer.Option("--on", help="The day (YYYY-MM-DD, default today)")]
Version = Annotated[Optional[int], typer.Option(
    "--version", parser=count(INT32_MAX, 1, "a version number"),
    help="The version you saw; refused (exit 3) if the notice has changed since")]


def install(root: typer.Typer) -> None:  # noqa: ARG001  (the commands join `concord notice`)
    """The commands are on `notice_app`, which `concord.cli.records` installs."""


def _day(value: str | None) -> dt.date:
    return parse_date(value, "--on") or dt.date.today()


def _line(n) -> str:  # noqa: ANN001
    when = {"signed": n.signed_on, "published": n.published_on}.get(n.state.value)
    day = f" {when.isoformat()}" if when else ""
    return terminal_safe(f"{n.key:<16} {n.state.value}{day:<11}  {n.marking.value:<18} {n.subject}")


@notice_app.command("draft")
def draft(
    body: Annotated[str, typer.Option("--body", help="The policing body (its force id, e.g. cambridgeshire)")],
    subject: Annotated[str, typer.Option("--subject", help="What the decision is about")],
    decision: Annotated[str, typer.Option("--decision", help="The decision, as it will be signed")],
    maker: Annotated[Optional[str], typer.Option("--maker", help="Decision maker")] = None,
    contact: Annotated[Optional[str], typer.Option("--contact", help="Contact officer")] = None,
    marking: Annotated[Optional[str], typer.Option(
        "--marking", help="Protective marking (default OFFICIAL; above OFFICIAL is never published)")] = None,
) -> None:
    """Draft a decision notice: not yet numbered, signed or published."""
    from concord.services import notices

    with acting.writing() as ctx:
        n = notices.draft(ctx, body, subject, decision, maker, contact, marking)
    typer.echo(f"Drafted decision notice {n.key} for {n.body_name} ({n.marking.value}); "
               f"number it with `concord notice number {n.key}`")


@notice_app.command("edit")
def edit(
    key: Key,
    subject: Annotated[str, typer.Option("--subject", help="What the decision is about")],
    decision: Annotated[str, typer.Option("--decision", help="The decision, as it will be signed")],
    maker: Annotated[Optional[str], typer.Option("--maker", help="Decision maker")] = None,
    contact: Annotated[Optional[str], typer.Option("--contact", help="Contact officer")] = None,
    version: Version = None,
) -> None:
    """Change a draft's words."""
    from concord.services import notices

    with acting.writing() as ctx:
        n = notices.edit(ctx, key, subject, decision, maker, contact, version)
    typer.echo(f"Saved draft {n.key}")


@notice_app.command("number")
def number(key: Key, on: On = None, version: Version = None) -> None:
    """Give a draft the next number in its body's sequence for the year."""
    from concord.services import notices

    with acting.writing() as ctx:
        n = notices.number(ctx, key, _day(on), version)
    typer.echo(f"Numbered {n.reference}")


@notice_app.command("sign")
def sign(key: Key, on: On = None,
         maker: Annotated[Optional[str], typer.Option("--maker", help="Decision maker, if not already named")] = None,
         version: Version = None) -> None:
    """Sign a numbered notice (an approver of the body's own office only)."""
    from concord.services import notices

    with acting.writing() as ctx:
        n = notices.sign(ctx, key, _day(on), maker, version)
    assert n.signed_on is not None
    typer.echo(f"Signed {n.reference} on {n.signed_on.isoformat()}")
    for flag in n.flags:
        typer.echo(f"concord: warning: out of order: {flag}", err=True)


@notice_app.command("publish")
def publish(key: Key, on: On = None, version: Version = None) -> None:
    """Publish a signed notice marked OFFICIAL on the public register."""
    from concord.services import notices

    with acting.writing() as ctx:
        n = notices.publish(ctx, key, _day(on), version)
    assert n.published_on is not None
    typer.echo(f"Published {n.reference} on {n.published_on.isoformat()}")


@notice_app.command("list")
def list_(body: Annotated[Optional[str], typer.Option("--body", help="Only this policing body")] = None) -> None:
    """Notices by body and year, with gaps and duplicates in the numbering, then drafts."""
    from concord.services import notices

    with acting.reading() as ctx:
        found = notices.register(ctx, body)
    if not found.years and not found.drafts:
        typer.echo("No decision notices.")
    for year in found.years:
        typer.echo(f"{year.body_name}, {year.year} ({year.code})")
        for problem in year.problems:
            typer.echo(f"  ! {problem}")
        for n in year.notices:
            typer.echo("  " + _line(n))
    if found.drafts:
        typer.echo("Drafts (not numbered)")
        for n in found.drafts:
            typer.echo(f"  {_line(n)}  [{n.body}]")


@notice_app.command("show")
def show(key: Key) -> None:
    """One notice: its state, words and dates."""
    from concord.domain.errors import DomainError
    from concord.services import notices

    with acting.reading() as ctx:
        n = notices.notice(ctx, key)
    if n is None:
        raise DomainError("notice", key, "is not a decision notice in the register (see `concord notice list`)")
    rows = [("Reference", n.reference or f"draft {n.id} (not numbered)"), ("Body", n.body_name),
            ("State", n.state.value), ("Marking", n.marking.value), ("Subject", n.subject),
            ("Decision maker", n.decision_maker or ""), ("Contact officer", n.contact_officer or ""),
            ("Signed", n.signed_on.isoformat() if n.signed_on else ""),
            ("Published", n.published_on.isoformat() if n.published_on else ""), ("Version", str(n.version))]
    for label, value in rows:
        typer.echo(terminal_safe(f"{label + ':':<17}{value}"))
    typer.echo(terminal_safe("\n" + n.decision))
