"""The `concord` command line (Typer). Commands call services only."""

from __future__ import annotations

import sys

import typer

from concord.cli import agreement, calc, data, ingest, records, register
from concord.cli.errors import run_guarded

app = typer.Typer(
    name="concord",
    help="Concord: the governance register for UK police collaboration.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

register.install(app)
calc.install(app)
data.install(app)
agreement.install(app)
records.install(app)
ingest.install(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input exits 2 with a message naming field, value and reason."""
    sys.exit(run_guarded(app, argv))
