"""Decision-notice numbers against the dates they were signed (rule 10).

Numbers are given in the order notices are signed, per body per year. A
new notice whose number is lower than that of a notice already signed
earlier in the year — or higher than one signed later — is out of order:
not refused (registers are often filled in late), but flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Signed:
    reference: str
    number: int
    signed_on: dt.date | None


def out_of_order(new: Signed, others: Iterable[Signed]) -> list[str]:
    """One line for each notice of the same body and year that `new` is out of order with."""
    if new.signed_on is None:
        return []
    flags = []
    for other in sorted(others, key=lambda o: o.number):
        if other.signed_on is None or other.number == new.number:
            continue
        if other.number > new.number and other.signed_on < new.signed_on:
            flags.append(f"{new.reference} (signed {new.signed_on.isoformat()}) has a lower number than "
                         f"{other.reference}, already signed earlier on {other.signed_on.isoformat()}")
        elif other.number < new.number and other.signed_on > new.signed_on:
            flags.append(f"{new.reference} (signed {new.signed_on.isoformat()}) has a higher number than "
                         f"{other.reference}, signed later on {other.signed_on.isoformat()}")
    return flags
