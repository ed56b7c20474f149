"""Section 22A agreements: renewal, review, withdrawal, term, extensions and
versions (rules 1, 2, 3, 12, 14). Provision types and parties (rule 13) are
in `provisions`, the checklist (rule 16) in `checklist`; both are
re-exported here.

End of month: `earliest_exit_date` adds calendar months with
dateutil.relativedelta, which keeps the day of the month and clips it to
the last day of a shorter month: notice given on 31 August with 6 months'
notice takes effect on 28 February (29 in a leap year), never in March.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from concord.domain.checklist import CHECKLIST, Topic, missing_topics, topic
from concord.domain.errors import DomainError
from concord.domain.provisions import PartyOffice, ProvisionType, check_provision_parties, party_from_title
from concord.domain.vocab import VersionKind

__all__ = [
    "CHECKLIST", "DateStatus", "PartyOffice", "ProvisionType", "Renewal", "Topic", "Version",
    "check_extensions", "check_provision_parties", "earliest_exit_date", "end_status", "missing_topics",
    "next_version", "party_from_title", "review_status", "topic", "unrenewed_parties", "validate_term",
]


@dataclass(frozen=True)
class Renewal:
    """One party's renewal: only a renewal in writing to a later end date counts (rule 1)."""

    party: str
    new_end_date: dt.date
    in_writing: bool = True
    renewed_on: dt.date | None = None


def unrenewed_parties(parties: Iterable[str], renewals: Iterable[Renewal], end_date: dt.date) -> list[str]:
    """Parties, in the order given, that have not renewed in writing beyond `end_date`.

    The agreement ends on `end_date` unless this list is empty.
    """
    renewed = {r.party for r in renewals if r.in_writing and r.new_end_date > end_date}
    return [p for p in dict.fromkeys(parties) if p not in renewed]


class DateStatus(StrEnum):
    NONE = "none"          # no date set
    NOT_DUE = "not_due"    # beyond the warning window
    DUE_SOON = "due_soon"  # within the warning window (today included)
    LAPSED = "lapsed"      # the date has passed


def review_status(review_date: dt.date | None, as_of: dt.date, within_days: int) -> DateStatus:
    """Where a review date stands on `as_of`, warning `within_days` ahead (rule 2)."""
    if within_days < 0:
        raise DomainError("within_days", within_days, "must not be negative")
    if review_date is None:
        return DateStatus.NONE
    if review_date < as_of:
        return DateStatus.LAPSED
    if (review_date - as_of).days <= within_days:
        return DateStatus.DUE_SOON
    return DateStatus.NOT_DUE


def end_status(end_date: dt.date | None, as_of: dt.date, within_days: int) -> DateStatus:
    """The same for an end date (rule 1): LAPSED means the agreement has ended."""
    return review_status(end_date, as_of, within_days)


def earliest_exit_date(notice_given_on: dt.date, notice_months: int) -> dt.date:
    """The day written notice takes effect: `notice_months` calendar months later (rule 3)."""
    if not isinstance(notice_months, int) or isinstance(notice_months, bool) or notice_months < 0:
        raise DomainError("notice_months", notice_months, "must be a whole number of months, 0 or more")
    return notice_given_on + relativedelta(months=notice_months)


def validate_term(start: dt.date, end: dt.date | None, review: dt.date | None = None) -> None:
    """End not before start; review (if any) not before start nor after end."""
    if end is not None and end < start:
        raise DomainError("end_date", end.isoformat(), f"is before the start date {start.isoformat()}")
    if review is not None:
        if review < start:
            raise DomainError("review_date", review.isoformat(), f"is before the start date {start.isoformat()}")
        if end is not None and review > end:
            raise DomainError("review_date", review.isoformat(), f"is after the end date {end.isoformat()}")


def check_extensions(original_term_months: int, extension_months: Sequence[int]) -> int:
    """Rule 12 ("three plus one"): the extensions together may not exceed the
    original term. Returns the whole term in months; a DomainError otherwise."""
    if not isinstance(original_term_months, int) or original_term_months < 1:
        raise DomainError("original_term_months", original_term_months, "must be a whole number of months, 1 or more")
    for i, months in enumerate(extension_months):
        if not isinstance(months, int) or months < 1:
            raise DomainError(f"extension_months[{i}]", months, "must be a whole number of months, 1 or more")
    total = sum(extension_months)
    if total > original_term_months:
        raise DomainError("extension_months", list(extension_months),
                          f"add up to {total} months, more than the original term of {original_term_months} months")
    return original_term_months + total


@dataclass(frozen=True)
class Version:
    """One version of an agreement (rule 14). Every version, the original and
    each variation alike, needs approval by every party and publication."""

    number: int
    kind: VersionKind
    effective_from: dt.date
    needs_approval_by: tuple[str, ...] = ()
    needs_publication: bool = True


def next_version(versions: Sequence[Version], kind: VersionKind | str, effective_from: dt.date,
                 parties: Sequence[str] = ()) -> Version:
    """The next version: numbered on, effective strictly after the last one.

    The first version is the original; a later one is never the original.
    Varying an agreement makes a new version, never an edit of an old one.
    """
    try:
        kind = VersionKind(kind)
    except ValueError:
        raise DomainError("kind", kind, "must be one of " + ", ".join(k.value for k in VersionKind)) from None
    if not versions:
        if kind is not VersionKind.ORIGINAL:
            raise DomainError("kind", kind.value, "is not allowed for the first version: it must be original")
        return Version(1, kind, effective_from, tuple(parties))
    ordered = sorted(versions, key=lambda v: v.number)
    for before, after in zip(ordered, ordered[1:]):
        if after.effective_from <= before.effective_from:
            raise DomainError("versions", after.number, "is not effective after the version before it")
    last = ordered[-1]
    if kind is VersionKind.ORIGINAL:
        raise DomainError("kind", kind.value, "is only for the first version: a later one is a variation")
    if effective_from <= last.effective_from:
        raise DomainError("effective_from", effective_from.isoformat(),
                          f"is not after version {last.number}, effective from {last.effective_from.isoformat()}")
    return Version(last.number + 1, kind, effective_from, tuple(parties))
