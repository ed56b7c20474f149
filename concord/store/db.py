"""The engine and the unit of work.

SQLite (a file, WAL mode) by default; PostgreSQL when
`CONCORD_DATABASE_URL` says so. Every write happens inside
`transaction()`: one transaction that commits whole or not at all.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from concord.domain.errors import CannotConnect, ConflictError, DomainError, RegisterBusy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def load_models() -> None:
    """Load the ORM, the models and the rules every write obeys (they come together).

    Done on first use of a session rather than at import, so that a
    read-only command working in SQL (`concord check`) starts quickly.
    """
    import concord.store.models  # noqa: F401  (every table, and the write hooks on ConcordSession)
    import concord.store.constraints  # noqa: F401  (column lengths and ranges, checked before each flush)

DEFAULT_URL = "sqlite:///concord.db"
ENV_URL = "CONCORD_DATABASE_URL"
#: how long a write waits for another program's SQLite write lock, retrying with backoff
ENV_BUSY = "CONCORD_BUSY_SECONDS"
DEFAULT_BUSY_SECONDS = 15.0
#: one attempt's wait inside SQLite (its own busy handler backs off within it)
_ATTEMPT_MS = 1000


def database_url(url: str | None = None) -> str:
    """The URL in use: an explicit one, else the environment, else ./concord.db."""
    url = url or os.environ.get(ENV_URL) or DEFAULT_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={_ATTEMPT_MS}")
    cur.close()


def _begin_immediate(conn: sa.Connection) -> None:
    """A write transaction on SQLite takes the write lock first (BEGIN IMMEDIATE):
    it waits for another writer there, before reading anything, and so never
    fails later on a snapshot that another writer has made stale."""
    dbapi = conn.connection.dbapi_connection
    if conn.dialect.name == "sqlite" and dbapi is not None and not dbapi.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None, **kw) -> Engine:
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)
        path = sqlite_path(engine)
        if path is not None:
            from concord.store.files import create_private

            create_private(path)  # 0600; SQLite gives its WAL the same mode
        return engine
    return sa.create_engine(url, pool_pre_ping=True, **kw)


def busy_seconds() -> float:
    """The bound on waiting for the SQLite write lock (CONCORD_BUSY_SECONDS, default 15)."""
    try:
        return max(0.0, float(os.environ.get(ENV_BUSY, DEFAULT_BUSY_SECONDS)))
    except ValueError:
        return DEFAULT_BUSY_SECONDS


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" (another program holds the write lock)."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def where(engine: Engine) -> str:
    """HOST:PORT of a server database, or the file of a SQLite one; never a password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def translate_operational(exc: BaseException, engine: Engine) -> Exception | None:
    """A database fault as the register's own error (busy, cannot connect), or None."""
    if not isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return None
    if is_busy(exc):
        return RegisterBusy(busy_seconds())
    if engine.dialect.name != "sqlite":
        return cannot_connect(exc, engine)
    return None


def cannot_connect(exc: BaseException, engine: Engine) -> CannotConnect:
    """CannotConnect naming where and why; the password is never part of it."""
    reason = " ".join(str(getattr(exc, "orig", exc)).split())
    password = engine.url.password
    if password and len(str(password)) >= 4:  # drivers do not print it; this is belt and braces
        reason = reason.replace(str(password), "***")
    return CannotConnect(where(engine), reason[:300] or "no reason given")


def sqlite_path(engine: Engine) -> Path | None:
    """The file of a SQLite database, or None for other backends and memory."""
    if engine.dialect.name != "sqlite":
        return None
    db = engine.url.database
    return Path(db) if db and db != ":memory:" else None


def _bump(conn: sa.Connection) -> None:
    """Mark the transaction as a write for readers' caches (`concord.store.generation`)."""
    from concord.store import generation

    generation.bump(conn)


class Store:
    """One database: its engine and a session factory."""

    def __init__(self, url: str | None = None, actor: str | None = None) -> None:
        self.engine = make_engine(url)
        self._probe: Engine | None = None
        self._sessions: sessionmaker | None = None
        #: who a transaction opened without a Context is recorded against (set-up and tests);
        #: every command and request acts through a unit of work that names its actor
        self.actor = actor or "concord"

    @property
    def sessions(self) -> sessionmaker:
        """The ORM session factory (loads the ORM and the write rules on first use)."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from concord.store.session import ConcordSession

            load_models()
            self._sessions = sessionmaker(self.engine, class_=ConcordSession, expire_on_commit=False)
        return self._sessions

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def probe(self) -> Engine:
        """An engine for single statements read outside any transaction, asked on every request
        (the register's generation). On PostgreSQL its connections are in autocommit and not
        pinged before each use: one round trip a read, where the main engine's ping, BEGIN and
        ROLLBACK make four. A connection the server has dropped fails once and is replaced
        (`concord.services.database.generation` asks again). On SQLite it is the main engine."""
        if self.backend != "postgresql":
            return self.engine
        if self._probe is None:
            self._probe = sa.create_engine(self.engine.url, isolation_level="AUTOCOMMIT", pool_pre_ping=False)
        return self._probe

    @contextmanager
    def transaction(self, actor: str | None = None) -> Iterator[Session]:
        """A session in one transaction: commit on success, roll back on any error.

        A stale optimistic-lock update becomes ConflictError; an integrity
        error becomes DomainError naming the constraint.
        """
        from sqlalchemy.orm.exc import StaleDataError

        session = self.sessions()
        session.info["actor"] = actor or self.actor
        event.listen(session, "before_flush", _remember_changed)
        try:
            self._begin_write(session)
            yield session
            session.flush()
            _bump(session.connection())  # readers' caches see that something was written
            session.commit()
        except StaleDataError as exc:
            entity, ident = _stale_row(session, exc)
            session.rollback()
            raise ConflictError(entity, ident) from exc
        except sa.exc.IntegrityError as exc:
            session.rollback()
            raise integrity_to_domain(exc) from exc
        except sa.exc.StatementError as exc:
            session.rollback()
            if isinstance(exc.orig, DomainError):
                raise exc.orig from None
            raise self._translated(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _begin_write(self, session: Session) -> None:
        self._wait_for_write_lock(lambda: _begin_immediate(session.connection()), session.rollback)

    def _wait_for_write_lock(self, attempt: Callable[[], None], reset: Callable[[], None]) -> None:
        """Start a write; on SQLite, wait for another writer, retrying with backoff
        for at most `busy_seconds()`, then give up with RegisterBusy."""
        if self.backend != "sqlite":
            return
        deadline = time.monotonic() + busy_seconds()
        delay = 0.05
        while True:
            try:
                attempt()
                return
            except sa.exc.OperationalError as exc:
                reset()
                left = deadline - time.monotonic()
                if not is_busy(exc):
                    raise
                if left <= 0:
                    raise RegisterBusy(busy_seconds()) from None
                time.sleep(min(delay, left))
                delay = min(delay * 2, 1.0)

    def _translated(self, exc: BaseException) -> BaseException:
        return translate_operational(exc, self.engine) or exc

    @contextmanager
    def connection(self) -> Iterator[sa.Connection]:
        """A Core connection in one transaction, for bulk work (import, restore).

        Errors are translated as in `transaction()`; nothing is half-written.
        """
        try:
            with self.engine.begin() as conn:
                self._wait_for_write_lock(lambda: _begin_immediate(conn), lambda: None)
                yield conn
                _bump(conn)
        except sa.exc.IntegrityError as exc:
            raise integrity_to_domain(exc) from exc
        except sa.exc.StatementError as exc:
            if isinstance(exc.orig, DomainError):
                raise exc.orig from None
            raise self._translated(exc) from exc

    def check_connection(self) -> None:
        """Refuse with CannotConnect (HOST:PORT: REASON) when the server cannot be reached."""
        try:
            with self.engine.connect():
                pass
        except sa.exc.DBAPIError as exc:
            if is_busy(exc):
                raise RegisterBusy(busy_seconds()) from None
            raise cannot_connect(exc, self.engine) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()  # rolls back the connection, keeps loaded objects usable

    def dispose(self) -> None:
        self.engine.dispose()
        if self._probe is not None:
            self._probe.dispose()




def _stale_entity(exc: Exception) -> str:
    text = str(exc)
    return text.split("'")[1] if "'" in text else "row"


#: attributes that name a row to a person, best first
_KEYS = ("slug", "reference", "email", "name", "id")


_CHANGED = "rows_being_changed"


def _remember_changed(session: Session, _context: object, _instances: object) -> None:
    """Before each flush: the key of every row it updates or deletes, to name one that turns out stale."""
    changed = []
    for row in (*session.dirty, *session.deleted):
        state = sa.inspect(row)
        if state.identity is None:
            continue
        loaded = state.dict  # what the session holds, without loading more
        key = next((loaded[k] for k in _KEYS if loaded.get(k) not in (None, "")), state.identity[0])
        changed.append((getattr(row, "__tablename__", "row"), key))
    session.info[_CHANGED] = changed


def _stale_row(session: Session, exc: Exception) -> tuple[str, object]:
    """The table and the key of the row a stale update was refused for.

    SQLAlchemy names only the table; the row is the one pending change to
    that table (several, when several changed: all their keys are named).
    """
    entity = _stale_entity(exc)
    keys = [key for table, key in session.info.get(_CHANGED, ()) if table == entity]
    if not keys:
        return entity, "(unknown row)"
    return entity, keys[0] if len(keys) == 1 else ", ".join(map(str, keys))


def integrity_to_domain(exc: sa.exc.IntegrityError) -> DomainError:
    """A constraint failure as a field error (see `concord.store.constraints`)."""
    from concord.store.constraints import field_error

    return field_error(exc)
