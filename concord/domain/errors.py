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
        super().__init__(f"{field}: {value!r} {reason}")

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": _plain(self.value), "reason": self.reason}


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
            f"{entity} {ident!r} was changed by someone else since it was read; "
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
