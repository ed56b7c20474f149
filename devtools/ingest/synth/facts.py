"""Random facts for synthetic papers: people, forces, offices, dates, money
and filler prose. Everything is invented or comes from the force
reference data; nothing is taken from the sample papers."""

from __future__ import annotations

import datetime as dt
import random

from concord.domain.forces import FORCES

FIRST = ["Amira", "Bryn", "Carys", "Dev", "Elspeth", "Femi", "Gareth", "Hana", "Idris", "Jun", "Keira", "Lorcan",
         "Maya", "Nadia", "Owain", "Priya", "Quentin", "Rosa", "Sanjay", "Tamsin", "Umar", "Vivienne", "Wes",
         "Xander", "Yasmin", "Zoltan", "Bethan", "Callum", "Delyth", "Eamon", "Fiona", "Gideon", "Hollie", "Ifan"]
LAST = ["Ashdown", "Brackley", "Carrow", "Dunmore", "Ellery", "Fairweather", "Gaskell", "Holloway", "Iveson",
        "Jessop", "Kettering", "Lindqvist", "Marchetti", "Nwosu", "Okafor", "Pennington", "Quayle", "Rutherford",
        "Sefton", "Thorley", "Underhill", "Vasquez", "Whitlock", "Yardley", "Zielinski", "Abernethy", "Balogun",
        "Cartwright", "Devereux", "Eastwood", "Fenwick", "Greaves", "Hartigan", "Ibbotson"]
TITLES = ["Chief Executive", "Chief Finance Officer", "Deputy Chief Constable", "Assistant Chief Constable",
          "Head of Governance", "Director of Finance and Resources", "Head of Estates", "Policy Officer",
          "Head of Corporate Development", "Programme Manager", "Governance Officer", "Head of Procurement"]
HONORIFICS = ["", "", "", "Dr ", "Mr ", "Ms ", "Mrs ", "Supt ", "T/Ch Insp "]
FORUMS = ["Executive Governance Board", "Strategic Governance Board", "Joint Audit Committee",
          "Accountability Board", "Joint Chief Officer Board", "Collaboration Oversight Board",
          "Police and Crime Panel", "Alliance Summit", "Strategic Resources Board"]
FROM_ROLES = ["Chief Executive", "Chief Constable", "Chief Finance Officer", "Deputy Chief Constable",
              "Director of Finance", "Head of Collaboration", "Monitoring Officer"]
VENUES = ["Committee Room 1, Force Headquarters", "Room 3B, Police Headquarters", "Council Chamber, County Hall",
          "Board Room, OPCC Offices", "Virtual meeting (Microsoft Teams)", "Training Suite, Northgate Station"]
TOPICS = ["Fleet Management", "Firearms Training", "Forensic Services", "Digital Evidence Storage", "Custody Health",
          "Control Room Resilience", "Vetting", "Occupational Health", "Procurement", "Legal Services",
          "Roads Policing", "Dog Support", "Air Support", "Cyber Crime", "Payroll Services", "Estates Maintenance",
          "Learning and Development", "Professional Standards", "Victim Services", "Drone Capability"]
RAG = ["Green", "Amber", "Red", "Amber/Green", "Amber/Red"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

_S1 = ["The {t} workstream", "The programme board", "The project team", "The collaboration team",
       "The lead force", "The finance working group", "The joint governance board"]
_S2 = ["has continued to review", "has made steady progress on", "is still assessing", "has reported on",
       "will bring forward proposals for", "has agreed the scope of", "is consulting staff on"]
_S3 = ["the options for a single operating model", "the alignment of policies and procedures",
       "the benefits realisation plan", "the transition of staff to the new structure",
       "the risks recorded on the programme register", "the timetable for implementation",
       "the savings profile over the medium term", "the equality impact assessment"]
_S4 = ["", " in line with the agreed timetable", " subject to further approval", " and will report back in due course",
       " with support from the partner forces", " ahead of the next meeting of the board"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = person(rng)
        if p not in out:
            out.append(p)
    return out


def printed(rng: random.Random, name: str, with_title: bool = True) -> str:
    """A name as papers print it: sometimes an honorific before, a job title after."""
    s = rng.choice(HONORIFICS) + name
    return f"{s}, {rng.choice(TITLES)}" if with_title else s


def forces(rng: random.Random, n: int) -> list[str]:
    return rng.sample(sorted(FORCES), n)


def force_name(rng: random.Random, fid: str) -> str:
    f = FORCES[fid]
    return rng.choice([f.name, f.name, f.short_name]) if f.territorial else f.name


def date(rng: random.Random, y0: int = 2014, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    style = rng.randrange(5) if style is None else style
    m = MONTHS[d.month - 1]
    return [f"{d.day} {m} {d.year}", f"{ordinal(d.day)} {m} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.strftime('%A')} {d.day} {m} {d.year}", f"{d.day} {m[:3]} {d.year}"][style]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def fy(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def money_words(rng: random.Random, gbp: int) -> str:
    """£1,250,000 / £1.25m / £1.25 million / £1,250k — all exact."""
    opts = [f"£{gbp:,}"]
    if gbp % 10_000 == 0:
        m = gbp / 1_000_000
        opts += [f"£{m:g}m", f"£{m:g} million"]
    if gbp % 1000 == 0:
        opts.append(f"£{gbp // 1000:,}k")
    return rng.choice(opts)


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(_S1)} {rng.choice(_S2)} {rng.choice(_S3)}{rng.choice(_S4)}."
    return s.replace("{t}", rng.choice(TOPICS))


def paragraph(rng: random.Random, n: int | None = None) -> str:
    return " ".join(sentence(rng) for _ in range(n or rng.randint(2, 5)))
