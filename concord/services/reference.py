"""Reference data: every force, its policing body and its two offices.

Offices carry today's title (`concord.domain.titles`); the title on an
earlier date comes from `office_title`.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain.forces import FORCES, ForceRef
from concord.domain.titles import current_title, office_title
from concord.domain.vocab import OfficeKind
from concord.store.models import Force, Office, PolicingBody

__all__ = ["body_title", "chief_officer_title", "ensure_reference_data", "office", "office_title"]


def chief_officer_title(ref: ForceRef) -> str:
    return current_title(ref, OfficeKind.CHIEF_CONSTABLE)


def body_title(ref: ForceRef) -> str:
    return current_title(ref, OfficeKind.POLICING_BODY)


def ensure_reference_data(session: Session) -> int:
    """Add any missing force, policing body and office. Returns rows added."""
    have = set(session.scalars(sa.select(Force.id)))
    bodies = set(session.scalars(sa.select(PolicingBody.slug)))
    offices = {(o.kind, o.force_id): o for o in session.scalars(sa.select(Office))}
    added = 0
    for ref in FORCES.values():
        if ref.id not in have:
            session.add(Force(id=ref.id, name=ref.name, short_name=ref.short_name,
                              territorial=ref.territorial, country=ref.country))
            added += 1
        if ref.id not in bodies:
            session.add(PolicingBody(slug=ref.id, name=ref.policing_body,
                                     kind=ref.policing_body_kind, force_id=ref.id))
            added += 1
        for kind, title in ((OfficeKind.CHIEF_CONSTABLE, chief_officer_title(ref)),
                            (OfficeKind.POLICING_BODY, body_title(ref))):
            if (kind, ref.id) not in offices:
                session.add(Office(kind=kind, force_id=ref.id, title=title))
                added += 1
            elif offices[(kind, ref.id)].title != title:  # the statutory title, corrected
                offices[(kind, ref.id)].title = title
    session.flush()
    return added


def office(session: Session, kind: OfficeKind, force_id: str) -> Office:
    """The office of this kind for a force; DomainError for an unknown force."""
    from concord.domain.forces import force as force_ref

    force_ref(force_id)
    found = session.scalar(sa.select(Office).where(Office.kind == kind, Office.force_id == force_id))
    if found is None:
        from concord.domain.errors import DomainError

        raise DomainError("force", force_id, "has no offices yet: run `concord init` first")
    return found
