"""Calculators: apportionment (rule 6), weighted votes (rule 7), the notice
deadline (rule 4) and the FOI deadline (rule 20).

Each takes what a person typed, reads it, calls the pure rule in
`concord.domain` and returns a frozen dataclass. Bad input is a
DomainError naming the option, the value exactly as typed and the
reason. They use no register and so take no Context, except
`forum_voting`, which reads a forum's rule for carrying a motion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from concord.domain import apportion as apportion_rules
from concord.domain import calendar
from concord.domain import votes as vote_rules
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.forces import force
from concord.domain.money import to_money
from concord.services.context import Context


@contextmanager
def _as_typed(fields: Mapping[str, tuple[str, str]]) -> Iterator[None]:
    """A rule's DomainError on `field` told with the option's name and the value as typed."""
    try:
        yield
    except DomainError as exc:
        if exc.field in fields:
            name, text = fields[exc.field]
            raise DomainError(name, text, exc.reason) from None
        raise


def _date(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(field, text, "is not a date in the form YYYY-MM-DD") from None


def _whole(text: str, field: str) -> int:
    value = text.strip()
    if not value.isdigit() or len(value) > 9:
        raise DomainError(field, text, "must be a whole number of days, e.g. 2")
    return int(value)


# apportionment -------------------------------------------------------------

@dataclass(frozen=True)
class Apportionment:
    total: Decimal
    shares: tuple[apportion_rules.Share, ...]
    method: str = apportion_rules.METHOD


def apportion(total: str, nre: Sequence[str]) -> Apportionment:
    """Share `total` (as typed: "1200000", "£1.2m") by NRE given as FORCE=AMOUNT."""
    typed = {"total": ("--total", total)}
    amount = to_money(total, "--total", allow_negative=False)
    nres: dict[str, Decimal] = {}
    for item in nre:
        if "=" not in item:
            raise DomainError("--nre", item, "must be FORCE=AMOUNT, e.g. kent=280000000")
        fid, value = (x.strip() for x in item.split("=", 1))
        force(fid, "--nre")
        if fid in nres:
            raise DomainError("--nre", fid, "is given more than once")
        nres[fid] = to_money(value, f"--nre {fid}", allow_negative=False)
        typed[f"nre {fid}"] = (f"--nre {fid}", value)
    with _as_typed(typed):
        shares = apportion_rules.apportion(amount, nres)
    return Apportionment(amount, tuple(shares))


# deadlines -----------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    start: dt.date       # the meeting, or the day an FOI request was received
    days: int            # clear working days' notice, or working days to reply
    due: dt.date         # the latest dispatch date, or the day the reply is due


def notice_deadline(meeting: str, clear_days: str = "2") -> Deadline:
    """The latest date papers may be sent for a meeting (rule 4)."""
    day, n = _date(meeting, "--meeting"), _whole(clear_days, "--clear-days")
    with _as_typed({"meeting": ("--meeting", meeting), "clear_days": ("--clear-days", clear_days)}):
        return Deadline(day, n, calendar.latest_dispatch_date(day, n))


def foi_deadline(received: str, working_days: str = "20") -> Deadline:
    """The day an FOI reply is due (rule 20)."""
    day, n = _date(received, "--received"), _whole(working_days, "--working-days")
    with _as_typed({"received": ("--received", received), "working_days": ("--working-days", working_days)}):
        return Deadline(day, n, calendar.foi_due_date(day, n))


# weighted votes ------------------------------------------------------------

@dataclass(frozen=True)
class MemberVote:
    member: str
    weight: Decimal
    vote: vote_rules.Vote | None  # None: did not vote


@dataclass(frozen=True)
class VoteResult:
    members: tuple[MemberVote, ...]
    tally: vote_rules.Tally
    basis: vote_rules.Basis
    #: where the rule for carrying comes from: "--basis", a forum's name, or "the default"
    rule_from: str

    @property
    def rule(self) -> str:
        return f"a motion is carried by {self.basis.rule} ({self.basis.value}; from {self.rule_from})"


@dataclass(frozen=True)
class ForumVoting:
    slug: str
    name: str
    basis: vote_rules.Basis


DEFAULT_BASIS = vote_rules.Basis.ALL


def forum_voting(ctx: Context, forum: str) -> ForumVoting:
    """A forum's rule for carrying a motion (a setting of its terms)."""
    import sqlalchemy as sa

    from concord.store import models as m

    ctx.require(Permission.REGISTER_READ)
    row = ctx.session.scalar(sa.select(m.Forum).where(m.Forum.slug == forum.strip()))
    if row is None:
        raise DomainError("--forum", forum, "is not a forum in the register")
    return ForumVoting(row.slug, row.name, vote_rules.Basis(row.vote_basis))


def _percent(text: str, field: str) -> Decimal:
    try:
        value = Decimal(text.strip().removesuffix("%").strip())
    except InvalidOperation:
        raise DomainError(field, text, "is not a percentage, e.g. 50 or 33.5") from None
    if not value.is_finite() or not 0 < value <= 100:
        raise DomainError(field, text, "must be a percentage above 0 and at most 100")
    return value


def vote(members: Sequence[str], for_: Sequence[str] = (), against: Sequence[str] = (),
         abstain: Sequence[str] = (), host: str | None = None, host_share: str = "50",
         basis: str | None = None, forum: ForumVoting | None = None) -> VoteResult:
    """Tally a weighted vote; the rule for carrying is `basis`, else the forum's, else the default."""
    how: dict[str, vote_rules.Vote] = {}
    for side, names in ((vote_rules.Vote.FOR, for_), (vote_rules.Vote.AGAINST, against),
                        (vote_rules.Vote.ABSTAIN, abstain)):
        for name in names:
            if name not in members:
                raise DomainError(f"--{side.value}", name, "is not one of the --member names")
            if name in how:
                raise DomainError(f"--{side.value}", name, f"cannot vote both ways ({how[name].value} and {side.value})")
            how[name] = side
    if basis is not None:
        rule, rule_from = vote_rules.parse_basis(basis, "--basis"), "--basis"
    elif forum is not None:
        rule, rule_from = forum.basis, f"the terms of {forum.name}"
    else:
        rule, rule_from = DEFAULT_BASIS, "the default; give --basis or --forum"
    share = _percent(host_share, "--host-share")
    with _as_typed({"host_share": ("--host-share", host_share), "host": ("--host", host or "")}):
        weights = vote_rules.vote_weights(members, host, share)
    result = vote_rules.tally(weights, how, rule)
    return VoteResult(tuple(MemberVote(m, weights[m], how.get(m)) for m in members), result, rule, rule_from)
