"""Alembic environment: migrations run on the connection Concord hands in,
or on the URL Concord would use."""

from alembic import context

from concord.store.base import Base
from concord.store import models as _models  # noqa: F401  (registers every table)
from concord.store.db import make_engine
from concord.store.schema import include_object

target_metadata = Base.metadata


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or None)
    with engine.begin() as conn:
        _run(conn)
