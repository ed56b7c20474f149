"""What an imported row must be before it is written: each value of its
column's own type, and the rules every write of the services obeys.

Values are read strictly: a boolean is true or false (never "maybe"), an
integer is whole (never 1.5) and in range, money is a finite number of
whole pence, text is text (never an object) no longer than its column,
an enum one of its values. The rules are the store's own write rules
(`concord.store.validate`), run on each row as the services' writes run
them, and the rules across rows (a renewal by a party) are checked in
SQL over everything imported, in the same transaction.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa

from concord.domain.errors import DomainError
from concord.services import jsonstream
from concord.store.base import Base
from concord.store.types import Money, Percent

_INT = re.compile(r"-?\d{1,20}")
_LIMITS = {sa.BigInteger: 2 ** 63, sa.Integer: 2 ** 31, sa.SmallInteger: 2 ** 15}
_MONEY_LIMIT = Decimal(2 ** 63) / 100


def shown(value: Any) -> str:
    """A value as it was written in the file, for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        text = json.dumps(value, default=str, ensure_ascii=False)
        return text if len(text) <= 60 else text[:57] + "..."
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def decode(column: sa.Column, value: Any, from_csv: bool = False) -> Any:
    """The Python value for `column` from its exported form, or DomainError."""
    field = f"{column.table.name}.{column.name}"

    def bad(reason: str) -> DomainError:
        return DomainError(field, shown(value), reason)

    if value is None:
        if not column.nullable and not column.primary_key:
            raise bad("is required")
        return None
    t = column.type
    if isinstance(t, Money):
        d = _number(value, from_csv, bad)
        if abs(d) >= _MONEY_LIMIT:
            raise bad("is too large for an amount of money")
        if d != d.quantize(Decimal("0.01")):
            raise bad("has fractions of a penny")
        return d
    if isinstance(t, Percent):
        return _number(value, from_csv, bad)
    if isinstance(t, sa.Enum):
        if not isinstance(value, str):
            raise bad("must be text")
        allowed = list(t.enums)
        if value not in allowed:
            raise bad("must be one of " + ", ".join(allowed))
        return value if t.enum_class is None else t.enum_class(value)
    if isinstance(t, sa.JSON):
        if from_csv:
            return jsonstream.loads(value, field, depth=3)
        return value
    if isinstance(t, sa.LargeBinary):
        if not isinstance(value, str):
            raise bad("must be base64 text")
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise bad("is not base64") from None
    if isinstance(t, sa.Boolean):
        if isinstance(value, bool):
            return value
        if from_csv and value in ("true", "false"):
            return value == "true"
        raise bad("must be true or false")
    if isinstance(t, sa.Integer):
        if from_csv and isinstance(value, str) and _INT.fullmatch(value):
            value_i = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value_i = value
        else:
            raise bad("must be a whole number")
        limit = next((n for kind, n in _LIMITS.items() if isinstance(t, kind)), 2 ** 31)
        if not -limit <= value_i < limit:
            raise bad(f"is out of range (a whole number from {-limit} to {limit - 1})")
        return value_i
    if isinstance(t, sa.Float):
        d = _number(value, from_csv, bad)
        return float(d)
    if isinstance(t, (sa.DateTime, sa.Date, sa.Time)):
        if not isinstance(value, str):
            raise bad("must be an ISO 8601 date or time written as text")
        return _when(t, value, bad)
    if isinstance(t, sa.String):  # String, Text, Unicode
        if not isinstance(value, str):
            raise bad("must be text")
        if "\x00" in value:
            raise bad("holds a NUL character")
        if t.length is not None and len(value) > t.length:
            raise bad(f"is longer than {t.length} characters")
        return value
    raise bad("has a type this Concord cannot import")  # pragma: no cover  (every column type is above)


def _number(value: Any, from_csv: bool, bad: Callable[[str], DomainError]) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise bad("must be a number")
    try:
        d = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        raise bad("is not a number") from None
    if not d.is_finite():
        raise bad("must be a finite number")
    return d


def _when(t: sa.types.TypeEngine, value: str, bad: Callable[[str], DomainError]) -> Any:
    try:
        if isinstance(t, sa.DateTime):
            moment = dt.datetime.fromisoformat(value)
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
        if isinstance(t, sa.Date):
            return dt.date.fromisoformat(value)
        return dt.time.fromisoformat(value)
    except ValueError:
        raise bad("is not an ISO 8601 date or time") from None


# --- the write rules ---------------------------------------------------------------

class RowRules:
    """The store's per-row write rules (the very functions its hook runs), by table."""

    def __init__(self) -> None:
        from concord.store import models as m
        from concord.store import validate as v

        per_row: dict[type[Base], Callable[[Any], None]] = {
            m.Agreement: v._agreement, m.AgreementParty: v._party,  # noqa: SLF001
            m.NetRevenueExpenditure: v._nre, m.ProjectPhase: v._phase,  # noqa: SLF001
            m.Renewal: _renewal_dates,
        }
        classes = set(per_row) | set(v._NON_NEGATIVE_MONEY)  # noqa: SLF001
        self._classes = {cls.__tablename__: cls for cls in classes}
        self._per_row = per_row
        self._money = v._money  # noqa: SLF001

    def check(self, table: str, values: dict[str, Any], where: str) -> None:
        cls = self._classes.get(table)
        if cls is None:
            return
        obj = cls(**values)  # transient: never added to a session
        try:
            if cls in self._per_row:
                self._per_row[cls](obj)
            self._money(obj)
        except DomainError as exc:
            raise DomainError(f"{table}.{exc.field}", exc.value, f"{exc.reason} ({where})") from None


def _renewal_dates(r: Any) -> None:
    """The renewal hook's rule on dates (its rule on parties joins rows: `check_across`)."""
    if r.renewed_on and r.new_end_date and r.new_end_date <= r.renewed_on:
        raise DomainError("new_end_date", r.new_end_date.isoformat(), "must be after the date of the renewal")


def _check_across(conn: sa.Connection) -> None:
    """The rules that join rows: every renewal is by a party to its agreement."""
    from concord.store import models as m

    r, p, o = m.Renewal.__table__, m.AgreementParty.__table__, m.Office.__table__
    found = conn.execute(
        sa.select(r.c.id, o.c.title).select_from(r.outerjoin(o, o.c.id == r.c.office_id))
        .where(~sa.exists().where(p.c.agreement_id == r.c.agreement_id, p.c.office_id == r.c.office_id))
        .order_by(r.c.id).limit(1)).first()
    if found is not None:
        raise DomainError("renewal.party", found.title or str(found.id),
                          f"is not a party to the agreement it renews (renewal {found.id})")
