"""The seam every caller uses: an actor, its permissions, one unit of work.

A caller (a CLI command, a web request, a job) opens a unit of work for
an actor and hands the `Context` it gets to service functions:

    with unit_of_work(store, actor) as ctx:
        view = agreements.renew(ctx, "seven-force", party="kent", ...)
        notices.add(ctx, ...)            # the same transaction

Every service function takes the `Context` first, checks the permission
it needs with `ctx.require(...)`, reads and writes through `ctx.session`
and returns plain frozen dataclasses, never ORM objects. The unit of work
commits once when the block ends, or rolls everything back.

A write that edits an existing row takes the version the user saw
(`expected_version`); `ctx.check_version` raises ConflictError when the
row has moved on since.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from concord.domain.access import Permission, Role, allowed, permissions_of
from concord.domain.errors import ConflictError, PermissionDenied

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from concord.store.db import Store


@dataclass(frozen=True)
class Actor:
    """Who acts: a user of the register, or the system itself.

    `roles` maps each organisation's slug to the role the actor holds
    there. The system actor (set-up, the demo loader, a register with no
    users yet) holds every permission.
    """

    name: str
    user_id: int | None = None
    email: str | None = None
    roles: Mapping[str, Role] = field(default_factory=dict)
    system: bool = False
    #: someone at this machine who named no user: may read the register, not change it
    local_reader: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.system:
            return frozenset(Permission)
        held = permissions_of(self.roles)
        return held | {Permission.REGISTER_READ, Permission.DATA_EXPORT} if self.local_reader else held

    @property
    def organisations(self) -> frozenset[str]:
        return frozenset(self.roles)

    def can(self, permission: Permission, organisation: str | None = None) -> bool:
        if self.system or (self.local_reader and permission in (Permission.REGISTER_READ, Permission.DATA_EXPORT)):
            return True
        return allowed(self.roles, permission, organisation)


def system_actor(name: str = "concord") -> Actor:
    return Actor(name=name, system=True)


class Context:
    """One actor inside one open unit of work."""

    def __init__(self, store: Store, actor: Actor, session: Session, read_only: bool = False) -> None:
        self.store = store
        self.actor = actor
        self.session = session
        self.read_only = read_only

    def require(self, permission: Permission, organisation: str | None = None) -> None:
        """Refuse with PermissionDenied unless the actor may do `permission`
        (on a record belonging to `organisation`, when it belongs to one)."""
        if self.read_only and permission is not Permission.REGISTER_READ and \
                permission is not Permission.DATA_EXPORT:
            raise PermissionDenied(self.actor.name, f"{permission.value} in a read-only unit of work")
        if not self.actor.can(permission, organisation):
            raise PermissionDenied(self.actor.name, permission.value, organisation,
                                   hint="name a user with `concord --as EMAIL` or CONCORD_USER"
                                   if self.actor.local_reader else None)

    def check_version(self, entity: str, key: Any, row: Any, expected_version: int | None) -> None:
        """A stale edit is refused: the row's version is not the one the user saw."""
        if expected_version is not None and getattr(row, "version", None) != expected_version:
            raise ConflictError(entity, key)


@contextmanager
def unit_of_work(store: Store, actor: Actor) -> Iterator[Context]:
    """One transaction for everything done through the context: it commits
    once at the end of the block, or rolls back on any error."""
    with store.transaction(actor=actor.name) as session:
        session.info["actor_user_id"] = actor.user_id
        yield Context(store, actor, session)


@contextmanager
def reading(store: Store, actor: Actor) -> Iterator[Context]:
    """A unit of work for reads only: nothing done through it is committed."""
    with store.reading() as session:
        yield Context(store, actor, session, read_only=True)
