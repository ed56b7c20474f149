"""Column types: money stored exactly, enums stored by value."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

from concord.domain.errors import DomainError

_PENNY = Decimal("0.01")


class Money(TypeDecorator):
    """Pounds as Decimal in Python, whole pence as BIGINT in the database.

    Exact on every backend (SQLite has no decimal type) and fast to sum.
    A value with fractions of a penny is refused, never rounded.
    """

    impl = sa.BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        d = Decimal(value)
        pence = d * 100
        if pence != pence.to_integral_value():
            raise DomainError("amount", value, "has fractions of a penny")
        return int(pence)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(_PENNY)


class Percent(TypeDecorator):
    """A percentage kept exactly as text (e.g. '33.3333'); Decimal in Python."""

    impl = sa.String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


def enum_column(enum_cls: type[Enum], length: int = 32, name: str | None = None) -> sa.Enum:
    """An enum stored by its value as a checked VARCHAR on every backend.

    `name` names the CHECK constraint; give one when a table has two
    columns of the same enum."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        length=length,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
        create_constraint=True,
        name=name or f"ck_{enum_cls.__name__.lower()}",
    )
