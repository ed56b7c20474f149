"""What `concord check` reports: one finding per thing a person should look at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    AGREEMENT_REVIEW = "agreement_review"
    AGREEMENT_EXPIRY = "agreement_expiry"
    EARLIEST_EXIT = "earliest_exit"
    ACTION_OVERDUE = "action_overdue"
    NOTICE_NUMBER_GAP = "decision_notice_gap"
    NOTICE_NUMBER_DUPLICATE = "decision_notice_duplicate"
    PAPER_LATE = "paper_late"
    TOTAL_DOES_NOT_CAST = "total_does_not_cast"
    MINUTES_NOT_APPROVED = "minutes_not_approved"
    CAPITAL_NOT_FINANCED = "capital_not_financed"
    PRECEPT_ABOVE_LIMIT = "precept_above_referendum_limit"
    MTFP_PRECEPT_DIFFERS = "mtfp_precept_differs"


#: how each kind reads in text output (JSON keeps the kind's value)
LABELS: dict[Kind, str] = {
    Kind.AGREEMENT_REVIEW: "Agreement review",
    Kind.AGREEMENT_EXPIRY: "Agreement ends",
    Kind.EARLIEST_EXIT: "Earliest exit",
    Kind.ACTION_OVERDUE: "Action overdue",
    Kind.NOTICE_NUMBER_GAP: "Decision notice numbers missing",
    Kind.NOTICE_NUMBER_DUPLICATE: "Decision notice numbers duplicated",
    Kind.PAPER_LATE: "Paper sent late",
    Kind.TOTAL_DOES_NOT_CAST: "Total does not cast",
    Kind.MINUTES_NOT_APPROVED: "Minutes not approved",
    Kind.CAPITAL_NOT_FINANCED: "Capital payments and financing differ",
    Kind.PRECEPT_ABOVE_LIMIT: "Precept rise above the referendum limit",
    Kind.MTFP_PRECEPT_DIFFERS: "MTFP Band D differs from the precept set",
}


@dataclass(frozen=True, order=True)
class Finding:
    """One thing found. `overdue` is true when its date has already passed.

    `entity` and `key` name the record it is about (`agreement`,
    `seven-force`), so that a page can link to it; None where a finding is
    about no one record.
    """

    date: dt.date | None
    kind: Kind
    subject: str
    detail: str
    overdue: bool = field(default=False, compare=False)
    entity: str | None = field(default=None, compare=False)
    key: str | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": str(self.kind),
            "subject": self.subject,
            "date": self.date.isoformat() if self.date else None,
            "detail": self.detail,
            "overdue": self.overdue,
            "entity": self.entity,
            "key": self.key,
        }
