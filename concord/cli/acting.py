"""Who a command acts as, and the unit of work it runs in.

`concord --as EMAIL ...` (or CONCORD_USER=EMAIL) names the user; the
audit names them and their roles decide what the command may do. A
register with no users yet is worked by the system actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concord.services.context import Actor, Context
    from concord.store.db import Store

ENV_USER = "CONCORD_USER"

_named: dict[str, str | None] = {"who": None}


def name_user(who: str | None) -> None:
    """Set by the root command from `--as` (or CONCORD_USER)."""
    _named["who"] = who


def open_store(require_schema: bool = True) -> Store:
    from concord.services import database

    return database.open_store(require_schema=require_schema)


def actor(store: Store) -> Actor:
    import os

    from concord.services.actors import resolve_actor

    return resolve_actor(store, _named["who"] or os.environ.get(ENV_USER), fallback=_login())


@contextmanager
def writing(store: Store | None = None) -> Iterator[Context]:
    """One unit of work for the command: it commits whole at the end, or not at all."""
    from concord.services.context import unit_of_work

    store = store or open_store()
    with unit_of_work(store, actor(store)) as ctx:
        yield ctx


@contextmanager
def reading(store: Store | None = None) -> Iterator[Context]:
    from concord.services.context import reading as read_only

    store = store or open_store()
    with read_only(store, actor(store)) as ctx:
        yield ctx


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "concord"
