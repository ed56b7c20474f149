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
    "CHECKLIST", "DateStatus", "FollowThrough", "PartyOffice", "ProvisionType", "Renewal", "State", "Topic", "Version",
    "check_extensions", "check_provision_parties", "check_renewal_date", "earliest_exit_date", "end_status",
    "is_party_on", "missing_topics", "next_version", "not_yet_followed_through", "parties_at_end", "party_from_title", "review_status",
    "state_on", "term_runs_on", "topic", "unrenewed_parties", "validate_term", "withdrawal_exit_date",
]


class FollowThrough(StrEnum):
    """How a corporation sole follows through an in-principle decision (rule 5)."""

    EXECUTIVE_DECISION = "executive_decision"   # its own decision, e.g. a commissioner's decision notice
    CONSENT = "consent"                         # consent to a decision with material impact on it
    WRITTEN_AGREEMENT = "written_agreement"     # agreement in writing to a decision made outside a meeting


def not_yet_followed_through(parties: Iterable[str], done: Iterable[str]) -> list[str]:
    """Parties, in order, that have not yet followed an in-principle decision through (rule 5)."""
    have = set(done)
    return [p for p in dict.fromkeys(parties) if p not in have]


@dataclass(frozen=True)
class Renewal:
    """One party's renewal: only a renewal in writing to a later end date counts (rule 1)."""

    party: str
    new_end_date: dt.date
    in_writing: bool = True
    renewed_on: dt.date | None = None


def _counts(r: Renewal, end_date: dt.date) -> bool:
    """A renewal counts when it is in writing, goes beyond the end date, and was
    made before the agreement ended (seed 001 cl. 6.2: it terminates on its end
    date unless renewed by all the parties; a renewal after that revives nothing)."""
    return r.in_writing and r.new_end_date > end_date and (r.renewed_on is None or r.renewed_on <= end_date)


def unrenewed_parties(parties: Iterable[str], renewals: Iterable[Renewal], end_date: dt.date) -> list[str]:
    """Parties, in the order given, that have not renewed in writing beyond `end_date`.

    The agreement ends on `end_date` unless this list is empty (rule 1). This
    is the one place the rule is worked out: the register's services and
    `concord check` both call it.
    """
    renewed = {r.party for r in renewals if _counts(r, end_date)}
    return [p for p in dict.fromkeys(parties) if p not in renewed]


def term_runs_on(parties: Iterable[str], renewals: Iterable[Renewal], end_date: dt.date) -> dt.date | None:
    """Once every party has renewed in writing, the term runs on to the earliest
    new end date they all agreed; None while any party has not (rule 1)."""
    parties = list(dict.fromkeys(parties))
    if not parties or unrenewed_parties(parties, renewals, end_date):
        return None
    agreed: dict[str, dt.date] = {}
    for r in renewals:
        if _counts(r, end_date):
            agreed[r.party] = max(agreed.get(r.party, r.new_end_date), r.new_end_date)
    return min(agreed[p] for p in parties)


def is_party_on(joined_on: dt.date | None, left_on: dt.date | None, day: dt.date) -> bool:
    """A party from the day it joins until the day before its exit date."""
    return (joined_on is None or joined_on <= day) and (left_on is None or left_on > day)


def parties_at_end(parties: Iterable[tuple[str, dt.date | None]], end_date: dt.date) -> list[str]:
    """The parties (key, exit date) still parties on the end date: those who must renew.
    A party that has given notice and leaves by then need not."""
    return [key for key, left_on in parties if left_on is None or left_on > end_date]


class State(StrEnum):
    NOT_STARTED = "not_started"
    IN_FORCE = "in_force"
    ENDED = "ended"


def state_on(start: dt.date | None, end: dt.date | None, day: dt.date) -> State:
    """Where an agreement stands on a day: not yet in force, in force (its end
    date included), or ended. An unknown start is taken as already in force."""
    if start is not None and day < start:
        return State.NOT_STARTED
    if end is not None and day > end:
        return State.ENDED
    return State.IN_FORCE


def check_renewal_date(renewed_on: dt.date, end_date: dt.date | None) -> None:
    """A renewal after the agreement has ended is refused: it ended, and a later
    agreement is a new agreement (linked to the old one), not a revival."""
    if end_date is not None and renewed_on > end_date:
        raise DomainError("on", renewed_on.isoformat(),
                          f"is after the agreement ended on {end_date.isoformat()}: an agreement ends unless "
                          "every party renews it in writing before then; record a later agreement as a new "
                          "one that succeeds it (`concord agreement add ... --succeeds SLUG`)")


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


def withdrawal_exit_date(given_on: dt.date, notice_months: int | None, committed_for_duration: bool,
                         end_date: dt.date | None) -> dt.date:
    """The day a party's written notice of withdrawal takes effect (rule 3).

    Where the parties are committed "for the duration of the agreement" (seed
    001 cl. 6.3) there is no leaving early: the earliest exit is the end date,
    and with no end date the notice is refused. Notice given after the end
    date is refused: the agreement has already ended.
    """
    if end_date is not None and given_on > end_date:
        raise DomainError("given_on", given_on.isoformat(), f"is after the agreement ended on {end_date.isoformat()}")
    exit_on = earliest_exit_date(given_on, notice_months or 0)
    if committed_for_duration:
        if end_date is None:
            raise DomainError("given_on", given_on.isoformat(),
                              "cannot start a withdrawal: the parties are committed for the duration of the "
                              "agreement, which has no end date")
        exit_on = max(exit_on, end_date)
    return exit_on


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
    """The next version: numbered on, effective on or after the last one
    (several parties may join on the same day: versions of the same date).

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
        if after.effective_from < before.effective_from:
            raise DomainError("versions", after.number, "is effective before the version before it")
    last = ordered[-1]
    if kind is VersionKind.ORIGINAL:
        raise DomainError("kind", kind.value, "is only for the first version: a later one is a variation")
    if effective_from < last.effective_from:
        raise DomainError("effective_from", effective_from.isoformat(),
                          f"is before version {last.number}, effective from {last.effective_from.isoformat()}: "
                          "a variation is never backdated before the latest version")
    return Version(last.number + 1, kind, effective_from, tuple(parties))
