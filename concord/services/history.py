"""History: the register's recent changes, and one record's audit trail.

Every write leaves an audit record (who, when, the values before and
after: `concord.store.audit`) and every change of marking a marking
change (rule 18). This module reads them back for people:

- `recent`: the newest changes across the register, filterable by kind
  of record and by user; it names the fields changed, never their values
  (a record's values are shown on its own trail, to those who may read it);
- `trail`: one record's changes, its parts' changes (an agreement's
  parties and renewals, a meeting's agenda and actions...) and its
  marking history, with the values before and after.

A marked record's trail is shown only to those who may read the record
(`visibility.may_read_row`, the one marking rule); users' history only to
those who manage users. Password hashes are never shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError, PermissionDenied
from concord.services import visibility
from concord.services.context import Context

#: values never shown, whoever asks
HIDDEN_FIELDS = frozenset({"password_hash"})
#: the longest value shown in full
SHOWN_CHARS = 300
PER_PAGE = 50


@dataclass(frozen=True)
class Kind:
    """A kind of record with a history: its table, the column that is its key, and its parts."""

    name: str
    label: str
    table: str
    key: str
    title: str
    #: (table, column naming this record) of the rows that are parts of it
    parts: tuple[tuple[str, str], ...] = ()
    permission: Permission = Permission.REGISTER_READ


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("agreement", "Agreement", "agreement", "slug", "title",
         (("agreement_party", "agreement_id"), ("agreement_version", "agreement_id"),
          ("agreement_function", "agreement_id"), ("agreement_provision", "agreement_id"),
          ("party_follow_through", "agreement_id"), ("renewal", "agreement_id"),
          ("withdrawal_notice", "agreement_id"))),
    Kind("decision_notice", "Decision notice", "decision_notice", "reference", "subject"),
    Kind("decision", "Decision", "decision", "id", "subject"),
    Kind("meeting", "Meeting", "meeting", "id", "date",
         (("agenda_item", "meeting_id"), ("attendance", "meeting_id"), ("paper", "meeting_id"),
          ("minute", "meeting_id"), ("action", "meeting_id"))),
    Kind("paper", "Paper", "paper", "id", "title"),
    Kind("action", "Action", "action", "id", "text"),
    Kind("project", "Project", "project", "slug", "name",
         (("project_phase", "project_id"), ("savings_line", "project_id"), ("business_case", "project_id"))),
    Kind("forum", "Forum", "forum", "slug", "name",
         (("terms_of_reference", "forum_id"), ("forum_membership", "forum_id"))),
    Kind("force", "Force", "force", "id", "name", (("net_revenue_expenditure", "force_id"),)),
    Kind("policing_body", "Policing body", "policing_body", "slug", "name"),
    Kind("alliance", "Alliance", "alliance", "slug", "name", (("alliance_member", "alliance_id"),)),
    Kind("function", "Function", "function", "id", "name"),
    Kind("document", "Stored paper", "source_document", "name", "name", (("document_revision", "document_id"),)),
    Kind("user", "User", "user_account", "id", "email", (("membership", "user_id"),), Permission.USER_MANAGE),
)}
#: the tables of records only user managers may see the history of
_PRIVATE_TABLES = frozenset({"user_account", "membership"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Change:
    id: int
    at: dt.datetime
    actor: str
    action: str
    table: str
    row: str
    #: the record kind and key the change belongs to, where the table is a kind of record
    kind: str | None
    key: str | None
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class MarkingEvent:
    at: dt.datetime
    by: str
    from_marking: str | None
    to_marking: str
    legacy_marking: str | None
    reason: str
    table: str
    row: str


@dataclass(frozen=True)
class Trail:
    kind: str
    kind_label: str
    key: str
    title: str
    changes: tuple[Change, ...]
    markings: tuple[MarkingEvent, ...]


@dataclass(frozen=True)
class Recent:
    kind: str | None
    user: str | None
    page: int
    changes: tuple[Change, ...]
    more: bool


def kind_of(value: str) -> Kind:
    name = (value or "").strip().lower().replace("-", "_")
    found = KINDS.get(name)
    if found is None:
        raise DomainError("kind", value, "is not a kind of record with a history: one of " + ", ".join(KINDS))
    return found


def recent(ctx: Context, kind: str | None = None, user: str | None = None, page: int = 1,
           per_page: int = PER_PAGE) -> Recent:
    """The newest changes across the register (field names only), newest first."""
    from concord.store import models as m

    ctx.require(Permission.REGISTER_READ)
    if not 1 <= page <= 1000:
        raise DomainError("page", str(page), "must be a whole number from 1 to 1000")
    a = m.AuditRecord
    q = sa.select(a).order_by(a.id.desc()).offset((page - 1) * per_page).limit(per_page + 1)
    chosen = kind_of(kind) if kind else None
    if chosen is not None:
        if not ctx.actor.can(chosen.permission):
            raise PermissionDenied(ctx.actor.name, chosen.permission.value)
        q = q.where(a.entity.in_([chosen.table, *(t for t, _ in chosen.parts)]))
    elif not ctx.actor.can(Permission.USER_MANAGE):
        q = q.where(a.entity.not_in(_PRIVATE_TABLES))
    who = (user or "").strip()
    if who:
        if len(who) > 200:
            raise DomainError("user", who[:40] + "…", "is too long: at most 200 characters")
        q = q.where(sa.func.lower(a.actor).contains(who.lower(), autoescape=True))
    rows = list(ctx.session.scalars(q))
    keys = _keys(ctx, rows[:per_page])
    changes = []
    for r in rows[:per_page]:
        kind_key = keys.get((r.entity, r.entity_id))
        changes.append(_change(r, kind_key[0] if kind_key else None, kind_key[1] if kind_key else None,
                               values=False))
    return Recent(chosen.name if chosen else None, who or None, page, tuple(changes), len(rows) > per_page)


def trail(ctx: Context, kind: str, key: str) -> Trail | None:
    """One record's audit trail and marking history, oldest first; None when there is no such record."""
    from concord.store import models as m

    chosen = kind_of(kind)
    if not ctx.actor.can(chosen.permission):
        raise PermissionDenied(ctx.actor.name, chosen.permission.value)
    table = _table(chosen.table)
    column = table.c[chosen.key]
    value: Any = key
    if isinstance(column.type, sa.Integer):
        if not key.isdigit() or len(key) > 10:
            return None
        value = int(key)
    row = ctx.session.execute(sa.select(table).where(column == value)).mappings().first()
    if row is None:
        return None
    if "marking" in row and not visibility.may_read_row(ctx, _Row(row)):
        raise PermissionDenied(ctx.actor.name, f"{Permission.REGISTER_READ.value} on this marked record")
    ident = str(row[list(table.primary_key.columns)[0].name])
    wanted = [sa.and_(m.AuditRecord.entity == chosen.table, m.AuditRecord.entity_id == ident)]
    marked = [sa.and_(m.MarkingChange.entity == chosen.table, m.MarkingChange.entity_id == ident)]
    for part_table, part_column in chosen.parts:
        part = _table(part_table)
        ids = [str(i) for i in ctx.session.scalars(
            sa.select(list(part.primary_key.columns)[0]).where(part.c[part_column] == row["id"]))]
        if ids:
            wanted.append(sa.and_(m.AuditRecord.entity == part_table, m.AuditRecord.entity_id.in_(ids)))
            marked.append(sa.and_(m.MarkingChange.entity == part_table, m.MarkingChange.entity_id.in_(ids)))
    audits = ctx.session.scalars(sa.select(m.AuditRecord).where(sa.or_(*wanted)).order_by(m.AuditRecord.id))
    changes = tuple(_change(r, chosen.name, key) for r in audits)
    events = tuple(MarkingEvent(c.at, c.by, getattr(c.from_marking, "value", c.from_marking),
                                getattr(c.to_marking, "value", c.to_marking), c.legacy_marking, c.reason,
                                c.entity, c.entity_id)
                   for c in ctx.session.scalars(sa.select(m.MarkingChange).where(sa.or_(*marked))
                                                .order_by(m.MarkingChange.id)))
    return Trail(chosen.name, chosen.label, key, _shown(row[chosen.title]) or key, changes, events)


# --- helpers ---------------------------------------------------------------------------

class _Row:
    """A row read as a mapping, seen as the marked record `visibility.may_read_row` expects."""

    def __init__(self, row: Any) -> None:
        self.marking = row["marking"]
        self.approved_on = row["approved_on"]
        self.held_until_approved = row["held_until_approved"]
        self.owner_id = row["owner_id"]


def _table(name: str) -> sa.Table:
    from concord.store.base import Base
    from concord.store.db import load_models

    load_models()
    return Base.metadata.tables[name]


def _keys(ctx: Context, rows: list[Any]) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, row id) → (kind, key) for the rows that are records of a kind."""
    by_table: dict[str, set[str]] = {}
    for r in rows:
        by_table.setdefault(r.entity, set()).add(r.entity_id)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for chosen in KINDS.values():
        ids = by_table.get(chosen.table)
        if not ids:
            continue
        table = _table(chosen.table)
        pk = list(table.primary_key.columns)[0]
        wanted = [int(i) for i in ids if i.isdigit()] if isinstance(pk.type, sa.Integer) else list(ids)
        for ident, key in ctx.session.execute(sa.select(pk, table.c[chosen.key]).where(pk.in_(wanted))):
            out[(chosen.table, str(ident))] = (chosen.name, str(key))
    return out


def _change(r: Any, kind: str | None, key: str | None, values: bool = True) -> Change:
    before, after = r.before or {}, r.after or {}
    names = [n for n in dict.fromkeys([*before, *after]) if n != "version"]
    if r.action == "update":
        names = [n for n in names if before.get(n) != after.get(n)]
    fields = tuple(FieldChange(n, _value(n, before, values), _value(n, after, values)) for n in names)
    return Change(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, kind, key, fields)


def _value(name: str, values: dict[str, Any], shown: bool) -> str | None:
    if name not in values:
        return None
    if not shown:
        return ""
    if name in HIDDEN_FIELDS:
        return "(hidden)" if values[name] is not None else None
    return _shown(values[name])


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value if isinstance(value, str) else str(value)
    if isinstance(value, (list, dict)):
        import json

        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + f"… ({len(text)} characters)"
