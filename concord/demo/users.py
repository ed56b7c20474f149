"""Demo accounts: an administrator, an editor and an approver at the
Cambridgeshire OPCC and a viewer at the Hertfordshire OPCC.

Their passwords are made fresh for each new database and returned once,
when the accounts are created, so that `concord demo` can print them;
they are never stored but as argon2 hashes and never printed again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain.access import Role
from concord.services import users
from concord.services.context import Context

ACCOUNTS = (
    ("admin@cambridgeshire-opcc.example", "Alex Administrator", "cambridgeshire-opcc", Role.ADMINISTRATOR),
    ("editor@cambridgeshire-opcc.example", "Erin Editor", "cambridgeshire-opcc", Role.EDITOR),
    ("approver@cambridgeshire-opcc.example", "Aisha Approver", "cambridgeshire-opcc", Role.APPROVER),
    ("viewer@hertfordshire-opcc.example", "Victor Viewer", "hertfordshire-opcc", Role.VIEWER),
)


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: Role
    organisation: str

    def line(self) -> str:
        """`Demo account: EMAIL password PASSWORD (ROLE, ORGANISATION)`, for people and scripts."""
        return f"Demo account: {self.email} password {self.password} ({self.role.value}, {self.organisation})"


def load(ctx: Context) -> list[DemoAccount]:
    """Create the demo accounts that are missing; return those created, with their passwords."""
    from concord.store import models as m

    users.ensure_organisations(ctx)
    have = set(ctx.session.scalars(sa.select(m.User.email)))
    made = []
    for email, name, org, role in ACCOUNTS:
        if email in have:
            continue
        password = secrets.token_urlsafe(12)
        users.add_user(ctx, email, name, password, org, role.value)
        made.append(DemoAccount(email, password, role, org))
    return made
