"""`concord user ...`: the people who use the register and their roles."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from concord.cli import acting

app = typer.Typer(help="Users and their roles per organisation: add, list, set-role, set-password, disable, sessions, sign-out, organisations.",
                  no_args_is_help=True)

ENV_PASSWORD = "CONCORD_PASSWORD"


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="user")


def _roles(view) -> str:  # noqa: ANN001
    return ", ".join(f"{role.value} at {org}" for org, role in view.roles) or "no role"


@app.command("add")
def add(
    email: Annotated[str, typer.Argument(help="The user's email address (their sign-in name)")],
    name: Annotated[str, typer.Option("--name", help="Their name, as the audit shows it")],
    organisation: Annotated[str, typer.Option("--organisation", help="Organisation slug (see `user organisations`)")],
    role: Annotated[str, typer.Option("--role", help="viewer, editor, approver or administrator")],
    password_env: Annotated[bool, typer.Option(
        "--password-from-env", help=f"Take the password from {ENV_PASSWORD} (never from the command line)")] = False,
) -> None:
    """Add a user with a role in one organisation."""
    from concord.domain.errors import DomainError
    from concord.services import users

    password = os.environ.get(ENV_PASSWORD) if password_env else None
    if password_env and not password:
        raise DomainError(ENV_PASSWORD, None, "is not set: put the password in it, or leave out --password-from-env")
    with acting.writing() as ctx:
        view = users.add_user(ctx, email, name, password, organisation, role)
        typer.echo(f"Added {view.email} ({view.name}): {_roles(view)}")


@app.command("list")
def list_() -> None:
    """Every user, their roles and whether they are disabled."""
    from concord.services import users

    with acting.reading() as ctx:
        rows = users.list_users(ctx)
    if not rows:
        typer.echo("No users yet: the register is worked by the system actor until one is added.")
    for v in rows:
        typer.echo(f"{v.email:<40} {v.name:<28} {'DISABLED ' if v.disabled else ''}{_roles(v)}")


@app.command("set-role")
def set_role(
    email: Annotated[str, typer.Argument(help="The user")],
    organisation: Annotated[str, typer.Option("--organisation", help="Organisation slug")],
    role: Annotated[Optional[str], typer.Option("--role", help="viewer, editor, approver or administrator")] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Take away their role in the organisation")] = False,
) -> None:
    """Give a user a role in an organisation, change it, or take it away."""
    from concord.domain.errors import DomainError
    from concord.services import users

    if (role is None) == (not remove):
        raise DomainError("--role", role, "give a role, or --remove, but not both")
    with acting.writing() as ctx:
        view = users.set_role(ctx, email, organisation, None if remove else role)
        typer.echo(f"{view.email}: {_roles(view)}")


@app.command("disable")
def disable(email: Annotated[str, typer.Argument(help="The user")]) -> None:
    """Disable a user: they can no longer sign in or be named with --as."""
    from concord.services import users

    with acting.writing() as ctx:
        view = users.disable(ctx, email)
        typer.echo(f"Disabled {view.email}")


@app.command("organisations")
def organisations() -> None:
    """The organisations users can hold roles in."""
    from concord.services import users

    with acting.reading() as ctx:
        for o in users.organisations(ctx):
            typer.echo(f"{o.slug:<44} {o.kind:<18} {o.name}")


@app.command("set-password")
def set_password(
    email: Annotated[str, typer.Argument(help="The user")],
    password_env: Annotated[bool, typer.Option(
        "--password-from-env", help=f"Take the new password from {ENV_PASSWORD} (never from the command line)")] = False,
) -> None:
    """Give a user a new password; every web session they have open is ended."""
    from concord.domain.errors import DomainError
    from concord.services import users

    password = os.environ.get(ENV_PASSWORD) if password_env else None
    if not password:
        raise DomainError(ENV_PASSWORD, None, "is not set: put the new password in it and give --password-from-env")
    with acting.writing() as ctx:
        view = users.set_password(ctx, email, password)
        typer.echo(f"New password for {view.email}; their web sessions have ended")


@app.command("sessions")
def sessions_(email: Annotated[str, typer.Argument(help="The user")]) -> None:
    """The user's open web sessions: when each was started and when it expires (UTC)."""
    from concord.services import sessions

    with acting.reading() as ctx:
        rows = sessions.open_sessions(ctx, email)
    if not rows:
        typer.echo(f"{email} has no open web session")
    for v in rows:
        typer.echo(f"started {_utc(v.created_at)}  expires {_utc(v.expires_at)}")


@app.command("sign-out")
def sign_out(email: Annotated[str, typer.Argument(help="The user")]) -> None:
    """End every open web session of a user, in every browser (they must sign in again)."""
    from concord.services import sessions

    with acting.writing() as ctx:
        ended = sessions.sign_out_everywhere(ctx, email)
    typer.echo(f"Ended {ended} web session{'' if ended == 1 else 's'} of {email}")


def _utc(moment) -> str:  # noqa: ANN001
    import datetime as dt

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
