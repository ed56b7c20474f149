"""Rule 17 per policing body, from the published records only.

The timings the law leaves open are settings, read from the environment
(days): CONCORD_PUBLISH_AGENDA_DAYS (agenda before a meeting),
CONCORD_PUBLISH_MINUTES_DAYS (minutes after it), CONCORD_PUBLISH_NOTICE_DAYS
(a decision notice after its signature). Unset, the defaults of
`concord.domain.publication.Timings` apply.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from concord.domain.errors import DomainError
from concord.domain.publication import MeetingFacts, NoticeFacts, Requirement, Timings, checklist
from concord.services import published, published_meetings
from concord.services.context import Context
from concord.services.published_types import PublishedBody

SETTINGS = {
    "agenda_days_before": "CONCORD_PUBLISH_AGENDA_DAYS",
    "minutes_days_after": "CONCORD_PUBLISH_MINUTES_DAYS",
    "notice_days_after": "CONCORD_PUBLISH_NOTICE_DAYS",
}


@dataclass(frozen=True)
class BodyChecklist:
    body: PublishedBody
    as_of: dt.date
    timings: Timings
    requirements: tuple[Requirement, ...]


def timings(environ: dict[str, str] | None = None) -> Timings:
    """The publication timings: the settings in the environment, else the defaults."""
    env = os.environ if environ is None else environ
    values: dict[str, int] = {}
    for field, name in SETTINGS.items():
        raw = env.get(name)
        if raw is None or not raw.strip():
            continue
        if not raw.strip().isdigit():
            raise DomainError(name, raw, "must be a whole number of days")
        values[field] = int(raw.strip())
    return Timings(**values)


def body_checklist(ctx: Context, slug: str, as_of: dt.date | None = None) -> BodyChecklist | None:
    """What the Order requires of one policing body, what Concord publishes, and what is late or missing."""
    body = published.body(ctx, slug)
    if body is None:
        return None
    day = as_of or dt.date.today()
    forums = {f.slug for f in published.body_forums(ctx, slug)}
    meetings = [MeetingFacts(f"{mt.forum_name}, {mt.date:%-d %B %Y}", mt.date, bool(mt.items), len(mt.papers),
                             mt.minutes is not None, mt.status == "cancelled")
                for mt in published_meetings.meetings(ctx, as_of=day, forums=forums)]
    notices = [NoticeFacts(n.reference, n.signed_on, n.published_on)
               for n in published.decision_notices(ctx, policing_body=slug, as_of=day)]
    parties = published.agreements_of_force(ctx, body.force_id)
    t = timings()
    return BodyChecklist(body, day, t, tuple(checklist(meetings, notices, len(parties), day, t)))
