"""`concord recharge`: shared costs by NRE share, fleet usage invoiced in arrears, each member's statement."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from concord.cli import acting
from concord.cli.capital import YEAR, _plain, financial_year
from concord.cli.options import count, parse_money, terminal_safe

app = typer.Typer(help="Shared costs and usage recharges: costs by NRE share, Chiltern-style fleet usage, "
                  "each member's statement.", no_args_is_help=True)
ALLIANCE = Annotated[str, typer.Argument(help="The alliance, e.g. chiltern or seven-force")]
VEHICLES = count(100000, 0, "vehicles")


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="recharge")


@app.command("cost")
def cost(alliance: ALLIANCE, year: YEAR, label: Annotated[str, typer.Argument(help="e.g. 'Programme team'")],
         amount: Annotated[str, typer.Option("--amount", help="The year's cost (£)")],
         consultancy_allowance: Annotated[bool, typer.Option(
             "--consultancy-allowance", help="It is the annual consultancy allowance, kept as its own figure")] = False,
         ) -> None:
    """Add a cost of the year, shared among the members by their printed share of NRE."""
    from concord.services import recharges

    pounds = parse_money(amount, "--amount")
    assert pounds is not None
    with acting.writing() as ctx:
        done = recharges.add_cost(ctx, alliance, financial_year(year), label, pounds, consultancy_allowance)
    typer.echo(f"Shared cost added: {terminal_safe(done.what)}")


@app.command("profile")
def profile(alliance: ALLIANCE, name: Annotated[str, typer.Argument(help="e.g. 'Marked response car'")],
            rate: Annotated[str, typer.Option("--rate", help="Per vehicle per month (£)")]) -> None:
    """Add a fleet profile and its monthly rate."""
    from concord.services import recharges

    pounds = parse_money(rate, "--rate")
    assert pounds is not None
    with acting.writing() as ctx:
        done = recharges.add_profile(ctx, alliance, name, pounds)
    typer.echo(f"Fleet {terminal_safe(done.what)}")


@app.command("usage")
def usage(alliance: ALLIANCE, profile_name: Annotated[str, typer.Argument(metavar="PROFILE", help="The profile")],
          member: Annotated[str, typer.Option("--member", help="The member force, e.g. bedfordshire")],
          month: Annotated[str, typer.Option("--month", help="YYYY-MM")],
          vehicles: Annotated[int, typer.Option("--vehicles", parser=VEHICLES, help="Vehicles on fleet (0-100000)")],
          ) -> None:
    """Record a member's vehicles of a profile on fleet in a month (invoiced the month after)."""
    from concord.services import recharges

    with acting.writing() as ctx:
        done = recharges.record_usage(ctx, alliance, profile_name, member, month, vehicles)
    typer.echo(f"Recorded {terminal_safe(done.what)}")


@app.command("statement")
def statement(alliance: ALLIANCE, year: YEAR,
              member: Annotated[str, typer.Option("--member", help="The member force")],
              as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """A member's statement for a year: its share of each cost and its fleet invoices."""
    from concord.services import recharges

    with acting.reading() as ctx:
        s = recharges.statement(ctx, alliance, member, financial_year(year))
    if as_json:
        typer.echo(json.dumps(_plain(asdict(s)), indent=2))
        return
    typer.echo(f"Statement for {s.member}: {s.alliance} {s.label}")
    for c in s.costs:
        typer.echo(f"  {terminal_safe(c.label)} ({c.kind}): {c.share_percent} % of £{c.total:,.2f} = £{c.amount:,.2f}")
    for f in s.fleet:
        typer.echo(f"  Fleet {f.month}, {terminal_safe(f.profile)}: {f.vehicles} × £{f.rate:,.2f} = £{f.amount:,.2f}"
                   f" (invoiced {f.invoice_date.isoformat()})")
    typer.echo(f"Shared costs £{s.total_costs:,.2f}; fleet £{s.total_fleet:,.2f}; total £{s.total:,.2f}")
    typer.echo(f"Shares: {s.method}")
