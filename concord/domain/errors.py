"""The one error type for bad input: it names the field, the value and the reason."""

from __future__ import annotations

from typing import Any


class DomainError(ValueError):
    """Input that breaks a rule of the domain.

    Every layer raises this for bad input; the command line prints the
    message and exits with status 2, and the store rolls back.
    """

    def __init__(self, field: str, value: Any, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {shown(value)} {reason}")

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": _plain(self.value), "reason": self.reason}


def shown(value: Any) -> str:
    """A value as the user typed it: `0.00`, `2021-01-15`, `kent`; never a Python repr."""
    import datetime as dt
    from enum import Enum

    if value is None:
        return "(none)"
    if isinstance(value, str):
        return value if value.strip() else ("(blank)" if value else "(empty)")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(shown(v) for v in value)
    return str(value)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class ConflictError(RuntimeError):
    """A write that lost a race: the row changed since it was read."""

    def __init__(self, entity: str, ident: Any) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__(
            f"{entity} {shown(ident)} was changed by someone else since it was read; "
            "reload it and apply the change again"
        )


class PermissionDenied(PermissionError):
    """An actor asked to do what none of its roles allows."""

    def __init__(self, actor: str, permission: str, organisation: str | None = None,
                 hint: str | None = None) -> None:
        self.actor = actor
        self.permission = permission
        self.organisation = organisation
        where = f" in {organisation}" if organisation else ""
        super().__init__(f"{actor} may not {permission}{where}" + (f": {hint}" if hint else ""))


class RegisterUnavailable(RuntimeError):
    """The database cannot be used just now; nothing was written."""


class RegisterBusy(RegisterUnavailable):
    """Another program held the register's write lock for longer than Concord waits."""

    def __init__(self, waited: float) -> None:
        self.waited = waited
        super().__init__(f"the register is busy (another program is writing to it; waited {waited:.0f} s); "
                         "try again")


class CannotConnect(RegisterUnavailable):
    """The database server could not be reached. Never names a password."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"cannot connect to the database at {where}: {reason}")
