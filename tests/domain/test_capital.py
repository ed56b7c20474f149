"""The capital programme: payments and financing balance; a revenue contribution is counted once."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.capital import (
    Budget, Source, amendment, balance, percent_spent, rcco_in, slippage, source_of, total_spending,
)
from concord.domain.errors import DomainError

D = Decimal
K = D(1000)

# the seed's summary of capital expenditure and financing at 30 September 2016 (revised budget, £'000)
PAYMENTS = [D(3133), D(808), D(2049), D(1205), D(213)]
FINANCING = [("Capital Grants", D(597)), ("Capital Reserves", D(500)), ("Budget Assistance Reserve", D(1279)),
             ("Carry Forward Reserve", D(1010)), ("Capital Receipts", D(1395)), ("Vehicle Receipts (RCCO)", D(150)),
             ("Collaboration Vehicle Recharges (RCCO)", D(300)), ("RCCO - Original Capital Programme", D(1212)),
             ("RCCO - Approved In-year from Savings (Chief Constable)", D(259)),
             ("RCCO - Approved In-year by PCC", D(614)), ("RCCO - From Force JPS Revenue Budget", D(92)),
             ("Borrowing", D(0))]


def test_the_seed_programme_balances_by_source() -> None:
    b = balance(PAYMENTS, FINANCING)
    assert b.payments == b.financing == D(7408) and b.balances
    assert b.by_source == {Source.GRANT: D(597), Source.RESERVE: D(2789), Source.CAPITAL_RECEIPT: D(1395),
                           Source.RCCO: D(2627), Source.BORROWING: D(0)}


def test_a_shortfall_is_shown_not_hidden() -> None:
    b = balance([*PAYMENTS, D(45)], FINANCING)  # an addition with no financing yet
    assert not b.balances and b.difference == D(-45)


@pytest.mark.parametrize(("label", "source"), [
    ("Vehicle Receipts (RCCO)", Source.RCCO), ("Revenue contribution to capital outlay", Source.RCCO),
    ("Capital Receipts", Source.CAPITAL_RECEIPT), ("Home Office capital grant", Source.GRANT),
    ("Carry Forward Reserve", Source.RESERVE), ("Prudential borrowing", Source.BORROWING),
    ("NHS partnership funding", Source.OTHER),
])
def test_sources_from_their_printed_labels(label: str, source: Source) -> None:
    assert source_of(label) is source


def test_revised_budget_counts_proposed_amendments_and_approved_does_not() -> None:
    # land and buildings: 536 brought forward, 1,975 original, 622 proposed (the relocation of a centre)
    budget = Budget(D(536) * K, D(1975) * K, (amendment(D(622) * K, None),))
    assert budget.revised == D(3133) * K and budget.approved == D(2511) * K
    approved = Budget(D(536) * K, D(1975) * K, (amendment(D(622) * K, "CPCC 2016-013"),))
    assert approved.approved == approved.revised == D(3133) * K
    assert approved.amendments[0].decision == "CPCC 2016-013"
    with pytest.raises(DomainError, match="name the decision"):
        amendment(D(1), "  ")


def test_percentage_spent_and_slippage() -> None:
    assert percent_spent(D(4791), D(7408)) == D("64.7")
    assert percent_spent(D(0), D(0)) is None
    assert slippage(D(7408), D(6000)) == D(1408)
    assert slippage(D(100), D(120)) == D(0)


def test_a_revenue_contribution_is_counted_once() -> None:
    rcco = rcco_in(FINANCING)
    assert rcco == D(2627)
    # revenue expenditure of £135,507k includes the contributions; capital payments of £7,408k are partly
    # financed by them: together the body spends the contributions once
    assert total_spending(D(135_507), D(7408), rcco) == D(135_507) + D(7408) - D(2627)
    with pytest.raises(DomainError, match="cannot finance more than the capital payments"):
        total_spending(D(100), D(10), D(11))


def test_figures_must_be_exact() -> None:
    with pytest.raises(DomainError, match="exact amount"):
        balance([1.5], [])  # type: ignore[list-item]
    with pytest.raises(DomainError, match="exact amount"):
        balance([D(1)], [("Grant", D("NaN"))])


amounts = st.decimals(min_value=0, max_value=10**9, places=2)


@given(st.lists(amounts, max_size=12), st.lists(st.tuples(st.sampled_from([l for l, _ in FINANCING]), amounts),
                                                max_size=12))
def test_difference_is_financing_less_payments_and_sources_add_up(payments, financing) -> None:  # noqa: ANN001
    b = balance(payments, financing)
    assert b.financing == sum(b.by_source.values(), D(0)) == sum((a for _, a in financing), D(0))
    assert b.difference == b.financing - b.payments
    assert b.balances == (b.financing == sum(payments, D(0)))


# --- a programme's schemes and its balance, column by column ---------------------------------

from concord.domain.capital import Amendment, SchemeFigures, programme_balance  # noqa: E402


def test_a_proposed_amendment_is_in_the_revised_column_only_until_approved() -> None:
    sarc = Budget(D(0), D(0), (Amendment(D(622) * K, approved=False),))
    reserve = Budget(D(0), D(622) * K)
    rcco = Budget(D(0), D(0))
    approved = programme_balance([sarc], [("Budget Assistance Reserve", reserve), ("RCCO", rcco)], "approved")
    revised = programme_balance([sarc], [("Budget Assistance Reserve", reserve), ("RCCO", rcco)], "revised")
    assert (approved.payments, approved.difference) == (D(0), D(622) * K)
    assert revised.balances


def test_a_column_that_is_not_one_is_refused() -> None:
    with pytest.raises(DomainError) as e:
        programme_balance([], [], "forecast")
    assert e.value.field == "column"


def test_a_schemes_variance_percent_and_slippage() -> None:
    # CP16/05 at month 6: 624 + 56 proposed, 444 spent and 419 committed (£'000)
    erp = SchemeFigures(Budget(D(0), D(624), (Amendment(D(56), False),)), D(444), D(419), forecast=D(700))
    assert (erp.spent, erp.variance, erp.percent_spent) == (D(863), D(183), D("126.9"))
    assert erp.slippage == D(0)  # an overspend is not slippage
    workshop = SchemeFigures(Budget(D(264), D(1000)), D(1164), D(124), forecast=D(1200))
    assert workshop.slippage == D(64)
    assert SchemeFigures(Budget(D(0), D(0)), D(0), D(0)).percent_spent is None
