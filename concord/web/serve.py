"""Serving the application with gunicorn (never Flask's development server).

One process with threads by default: the sign-in throttle counts in the
process, and SQLite takes one writer at a time anyway. `workers` > 1 is
for PostgreSQL and load tests: each worker then listens on its own
SO_REUSEPORT socket, so that the kernel spreads connections over them
(a port another program listens on is refused first, never shared).
"""

from __future__ import annotations

import errno
import gc
import secrets
import socket

from gunicorn.app.base import BaseApplication

from concord.domain.errors import DomainError


class Server(BaseApplication):
    def __init__(self, options: dict, database_url: str | None, secret_key: str) -> None:
        self.options = options
        self.database_url = database_url
        self.secret_key = secret_key
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):  # noqa: ANN201
        from concord.web import create_app

        app = create_app(self.database_url, secret_key=self.secret_key)
        settle()
        return app


def settle() -> None:
    """Put what loading made (the modules, the app, SQLAlchemy's mappers: 200,000 objects) out of the
    garbage collector's sight: they live as long as the worker, and every full collection walked them
    again, triggered by the objects a page makes (a third of the CPU of a list of 100 meetings)."""
    gc.collect()
    gc.freeze()


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, threads: int = 8,
          database_url: str | None = None, secret_key: str | None = None, access_log: bool = False) -> None:
    """Serve until stopped (Ctrl-C or SIGTERM). Without a secret key, one is made
    for this run: every worker shares it, and sessions end when the server stops."""
    if workers > 1:
        refuse_if_taken(host, port)
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        # with several workers, each listens on its own socket (SO_REUSEPORT) and the kernel spreads new
        # connections across them; on one shared socket a worker that is awake accepts most of them, and a
        # client's kept-alive connection stays with the worker that accepted it
        "reuse_port": workers > 1,
        "timeout": 60,
        "graceful_timeout": 5,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "concord",
    }
    Server(options, database_url, secret_key or secrets.token_urlsafe(32)).run()


def refuse_if_taken(host: str, port: int) -> None:
    """With `reuse_port`, a second server started on a port another one (of the same user, with the
    flag too) listens on would share its connections without a word: refuse a port already taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return  # gunicorn says what is wrong with the address
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds: TIME_WAIT is no conflict
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise DomainError("--port", str(port), f"is in use on {host} by another program") from None
