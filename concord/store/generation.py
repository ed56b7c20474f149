"""The register's generation: a token that every write transaction replaces.

`bump` runs in every write transaction the store opens (`Store.transaction`
and `Store.connection`), just before it commits: it sets the one row of
`register_generation` to a new random token. `current` reads it. So two
reads of the same token mean that nothing was committed in between — on
every backend and across processes: on PostgreSQL the UPDATE locks the row,
so writers replace it one after another in commit order, and a token is
never used twice (a restored or re-created row cannot bring an old one
back, as a counter could). A read-side cache (`concord.web.page_cache`)
keys on it.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa

from concord.store.base import table_of
from concord.store.models.records import RegisterGeneration

ROW = 1


def bump(conn: sa.Connection) -> str:
    """Replace the token (inside the caller's write transaction); the new token."""
    table = table_of(RegisterGeneration)
    token = secrets.token_hex(16)
    done = conn.execute(table.update().where(table.c.id == ROW).values(token=token))
    if done.rowcount == 0:
        conn.execute(table.insert().values(id=ROW, token=token))
    return token


def current(conn: sa.Connection, snapshot: bool = False) -> str | None:
    """The token as last committed; None when no write has made one yet. With `snapshot`
    (PostgreSQL), the server's current snapshot follows it, read in the same statement."""
    table = table_of(RegisterGeneration)
    if not snapshot:
        return conn.execute(sa.select(table.c.token).where(table.c.id == ROW)).scalar()
    row = conn.execute(sa.select(table.c.token, sa.literal_column("pg_current_snapshot()::text"))
                       .where(table.c.id == ROW)).first()
    return None if row is None else f"{row[0]} {row[1]}"
