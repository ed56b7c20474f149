"""A national-scale register for the core benchmark, generated and bulk-loaded.

43 territorial forces of England and Wales over ten financial years
(2015/16 to 2024/25), at scale 1.0:

    ~2,000 agreements (parties are offices; renewals, versions, notices)
    50,000 decision notices, numbered per body per calendar year
    20,000 meetings of ~200 forums, with agenda items, papers and minutes
    200,000 actions
    1,000,000 revenue budget lines in 5,160 monthly monitoring tables

The data is seeded and deterministic: the same seed and scale give the
same rows. It holds a few deliberate problems for `concord check` to find
as of `AS_OF` (2025-01-15): gaps in decision-notice numbering (never
duplicates: the unique constraint (policing_body_id, year, number) forbids
them), papers sent too late for the notice rule, open actions past their
due date, printed totals that do not cast (and some that differ only by
rounding, which must NOT be flagged), lapsed reviews, agreements ending
without every party's written renewal, and withdrawal notices.
`Plan.expected` counts them, so the run can compare them with what the
check reports.

Loading: `load(url)` runs `concord.services.database.init` (Alembic schema
and reference data: forces, policing bodies, offices), then inserts every
table through the DBAPI connection, bypassing the ORM:

* SQLite: `sqlite3` `executemany` with positional tuples streamed from
  generators, in ONE transaction, with bulk-load PRAGMAs (journal in memory,
  synchronous OFF, foreign keys not checked per row, 256 MB page cache),
  then ANALYZE and the journal back to WAL. Foreign keys are proved by
  `PRAGMA foreign_key_check` in the test at small scale, and optionally
  after a full load (`check_foreign_keys=True`).
* PostgreSQL: `COPY ... FROM STDIN` per table (psycopg 3), one
  transaction, then the id sequences are moved past the loaded ids and
  the tables ANALYZEd.

Values are written as the store keeps them: money as integer PENCE (the
`Money` type's storage), enums by value, dates as ISO text on SQLite,
`version = 1` on every versioned row. Rows loaded this way write no audit
records (the audit trail is an ORM listener); that is deliberate for a
bulk load of synthetic data.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

SEED = 20250115
AS_OF = dt.date(2025, 1, 15)
FIRST_FY = 2015          # 2015/16
YEARS = 10               # to 2024/25
FIRST_DAY = dt.date(FIRST_FY, 4, 1)
LAST_DAY = dt.date(FIRST_FY + YEARS, 3, 31)

#: full-scale sizes (scale 1.0)
TARGETS = {
    "agreement": 2_000,
    "decision_notice": 50_000,
    "meeting": 20_000,
    "action": 200_000,
    "budget_line": 1_000_000,
}

#: the ten English and Welsh regions; every territorial force in exactly one
REGIONS: dict[str, tuple[str, ...]] = {
    "Eastern": ("bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"),
    "East Midlands": ("derbyshire", "leicestershire", "lincolnshire", "northamptonshire", "nottinghamshire"),
    "West Midlands": ("staffordshire", "warwickshire", "west-mercia", "west-midlands"),
    "North West": ("cheshire", "cumbria", "greater-manchester", "lancashire", "merseyside"),
    "North East": ("cleveland", "durham", "northumbria"),
    "Yorkshire and the Humber": ("humberside", "north-yorkshire", "south-yorkshire", "west-yorkshire"),
    "South East": ("hampshire", "surrey", "sussex", "thames-valley"),
    "South West": ("avon-and-somerset", "devon-and-cornwall", "dorset", "gloucestershire", "wiltshire"),
    "Wales": ("dyfed-powys", "gwent", "north-wales", "south-wales"),
    "London": ("city-of-london", "metropolitan"),
}

FUNCTIONS = (
    "Major Crime Investigation", "Firearms Training", "Forensic Services", "Professional Standards",
    "Occupational Health", "Legal Services", "Procurement", "Fleet Management", "ICT Shared Service",
    "Serious and Organised Crime", "Roads Policing", "Dog Section", "Collision Investigation",
    "Payroll and HR Transactional Services", "Cyber Crime Unit", "Economic Crime", "Vetting",
    "Learning and Development", "Witness Care", "Custody Health Care", "Criminal Justice Unit",
    "Armed Policing", "Public Order Training", "Digital Forensics", "Information Management",
)
DEPARTMENTS = (
    "Local Policing", "Crime and Justice", "Operational Support", "Specialist Operations",
    "Public Contact", "Corporate Services", "Estates", "ICT", "Fleet", "People Services",
    "Finance", "Professional Standards", "Office of the Commissioner", "Collaboration Contributions",
    "Capital Financing", "Central Costs",
)
SUBJECTIVES = (
    "Police officer pay", "Police staff pay", "PCSO pay", "Overtime", "Allowances", "Pensions",
    "Training", "Premises", "Transport", "Supplies and services", "Third party payments", "Income",
)
OWNERS = (
    "Chief Finance Officer", "Chief Executive", "Deputy Chief Constable", "Head of Estates",
    "Head of ICT", "Director of Finance", "Head of HR", "Head of Performance", "Monitoring Officer",
    "Head of Corporate Services", "Assistant Chief Constable", "Head of Procurement",
)
ACTION_TEXTS = (
    "Report back to the Board on {t} in six months",
    "Circulate the revised {t} paper to members",
    "Bring the {t} business case to the next meeting",
    "Confirm the savings profile for {t}",
    "Seek legal advice on the {t} agreement",
    "Update the risk register for {t}",
    "Arrange a workshop on {t} for members",
)
NOTICE_SUBJECTS = (
    "Approval of the {t} collaboration agreement", "Award of contract for {t}",
    "Revenue budget virement: {t}", "Capital scheme approval: {t}", "Variation of the {t} agreement",
    "Grant funding: {t}", "Disposal of property: {t}", "Precept and budget: {t}",
)
AGENDA_FIXED = ("Welcome and apologies", "Minutes of the previous meeting and matters arising")

DAY = dt.timedelta(days=1)


# --------------------------------------------------------------------------- plan

@dataclass
class Reference:
    """What `init` created that the generator refers to (ids from the database)."""

    forces: list[str]                           # territorial force ids, sorted
    short_names: dict[str, str]
    body_kind: dict[str, str]                   # force id -> pcc/pfcc/mayor/police-authority
    body_id: dict[str, int]                     # force id -> policing_body.id
    body_name: dict[str, str]
    cc_office: dict[str, int]                   # force id -> office id (chief constable)
    pb_office: dict[str, int]                   # force id -> office id (policing body)
    start_ids: dict[str, int] = field(default_factory=dict)  # table -> first free id


@dataclass
class Plan:
    """Counts of rows written per table and of the problems seeded on purpose."""

    rows: dict[str, int] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1, bucket: str = "expected") -> None:
        d = self.expected if bucket == "expected" else self.rows
        d[key] = d.get(key, 0) + n


def notice_prefixes(ref: Reference) -> dict[str, str]:
    """A unique decision-notice prefix per body: initials grown until unique, + PCC/PFCC/..."""
    words = {f: [w for w in f.split("-") if w not in ("and", "of", "the")] for f in ref.forces}
    rest = {f: "".join(ws) for f, ws in words.items()}
    code = {f: "".join(w[0] for w in ws) if len(ws) > 1 else ws[0][0] for f, ws in words.items()}
    used = {f: len(code[f]) if len(words[f]) > 1 else 1 for f in ref.forces}
    while True:
        groups: dict[str, list[str]] = {}
        for f in ref.forces:
            groups.setdefault(code[f], []).append(f)
        clashes = [fs for fs in groups.values() if len(fs) > 1]
        if not clashes:
            break
        for fs in clashes:
            for f in fs:
                # grow from the letters of the last word (multi-word) or the word itself
                src = words[f][-1] if len(words[f]) > 1 else rest[f]
                k = used[f] if len(words[f]) == 1 else len(code[f]) - len(words[f]) + 1
                code[f] = code[f] + (src[k] if k < len(src) else str(len(code[f])))
                used[f] += 1
    suffix = {"pcc": "PCC", "pfcc": "PFCC", "mayor": "DMPC", "police-authority": "PA"}
    return {f: code[f].upper() + suffix.get(ref.body_kind[f], "DN") for f in ref.forces}


def _spread(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights` by the largest-remainder method."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    short = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:short]:
        out[i] += 1
    return out


def _months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise AssertionError


# ---------------------------------------------------------------------- generator

Rows = Iterable[tuple]


@dataclass
class TableData:
    name: str
    columns: tuple[str, ...]
    rows: Rows


class Generator:
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
                      "financial_year period unit", self.financial_tables())
        yield self._t("budget_line", "id version table_id position label is_total full_year_budget ytd_budget "
                      "actual forecast", self.budget_lines())

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

    # ------------------------------------------------------------ agreements
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
            end = _months(start, term) - DAY if term else None
            if end is not None and end < start:
                end = start
            # status and review: ended agreements are history; in-force ones mostly reviewed on time
            if end is not None and end < AS_OF and rng.random() < 0.9:
                status = "ended"
                review = min(end, _months(start, 12))
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
                old_end = _months(start, max(12, term - 24)) - DAY
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
                                         self.D(_months(end, 36)), True, f"Letter {aid}-{oid}"))
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
                exit_on = _months(given, notice)
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
        counts = _spread(n, [size[f] * (0.8 + 0.4 * self.rng("ny", f, y).random()) for f, y in seqs])
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

    # -------------------------------------------------------------- meetings
    def schedule(self) -> None:
        """Every forum's meeting dates (on working days), then a seeded sample of the target size."""
        from concord.domain import calendar  # pure domain code: no store

        working = {}

        def next_working(d: dt.date) -> dt.date:
            while True:
                w = working.get(d)
                if w is None:
                    w = working[d] = calendar.is_working_day(d)
                if w:
                    return d
                d += DAY

        slots = []
        for fid, _name, per_year, clear, _area in self.forum_list:
            rng = self.rng("schedule", fid)
            step = 365 / per_year
            for y in range(FIRST_FY, FIRST_FY + YEARS):
                start = dt.date(y, 4, 1)
                last = None
                for k in range(per_year):
                    d = next_working(start + dt.timedelta(days=int(k * step) + rng.randint(0, max(0, int(step / 3)))))
                    if d > LAST_DAY or (last and d <= last):
                        continue
                    last = d
                    slots.append((fid, d, clear))
        n = self.n("meeting")
        if n < len(slots):
            keep = sorted(self.rng("sample-meetings").sample(range(len(slots)), n))
            slots = [slots[i] for i in keep]
        self.slots = slots
        self.latest = {}
        for _fid, d, clear in slots:
            if (d, clear) not in self.latest:
                self.latest[(d, clear)] = calendar.latest_dispatch_date(d, clear)

    def meetings(self) -> Iterator[tuple]:
        rng = self.rng("meetings")
        self.meeting_rows: list[tuple[int, int, dt.date, int, str]] = []  # id, forum, date, clear, status
        for fid, d, clear in self.slots:
            mid = self.next_id("meeting")
            status = "scheduled" if d > AS_OF else ("cancelled" if rng.random() < 0.01 else "held")
            self.meeting_rows.append((mid, fid, d, clear, status))
            yield (mid, 1, "OFFICIAL", False, fid, self.D(d), self.T(dt.time(10 if rng.random() < 0.6 else 14, 0)),
                   "Headquarters, Conference Room " + str(rng.randint(1, 4)), status, rng.random() < 0.3)

    def agenda_items(self) -> Iterator[tuple]:
        rng = self.rng("agenda")
        self.items: dict[int, list[tuple[int, str, str, bool]]] = {}
        for mid, _fid, _d, _clear, status in self.meeting_rows:
            k = rng.randint(4, 8)
            items = []
            for pos in range(1, k + 1):
                iid = self.next_id("agenda_item")
                title = AGENDA_FIXED[pos - 1] if pos <= 2 else f"{rng.choice(FUNCTIONS)} update"
                decide = pos > 2 and rng.random() < 0.3
                items.append((iid, str(pos), title, decide))
                yield (iid, 1, mid, pos, str(pos), title, decide)
            self.items[mid] = items

    def papers(self) -> Iterator[tuple]:
        rng = self.rng("papers")
        late_rate = 0.005
        for mid, _fid, d, clear, status in self.meeting_rows:
            for iid, number, title, decide in self.items[mid][2:]:
                if rng.random() < 0.45:
                    continue
                dispatched = None
                if status != "scheduled":
                    latest = self.latest[(d, clear)]
                    if rng.random() < late_rate and latest + DAY < d:
                        dispatched = min(d - DAY, latest + dt.timedelta(days=rng.randint(1, 2)))
                        self.plan.add("paper_late")
                    else:
                        dispatched = latest - dt.timedelta(days=rng.randint(0, 5))
                yield (self.next_id("paper"), 1, "OFFICIAL", False, mid, iid, title, "Members of the Board",
                       rng.choice(OWNERS), self.D(dispatched) if dispatched else None,
                       f"To update members on {title.lower()}", json.dumps(["Members note the report"]),
                       rng.choice(OWNERS), self.D(dispatched) if dispatched else None, decide)

    def minutes(self) -> Iterator[tuple]:
        by_forum: dict[int, list[tuple[int, dt.date]]] = {}
        for mid, fid, d, _clear, status in self.meeting_rows:
            if status == "held":
                by_forum.setdefault(fid, []).append((mid, d))
        for fid, ms in by_forum.items():
            for k, (mid, d) in enumerate(ms):
                nxt = ms[k + 1] if k + 1 < len(ms) else None
                if nxt:
                    yield (self.next_id("minute"), 1, "OFFICIAL", False, self.D(nxt[1]), mid, "approved", nxt[0],
                           "Minutes of the meeting.")
                else:
                    yield (self.next_id("minute"), 1, "OFFICIAL", True, None, mid, "draft", None,
                           "Draft minutes: PROTECT until approved.")

    def actions(self) -> Iterator[tuple]:
        rng = self.rng("actions")
        held = [m for m in self.meeting_rows if m[4] == "held"]
        n = self.n("action")
        counts = _spread(n, [0.3 + self.rng("aw", m[0]).random() * 1.4 for m in held]) if held else []
        for (mid, _fid, d, _clear, _status), k in zip(held, counts):
            items = self.items[mid]
            for j in range(k):
                iid, number, title, _decide = items[2 + j % (len(items) - 2)]
                due = d + dt.timedelta(days=rng.choice((14, 28, 42, 56, 91, 182)))
                r = rng.random()
                if due < AS_OF:
                    if r < 0.012:
                        status, done = "open", None
                        self.plan.add("action_overdue")
                    elif r < 0.03:
                        status, done = "dropped", None
                    else:
                        status, done = "done", min(AS_OF, due + dt.timedelta(days=rng.randint(-10, 10)))
                else:
                    status, done = ("open", None) if r < 0.75 else ("done", AS_OF - dt.timedelta(days=rng.randint(0, 5)))
                t = rng.choice(FUNCTIONS).lower()
                yield (self.next_id("action"), 1, mid, iid, f"{number}.{j + 1}", title,
                       rng.choice(ACTION_TEXTS).format(t=t), rng.choice(OWNERS), self.D(due), status,
                       self.D(done) if done else None)

    # ------------------------------------------------------------- finance
    def plan_tables(self) -> None:
        slots = [(f, y, p) for f in self.ref.forces for y in range(FIRST_FY, FIRST_FY + YEARS) for p in range(1, 13)]
        n_lines = self.n("budget_line")
        n_tables = max(1, min(len(slots), round(len(slots) * self.scale)))
        if n_tables < len(slots):
            keep = sorted(self.rng("sample-tables").sample(range(len(slots)), n_tables))
            slots = [slots[i] for i in keep]
        per = _spread(n_lines, [1.0] * len(slots))
        if min(per) < 2:
            raise ValueError("too few budget lines for the tables: raise the scale")
        rng = self.rng("casting")
        self.fin = []
        for (f, y, p), k in zip(slots, per):
            r = rng.random()
            fault = "wrong" if r < 0.005 else ("rounding" if r < 0.015 else None)
            if fault == "wrong":
                self.plan.add("total_does_not_cast")
            self.fin.append((self.next_id("financial_table"), f, y, p, k, fault))

    def financial_tables(self) -> Iterator[tuple]:
        for tid, f, y, p, _k, _fault in self.fin:
            yield (tid, 1, "OFFICIAL", False, self.ref.body_id[f], "revenue",
                   f"{self.ref.body_name[f]}: revenue budget monitoring {y}/{(y + 1) % 100:02d} month {p}",
                   y, p, "GBP")

    def budget_lines(self) -> Iterator[tuple]:
        labels = [f"{d}: {s}" for d in DEPARTMENTS for s in SUBJECTIVES]
        budgets: dict[tuple[str, int], list[int]] = {}
        next_id = self._ids.get("budget_line", 1)
        for tid, f, y, p, k, fault in self.fin:
            rows = k - 1  # the last line is the printed total
            base = budgets.get((f, y))
            if base is None or len(base) < rows:
                brng = self.rng("budget", f, y, len(base or ()))
                base = (base or []) + [brng.randrange(10_000, 4_000_000) * 100 for _ in range(rows - len(base or ()))]
                budgets[(f, y)] = base
            rng = random.Random(self.seed * 1_000_003 + tid)
            rnd = rng.random
            sums = [0, 0, 0, 0]
            for pos in range(rows):
                fyb = base[pos]
                label = labels[pos % len(labels)] if pos < len(labels) else f"{labels[pos % len(labels)]} ({pos // len(labels) + 1})"
                if pos % len(SUBJECTIVES) == len(SUBJECTIVES) - 1:  # income lines are negative
                    fyb = -fyb // 4
                ytd = fyb * p // 1200 * 100
                actual = int(ytd * (0.9 + 0.2 * rnd()))
                forecast = int(fyb * (0.95 + 0.1 * rnd())) // 100 * 100
                sums[0] += fyb; sums[1] += ytd; sums[2] += actual; sums[3] += forecast
                yield (next_id, 1, tid, pos + 1, label, False, fyb, ytd, actual, forecast)
                next_id += 1
            printed = list(sums)
            if fault == "wrong":
                printed[2] += rng.choice((-1, 1)) * rng.randrange(1_000, 250_000) * 100
            elif fault == "rounding":
                printed[0] += rng.choice((-1, 1)) * rng.randint(1, max(1, rows // 2)) * 100
            yield (next_id, 1, tid, rows + 1, "Total", True, *printed)
            next_id += 1
        self._ids["budget_line"] = next_id


# -------------------------------------------------------------------- loading

def read_reference(conn, tables: Iterable[str]) -> Reference:  # noqa: ANN001
    """Reference ids from a database `init` has filled (SQLAlchemy connection)."""
    import sqlalchemy as sa

    from concord.domain.forces import FORCES

    forces = sorted(f.id for f in FORCES.values() if f.territorial)
    bodies = {r.force_id: (r.id, r.name) for r in conn.execute(sa.text("SELECT id, force_id, name FROM policing_body"))}
    offices = {(r.kind, r.force_id): r.id for r in conn.execute(sa.text("SELECT id, kind, force_id FROM office"))}
    start = {}
    for t in tables:
        if t in ("force",):
            continue
        start[t] = (conn.execute(sa.text(f'SELECT MAX(id) FROM "{t}"')).scalar() or 0) + 1
    return Reference(
        forces=forces,
        short_names={f: FORCES[f].short_name for f in forces},
        body_kind={f: FORCES[f].policing_body_kind for f in forces},
        body_id={f: bodies[f][0] for f in forces},
        body_name={f: bodies[f][1] for f in forces},
        cc_office={f: offices[("chief_constable", f)] for f in forces},
        pb_office={f: offices[("policing_body", f)] for f in forces},
        start_ids=start,
    )


LOADED_TABLES = (
    "alliance", "alliance_member", "agreement", "agreement_party", "agreement_version", "renewal",
    "withdrawal_notice", "forum", "terms_of_reference", "decision_notice", "meeting", "agenda_item", "paper",
    "minute", "action", "financial_table", "budget_line",
)


def _check_columns(metadata, td: TableData) -> None:  # noqa: ANN001
    """Fail loudly if the models changed: unknown columns, or a required column left out."""
    table = metadata.tables[td.name]
    unknown = set(td.columns) - set(table.c.keys())
    if unknown:
        raise RuntimeError(f"{td.name}: no such columns {sorted(unknown)} (models changed?)")
    required = {c.name for c in table.c if not c.nullable and c.server_default is None and not c.primary_key}
    missing = required - set(td.columns)
    if missing:
        raise RuntimeError(f"{td.name}: required columns not generated {sorted(missing)} (models changed?)")


def load(url: str | None = None, scale: float = 1.0, seed: int = SEED, progress: Callable[[str], None] | None = None,
         check_foreign_keys: bool = False) -> dict:
    """Create the schema and reference data (`init`), then bulk-load the generated register.

    Returns {"backend", "scale", "seconds": {...}, "rows": {table: n}, "expected": {kind: n}, "as_of"}.
    Refuses a database that already holds benchmark rows.
    """
    import sqlalchemy as sa

    from concord.services import database
    from concord.store.base import Base
    from concord.store.db import Store

    say = progress or (lambda _m: None)
    t0 = time.perf_counter()
    store = Store(url, actor="benchmark")
    backend = store.backend
    database.init(store)
    t_init = time.perf_counter()
    with store.engine.connect() as conn:
        if conn.execute(sa.text("SELECT COUNT(*) FROM alliance WHERE slug LIKE 'bench-%'")).scalar():
            raise RuntimeError("this database already holds a benchmark data set: load into an empty one")
        ref = read_reference(conn, LOADED_TABLES)
    say(f"schema and reference data ready ({t_init - t0:.1f} s)")

    if backend == "sqlite":
        gen = Generator(ref, scale, seed, date_out=dt.date.isoformat,
                        time_out=lambda t: t.strftime("%H:%M:%S.%f"))
    else:
        gen = Generator(ref, scale, seed)
    prefixes = gen.prefix
    per_table: dict[str, float] = {}
    store.engine.dispose()  # SQLite leaves WAL only when no other connection is open
    raw = store.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        if backend == "sqlite":
            _load_sqlite(dbapi, gen, ref, prefixes, Base.metadata, per_table, say)
        elif backend == "postgresql":
            _load_postgresql(dbapi, gen, ref, prefixes, Base.metadata, per_table, say)
        else:
            raise RuntimeError(f"backend {backend!r} is not supported by the bulk loader")
    finally:
        raw.close()
    # a bulk load bypasses the ORM, so it works out the tables' casting status itself,
    # as every write through the store does (concord.store.casting)
    from concord.store.casting import refresh

    t_cast = time.perf_counter()
    with store.engine.begin() as conn:
        refresh(conn)
    per_table["casting status"] = round(time.perf_counter() - t_cast, 3)
    say(f"casting status of every table worked out ({per_table['casting status']:.1f} s)")
    t_load = time.perf_counter()
    fk_problems = None
    if check_foreign_keys and backend == "sqlite":
        with store.engine.connect() as conn:
            fk_problems = len(conn.execute(sa.text("PRAGMA foreign_key_check")).all())
    store.dispose()
    return {
        "backend": backend,
        "scale": scale,
        "seed": seed,
        "as_of": AS_OF.isoformat(),
        "seconds": {"init": round(t_init - t0, 3), "generate_and_insert": round(t_load - t_init, 3),
                    "total": round(t_load - t0, 3), "tables": per_table},
        "rows": dict(gen.plan.rows),
        "expected": dict(gen.plan.expected),
        "foreign_key_problems": fk_problems,
    }


def _load_sqlite(db, gen: Generator, ref: Reference, prefixes, metadata, per_table, say) -> None:  # noqa: ANN001
    db.commit()  # nothing open: PRAGMAs that change the journal cannot run in a transaction
    cur = db.cursor()
    mode = cur.execute("PRAGMA journal_mode=MEMORY").fetchone()[0]
    if mode.lower() != "memory":
        say(f"journal mode stays {mode}: another connection has the database open")
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.execute("PRAGMA cache_size=-262144")  # 256 MB
    cur.execute("PRAGMA temp_store=MEMORY")
    try:
        cur.execute("BEGIN")
        cur.executemany("UPDATE policing_body SET notice_prefix = ? WHERE id = ? AND notice_prefix IS NULL",
                        [(prefixes[f], ref.body_id[f]) for f in ref.forces])
        for td in gen.tables():
            _check_columns(metadata, td)
            t = time.perf_counter()
            marks = ", ".join("?" * len(td.columns))
            cols = ", ".join(f'"{c}"' for c in td.columns)
            cur.executemany(f'INSERT INTO "{td.name}" ({cols}) VALUES ({marks})', td.rows)
            per_table[td.name] = round(time.perf_counter() - t, 3)
            say(f"{td.name}: {gen.plan.rows.get(td.name, 0):,} rows in {per_table[td.name]:.1f} s")
        cur.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            cur.execute("ROLLBACK")
        raise
    finally:
        cur.execute("PRAGMA foreign_keys=ON")
    t = time.perf_counter()
    cur.execute("ANALYZE")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    per_table["analyze"] = round(time.perf_counter() - t, 3)


def _load_postgresql(db, gen: Generator, ref: Reference, prefixes, metadata, per_table, say) -> None:  # noqa: ANN001
    db.rollback()
    try:
        with db.cursor() as cur:
            cur.executemany("UPDATE policing_body SET notice_prefix = %s WHERE id = %s AND notice_prefix IS NULL",
                            [(prefixes[f], ref.body_id[f]) for f in ref.forces])
            for td in gen.tables():
                _check_columns(metadata, td)
                t = time.perf_counter()
                cols = ", ".join(f'"{c}"' for c in td.columns)
                with cur.copy(f'COPY "{td.name}" ({cols}) FROM STDIN') as copy:
                    for row in td.rows:
                        copy.write_row(row)
                per_table[td.name] = round(time.perf_counter() - t, 3)
                say(f"{td.name}: {gen.plan.rows.get(td.name, 0):,} rows in {per_table[td.name]:.1f} s")
            for name in LOADED_TABLES:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM \"{name}\"), 0) + 1, false)")
        db.commit()
    except BaseException:
        db.rollback()
        raise
    t = time.perf_counter()
    with db.cursor() as cur:
        for name in LOADED_TABLES:
            cur.execute(f'ANALYZE "{name}"')
    db.commit()
    per_table["analyze"] = round(time.perf_counter() - t, 3)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import resource

    ap = argparse.ArgumentParser(description="Generate the core benchmark register and bulk-load it.")
    ap.add_argument("--url", help="database URL (default: CONCORD_DATABASE_URL or ./concord.db)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--json", help="write the result (rows, expected findings, seconds) to this file")
    ap.add_argument("--check-foreign-keys", action="store_true", help="SQLite: run PRAGMA foreign_key_check after")
    args = ap.parse_args(argv)
    out = load(args.url, args.scale, args.seed, progress=lambda m: print("  " + m, flush=True),
               check_foreign_keys=args.check_foreign_keys)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    text = json.dumps(out, indent=2)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
