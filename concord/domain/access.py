"""Who may do what: permissions as `scope:resource:action`, roles per organisation.

A user holds one role in each organisation they belong to. A role grants
a fixed set of permissions; an administrator's include everything an
approver's do, an approver's everything an editor's, an editor's
everything a viewer's. Whether an actor may act is a pure function of
the roles it holds and the organisation the record belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from concord.domain.errors import DomainError


class Permission(StrEnum):
    """Everything an actor can be allowed to do, named `scope:resource:action`."""

    REGISTER_READ = "register:record:read"
    REGISTER_EDIT = "register:record:edit"
    AGREEMENT_EDIT = "register:agreement:edit"
    MEETING_EDIT = "register:meeting:edit"
    NOTICE_EDIT = "register:notice:edit"
    ACTION_EDIT = "register:action:edit"
    FINANCE_EDIT = "register:finance:edit"
    MARKING_CHANGE = "register:marking:change"
    RECORD_APPROVE = "register:record:approve"
    REVIEW_DECIDE = "ingest:review:decide"
    INGEST_RUN = "ingest:paper:add"
    DATA_EXPORT = "admin:register:export"
    DATA_IMPORT = "admin:register:import"
    USER_MANAGE = "admin:user:manage"
    #: a setting of the whole register, such as a year's referendum limit: administrators only
    SETTING_CHANGE = "admin:setting:change"


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"


_VIEW = frozenset({Permission.REGISTER_READ, Permission.DATA_EXPORT})
_EDIT = _VIEW | {Permission.REGISTER_EDIT, Permission.AGREEMENT_EDIT, Permission.MEETING_EDIT,
                 Permission.NOTICE_EDIT, Permission.ACTION_EDIT, Permission.FINANCE_EDIT,
                 Permission.REVIEW_DECIDE, Permission.INGEST_RUN}
_APPROVE = _EDIT | {Permission.MARKING_CHANGE, Permission.RECORD_APPROVE}
_ADMIN = frozenset(Permission)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.VIEWER: _VIEW,
    Role.EDITOR: frozenset(_EDIT),
    Role.APPROVER: frozenset(_APPROVE),
    Role.ADMINISTRATOR: _ADMIN,
}


def role(value: str, field: str = "role") -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise DomainError(field, value, "must be one of " + ", ".join(r.value for r in Role)) from None


def permissions_of(roles: Mapping[str, Role]) -> frozenset[Permission]:
    """Every permission held in any organisation."""
    out: set[Permission] = set()
    for r in roles.values():
        out |= ROLE_PERMISSIONS[r]
    return frozenset(out)


def allowed(roles: Mapping[str, Role], permission: Permission, organisation: str | None = None) -> bool:
    """May an actor holding `roles` (organisation → role) do `permission`?

    On a record that belongs to an organisation, only a role held in that
    organisation counts; on a record that belongs to no one, any role
    does. Administering users and importing data need an administrator
    somewhere, whatever the record.
    """
    if organisation is None:
        return permission in permissions_of(roles)
    held = roles.get(organisation)
    return held is not None and permission in ROLE_PERMISSIONS[held]
