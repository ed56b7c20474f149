"""The titles of offices (corporations sole) on a given date.

Parties are offices, not people (rule 13), and an office's title changes
with the law: a Police and Crime Commissioner who takes on the fire and
rescue service becomes a Police, Fire and Crime Commissioner; a police
area can be renamed; a mayor can take on a commissioner's functions.
A paper dated before a change names the office as it was then.

`office_title(force_id, kind, on)` is the title on that date; with no
date, today's. Earlier titles are kept in `EARLIER` with the day the next
title took effect, each checked against a public source:

- Essex: PCC → PFCC, 1 October 2017 (the first PFCC).
- Staffordshire: PCC → PFCC, 1 August 2018.
- North Yorkshire: PCC → PFCC, 15 November 2018; the PFCC's functions
  passed to the Mayor of York and North Yorkshire on 7 May 2024.
- Northamptonshire: PCC → PFCC, 1 January 2019.
- Cumbria: PCC → PFCC, 1 April 2023.
- Hampshire: the police area became "Hampshire and Isle of Wight"
  (regulations approved in July 2022); the force's new name was marked
  on 16 November 2022, the date used here.
The City of London has no chief constable: its chief officer is the
Commissioner of Police of the City of London, and its policing body is
the Common Council of the City of London.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from concord.domain.errors import DomainError
from concord.domain.forces import ForceRef, force
from concord.domain.vocab import OfficeKind

CHIEF, BODY = OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY

#: today's titles where the rule "The Chief Constable of <force>" / "The <policing body>" does not give them
CURRENT: dict[tuple[str, OfficeKind], str] = {
    ("metropolitan", CHIEF): "The Commissioner of Police of the Metropolis",
    ("city-of-london", CHIEF): "The Commissioner of Police of the City of London",
    ("city-of-london", BODY): "The Common Council of the City of London",
    ("hampshire", BODY): "The Police and Crime Commissioner for Hampshire and Isle of Wight",
}


@dataclass(frozen=True)
class EarlierTitle:
    force_id: str
    kind: OfficeKind
    title: str
    until: dt.date  # the day the next title took effect


EARLIER: tuple[EarlierTitle, ...] = (
    EarlierTitle("essex", BODY, "The Police and Crime Commissioner for Essex", dt.date(2017, 10, 1)),
    EarlierTitle("staffordshire", BODY, "The Police and Crime Commissioner for Staffordshire", dt.date(2018, 8, 1)),
    EarlierTitle("north-yorkshire", BODY, "The Police and Crime Commissioner for North Yorkshire",
                 dt.date(2018, 11, 15)),
    EarlierTitle("north-yorkshire", BODY, "The Police, Fire and Crime Commissioner for North Yorkshire",
                 dt.date(2024, 5, 7)),
    EarlierTitle("northamptonshire", BODY, "The Police and Crime Commissioner for Northamptonshire",
                 dt.date(2019, 1, 1)),
    EarlierTitle("cumbria", BODY, "The Police and Crime Commissioner for Cumbria", dt.date(2023, 4, 1)),
    EarlierTitle("hampshire", CHIEF, "The Chief Constable of Hampshire Constabulary", dt.date(2022, 11, 16)),
    EarlierTitle("hampshire", BODY, "The Police and Crime Commissioner for Hampshire", dt.date(2022, 11, 16)),
)


def current_title(ref: ForceRef, kind: OfficeKind) -> str:
    """Today's title of a force's chief officer or policing body."""
    kind = OfficeKind(kind)
    if (ref.id, kind) in CURRENT:
        return CURRENT[(ref.id, kind)]
    if kind is CHIEF:
        return f"The Chief Constable of {ref.name}"
    return ref.policing_body if ref.policing_body.startswith("The ") else f"The {ref.policing_body}"


def office_title(force_id: str, kind: OfficeKind | str, on: dt.date | None = None) -> str:
    """The title of a force's chief officer or policing body on `on` (today's when None)."""
    ref = force(force_id)
    try:
        kind = OfficeKind(kind)
    except ValueError:
        raise DomainError("kind", kind, "must be " + " or ".join(k.value for k in OfficeKind)) from None
    if on is not None:
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            raise DomainError("on", on, "must be a date (YYYY-MM-DD)")
        for earlier in sorted((e for e in EARLIER if (e.force_id, e.kind) == (ref.id, kind)), key=lambda e: e.until):
            if on < earlier.until:
                return earlier.title
    return current_title(ref, kind)


@dataclass(frozen=True)
class TitleSpan:
    """One title an office has held: from a day (None: since before the register knows) until the
    day the next took effect (None: it still holds it)."""

    title: str
    since: dt.date | None
    until: dt.date | None


def title_history(force_id: str, kind: OfficeKind | str) -> list[TitleSpan]:
    """Every title of a force's chief officer or policing body, oldest first, ending with today's."""
    ref = force(force_id)
    try:
        kind = OfficeKind(kind)
    except ValueError:
        raise DomainError("kind", kind, "must be " + " or ".join(k.value for k in OfficeKind)) from None
    earlier = sorted((e for e in EARLIER if (e.force_id, e.kind) == (ref.id, kind)), key=lambda e: e.until)
    out, since = [], None
    for e in earlier:
        out.append(TitleSpan(e.title, since, e.until))
        since = e.until
    out.append(TitleSpan(current_title(ref, kind), since, None))
    return out
