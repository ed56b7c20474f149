"""`concord status`: a readable summary of the register and of today's check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from concord.domain.findings import Finding
from concord.domain.vocab import ActionStatus, AgreementStatus
from concord.services.check import run_check
from concord.store.db import Store
from concord.store.models import (
    Action, Agreement, Alliance, DecisionNotice, Forum, Meeting, Paper, Project, ReviewItem,
)
from concord.domain.vocab import ReviewState


@dataclass
class Status:
    database: str
    as_of: dt.date
    counts: dict[str, int]
    agreements: list[tuple[str, dt.date | None, dt.date | None]]
    next_meetings: list[tuple[str, dt.date]]
    findings: list[Finding] = field(default_factory=list)


COUNTED = {
    "alliances and programmes": Alliance,
    "agreements": Agreement,
    "forums": Forum,
    "meetings": Meeting,
    "papers": Paper,
    "decision notices": DecisionNotice,
    "projects": Project,
}


def status(store: Store, as_of: dt.date) -> Status:
    with store.reading() as s:
        counts = {name: s.scalar(sa.select(sa.func.count()).select_from(m)) for name, m in COUNTED.items()}
        counts["open actions"] = s.scalar(
            sa.select(sa.func.count()).select_from(Action).where(Action.status == ActionStatus.OPEN))
        counts["records awaiting review"] = s.scalar(
            sa.select(sa.func.count()).select_from(ReviewItem).where(ReviewItem.state == ReviewState.PENDING))
        agreements = s.execute(
            sa.select(Agreement.title, Agreement.review_date, Agreement.end_date)
            .where(Agreement.status == AgreementStatus.IN_FORCE)
            .order_by(Agreement.end_date.is_(None), Agreement.end_date, Agreement.title).limit(12)).all()
        meetings = s.execute(
            sa.select(Forum.name, Meeting.date).join(Forum, Forum.id == Meeting.forum_id)
            .where(Meeting.date >= as_of).order_by(Meeting.date).limit(5)).all()
    return Status(
        database=_describe(store),
        as_of=as_of,
        counts=counts,
        agreements=[tuple(r) for r in agreements],
        next_meetings=[tuple(r) for r in meetings],
        findings=run_check(store, as_of),
    )


def _describe(store: Store) -> str:
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.host}:{url.port or 5432}/{url.database}"

