"""Has anything been written? The register's generation, for caches of what was read.

Every write transaction replaces the generation token (`concord.store.generation`), in the
same transaction, so equal tokens read at two moments mean that nothing was committed in
between. The web application's page cache (`concord.web.page_cache`) keys on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concord.store.db import Store


def generation(store: Store) -> str | None:
    """The current generation token (one indexed read); None before the first write made one."""
    from concord.store.generation import current

    with store.engine.connect() as conn:
        return current(conn)
