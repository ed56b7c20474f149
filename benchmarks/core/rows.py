"""The row generator: every table's rows, seeded and in dependency order.

`Generator.tables()` yields a `TableData` per table; its rows are tuples in
`columns` order, made lazily. This module holds the generator itself, its
helpers and the small tables (alliances, forums, terms of reference,
decision notices); the larger families are mixins in `rows_agreements`,
`rows_meetings` and `rows_finance`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from plan import FIRST_FY, REGIONS, SEED, TARGETS, YEARS, Plan, Reference, notice_prefixes, spread
from rows_agreements import AgreementRows
from rows_finance import FinanceRows
from rows_meetings import MeetingRows
from vocabulary import FUNCTIONS, NOTICE_SUBJECTS

Rows = Iterable[tuple]


@dataclass
class TableData:
    name: str
    columns: tuple[str, ...]
    rows: Rows


class Generator(AgreementRows, MeetingRows, FinanceRows):
    """Yields every table's rows in dependency order. Rows are tuples in `columns` order.

    `date_out` turns a date into what the driver needs (ISO text for
    sqlite3, the date itself for psycopg), `time_out` likewise.
    """

    def __init__(self, ref: Reference, scale: float = 1.0, seed: int = SEED,
                 date_out: Callable = lambda d: d, time_out: Callable = lambda t: t) -> None:
        if not 0 < scale <= 1:
            raise ValueError("scale must be in (0, 1]")
        self.ref, self.scale, self.seed = ref, scale, seed
        self.D, self.T = date_out, time_out
        self.plan = Plan()
        self.prefix = notice_prefixes(ref)
        self.region_of = {f: r for r, fs in REGIONS.items() for f in fs}
        missing = set(ref.forces) - set(self.region_of)
        if missing:
            raise ValueError(f"forces without a region: {sorted(missing)}")
        self._ids = dict(ref.start_ids)

    # helpers
    def rng(self, *key: object) -> random.Random:
        return random.Random(f"{self.seed}:" + ":".join(map(str, key)))

    def n(self, table: str) -> int:
        return max(1, round(TARGETS[table] * self.scale))

    def next_id(self, table: str) -> int:
        i = self._ids.get(table, 1)
        self._ids[table] = i + 1
        return i

    def _count(self, table: str, rows: Rows) -> Iterator[tuple]:
        n = 0
        for r in rows:
            n += 1
            yield r
        self.plan.rows[table] = self.plan.rows.get(table, 0) + n

    def _t(self, name: str, columns: str, rows: Rows) -> TableData:
        return TableData(name, tuple(columns.split()), self._count(name, rows))

    # the order matters: later tables refer to ids made by earlier ones
    def tables(self) -> Iterator[TableData]:
        yield self._t("alliance", "id version slug name kind host_force_id", self.alliances())
        yield self._t("alliance_member", "id version alliance_id force_id joined_on", self.alliance_members())
        yield from self.agreement_tables()
        yield self._t("forum", "id version slug name kind alliance_id policing_body_id agreement_id public "
                      "in_principle_only notice_clear_days", self.forums())
        yield self._t("terms_of_reference", "id version forum_id adopted_on purpose frequency chair quorum",
                      self.terms())
        yield self._t("decision_notice", "id version marking held_until_approved policing_body_id reference "
                      "year number subject decision_text decision_maker contact_officer signed_on "
                      "published_on significant_public_interest", self.decision_notices())
        self.schedule()
        yield self._t("meeting", "id version marking held_until_approved forum_id date time venue status public",
                      self.meetings())
        yield self._t("agenda_item", "id version meeting_id position number title needs_decision",
                      self.agenda_items())
        yield self._t("paper", "id version marking held_until_approved meeting_id agenda_item_id title to "
                      "author date purpose recommendations contact_officer dispatched_on needs_decision",
                      self.papers())
        yield self._t("minute", "id version marking held_until_approved approved_on meeting_id status "
                      "approved_at_meeting_id text", self.minutes())
        yield self._t("action", "id version meeting_id agenda_item_id number item text owner due status "
                      "completed_on", self.actions())
        self.plan_tables()
        yield self._t("financial_table", "id version marking held_until_approved policing_body_id kind title "
                      "financial_year period unit monitoring", self.financial_tables())
        yield self._t("budget_line", "id version table_id position label is_total full_year_budget ytd_budget "
                      "actual forecast section", self.budget_lines())

    # ------------------------------------------------------------- alliances
    def alliances(self) -> Iterator[tuple]:
        self.alliance_ids: dict[str, int] = {}
        self.alliance_forces: dict[str, tuple[str, ...]] = {}
        for region, forces in REGIONS.items():
            forces = tuple(f for f in forces if f in self.ref.body_id)
            if len(forces) < 2:
                continue
            aid = self.next_id("alliance")
            self.alliance_ids[region] = aid
            self.alliance_forces[region] = forces
            slug = "bench-" + region.lower().replace(" ", "-")
            kind = "alliance" if len(forces) <= 4 else "programme"
            yield (aid, 1, slug, f"{region} Police Collaboration Programme", kind, forces[0])

    def alliance_members(self) -> Iterator[tuple]:
        for region, aid in self.alliance_ids.items():
            for f in self.alliance_forces[region]:
                yield (self.next_id("alliance_member"), 1, aid, f, self.D(dt.date(2012, 4, 1)))

    # ---------------------------------------------------------------- forums
    #: (slug suffix, name, kind, meetings a year, public, in principle only, clear days)
    BODY_FORUMS = (
        ("sgb", "Strategic Governance Board", "board", 12, False, False, 2),
        ("edm", "Executive Decision Meeting", "board", 20, False, False, 2),
        ("jac", "Joint Audit Committee", "committee", 5, True, False, 5),
        ("pcp", "Police and Crime Panel", "panel", 6, True, False, 5),
    )
    ALLIANCE_FORUMS = (
        ("summit", "Summit", "summit", 4, False, True, 2),
        ("oversight", "Oversight Group", "oversight", 12, False, True, 2),
    )

    def forums(self) -> Iterator[tuple]:
        self.forum_list: list[tuple[int, str, int, int, str]] = []  # id, name, per year, clear days, area
        for f in self.ref.forces:
            short = self.ref.short_names[f]
            for suffix, name, kind, per_year, public, ip, clear in self.BODY_FORUMS:
                fid = self.next_id("forum")
                self.forum_list.append((fid, f"{short} {name}", per_year, clear, f))
                yield (fid, 1, f"bench-{f}-{suffix}", f"{short} {name}", kind, None, self.ref.body_id[f], None,
                       public, ip, clear)
        for region, aid in self.alliance_ids.items():
            for suffix, name, kind, per_year, public, ip, clear in self.ALLIANCE_FORUMS:
                fid = self.next_id("forum")
                self.forum_list.append((fid, f"{region} {name}", per_year, clear, region))
                slug = "bench-" + region.lower().replace(" ", "-") + "-" + suffix
                yield (fid, 1, slug, f"{region} {name}", kind, aid, None, self.agreement_by_region.get(region),
                       public, ip, clear)

    def terms(self) -> Iterator[tuple]:
        for fid, name, per_year, _clear, _area in self.forum_list:
            yield (self.next_id("terms_of_reference"), 1, fid, self.D(dt.date(FIRST_FY, 4, 1)),
                   f"Terms of reference of the {name}", f"{per_year} meetings a year", "Chair by rotation",
                   "Half the voting members")

    # ------------------------------------------------------ decision notices
    def decision_notices(self) -> Iterator[tuple]:
        rng = self.rng("notices")
        n = self.n("decision_notice")
        years = range(FIRST_FY, FIRST_FY + YEARS)
        seqs = [(f, y) for f in self.ref.forces for y in years]
        if n < 100 * len(seqs):  # small scales: fewer bodies and years, each with a real sequence
            keep = sorted(rng.sample(range(len(seqs)), max(1, n // 100)))
            seqs = [seqs[i] for i in keep]
        size = {f: 0.5 + self.rng("size", f).random() for f in self.ref.forces}
        counts = spread(n, [size[f] * (0.8 + 0.4 * self.rng("ny", f, y).random()) for f, y in seqs])
        eligible = [i for i, c in enumerate(counts) if c >= 3]
        n_gaps = min(len(eligible), max(1, round(12 * self.scale)) if eligible else 0)
        gap_seqs = set(rng.sample(eligible, n_gaps))
        self.plan.expected["decision_notice_gap"] = n_gaps
        for i, ((f, year), count) in enumerate(zip(seqs, counts)):
            if not count:
                continue
            skip = rng.randint(2, count) if i in gap_seqs else None  # a number after the first is missing
            number = 0
            prefix = self.prefix[f]
            days = sorted(rng.randrange(0, 365) for _ in range(count))
            for k in range(count):
                number += 1
                if number == skip:
                    number += 1
                signed = dt.date(year, 1, 1) + dt.timedelta(days=days[k])
                t = rng.choice(FUNCTIONS)
                yield (self.next_id("decision_notice"), 1, "OFFICIAL", False, self.ref.body_id[f],
                       f"{prefix}{year}-{number:03d}", year, number, rng.choice(NOTICE_SUBJECTS).format(t=t),
                       f"The Commissioner approved the recommendation on {t.lower()}.",
                       self.ref.body_name[f], f"Governance Officer, {self.ref.short_names[f]}",
                       self.D(signed), self.D(signed + dt.timedelta(days=rng.randint(0, 7))), True)
