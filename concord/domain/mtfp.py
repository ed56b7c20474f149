"""The Medium Term Financial Plan: assumptions in, net revenue expenditure,
financing and the gap out, per year, for one scenario or several side by side.

A plan starts from a base year's budget: what it spends (officer pay, staff
pay, energy, everything else net of income, savings already planned) and
how it is financed (grant, council tax as Band D precept times the tax
base of Band D equivalent properties, other financing). Each later year
grows each part by its assumption for that year:

- officer and staff pay by the pay award and then by increments;
- energy by energy inflation, everything else by general inflation;
- grant by the grant change (a negative rate is a cut);
- the tax base by its growth, and the Band D precept by its increase,
  set to the penny as a precept is.

Figures are exact Decimal pounds; nothing is rounded but the precept.

The gap of a year is a difference, never a sum: net revenue expenditure
less financing. Papers print it as "budget gap (cumulative)", since each
year's figure holds the shortfalls of the years before it that savings
have not yet closed. The in-year gap is what a year adds: its gap less
the year before's. The in-year gaps of a plan add up to its last year's
gap (and that is all they add up to).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal

from concord.domain.errors import DomainError
from concord.domain.money import PENNY, exact
from concord.domain.precept import precept

#: an assumption is a yearly rate between these (a pay award of 60 % is a slip, not a plan)
RATE_BOUNDS = (Decimal("-0.5"), Decimal("0.5"))
#: a plan runs for at most this many years after its base year
MAX_YEARS = 10


@dataclass(frozen=True)
class Assumptions:
    """One year's assumptions, each a rate: Decimal("0.01") is 1 %."""

    officer_pay_award: Decimal = Decimal(0)
    staff_pay_award: Decimal = Decimal(0)
    increments: Decimal = Decimal(0)
    general_inflation: Decimal = Decimal(0)
    energy_inflation: Decimal = Decimal(0)
    grant_change: Decimal = Decimal(0)
    tax_base_growth: Decimal = Decimal(0)
    band_d_increase: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        low, high = RATE_BOUNDS
        for f in fields(self):
            rate = getattr(self, f.name)
            if isinstance(rate, bool) or not isinstance(rate, (Decimal, int)) or not Decimal(rate).is_finite():
                raise DomainError(f.name, rate, "must be a rate such as 0.01 for 1 %")
            if not low <= rate <= high:
                raise DomainError(f.name, _percent(rate), f"must be between {_percent(low)} and {_percent(high)} a year")


@dataclass(frozen=True)
class BaseYear:
    """The budget a plan starts from (`year` 2016 is 2016/17)."""

    year: int
    officer_pay: Decimal
    staff_pay: Decimal
    energy: Decimal
    other_costs: Decimal
    grant: Decimal
    tax_base: Decimal
    band_d: Decimal
    other_financing: Decimal = Decimal(0)
    #: savings planned, by year: they reduce that year's spending and every later year's
    savings: Mapping[int, Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.year, bool) or not isinstance(self.year, int) or not 2000 <= self.year <= 2100:
            raise DomainError("year", self.year, "must be the first calendar year of a financial year, 2000 to 2100")
        for name in ("officer_pay", "staff_pay", "energy", "grant", "tax_base", "band_d"):
            if exact(getattr(self, name), name) < 0:
                raise DomainError(name, getattr(self, name), "cannot be negative")
        exact(self.other_costs, "other_costs")  # net of income: may be negative
        exact(self.other_financing, "other_financing")
        for year, amount in self.savings.items():
            if exact(amount, f"savings {fy(year)}") < 0:
                raise DomainError(f"savings {fy(year)}", amount, "a saving is a positive amount")


@dataclass(frozen=True)
class PlanYear:
    year: int
    officer_pay: Decimal
    staff_pay: Decimal
    energy: Decimal
    other_costs: Decimal
    savings: Decimal  # the savings planned to date (this year's and every earlier year's)
    net_revenue_expenditure: Decimal
    grant: Decimal
    tax_base: Decimal
    band_d: Decimal
    council_tax: Decimal
    other_financing: Decimal
    financing: Decimal
    gap: Decimal  # net revenue expenditure less financing ("cumulative" as papers print it)
    in_year_gap: Decimal  # this year's gap less the year before's (the base year's: its gap)
    #: the Band D the scenario's own figures give, where the year's precept set replaces it (None: it does not)
    assumed_band_d: Decimal | None = None

    @property
    def precept_set(self) -> bool:
        """Whether the year's Band D and tax base are those of the precept set for it."""
        return self.assumed_band_d is not None

    @property
    def label(self) -> str:
        return fy(self.year)


def fy(year: int) -> str:
    """2017 → '2017/18'."""
    return f"{year}/{(year + 1) % 100:02d}"


def parse_fy(text: str, field: str = "year") -> int:
    """'2016/17' or '2016' → 2016; a DomainError naming `field` otherwise."""
    found = re.fullmatch(r"\s*(\d{4})(?:\s*/\s*(\d{2}|\d{4}))?\s*", text or "", re.ASCII)
    if not found or not 1900 <= int(found[1]) <= 2199 or (
            found[2] and int(found[2]) % 100 != (int(found[1]) + 1) % 100):
        raise DomainError(field, text, "is not a financial year like 2016/17")
    return int(found[1])


@dataclass(frozen=True)
class PreceptSet:
    """The precept a policing body has set for a year: it replaces what a plan assumes for that year."""

    band_d: Decimal
    tax_base: Decimal


def project(base: BaseYear, assumptions: Sequence[Assumptions],
            precepts: Mapping[int, PreceptSet] | None = None) -> list[PlanYear]:
    """The base year and one year for each set of assumptions after it. A year whose precept is set
    takes its Band D and tax base from it (council tax is then the precept, to the penny), and the
    years after it grow from those."""
    if not assumptions:
        raise DomainError("assumptions", "none", "a plan needs assumptions for at least one year after its base year")
    if len(assumptions) > MAX_YEARS:
        raise DomainError("assumptions", len(assumptions), f"a plan runs for at most {MAX_YEARS} years")
    officer, staff, energy, other = base.officer_pay, base.staff_pay, base.energy, base.other_costs
    grant, tax_base, band_d = base.grant, base.tax_base, base.band_d
    precepts = precepts or {}
    tax_base, band_d, assumed = _set(precepts.get(base.year), tax_base, band_d)
    out = [_year(base, base.year, officer, staff, energy, other, grant, tax_base, band_d, None, assumed)]
    for offset, a in enumerate(assumptions, start=1):
        officer = officer * (1 + a.officer_pay_award) * (1 + a.increments)
        staff = staff * (1 + a.staff_pay_award) * (1 + a.increments)
        energy = energy * (1 + a.energy_inflation)
        other = other * (1 + a.general_inflation)
        grant = grant * (1 + a.grant_change)
        tax_base = tax_base * (1 + a.tax_base_growth)
        band_d = (band_d * (1 + a.band_d_increase)).quantize(PENNY, ROUND_HALF_UP)
        tax_base, band_d, assumed = _set(precepts.get(base.year + offset), tax_base, band_d)
        out.append(_year(base, base.year + offset, officer, staff, energy, other, grant, tax_base, band_d, out[-1],
                         assumed))
    return out


def _set(found: PreceptSet | None, tax_base: Decimal, band_d: Decimal) -> tuple[Decimal, Decimal, Decimal | None]:
    """(tax base, Band D, the Band D assumed where the precept set replaces it)."""
    if found is None:
        return tax_base, band_d, None
    return Decimal(found.tax_base), exact(found.band_d, "band_d"), band_d


def compare(scenarios: Mapping[str, list[PlanYear]]) -> list[tuple[int, dict[str, PlanYear]]]:
    """Scenarios side by side: for each year any of them covers, each scenario's figures for it."""
    years = sorted({y.year for plan in scenarios.values() for y in plan})
    return [(year, {name: y for name, plan in scenarios.items() for y in plan if y.year == year}) for year in years]


def _year(base: BaseYear, year: int, officer: Decimal, staff: Decimal, energy: Decimal, other: Decimal,
          grant: Decimal, tax_base: Decimal, band_d: Decimal, before: PlanYear | None,
          assumed_band_d: Decimal | None = None) -> PlanYear:
    savings = sum((amount for y, amount in base.savings.items() if y <= year), Decimal(0))
    nre = officer + staff + energy + other - savings
    # a precept set is Band D × tax base to the penny (`concord.domain.precept.precept`)
    council_tax = tax_base * band_d if assumed_band_d is None else precept(band_d, tax_base)
    financing = grant + council_tax + base.other_financing
    gap = nre - financing
    return PlanYear(year=year, officer_pay=officer, staff_pay=staff, energy=energy, other_costs=other,
                    savings=savings, net_revenue_expenditure=nre, grant=grant, tax_base=tax_base, band_d=band_d,
                    council_tax=council_tax, other_financing=base.other_financing, financing=financing, gap=gap,
                    in_year_gap=gap - (before.gap if before else Decimal(0)), assumed_band_d=assumed_band_d)


def _percent(rate: Decimal | int) -> str:
    return f"{(Decimal(rate) * 100).normalize():f} %"
