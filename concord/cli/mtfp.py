"""`concord mtfp`: Medium Term Financial Plan scenarios — a base year, each year's assumptions, the gap."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, parse_decimal, parse_money, terminal_safe

app = typer.Typer(help="Medium Term Financial Plan scenarios: add, assume, show, list.", no_args_is_help=True)

YEAR = count(2100, 2000, "a financial year's first calendar year")
PERCENT_HELP = "percent a year, e.g. 1.5 (or -0.5 for a cut)"


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="mtfp")


def _pounds(value: str, field: str, negative: bool = False) -> Decimal:
    amount = parse_money(value, field, allow_negative=negative)
    assert amount is not None
    return amount


def _percent(value: Optional[str], field: str) -> Optional[Decimal]:
    return None if value is None else parse_decimal(value.rstrip("% "), field, Decimal(-50), Decimal(50))


@app.command("add")
def add(
    body: Annotated[str, typer.Argument(help="The policing body: its force's id, e.g. cambridgeshire")],
    name: Annotated[str, typer.Argument(help="The scenario's name, e.g. central")],
    base_year: Annotated[int, typer.Option("--base-year", parser=YEAR, help="The base year: 2016 is 2016/17")],
    officer_pay: Annotated[str, typer.Option("--officer-pay", help="Police officer pay in the base year (£)")],
    staff_pay: Annotated[str, typer.Option("--staff-pay", help="Police staff pay (£)")],
    energy: Annotated[str, typer.Option("--energy", help="Energy costs (£)")],
    other_costs: Annotated[str, typer.Option("--other-costs", help="Every other cost, net of income (£)")],
    grant: Annotated[str, typer.Option("--grant", help="Central government grant (£)")],
    tax_base: Annotated[str, typer.Option("--tax-base", help="Band D equivalent properties, e.g. 232000.5")],
    band_d: Annotated[str, typer.Option("--band-d", help="The Band D precept (£ and pence)")],
    other_financing: Annotated[str, typer.Option("--other-financing", help="Other financing (£)")] = "0",
    marking: Annotated[str, typer.Option("--marking", help="Its protective marking")] = "OFFICIAL",
) -> None:
    """Add a scenario: the base year's budget, from which its assumptions project the later years."""
    from concord.services import mtfp

    new = mtfp.NewScenario(
        body=body, name=name, base_year=base_year, officer_pay=_pounds(officer_pay, "--officer-pay"),
        staff_pay=_pounds(staff_pay, "--staff-pay"), energy=_pounds(energy, "--energy"),
        other_costs=_pounds(other_costs, "--other-costs", negative=True), grant=_pounds(grant, "--grant"),
        tax_base=parse_decimal(tax_base.replace(",", ""), "--tax-base", Decimal(0), Decimal(10) ** 9),
        band_d=_pounds(band_d, "--band-d"), other_financing=_pounds(other_financing, "--other-financing", True),
        marking=marking)
    with acting.writing() as ctx:
        done = mtfp.add_scenario(ctx, new)
    typer.echo(f"MTFP scenario {done.body}/{terminal_safe(done.name)} added: base year {_fy(done.base_year)} "
               f"(version {done.version}); set each later year with `concord mtfp assume`")


@app.command("assume")
def assume(
    body: Annotated[str, typer.Argument(help="The policing body: its force's id")],
    name: Annotated[str, typer.Argument(help="The scenario's name")],
    year: Annotated[int, typer.Option("--year", parser=YEAR, help="The year: 2017 is 2017/18")],
    pay_award: Annotated[Optional[str], typer.Option("--pay-award", help=f"Officer and staff pay award, {PERCENT_HELP}")] = None,
    officer_pay_award: Annotated[Optional[str], typer.Option("--officer-pay-award", help=f"Officer pay award, {PERCENT_HELP}")] = None,
    staff_pay_award: Annotated[Optional[str], typer.Option("--staff-pay-award", help=f"Staff pay award, {PERCENT_HELP}")] = None,
    increments: Annotated[Optional[str], typer.Option("--increments", help=f"Pay increments, {PERCENT_HELP}")] = None,
    inflation: Annotated[Optional[str], typer.Option("--inflation", help=f"General inflation, {PERCENT_HELP}")] = None,
    energy_inflation: Annotated[Optional[str], typer.Option("--energy-inflation", help=f"Energy inflation, {PERCENT_HELP}")] = None,
    grant_change: Annotated[Optional[str], typer.Option("--grant-change", help=f"Change in grant, {PERCENT_HELP}")] = None,
    tax_base_growth: Annotated[Optional[str], typer.Option("--tax-base-growth", help=f"Growth of the tax base, {PERCENT_HELP}")] = None,
    band_d_increase: Annotated[Optional[str], typer.Option("--band-d-increase", help=f"Precept increase, {PERCENT_HELP}")] = None,
    savings: Annotated[Optional[str], typer.Option("--savings", help="Savings planned for the year (£)")] = None,
    expected_version: Annotated[Optional[int], typer.Option(
        "--expected-version", help="The scenario's version as you saw it; a newer one is refused (exit 3)")] = None,
) -> None:
    """Set a year's assumptions; those not given keep their value (0 in a new year)."""
    from concord.services import mtfp

    if pay_award is not None and (officer_pay_award is not None or staff_pay_award is not None):
        from concord.domain.errors import DomainError

        raise DomainError("--pay-award", pay_award, "give it, or --officer-pay-award and --staff-pay-award, not both")
    # each assumption: (the value typed, the option it was typed as)
    given = {"officer_pay_award": (officer_pay_award, "--officer-pay-award") if pay_award is None
             else (pay_award, "--pay-award"),
             "staff_pay_award": (staff_pay_award, "--staff-pay-award") if pay_award is None
             else (pay_award, "--pay-award"),
             "increments": (increments, "--increments"), "general_inflation": (inflation, "--inflation"),
             "energy_inflation": (energy_inflation, "--energy-inflation"),
             "grant_change": (grant_change, "--grant-change"), "tax_base_growth": (tax_base_growth, "--tax-base-growth"),
             "band_d_increase": (band_d_increase, "--band-d-increase")}
    rates = {k: p for k, (v, option) in given.items() if (p := _percent(v, option)) is not None}
    with acting.writing() as ctx:
        done = mtfp.assume(ctx, body, name, year, rates, _pounds(savings, "--savings") if savings else None,
                           expected_version)
    typer.echo(f"MTFP scenario {done.body}/{terminal_safe(done.name)}: {_fy(year)} set (version {done.version})")
    _table([done])


@app.command("show")
def show(
    body: Annotated[str, typer.Argument(help="The policing body: its force's id")],
    names: Annotated[Optional[list[str]], typer.Argument(help="Scenarios to show side by side (default: all)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """Net revenue expenditure, financing and the gap, per year, for one scenario or several side by side."""
    from concord.services import mtfp

    with acting.reading() as ctx:
        chosen = names or [s.name for s in mtfp.scenarios(ctx, body)]
        found = [mtfp.scenario(ctx, body, n) for n in chosen]
    if as_json:
        typer.echo(json.dumps([_as_json(s) for s in found], indent=2))
        return
    if not found:
        typer.echo(f"No MTFP scenarios for {terminal_safe(body)}: add one with `concord mtfp add`")
        return
    _table(found)


@app.command("list")
def list_(
    body: Annotated[Optional[str], typer.Argument(help="Only this policing body's")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """The MTFP scenarios in the register."""
    from concord.services import mtfp

    with acting.reading() as ctx:
        found = mtfp.scenarios(ctx, body)
    if as_json:
        typer.echo(json.dumps([{"body": s.body, "name": s.name, "base_year": s.base_year, "years": list(s.years),
                                "marking": s.marking, "version": s.version} for s in found], indent=2))
        return
    for s in found:
        last = _fy(s.years[-1]) if s.years else "no later years yet"
        typer.echo(f"{s.body}/{terminal_safe(s.name)}: {_fy(s.base_year)} to {last} ({s.marking}, version {s.version})")


def _fy(year: int) -> str:
    from concord.domain.mtfp import fy

    return fy(year)


def _k(amount: Decimal) -> str:
    """£'000 for the table, rounded half up for display only."""
    from concord.domain.budget import for_display

    return f"{for_display(amount, 'GBP_thousands'):,}"


def _table(found: list[Any]) -> None:
    rows = [("Net revenue expenditure", "net_revenue_expenditure"), ("Financing", "financing"),
            ("Budget gap (cumulative)", "gap"), ("In-year gap", "in_year_gap")]
    for s in found:
        typer.echo(f"\n{s.body}/{terminal_safe(s.name)} ({s.marking}), £000")
        typer.echo(f"{'':<26}" + "".join(f"{y.label:>12}" for y in s.plan))
        for label, attr in rows:
            typer.echo(f"{label:<26}" + "".join(f"{_k(getattr(y, attr)):>12}" for y in s.plan))
        typer.echo(f"{'Band D precept (£)':<26}" + "".join(f"{str(y.band_d) + ('*' if y.precept_set else ''):>12}"
                                                           for y in s.plan))
        if any(y.precept_set for y in s.plan):
            typer.echo("* the precept set for the year (`concord precept show`), not the scenario's assumption")


def _as_json(s: Any) -> dict[str, Any]:
    money = ("officer_pay", "staff_pay", "energy", "other_costs", "savings", "net_revenue_expenditure", "grant",
             "council_tax", "other_financing", "financing", "gap", "in_year_gap")
    return {"body": s.body, "name": s.name, "marking": s.marking, "version": s.version,
            "years": [{"year": y.label, **{k: str(getattr(y, k).quantize(Decimal("0.01"))) for k in money},
                       "tax_base": str(y.tax_base.quantize(Decimal("0.01"))), "band_d": str(y.band_d),
                       "precept_set": y.precept_set,
                       "assumed_band_d": str(y.assumed_band_d) if y.assumed_band_d is not None else None,
                       "assumptions_percent": {k: str(v) for k, v in s.assumptions.get(y.year, {}).items()}}
                      for y in s.plan]}
