"""Look-ups the finance services share (capital, MTFP, precept, savings, recharges): the models
(imported when first needed), a policing body by its slug, the office its finance belongs to, an
alliance by its slug and whether a force is one of its members. They return rows for services to
use inside their unit of work, never to hand on; each refusal is a `DomainError` naming the field
and the value as given."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from concord.domain.errors import DomainError
from sqlalchemy.orm import Session


def models() -> Any:
    """`concord.store.models`, imported on first use (a command that never needs it stays quick)."""
    from concord.store import models as loaded

    return loaded


def policing_body(session: Session, slug: str) -> Any:
    m = models()
    found = session.scalar(sa.select(m.PolicingBody).where(m.PolicingBody.slug == (slug or "").strip().lower()))
    if found is None:
        raise DomainError("body", slug, "is not a policing body in the register (its force's id, e.g. kent)")
    return found


def office_of(session: Session, body: Any) -> Any:
    """The organisation a policing body's finance belongs to (its OPCC), or None."""
    m = models()
    return session.scalar(sa.select(m.Organisation).where(m.Organisation.slug == f"{body.force_id}-opcc"))


def alliance(session: Session, slug: str) -> Any:
    m = models()
    found = session.scalar(sa.select(m.Alliance).where(m.Alliance.slug == (slug or "").strip().lower()))
    if found is None:
        raise DomainError("alliance", slug, "is not an alliance in the register")
    return found


def check_member(session: Session, found: Any, force: str) -> None:
    """Refuses a force that is not a member of the alliance."""
    m = models()
    if not session.scalar(sa.select(m.AllianceMember.id).where(m.AllianceMember.alliance_id == found.id,
                                                                   m.AllianceMember.force_id == force)):
        raise DomainError("member", force, f"is not a member of {found.name}")
