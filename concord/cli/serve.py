"""`concord serve`: the web application for officers, served by gunicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def install(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (the sign-in throttle counts per process)")] = 1,
    threads: Annotated[int, typer.Option(help="Threads per worker")] = 8,
    access_log: Annotated[bool, typer.Option("--access-log", help="Log every request to standard output")] = False,
) -> None:
    """Serve the web application on http://HOST:PORT until stopped (Ctrl-C).

    Signs in with the register's users (`concord demo` prints the demo
    accounts). Sessions are signed with CONCORD_SECRET_KEY, or with a key
    made for this run. Uses CONCORD_DATABASE_URL, or ./concord.db.
    """
    from concord.services import database
    from concord.web.serve import refuse_if_taken, serve as run

    database.open_store().dispose()  # refuse at once, with a message, a database not set up
    if workers > 1:  # they listen with SO_REUSEPORT: a port taken must be refused, not shared
        refuse_if_taken(host, port)
    typer.echo(f"Concord is being served on http://{host}:{port} (Ctrl-C to stop)")
    run(host=host, port=port, workers=workers, threads=threads, access_log=access_log,
        secret_key=os.environ.get("CONCORD_SECRET_KEY"))
