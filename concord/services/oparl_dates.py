"""OParl's date filters on lists (`created_since`, `created_until`, `modified_since`,
`modified_until`) and each object's `created` and `modified`.

Concord keeps no creation or change time on its records: their audit trail
does. A record was created when its first audit record was written and
modified when its last one was (the audit covers every write through
Concord, including imports). A record with no audit trail (one bulk-loaded
beneath Concord) has no dates: it carries no `created`/`modified` and a
date-filtered list leaves it out, since it cannot be said to fall inside
the range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.services.context import Context

LONDON = ZoneInfo("Europe/London")
FILTERS = ("created_since", "created_until", "modified_since", "modified_until")


@dataclass(frozen=True)
class Stamp:
    created: dt.datetime
    modified: dt.datetime


@dataclass(frozen=True)
class DateFilter:
    created_since: dt.datetime | None = None
    created_until: dt.datetime | None = None
    modified_since: dt.datetime | None = None
    modified_until: dt.datetime | None = None
    #: the filters as typed, for the list's links
    query: tuple[tuple[str, str], ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.query)

    def admits(self, stamp: Stamp | None) -> bool:
        if not self.active:
            return True
        if stamp is None:
            return False
        return ((self.created_since is None or stamp.created >= self.created_since)
                and (self.created_until is None or stamp.created <= self.created_until)
                and (self.modified_since is None or stamp.modified >= self.modified_since)
                and (self.modified_until is None or stamp.modified <= self.modified_until))


def parse(args: Mapping[str, str]) -> DateFilter:
    """The date filters given, each an ISO 8601 date-time (one without an offset is
    London time); a DateFilter with none active when none is given."""
    found: dict[str, dt.datetime] = {}
    for name in FILTERS:
        raw = args.get(name)
        if raw is None:
            continue
        try:
            when = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            raise DomainError(name, raw[:40], "must be an ISO 8601 date-time, e.g. 2016-11-10T00:00:00+00:00") from None
        found[name] = when if when.tzinfo else when.replace(tzinfo=LONDON)
    query = tuple((name, args[name]) for name in FILTERS if name in found)
    return DateFilter(**found, query=query)


@dataclass(frozen=True)
class Dated:
    """Where a list's items get their dates: the table they are rows of, the column
    that `key_of(item)` gives (the id, a slug, a reference)."""

    ctx: Context
    table: str
    key_of: Callable[[Any], Any]
    key: str = "id"

    def lookup(self, items: Sequence[Any]) -> dict[Any, Stamp]:
        """When each of `items` was created and last modified (those with an audit trail)."""
        keys = {self.key_of(i) for i in items}
        if not keys:
            return {}
        from concord.store import models as m

        t = sa.table(self.table, sa.column("id"), *([sa.column(self.key)] if self.key != "id" else []))
        audit = m.AuditRecord
        q = (sa.select(t.c[self.key], sa.func.min(audit.at), sa.func.max(audit.at))
             .join(audit, sa.and_(audit.entity == self.table, audit.entity_id == sa.cast(t.c.id, sa.String)))
             .group_by(t.c[self.key]))
        if len(keys) <= 500:
            q = q.where(t.c[self.key].in_(keys))
        return {k: Stamp(_aware(first), _aware(last)) for k, first, last in self.ctx.session.execute(q) if k in keys}


def _aware(at: dt.datetime) -> dt.datetime:
    """SQLite gives back naive times, stored in UTC."""
    return at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)


def stamped(render: Callable[[Any], dict], key_of: Callable[[Any], Any],
            known: Mapping[Any, Stamp]) -> Callable[[Any], dict]:
    """A renderer that adds `created` and `modified` to each object whose dates are known."""
    def out(item: Any) -> dict:  # noqa: ANN401
        obj = render(item)
        found = known.get(key_of(item))
        if found is not None:
            obj["created"] = found.created.astimezone(LONDON).isoformat()
            obj["modified"] = found.modified.astimezone(LONDON).isoformat()
        return obj
    return out
