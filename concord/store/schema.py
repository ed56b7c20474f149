"""Create and upgrade the schema with Alembic; check models and migrations agree."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from concord.store.db import Store
from concord.store.schema_head import HEAD, stored_revision  # noqa: F401  (re-exported)

MIGRATIONS = Path(__file__).with_name("migrations")

#: full-text structures the database keeps itself (migration 0015), not described by the models:
#: SQLite's FTS5 table and its shadow tables, PostgreSQL's generated tsvector and its index
FULL_TEXT_OBJECTS = frozenset({"search_fts", "search_fts_data", "search_fts_idx", "search_fts_docsize",
                               "search_fts_config", "search_fts_content", "search_vector",
                               "ix_search_entry_vector"})


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Alembic's filter when comparing models and database: leave the full-text structures out."""
    return name not in FULL_TEXT_OBJECTS


def alembic_config(store: Store, connection=None) -> Config:  # noqa: ANN001
    cfg = Config(str(MIGRATIONS / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # '%' is ConfigParser's interpolation sign: a password holding one is escaped, never printed
    cfg.set_main_option("sqlalchemy.url", store.engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(store: Store) -> None:
    """Bring the database to the newest schema (creating it if empty)."""
    with store.engine.begin() as conn:
        command.upgrade(alembic_config(store, conn), "head")


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(store: Store) -> str | None:
    return ScriptDirectory.from_config(alembic_config(store)).get_current_head()


def is_current(store: Store) -> bool:
    return current_revision(store) == head_revision(store)
