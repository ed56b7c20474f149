"""What the core benchmark generates: its scale, the reference ids it builds on, and the findings it seeds.

`TARGETS` are the full-scale row counts (scale 1.0); `Plan` counts the rows
actually written per table and, in `Plan.expected`, the problems seeded on
purpose for `concord check` to find as of `AS_OF`. `notice_prefixes`,
`spread` and `add_months` are the small pure helpers the row generators share.
"""

from __future__ import annotations

import datetime as dt
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

DAY = dt.timedelta(days=1)


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


def spread(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights` by the largest-remainder method."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    short = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:short]:
        out[i] += 1
    return out


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise AssertionError

