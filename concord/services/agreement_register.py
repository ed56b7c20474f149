"""The one query of where agreements stand on a day, for `status` and `check` alike.

`concord status` lists the agreements in force on a day and `concord
check` reports what needs doing about them; both read them here, so they
cannot disagree: an agreement not yet in force, or ended, is never "in
force" in one and ended in the other. Set-based SQL on light table handles
(no ORM), then the domain's pure rules: the state on the day
(`state_on`) and rule 1 (`parties_at_end`, `unrenewed_parties`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import agreements as rules
from concord.domain.vocab import AgreementStatus
from concord.store import light as t


@dataclass(frozen=True)
class AgreementOnDay:
    id: int
    slug: str
    title: str
    state: str
    start_date: dt.date | None
    review_date: dt.date | None
    last_reviewed_on: dt.date | None
    end_date: dt.date | None
    notice_period_months: int | None
    notice_to: str | None
    committed_for_duration: bool


def _agreements_on(conn: sa.Connection, as_of: dt.date, horizon: dt.date | None = None) -> list[AgreementOnDay]:
    """Every agreement of the live register (not drafts, not those recorded as ended
    history) with its state on `as_of` from its dates, soonest end first; with a
    `horizon`, only those whose review or end date falls by then."""
    a = t.agreement.c
    q = (sa.select(a.id, a.slug, a.title, a.start_date, a.review_date, a.last_reviewed_on, a.end_date,
                   a.notice_period_months, a.notice_to, a.committed_for_duration)
         .where(a.status == AgreementStatus.IN_FORCE.value)
         .order_by(a.end_date.is_(None), a.end_date, a.title))
    if horizon is not None:
        q = q.where(sa.or_(a.review_date <= horizon, a.end_date <= horizon))
    return [AgreementOnDay(r.id, r.slug, r.title, rules.state_on(r.start_date, r.end_date, as_of).value, r.start_date,
                           r.review_date, r.last_reviewed_on, r.end_date, r.notice_period_months, r.notice_to,
                           bool(r.committed_for_duration)) for r in conn.execute(q)]


def _in_force(conn: sa.Connection, as_of: dt.date) -> list[AgreementOnDay]:
    return [r for r in _agreements_on(conn, as_of) if r.state == rules.State.IN_FORCE.value]


def _not_yet_renewed(conn: sa.Connection, ending: dict[int, dt.date], as_of: dt.date) -> dict[int, list[str]]:
    """For each agreement (id → end date), the parties still in at its end that have
    not renewed in writing in time, as known on `as_of` (rule 1, by the domain's function)."""
    if not ending:
        return {}
    p, o, r = t.agreement_party.c, t.office.c, t.renewal.c
    parties: dict[int, list[tuple[str, dt.date | None]]] = defaultdict(list)
    titles: dict[int, str] = {}
    for agreement_id, office_id, title, left_on in conn.execute(
            sa.select(p.agreement_id, p.office_id, o.title, p.left_on).join(t.office, o.id == p.office_id)
            .where(p.agreement_id.in_(list(ending))).order_by(p.agreement_id, p.id)):
        parties[agreement_id].append((str(office_id), left_on))
        titles[office_id] = title
    renewals: dict[int, list[rules.Renewal]] = defaultdict(list)
    for agreement_id, office_id, renewed_on, new_end, writing in conn.execute(
            sa.select(r.agreement_id, r.office_id, r.renewed_on, r.new_end_date, r.in_writing)
            .where(r.agreement_id.in_(list(ending)), r.renewed_on <= as_of)):
        renewals[agreement_id].append(rules.Renewal(str(office_id), new_end, bool(writing), renewed_on))
    out = {}
    for agreement_id, end in ending.items():
        at_end = rules.parties_at_end(parties.get(agreement_id, []), end)
        out[agreement_id] = [titles[int(k)] for k in rules.unrenewed_parties(at_end, renewals[agreement_id], end)]
    return out
