"""`concord status`: a readable summary of the register and of the day's check.

The agreements it lists as in force come from the same query as the
agreements `concord check` reports on (`agreement_register._agreements_on`),
so the two never disagree about an agreement not yet started or ended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.findings import Finding
from concord.domain.vocab import ActionStatus, ReviewState
from concord.services.agreement_register import _in_force
from concord.services.check import run_check
from concord.services.context import Context


@dataclass(frozen=True)
class AgreementLine:
    slug: str
    title: str
    review_date: dt.date | None
    end_date: dt.date | None


@dataclass(frozen=True)
class Status:
    database: str
    as_of: dt.date
    counts: dict[str, int]
    agreements: tuple[AgreementLine, ...]
    next_meetings: tuple[tuple[str, dt.date], ...]
    findings: tuple[Finding, ...] = field(default_factory=tuple)


def _counted():  # noqa: ANN202
    from concord.store import models as m

    return {
        "alliances and programmes": m.Alliance,
        "agreements": m.Agreement,
        "forums": m.Forum,
        "meetings": m.Meeting,
        "papers": m.Paper,
        "decision notices": m.DecisionNotice,
        "projects": m.Project,
    }


def status(ctx: Context, as_of: dt.date, limit: int = 12) -> Status:
    from concord.store import models as m

    ctx.require(Permission.REGISTER_READ)
    s = ctx.session
    counts = {name: s.scalar(sa.select(sa.func.count()).select_from(model)) or 0
              for name, model in _counted().items()}
    counts["open actions"] = s.scalar(
        sa.select(sa.func.count()).select_from(m.Action).where(m.Action.status == ActionStatus.OPEN)) or 0
    counts["records awaiting review"] = s.scalar(
        sa.select(sa.func.count()).select_from(m.ReviewItem).where(m.ReviewItem.state == ReviewState.PENDING)) or 0
    agreements = _in_force(s.connection(), as_of)[:limit]
    meetings = s.execute(
        sa.select(m.Forum.name, m.Meeting.date).join(m.Forum, m.Forum.id == m.Meeting.forum_id)
        .where(m.Meeting.date >= as_of).order_by(m.Meeting.date).limit(5)).all()
    return Status(
        database=_describe(ctx),
        as_of=as_of,
        counts=counts,
        agreements=tuple(AgreementLine(a.slug, a.title, a.review_date, a.end_date) for a in agreements),
        next_meetings=tuple((forum, day) for forum, day in meetings),
        findings=tuple(run_check(ctx, as_of)),
    )


def _describe(ctx: Context) -> str:
    url = ctx.store.engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.host}:{url.port or 5432}/{url.database}"
