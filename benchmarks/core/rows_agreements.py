"""Rows for agreements and what hangs off them: parties, versions, renewals, withdrawal notices.

A mixin of `rows.Generator`: it relies on the generator's `ref`, `plan`,
`rng`, `n`, `next_id`, `_t`, `D` and the alliances made before it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from plan import AS_OF, DAY, FIRST_DAY, add_months
from vocabulary import FUNCTIONS

if TYPE_CHECKING:
    from rows import TableData


class AgreementRows:
    def agreement_tables(self) -> Iterator[TableData]:
        """Agreements first (in memory: ~2,000), then parties, versions, renewals, notices."""
        rng = self.rng("agreement")
        n = self.n("agreement")
        regions = list(self.alliance_ids)
        agreements, parties, versions, renewals, withdrawals = [], [], [], [], []
        horizon = AS_OF + dt.timedelta(days=90)
        for i in range(n):
            aid = self.next_id("agreement")
            national = rng.random() < 0.08
            if national:
                members = sorted(rng.sample(self.ref.forces, rng.randint(6, min(20, len(self.ref.forces)))))
                alliance_id, region = None, "National"
            else:
                region = rng.choice(regions)
                pool = self.alliance_forces[region]
                members = sorted(rng.sample(pool, rng.randint(2, len(pool))))
                alliance_id = self.alliance_ids[region] if rng.random() < 0.75 else None
            function = rng.choice(FUNCTIONS)
            start = FIRST_DAY.replace(year=2010) + dt.timedelta(days=rng.randrange(0, (AS_OF - dt.date(2010, 4, 1)).days))
            term = rng.choice((36, 48, 60, 60, 84, None))
            end = add_months(start, term) - DAY if term else None
            if end is not None and end < start:
                end = start
            # status and review: ended agreements are history; in-force ones mostly reviewed on time
            if end is not None and end < AS_OF and rng.random() < 0.9:
                status = "ended"
                review = min(end, add_months(start, 12))
            else:
                status = "in_force"
                lapsed = rng.random() < 0.03
                review = AS_OF - dt.timedelta(days=rng.randint(20, 300)) if lapsed else \
                    AS_OF + dt.timedelta(days=rng.randint(1, 540))
                if end is not None and review > end:
                    review = end - dt.timedelta(days=rng.randint(30, 120))
                if review < start:
                    review = start
            host = members[0]
            notice = rng.choice((None, None, 6, 12)) if status == "in_force" else None
            provision_type = rng.choice(("force", "policing_body_and_force", "policing_body_and_force"))
            title = f"{region} {function} Collaboration Agreement ({start.year})"
            agreements.append((
                aid, 1, "OFFICIAL", False, f"bench-agr-{aid:05d}", title, alliance_id, host, host, status,
                self.D(start), self.D(review), self.D(end) if end else None, term,
                "Renewal only by the written agreement of every party" if end else None,
                rng.randrange(50_000, 5_000_000) * 100, rng.choice(("nre_share", "equal", "fixed", "usage")),
                notice, f"The Chief Constable of {self.ref.short_names[host]}" if notice else None,
                f"To deliver {function.lower()} jointly for the parties", json.dumps([]),
            ))
            offices: list[tuple[int, str]] = []
            for f in members:
                offices.append((self.ref.cc_office[f], f))
                if provision_type != "force":
                    offices.append((self.ref.pb_office[f], f))
            for oid, _f in offices:
                parties.append((self.next_id("agreement_party"), 1, aid, oid, self.D(start), None))
            versions.append((self.next_id("agreement_version"), 1, aid, 1, "original", self.D(start),
                             "Original agreement", json.dumps({})))
            if end is not None and term and rng.random() < 0.2:
                old_end = add_months(start, max(12, term - 24)) - DAY
                eff = max(start, old_end - dt.timedelta(days=60))
                versions.append((self.next_id("agreement_version"), 1, aid, 2, "term_extended", self.D(eff),
                                 "Term extended by the written agreement of every party",
                                 json.dumps({"end_date": [old_end.isoformat(), end.isoformat()]})))
            # renewals for in-force agreements nearing (or past) their end
            if status == "in_force" and end is not None and end <= AS_OF + dt.timedelta(days=365):
                renewed_all = rng.random() < 0.5
                unrenewed = 0
                for oid, _f in offices:
                    if renewed_all or rng.random() < 0.6:
                        renewals.append((self.next_id("renewal"), 1, aid, oid,
                                         self.D(min(AS_OF, end) - dt.timedelta(days=rng.randint(5, 200))),
                                         self.D(add_months(end, 36)), True, f"Letter {aid}-{oid}"))
                    else:
                        unrenewed += 1
                if end <= horizon:
                    self.plan.add("agreement_expiry")
                    if notice:
                        self.plan.add("earliest_exit")
            if status == "in_force" and review <= horizon and (end is None or review <= end):
                self.plan.add("agreement_review")
                if review < AS_OF:
                    self.plan.add("agreement_review_lapsed")
            if status == "in_force" and notice and rng.random() < 0.05:
                oid, _f = offices[-1]
                given = AS_OF - dt.timedelta(days=rng.randint(30, 300))
                exit_on = add_months(given, notice)
                withdrawals.append((self.next_id("withdrawal_notice"), 1, aid, oid, self.D(given), self.D(exit_on)))
                if AS_OF <= exit_on <= horizon:
                    self.plan.add("earliest_exit")
        yield self._t("agreement", "id version marking held_until_approved slug title alliance_id lead_force_id "
                      "host_force_id status start_date review_date end_date original_term_months "
                      "renewal_terms annual_budget cost_basis notice_period_months notice_to objective covers",
                      agreements)
        self.agreement_by_region: dict[str, int] = {}
        for row in agreements:
            if row[6] is not None:
                self.agreement_by_region.setdefault(
                    next(r for r, a in self.alliance_ids.items() if a == row[6]), row[0])
        yield self._t("agreement_party", "id version agreement_id office_id joined_on left_on", parties)
        yield self._t("agreement_version", "id version agreement_id number kind effective_from summary changes",
                      versions)
        yield self._t("renewal", "id version agreement_id office_id renewed_on new_end_date in_writing reference",
                      renewals)
        yield self._t("withdrawal_notice", "id version agreement_id office_id given_on exit_on", withdrawals)
