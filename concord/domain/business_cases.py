"""Business cases: stages and gateway reviews (rule 19).

Started by the integrator with the enums the store needs: extend this
module with the rules; keep the names and values of the enums.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """HM Treasury Five Case Model stages, in order."""

    SOBC = "SOBC"  # Strategic Outline Business Case
    OBC = "OBC"    # Outline Business Case
    FBC = "FBC"    # Full Business Case


class DeliveryConfidence(StrEnum):
    GREEN = "Green"
    AMBER_GREEN = "Amber/Green"
    AMBER = "Amber"
    AMBER_RED = "Amber/Red"
    RED = "Red"
