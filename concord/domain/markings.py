"""Protective markings (rules 11 and 18).

Started by the integrator with the enum the store needs: extend this
module with the rules; keep the names and values of `Marking`.
"""

from __future__ import annotations

from enum import StrEnum


class Marking(StrEnum):
    """Government Security Classifications (2014), in rising order."""

    OFFICIAL = "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"

    @property
    def level(self) -> int:
        return list(Marking).index(self)
