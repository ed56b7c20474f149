"""Opening the register: create or upgrade the schema and the reference data."""

from __future__ import annotations

from concord.domain.errors import DomainError
from concord.store.db import Store


def open_store(url: str | None = None, require_schema: bool = True) -> Store:
    """The register at `url` (or CONCORD_DATABASE_URL, or ./concord.db).

    Unless `require_schema` is false, a database that Concord has not set
    up, or that needs an upgrade, is refused with a message saying what
    to run — never a traceback from the first query.
    """
    store = make_store(url)
    store.check_connection()
    if require_schema:
        from concord.store.schema_head import HEAD, stored_revision

        found = stored_revision(store)
        if found != HEAD:
            where = shown_url(store)
            why = "has no Concord register yet" if found is None else \
                  f"is at schema {found}, not {HEAD}"
            raise DomainError("database", where, f"{why}: run `concord init` first")
    return store


def make_store(url: str | None = None) -> Store:
    """A Store for `url`; a URL that cannot be read is refused without printing it
    (it may hold a password)."""
    from sqlalchemy.exc import ArgumentError

    from concord.store.db import ENV_URL

    try:
        return Store(url)
    except (ArgumentError, ValueError) as exc:
        kind = type(exc).__name__
        raise DomainError(ENV_URL, "(not shown: it may hold a password)",
                          f"is not a database URL this program can use ({kind}); "
                          "give e.g. postgresql://USER:PASSWORD@HOST:PORT/NAME, "
                          "with special characters in the password percent-encoded") from None
    except ModuleNotFoundError as exc:
        raise DomainError(ENV_URL, "(not shown: it may hold a password)",
                          f"needs the database driver {exc.name}, which is not installed") from None


def init(store: Store) -> int:
    """Create or upgrade the schema, then add missing reference data.

    Safe to run again: returns how many reference rows it added.
    """
    from concord.services.context import system_actor, unit_of_work
    from concord.services.reference import ensure_reference_data
    from concord.services.users import ensure_organisations
    from concord.store import schema

    schema.upgrade(store)
    with unit_of_work(store, system_actor("concord init")) as ctx:
        return ensure_reference_data(ctx.session) + ensure_organisations(ctx)


def shown_url(store: Store) -> str:
    """The database's URL as it may be printed: never with its password."""
    return store.engine.url.render_as_string(hide_password=True)


def explain(exc: BaseException) -> Exception | None:
    """A database fault that escaped a unit of work, as the register's own
    error (busy, cannot connect), or None when it is not one of those."""
    import sqlalchemy as sa

    from concord.store.db import make_engine, translate_operational

    if not isinstance(exc, sa.exc.DBAPIError):
        return None
    try:
        engine = make_engine()
    except Exception:  # noqa: BLE001  (a URL that cannot even be parsed)
        return None
    try:
        return translate_operational(exc, engine)
    finally:
        engine.dispose()


def generation(store: Store) -> str | None:
    """Has anything been written? The register's generation: equal values read at two moments mean
    nothing was committed in between. Every write transaction Concord opens replaces a token in
    that transaction (`concord.store.generation`); writes made behind Concord's back are caught
    too: on SQLite by the database file and its write-ahead log changing (every commit appends to
    the log), on PostgreSQL by the server's snapshot (a transaction that writes takes an id; it is
    listed as running until it commits). None before a write made a token.
    The web application's page cache keys on it (`concord.web.page_cache`)."""
    import os

    import sqlalchemy as sa

    from concord.store.db import sqlite_path
    from concord.store.generation import current

    snapshot = store.backend == "postgresql"
    try:
        with store.probe.connect() as conn:
            token = current(conn, snapshot=snapshot)  # one statement on either
    except sa.exc.DBAPIError as exc:
        if not exc.connection_invalidated:  # not a connection the server dropped: a real fault
            raise
        with store.probe.connect() as conn:  # a fresh connection, once
            token = current(conn, snapshot=snapshot)
    path = sqlite_path(store.engine)
    if token is not None and path is not None:
        for name in (str(path), f"{path}-wal"):
            try:
                st = os.stat(name)
                token += f" {st.st_mtime_ns}:{st.st_size}"
            except OSError:
                token += " -"
    return token
