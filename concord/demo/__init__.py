"""The demo data set: a register filled from the facts of the seed papers.

Written for Concord from the facts (names of bodies, dates, amounts,
references, people as printed) in `../shared/seeds/` 000, 001 and 004;
no text of the papers is copied. What the seeds do not say and the demo
needs (NREs of six forces, renewal letters, dispatch dates, action
statuses) is invented and marked "demo:" where it is set.

    with store.transaction() as session:
        added = load_demo(session)

Idempotent: every row is looked up by a natural key (slug, reference,
(forum, date), (table, position)...) and added only when missing, so a
second call adds nothing and every count it returns is zero. Reference
data (forces, policing bodies, offices) must already be there.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from concord.demo import (
    agreements as demo_agreements, capital as demo_capital, alliances as demo_alliances, decisions as demo_decisions,
    finance as demo_finance, forums as demo_forums, meetings as demo_meetings, projects as demo_projects,
    revenue as demo_revenue,
)
from concord.demo.base import Loader


def load_demo(session: Session) -> dict[str, int]:
    """Add whatever of the demo data set is missing; return how many rows of each kind were added."""
    ld = Loader(session)
    alliances = demo_alliances.load(ld)
    agreements = demo_agreements.load(ld, alliances)
    forums = demo_forums.load(ld, alliances, agreements)
    meetings = demo_meetings.load(ld, forums)
    demo_decisions.load(ld, agreements, forums, meetings)
    demo_agreements.follow_through(ld, agreements)
    demo_finance.load(ld, meetings)
    demo_revenue.load(ld)
    demo_capital.load(ld)
    demo_capital.load_recharges(ld)
    demo_projects.load(ld, alliances, forums)
    demo_capital.load_savings(ld)
    session.flush()
    return ld.counts()
