"""The engine and the unit of work.

SQLite (a file, WAL mode) by default; PostgreSQL when
`CONCORD_DATABASE_URL` says so. Every write happens inside
`transaction()`: one transaction that commits whole or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from concord.domain.errors import ConflictError, DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def load_models() -> None:
    """Load the ORM, the models and the rules every write obeys (they come together).

    Done on first use of a session rather than at import, so that a
    read-only command working in SQL (`concord check`) starts quickly.
    """
    import concord.store.models  # noqa: F401  (every table, and the write hooks on ConcordSession)

DEFAULT_URL = "sqlite:///concord.db"
ENV_URL = "CONCORD_DATABASE_URL"


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
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


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


def sqlite_path(engine: Engine) -> Path | None:
    """The file of a SQLite database, or None for other backends and memory."""
    if engine.dialect.name != "sqlite":
        return None
    db = engine.url.database
    return Path(db) if db and db != ":memory:" else None


class Store:
    """One database: its engine and a session factory."""

    def __init__(self, url: str | None = None, actor: str | None = None) -> None:
        self.engine = make_engine(url)
        self._sessions: sessionmaker | None = None
        self.actor = actor or os.environ.get("CONCORD_ACTOR") or _default_actor()

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
            yield session
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
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connection(self) -> Iterator[sa.Connection]:
        """A Core connection in one transaction, for bulk work (import, restore).

        Errors are translated as in `transaction()`; nothing is half-written.
        """
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.IntegrityError as exc:
            raise integrity_to_domain(exc) from exc
        except sa.exc.StatementError as exc:
            if isinstance(exc.orig, DomainError):
                raise exc.orig from None
            raise

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


def _default_actor() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "concord")


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
    """Turn a constraint failure into an error that names what clashed."""
    msg = str(exc.orig).strip().splitlines()[0]
    params = exc.params if isinstance(exc.params, dict) else {}
    field = "record"
    low = msg.lower()
    if "unique" in low or "duplicate key" in low:
        reason = "already exists (must be unique)"
        field = _constraint_columns(msg) or field
    elif "foreign key" in low:
        reason = "refers to a record that does not exist"
    elif "check constraint" in low:
        reason = "breaks a rule of the register"
    elif "not null" in low or "null value" in low:
        reason = "is required"
        field = _constraint_columns(msg) or field
    else:
        reason = "was refused by the database"
    value = params.get(field.rsplit(".", 1)[-1]) if params else None
    return DomainError(field, value, f"{reason} ({msg})")


def _constraint_columns(msg: str) -> str | None:
    # SQLite: "UNIQUE constraint failed: decision_notice.reference"
    if "failed:" in msg:
        return msg.split("failed:", 1)[1].strip().split(",")[0]
    # PostgreSQL: 'Key (reference)=(X) already exists.' is on a later line; name the constraint
    if '"' in msg:
        return msg.split('"')[1]
    return None
