"""Decision notices and who must agree to a decision (rules 5 and 10).

Notice numbers run in sequence per body per year (`CPCC2019-007`). A gap
is a number missing between the lowest and the highest number seen for
that body and year. Numbers below the lowest seen are not reported by
default, because a register often starts part-way through a year (older
notices not yet loaded); pass `from_one=True` when the register holds the
whole year, and numbers 1 up to the lowest seen are reported missing too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from concord.domain.errors import DomainError
from concord.domain.vocab import DecisionKind

_CODE = r"(?P<code>[A-Z]+(?:\s?[/-]\s?[A-Z]+)*)"
_SEP = r"\s*[-/\u2013.]?\s*"
_YEAR_FIRST = re.compile(rf"^{_CODE}{_SEP}(?P<year>(?:19|20)\d\d){_SEP}(?P<num>\d{{1,5}})$", re.I)
_NUMBER_FIRST = re.compile(rf"^{_CODE}{_SEP}(?P<num>\d{{1,5}}){_SEP}(?P<year>(?:19|20)\d\d)$", re.I)


@dataclass(frozen=True, order=True)
class NoticeRef:
    body_code: str
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.body_code}{self.year}-{self.number:03d}"


def parse_notice_reference(text: str) -> NoticeRef:
    """'CPCC2019-007', 'CPCC 2019 - 007', 'S-DN-2014-06', 'PCC/D/2015/28' or
    number-then-year 'DN/07/2016' → NoticeRef; anything else is a DomainError."""
    if not isinstance(text, str):
        raise DomainError("reference", text, "must be text like CPCC2019-007")
    s = text.strip()
    found = _YEAR_FIRST.match(s) or _NUMBER_FIRST.match(s)
    if not found:
        raise DomainError("reference", text, "is not a decision notice reference: "
                          "expected body code, year and number, e.g. CPCC2019-007")
    number = int(found["num"])
    if number < 1:
        raise DomainError("reference", text, "has number 0: notice numbers start at 1")
    code = re.sub(r"\s+", "", found["code"]).upper()
    return NoticeRef(code, int(found["year"]), number)


class ProblemKind(StrEnum):
    GAP = "gap"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class NumberingProblem:
    kind: ProblemKind
    body_code: str
    year: int
    numbers: tuple[int, ...]  # missing numbers (gap) or numbers used more than once (duplicate)
    counts: tuple[int, ...] = ()  # for duplicates: how many times each number is used

    def describe(self) -> str:
        if self.kind is ProblemKind.GAP:
            word = "number" if len(self.numbers) == 1 else "numbers"
            return f"{self.body_code} {self.year}: missing {word} {_ranges(self.numbers)}"
        used = ", ".join(f"{n} ({c} times)" for n, c in zip(self.numbers, self.counts))
        word = "number" if len(self.numbers) == 1 else "numbers"
        return f"{self.body_code} {self.year}: {word} used more than once: {used}"


def _ranges(numbers: Sequence[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}\u2013{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def numbering_problems(refs: Iterable[NoticeRef], from_one: bool = False) -> list[NumberingProblem]:
    """Gaps and duplicates per body per year, sorted by body, year, gaps first."""
    groups: dict[tuple[str, int], Counter[int]] = defaultdict(Counter)
    for r in refs:
        groups[(r.body_code, r.year)][r.number] += 1
    out: list[NumberingProblem] = []
    for (code, year), used in sorted(groups.items()):
        low = 1 if from_one else min(used)
        missing = tuple(n for n in range(low, max(used) + 1) if n not in used)
        if missing:
            out.append(NumberingProblem(ProblemKind.GAP, code, year, missing))
        dupes = tuple(sorted(n for n, c in used.items() if c > 1))
        if dupes:
            out.append(NumberingProblem(ProblemKind.DUPLICATE, code, year, dupes, tuple(used[n] for n in dupes)))
    return out


@dataclass(frozen=True)
class DecisionNeeds:
    """What a decision needs before it stands (rule 5)."""

    consent_from: tuple[str, ...]            # parties materially affected: each must consent
    written_agreement_from: tuple[str, ...]  # outside a meeting: every party, in writing

    @property
    def unconditional(self) -> bool:
        return not self.consent_from and not self.written_agreement_from

    def outstanding(self, consented: Iterable[str] = (), agreed_in_writing: Iterable[str] = ()) -> list[str]:
        """Parties whose consent or written agreement is still missing, in party order."""
        have_consent, have_writing = set(consented), set(agreed_in_writing)
        missing = [p for p in self.consent_from if p not in have_consent and p not in have_writing]
        missing += [p for p in self.written_agreement_from if p not in have_writing and p not in missing]
        return missing


def decision_needs(kind: DecisionKind | str, material_impact_parties: Iterable[str],
                   outside_meeting: bool, parties: Sequence[str]) -> DecisionNeeds:
    """Rule 5: an in-principle decision with material impact on a party needs
    that party's consent; a decision outside a meeting needs the written
    agreement of all parties. An executive decision is taken by one
    corporation sole alone and needs neither."""
    try:
        kind = DecisionKind(kind)
    except ValueError:
        raise DomainError("kind", kind, "must be in_principle or executive") from None
    parties = list(parties)
    if len(set(parties)) != len(parties):
        raise DomainError("parties", parties, "lists a party more than once")
    affected = list(dict.fromkeys(material_impact_parties))
    strangers = [p for p in affected if p not in parties]
    if strangers:
        raise DomainError("material_impact_parties", strangers, "are not parties to the agreement")
    if kind is DecisionKind.EXECUTIVE:
        return DecisionNeeds((), ())
    if not parties:
        raise DomainError("parties", parties, "must name the parties an in-principle decision is referred to")
    ordered = tuple(p for p in parties if p in affected)
    return DecisionNeeds(ordered, tuple(parties) if outside_meeting else ())
