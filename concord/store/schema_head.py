"""The newest schema revision, known without importing Alembic (which is
slow to import), so that every command can check the database cheaply.
A test keeps HEAD equal to Alembic's head."""

from __future__ import annotations

import sqlalchemy as sa

from concord.store.db import Store

HEAD = "0026"


def stored_revision(store: Store) -> str | None:
    """The revision recorded in the database, or None if it has none."""
    try:
        with store.engine.connect() as conn:
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    except sa.exc.DBAPIError:
        return None
