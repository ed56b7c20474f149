"""Weighted governance: voting weights and tallies (rule 7).

Weights are percentages of the whole vote. A host force may hold a fixed
share (Single Online Home: 50 % of every vote); the rest is split equally
among the other members; without a host every member has an equal share.

Thirds and other recurring fractions: each weight is a Decimal to
`WEIGHT_PLACES` (6) decimal places, split by the largest-remainder method
(leftover millionths to members in alphabetical order of id), so the
weights always total exactly 100. Two equal members may therefore differ
by 0.000001; a tally treats sides closer than `TIE_TOLERANCE` as equal,
so that rounding can never decide a vote.

Threshold: the rule for carrying a motion is a setting of the forum
(`Basis`), shown with every result:
- `Basis.ALL`: more than half of all the voting weight (more than 50);
- `Basis.PRESENT`: more than half of the weight of the members present
  (voting for, against or abstaining); a member who did not vote is absent;
- `Basis.CAST` (the function's default): more than half of the weight cast
  for or against, i.e. more for than against; abstentions and members who
  do not vote count for neither side.
A tie is not carried (the motion falls; there is no casting vote here — a
chair's casting vote, where the terms of reference give one, is a
separate decision). With a host at 50 %, the host and any one other
member voting for a motion carries it on any basis; the host alone
against all the others is a tie and falls.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from concord.domain.apportion import largest_remainder
from concord.domain.errors import DomainError

WEIGHT_PLACES = 6
TIE_TOLERANCE = Decimal("0.0001")
HUNDRED = Decimal(100)


class Vote(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class Basis(StrEnum):
    """The rule for carrying a motion: more than half of which weight."""

    CAST = "cast"        # more than half of the weight cast for or against
    ALL = "all"          # more than half of all the voting weight
    PRESENT = "present"  # more than half of the weight of the members present

    @property
    def rule(self) -> str:
        return {Basis.CAST: "more than half of the weight cast for or against",
                Basis.ALL: "more than half of all the voting weight",
                Basis.PRESENT: "more than half of the weight of the members present"}[self]


def parse_basis(value: str | Basis, field: str = "basis") -> Basis:
    """A Basis from its name (all, present or cast), or a DomainError naming `field`."""
    try:
        return Basis(str(value).strip().lower())
    except ValueError:
        raise DomainError(field, value, "must be all (more than half of all the voting weight), present "
                          "(of the weight present) or cast (of the weight cast for or against)") from None


def vote_weights(members: Sequence[str], host: str | None = None,
                 host_share: Decimal = Decimal(50)) -> dict[str, Decimal]:
    """Each member's share of the vote, in percent, totalling exactly 100."""
    members = list(members)
    if not members:
        raise DomainError("members", members, "must name at least one member")
    if len(set(members)) != len(members):
        dupes = sorted({m for m in members if members.count(m) > 1})
        raise DomainError("members", dupes, "are listed more than once")
    if host is None:
        shares = {m: Fraction(1) for m in members}
        return _to_places(shares, HUNDRED)
    if host not in members:
        raise DomainError("host", host, "is not one of the members")
    if not isinstance(host_share, (Decimal, int)) or not (0 < host_share <= 100):
        raise DomainError("host_share", str(host_share), "must be a percentage above 0 and at most 100")
    others = [m for m in members if m != host]
    if not others:
        return {host: HUNDRED.quantize(_QUANTUM)}
    if host_share == 100:
        raise DomainError("host_share", str(host_share), "leaves nothing for the other members")
    out = _to_places({m: Fraction(1) for m in others}, HUNDRED - Decimal(host_share))
    return {host: Decimal(host_share).quantize(_QUANTUM), **out}


_QUANTUM = Decimal(1).scaleb(-WEIGHT_PLACES)


def _to_places(shares: Mapping[str, Fraction], total: Decimal) -> dict[str, Decimal]:
    units = int(total.scaleb(WEIGHT_PLACES))
    if Decimal(units) != total.scaleb(WEIGHT_PLACES):
        raise DomainError("host_share", str(HUNDRED - total), f"has more than {WEIGHT_PLACES} decimal places")
    split = largest_remainder(shares, units, {m: (m,) for m in shares})
    return {m: Decimal(split[m]).scaleb(-WEIGHT_PLACES).quantize(_QUANTUM) for m in shares}


@dataclass(frozen=True)
class Tally:
    for_weight: Decimal
    against_weight: Decimal
    abstain_weight: Decimal
    absent_weight: Decimal
    carried: bool
    basis: Basis = Basis.CAST

    @property
    def tied(self) -> bool:
        return abs(self.for_weight - self.against_weight) < TIE_TOLERANCE

    def describe(self) -> str:
        """'carried by 62.5 % to 37.5 %' (percent of all the voting weight)."""
        f, a = _pct(self.for_weight), _pct(self.against_weight)
        if self.carried:
            text = f"carried by {f} % to {a} %"
        elif self.tied:
            text = f"not carried: tied at {f} % to {a} %"
        else:
            text = f"not carried: {f} % for, {a} % against"
        extra = []
        if self.abstain_weight:
            extra.append(f"{_pct(self.abstain_weight)} % abstained")
        if self.absent_weight:
            extra.append(f"{_pct(self.absent_weight)} % did not vote")
        return text + (f" ({'; '.join(extra)})" if extra else "")


def _pct(value: Decimal) -> str:
    return str(Decimal(value).quantize(Decimal("0.1")))


def tally(weights: Mapping[str, Decimal], votes: Mapping[str, Vote],
          basis: Basis = Basis.CAST) -> Tally:
    """Add up the weight on each side; see the module notes for the threshold."""
    basis = parse_basis(basis)
    if not weights:
        raise DomainError("weights", dict(weights), "must name at least one member")
    sides = {v: Decimal(0) for v in Vote}
    for member, vote in votes.items():
        if member not in weights:
            raise DomainError("votes", member, "is not a voting member")
        try:
            sides[Vote(vote)] += Decimal(weights[member])
        except ValueError:
            raise DomainError(f"votes {member}", vote, "must be for, against or abstain") from None
    absent = sum((Decimal(w) for m, w in weights.items() if m not in votes), Decimal(0))
    f, a = sides[Vote.FOR], sides[Vote.AGAINST]
    if basis is Basis.ALL:
        whole = sum((Decimal(w) for w in weights.values()), Decimal(0))
        carried = f - whole / 2 >= TIE_TOLERANCE
    elif basis is Basis.PRESENT:
        present = f + a + sides[Vote.ABSTAIN]
        carried = f - present / 2 >= TIE_TOLERANCE
    else:
        carried = f - a >= TIE_TOLERANCE
    return Tally(f, a, sides[Vote.ABSTAIN], absent, carried, basis)
