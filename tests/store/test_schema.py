"""Models and migrations agree, on whichever backend the suite runs."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from concord.store import schema
from concord.store.base import Base
from concord.store.db import Store


def test_migrations_reach_head_and_match_the_models(store: Store) -> None:
    assert schema.is_current(store)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": schema.include_object})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_there_is_one_head(store: Store) -> None:
    heads = ScriptDirectory.from_config(schema.alembic_config(store)).get_heads()
    assert len(heads) == 1, heads


def test_every_table_is_in_the_schema(store: Store) -> None:
    import sqlalchemy as sa

    names = set(sa.inspect(store.engine).get_table_names())
    missing = set(Base.metadata.tables) - names
    assert not missing


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    import pytest
    import sqlalchemy as sa

    if store.backend != "sqlite":
        pytest.skip("SQLite only")
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_the_cheap_head_constant_is_alembics_head(store: Store) -> None:
    from concord.store.schema_head import HEAD

    assert HEAD == schema.head_revision(store)
