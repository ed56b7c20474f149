"""The `concord` command line (Typer). Commands call services only."""

from __future__ import annotations

import sys

import typer

from typing import Annotated, Optional

from concord.cli import acting, agreement, calc, capital, data, finance, history, ingest, mark, meetings, mtfp, notices, papers_out, precept, projects, recharge, records, register, revenue, savings, serve, users
from concord.cli.errors import run_guarded

app = typer.Typer(
    name="concord",
    help="Concord: the governance register for UK police collaboration.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root(
    as_user: Annotated[Optional[str], typer.Option(
        "--as", envvar=acting.ENV_USER, metavar="EMAIL",
        help="Act as this user of the register (or set CONCORD_USER); the audit names them")] = None,
) -> None:
    """Concord: the governance register for UK police collaboration."""
    acting.name_user(as_user)


register.install(app)
users.install(app)
calc.install(app)
data.install(app)
agreement.install(app)
records.install(app)
meetings.install(app)
notices.install(app)
projects.install(app)
mark.install(app)
mtfp.install(app)
revenue.install(app)
finance.install(app)
capital.install(app)
precept.install(app)
recharge.install(app)
savings.install(app)
ingest.install(app)
serve.install(app)
history.install(app)
papers_out.install(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input exits 2 with a message naming field, value and reason."""
    sys.exit(run_guarded(app, argv))
