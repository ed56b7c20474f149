"""The capital programme and its financing (rule 9).

A programme's payments (by scheme or category) are financed from sources:
grants, reserves, capital receipts, revenue contributions to capital
outlay (RCCO) and borrowing. For each column a monitoring report prints
(brought forward, original programme, amendments authorised, amendments
proposed, revised budget) payments and financing must balance.

An amendment is proposed until a decision approves it. The revised budget
as papers print it includes the amendments proposed to the meeting; the
approved budget does not.

A revenue contribution to capital is spent twice on paper: once in the
revenue budget, as a contribution, and once in the capital programme, as
a payment it finances. What a body spends in all is its revenue
expenditure and its capital payments less the revenue contributions, so
that the money is counted once.

Figures are exact Decimal pounds; percentages are for display only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from concord.domain.errors import DomainError
from concord.domain.money import exact


class Source(StrEnum):
    GRANT = "grant"
    RESERVE = "reserve"
    CAPITAL_RECEIPT = "capital receipt"
    RCCO = "revenue contribution"
    BORROWING = "borrowing"
    OTHER = "other"


# the order matters: "Vehicle Receipts (RCCO)" is a revenue contribution, not a capital receipt
_SOURCE_WORDS: tuple[tuple[Source, re.Pattern[str]], ...] = (
    (Source.RCCO, re.compile(r"\bRCCO\b|revenue contribution", re.I)),
    (Source.BORROWING, re.compile(r"\bborrowing\b|\bloans?\b|prudential", re.I)),
    (Source.GRANT, re.compile(r"\bgrants?\b", re.I)),
    (Source.RESERVE, re.compile(r"\breserves?\b", re.I)),
    (Source.CAPITAL_RECEIPT, re.compile(r"\breceipts?\b", re.I)),
)


def source_of(label: str) -> Source:
    """The kind of a financing line, from its printed label."""
    for source, words in _SOURCE_WORDS:
        if words.search(label):
            return source
    return Source.OTHER


@dataclass(frozen=True)
class Amendment:
    amount: Decimal
    approved: bool
    decision: str | None = None  # the decision that approved it (a notice reference)


@dataclass(frozen=True)
class Budget:
    """One scheme's (or category's) budget for the year."""

    brought_forward: Decimal
    original: Decimal
    amendments: tuple[Amendment, ...] = ()

    @property
    def approved(self) -> Decimal:
        """Brought forward + original + amendments a decision has approved."""
        return self.brought_forward + self.original + sum((a.amount for a in self.amendments if a.approved), Decimal(0))

    @property
    def revised(self) -> Decimal:
        """As monitoring reports print it: the approved budget and the amendments proposed to the meeting."""
        return self.approved + sum((a.amount for a in self.amendments if not a.approved), Decimal(0))


def amendment(amount: Decimal, decision: str | None) -> Amendment:
    """An amendment; approved when a decision is named."""
    exact(amount, "amendment")
    if decision is not None and not decision.strip():
        raise DomainError("decision", decision, "name the decision that approved the amendment, or give none")
    return Amendment(Decimal(amount), decision is not None, decision.strip() if decision else None)


@dataclass(frozen=True)
class Balance:
    payments: Decimal
    financing: Decimal
    difference: Decimal  # financing − payments: negative is a shortfall
    by_source: dict[Source, Decimal]

    @property
    def balances(self) -> bool:
        return self.difference == 0


def balance(payments: Iterable[Decimal], financing: Iterable[tuple[str, Decimal]]) -> Balance:
    """Payments against financing, each financing line by its printed label."""
    paid = sum((exact(p, "payment") for p in payments), Decimal(0))
    by_source: dict[Source, Decimal] = {}
    for label, amount in financing:
        source = source_of(label)
        by_source[source] = by_source.get(source, Decimal(0)) + exact(amount, f"financing '{label}'")
    financed = sum(by_source.values(), Decimal(0))
    return Balance(paid, financed, financed - paid, by_source)


def percent_spent(spent: Decimal, budget: Decimal) -> Decimal | None:
    """Spent (actual and committed) as a percentage of the budget, to one place; None with no budget."""
    if exact(budget, "budget") == 0:
        return None
    return (exact(spent, "spent") * 100 / budget).quantize(Decimal("0.1"), ROUND_HALF_UP)


def slippage(budget: Decimal, forecast: Decimal) -> Decimal:
    """What the forecast leaves unspent this year, to slip into the next (never negative: an overspend
    is not slippage)."""
    return max(exact(budget, "budget") - exact(forecast, "forecast"), Decimal(0))


def total_spending(revenue_expenditure: Decimal, capital_payments: Decimal, revenue_contributions: Decimal) -> Decimal:
    """All a body spends: revenue and capital, with each revenue contribution to capital counted once."""
    rcco = exact(revenue_contributions, "revenue_contributions")
    if rcco < 0:
        raise DomainError("revenue_contributions", rcco, "cannot be negative")
    if rcco > exact(capital_payments, "capital_payments"):
        raise DomainError("revenue_contributions", rcco, "cannot finance more than the capital payments")
    return exact(revenue_expenditure, "revenue_expenditure") + capital_payments - rcco


def rcco_in(financing: Sequence[tuple[str, Decimal]]) -> Decimal:
    """The revenue contributions among financing lines."""
    return sum((exact(a, label) for label, a in financing if source_of(label) is Source.RCCO), Decimal(0))



@dataclass(frozen=True)
class SchemeFigures:
    """One scheme's year: its budget, what is spent and committed, and the forecast outturn."""

    budget: Budget
    actual: Decimal
    commitments: Decimal
    forecast: Decimal | None = None  # None: the forecast is the budget, nothing slips

    @property
    def spent(self) -> Decimal:
        """Actual and committed, as monitoring reports compare with the budget."""
        return self.actual + self.commitments

    @property
    def variance(self) -> Decimal:
        """Spent and committed less the revised budget (negative: not yet spent)."""
        return self.spent - self.budget.revised

    @property
    def percent_spent(self) -> Decimal | None:
        return percent_spent(self.spent, self.budget.revised)

    @property
    def slippage(self) -> Decimal:
        return Decimal(0) if self.forecast is None else slippage(self.budget.revised, self.forecast)


COLUMNS = ("approved", "revised")


def programme_balance(payments: Iterable[Budget], financing: Iterable[tuple[str, Budget]],
                      column: str = "revised") -> Balance:
    """Payments against financing in one column: "approved" (what decisions have approved) or
    "revised" (with the amendments proposed as well)."""
    if column not in COLUMNS:
        raise DomainError("column", column, "is not a column of the programme: approved or revised")
    return balance((getattr(b, column) for b in payments),
                   ((label, getattr(b, column)) for label, b in financing))
