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
    store = Store(url)
    if require_schema:
        from concord.store.schema_head import HEAD, stored_revision

        found = stored_revision(store)
        if found != HEAD:
            where = store.engine.url.render_as_string(hide_password=True)
            why = "has no Concord register yet" if found is None else \
                  f"is at schema {found}, not {HEAD}"
            raise DomainError("database", where, f"{why}: run `concord init` first")
    return store


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
