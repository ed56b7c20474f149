"""Every change writes an audit record: who, when, what, before, after.

Installed once on the Session class: before a flush we note the old
values of changed and deleted rows; after it (when new rows have ids)
we insert one audit row per change in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from concord.store.session import ConcordSession
from concord.store.base import Base, table_of
from concord.store.models.records import AuditRecord

_PENDING = "concord_audit_pending"
_SKIP = {"version"}


def plain(value: Any) -> Any:
    """A JSON-friendly copy of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _row(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key not in state.dict:
            continue
        out[attr.key] = plain(state.dict[attr.key])
    return out


def _identity(obj: Base) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ident[0] if len(ident) == 1 else "/".join(map(str, ident))


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and getattr(type(obj), "__audit__", True)


@event.listens_for(ConcordSession, "before_flush")
def _collect(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    pending = session.info.setdefault(_PENDING, [])
    for obj in session.new:
        if _audited(obj):
            pending.append(("insert", obj, None))
    for obj in session.dirty:
        if not _audited(obj) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        before, after = {}, {}
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIP:
                continue
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                before[attr.key] = plain(hist.deleted[0]) if hist.deleted else None
                after[attr.key] = plain(hist.added[0]) if hist.added else None
        if after:
            pending.append(("update", obj, (before, after)))
    for obj in session.deleted:
        if _audited(obj):
            pending.append(("delete", obj, (_row(obj), None)))


@event.listens_for(ConcordSession, "after_flush")
def _write(session: Session, _ctx) -> None:  # noqa: ANN001
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    now = dt.datetime.now(dt.timezone.utc)
    actor = session.info.get("actor", "concord")
    rows = []
    for action, obj, change in pending:
        before, after = change if change else (None, _row(obj))
        rows.append({
            "at": now, "actor": actor, "action": action,
            "entity": obj.__tablename__, "entity_id": str(_identity(obj)),
            "before": before, "after": after,
        })
    session.connection().execute(sa.insert(table_of(AuditRecord)), rows)
