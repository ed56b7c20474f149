"""The database's limits as field errors, the same on SQLite and PostgreSQL.

Two things live here:

- **Lengths and ranges, before each flush.** Every column's own type
  gives its limit (String(80): 80 characters; Integer: 32 bits;
  BigInteger: 64 bits), checked by `concord.domain.text` with a message
  naming the limit. SQLite would store anything and PostgreSQL would fail
  with "value too long" or "integer out of range": now both refuse alike.
  Slugs follow one pattern, and a required slug, title or name is never
  blank.
- **Constraint failures as field errors.** Constraint names are fixed by
  the naming convention (`concord.store.base.NAMING`), so a map from
  each constraint's name to the field it guards is built from the models;
  `field_error` looks a failure up in it — by name on PostgreSQL, by
  table and columns on SQLite, which reports those instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from concord.domain import text as rules
from concord.domain.errors import DomainError
from concord.store.base import Base
from concord.store.session import ConcordSession

#: fields named better than by their columns
_FIELD_NAMES = {
    "uq_decision_notice_policing_body_id_year_number": "reference",
    "ck_decision_notice_number_positive": "reference",
    "ck_agreement_end_after_start": "end_date",
    "uq_user_role_user_id_organisation_id": "role",
}
#: text a person reads that must never be blank when required
_NAMED = ("slug", "title", "name")

_REASONS = {
    "unique": "already exists (must be unique)",
    "foreign_key": "refers to a record that does not exist",
    "check": "breaks a rule of the register",
    "not_null": "is required",
}


@dataclass(frozen=True)
class Guard:
    """What one named constraint guards: its table, kind and field."""

    table: str
    kind: str
    columns: tuple[str, ...]
    field: str


@cache
def constraint_fields() -> dict[str, Guard]:
    """Every named constraint of the models → what it guards."""
    import concord.store.models  # noqa: F401  (every table)

    out: dict[str, Guard] = {}
    for table in Base.metadata.tables.values():
        for c in table.constraints:
            name = f"pk_{table.name}" if isinstance(c, sa.PrimaryKeyConstraint) else c.name
            if not isinstance(name, str):
                continue
            kind = ("unique" if isinstance(c, (sa.UniqueConstraint, sa.PrimaryKeyConstraint)) else
                    "foreign_key" if isinstance(c, sa.ForeignKeyConstraint) else "check")
            columns = tuple(col.name for col in getattr(c, "columns", ()))
            field = _FIELD_NAMES.get(name) or (columns[-1] if columns else _check_field(c, table))
            out[name] = Guard(table.name, kind, columns, field)
    return out


def _check_field(c: sa.Constraint, table: sa.Table) -> str:
    """The column a CHECK constraint is about: the first column its text names."""
    sql = str(getattr(c, "sqltext", ""))
    for col in table.columns:
        if re.search(rf"\b{re.escape(col.name)}\b", sql):
            return col.name
    return table.name


def _by_columns(table: str, columns: tuple[str, ...]) -> Guard | None:
    for guard in constraint_fields().values():
        if guard.table == table and guard.kind == "unique" and guard.columns == columns:
            return guard
    return None


def field_error(exc: sa.exc.IntegrityError) -> DomainError:
    """A constraint failure as DomainError(field, value, reason), on either database."""
    guard, kind = _guard(exc)
    message = str(exc.orig).strip().splitlines()[0]
    params = _named_params(exc.statement or "", exc.params)
    if guard is None:
        column = _not_null_column(message)
        field = column or "record"
        kind = kind or ("not_null" if column else "check")
        value = params.get(column) if column else None
    else:
        field = guard.field
        kind = guard.kind
        value = params.get(guard.columns[-1]) if guard.columns else params.get(field)
    return DomainError(field, value, _REASONS.get(kind, "was refused by the database"))


def _named_params(statement: str, params: Any) -> dict[str, Any]:
    """The statement's values by column, whether the driver took them by name or by position."""
    if isinstance(params, dict):
        return params
    if not isinstance(params, (tuple, list)) or (params and isinstance(params[0], (tuple, list, dict))):
        return {}  # many rows at once: which one failed is not known
    insert = re.match(r"\s*INSERT INTO \S+ \(([^)]*)\)", statement, re.I)
    if insert:
        names = [c.strip().strip('"') for c in insert[1].split(",")]
    else:
        names = re.findall(r'"?(\w+)"?\s*=\s*(?:\?|%s|\$\d+)', statement.split(" WHERE ")[0])
    return dict(zip(names, params))


def _guard(exc: sa.exc.IntegrityError) -> tuple[Guard | None, str | None]:
    fields = constraint_fields()
    name = getattr(getattr(exc.orig, "diag", None), "constraint_name", None)  # PostgreSQL names it
    if name:
        found = fields.get(name) or next((g for n, g in fields.items() if n.startswith(name)), None)
        return found, None
    message = str(exc.orig)
    low = message.lower()
    if "unique constraint failed:" in low:  # SQLite: "UNIQUE constraint failed: t.a, t.b"
        cols = [c.strip() for c in message.split("failed:", 1)[1].split(",")]
        table = cols[0].split(".")[0]
        return _by_columns(table, tuple(c.split(".")[-1] for c in cols)), "unique"
    if "check constraint failed:" in low:  # SQLite names a named CHECK
        named = message.split("failed:", 1)[1].strip()
        return fields.get(named), "check"
    if "foreign key constraint failed" in low:
        return None, "foreign_key"
    return None, None


def _not_null_column(message: str) -> str | None:
    # SQLite: "NOT NULL constraint failed: t.col"; PostgreSQL: 'null value in column "col" ...'
    if "NOT NULL constraint failed:" in message:
        return message.split("failed:", 1)[1].strip().split(".")[-1]
    found = re.search(r'null value in column "([^"]+)"', message)
    return found[1] if found else None


# -- lengths and ranges, before every flush ---------------------------------

def _limits(mapper: Any) -> list[tuple[str, str, Any]]:
    """(attribute, kind, limit) for every column of a mapped class with a limit."""
    out: list[tuple[str, str, Any]] = []
    for prop in mapper.column_attrs:
        col = prop.columns[0]
        if not isinstance(col, sa.Column):
            continue
        kind = col.type
        if isinstance(kind, sa.Enum) or isinstance(kind, sa.types.TypeDecorator):
            continue
        if isinstance(kind, sa.String) and kind.length:
            out.append((prop.key, "length", kind.length))
        elif isinstance(kind, sa.BigInteger):
            out.append((prop.key, "integer", (-rules.INT64_MAX - 1, rules.INT64_MAX)))
        elif isinstance(kind, sa.Integer):
            out.append((prop.key, "integer", (-rules.INT32_MAX - 1, rules.INT32_MAX)))
        if prop.key in _NAMED and not col.nullable:
            out.append((prop.key, "named", None))
        if prop.key == "slug":
            out.append((prop.key, "slug", None))
    return out


_LIMITS: dict[type, list[tuple[str, str, Any]]] = {}


def check_row(obj: Any, only: set[str] | None = None) -> None:
    """Refuse a row whose values break its columns' limits (DomainError naming the limit)."""
    cls = type(obj)
    limits = _LIMITS.get(cls)
    if limits is None:
        limits = _LIMITS[cls] = _limits(inspect(cls))
    values = inspect(obj).dict
    for key, kind, limit in limits:
        if key not in values or (only is not None and key not in only):
            continue
        value = values[key]
        if value is None or isinstance(value, Enum):
            continue
        if kind == "length" and isinstance(value, str):
            rules.check_length(value, key, limit)
        elif kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
            rules.check_integer(value, key, *limit)
        elif kind == "named" and isinstance(value, str) and not value.strip():
            raise DomainError(key, value, "must not be empty or blank")
        elif kind == "slug" and isinstance(value, str):
            rules.check_slug(value, key)


def _changed(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.added}


@event.listens_for(ConcordSession, "before_flush")
def _check_limits(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    for obj in session.new:
        check_row(obj)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            check_row(obj, _changed(obj))
