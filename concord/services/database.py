"""Opening the register: create or upgrade the schema and the reference data."""

from __future__ import annotations

from concord.services.reference import ensure_reference_data
from concord.store import schema
from concord.store.db import Store


def open_store(url: str | None = None) -> Store:
    return Store(url)


def init(store: Store) -> int:
    """Create or upgrade the schema, then add missing reference data.

    Safe to run again: returns how many reference rows it added.
    """
    schema.upgrade(store)
    with store.transaction() as session:
        return ensure_reference_data(session)
