"""`concord savings`: savings and benefits of collaboration, predicted and delivered, and the spend beside them."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.capital import YEAR, _plain, financial_year
from concord.cli.options import parse_date, parse_money, terminal_safe

app = typer.Typer(help="Savings and benefits: predicted against delivered, per project, function, force and "
                  "year; the spend on collaboration beside them; roll-ups per alliance and per force.",
                  no_args_is_help=True)
ALLIANCE = Annotated[str, typer.Argument(help="The alliance, e.g. bch")]


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="savings")


@app.command("add")
def add(alliance: ALLIANCE, description: Annotated[str, typer.Argument(help="What is saved")],
        period: Annotated[str, typer.Option("--period", help="2017/18, or a run of years 2017/18-2019/20")],
        predicted: Annotated[Optional[str], typer.Option("--predicted", help="Predicted saving (£)")] = None,
        delivered: Annotated[Optional[str], typer.Option("--delivered", help="Delivered so far (£)")] = None,
        member: Annotated[Optional[str], typer.Option("--member", help="The force (default: the alliance as a whole)")] = None,
        project: Annotated[Optional[str], typer.Option("--project", help="The project's slug")] = None,
        function: Annotated[Optional[str], typer.Option("--function", help="The collaborated function's name")] = None,
        non_cashable: Annotated[bool, typer.Option("--non-cashable", help="Not cashable (time, capacity)")] = False,
        owner: Annotated[Optional[str], typer.Option("--owner", help="Who owns the saving")] = None,
        measure: Annotated[Optional[str], typer.Option("--measure", help="How it is measured")] = None,
        baseline: Annotated[Optional[str], typer.Option("--baseline", help="The baseline (£)")] = None,
        target: Annotated[Optional[str], typer.Option("--target", help="The target (£)")] = None,
        due: Annotated[Optional[str], typer.Option("--due", help="Due by (YYYY-MM-DD)")] = None,
        ) -> None:
    """Add a saving to the register."""
    from concord.services import savings

    with acting.writing() as ctx:
        done = savings.add_saving(
            ctx, alliance, description, period, predicted=parse_money(predicted, "--predicted"),
            delivered=parse_money(delivered, "--delivered"), force=member, project=project, function=function,
            cashable=not non_cashable, owner=owner, measure=measure, baseline=parse_money(baseline, "--baseline"),
            target=parse_money(target, "--target"), due_on=parse_date(due, "--due"))
    typer.echo(f"Saving {done.id} added: {terminal_safe(done.description)}, {done.period}")


@app.command("deliver")
def deliver(saving: Annotated[int, typer.Argument(help="The saving's number")],
            delivered: Annotated[str, typer.Option("--delivered", help="Delivered so far (£)")],
            expected_version: Annotated[Optional[int], typer.Option(
                "--expected-version", help="The saving's version as you saw it; a newer one is refused (exit 3)")] = None,
            ) -> None:
    """Record what a saving has delivered."""
    from concord.services import savings

    amount = parse_money(delivered, "--delivered")
    assert amount is not None
    with acting.writing() as ctx:
        done = savings.deliver(ctx, saving, amount, expected_version)
    typer.echo(f"Saving {done.id}: delivered £{amount:,.2f} of £{done.predicted or 0:,.2f} predicted "
               f"(version {done.version})")


@app.command("spend")
def spend(alliance: ALLIANCE, year: YEAR,
          member: Annotated[str, typer.Option("--member", help="The force")],
          amount: Annotated[str, typer.Option("--amount", help="Spent on the collaboration in the year (£)")],
          note: Annotated[Optional[str], typer.Option("--note", help="Where the figure comes from")] = None) -> None:
    """Record a force's spend on the alliance's collaboration in a year."""
    from concord.services import savings

    pounds = parse_money(amount, "--amount")
    assert pounds is not None
    with acting.writing() as ctx:
        done = savings.add_spend(ctx, alliance, member, financial_year(year), pounds, note)
    typer.echo(f"{done.force} {done.year}: spend £{done.spend:,.2f}")


@app.command("show")
def show(alliance: Annotated[Optional[str], typer.Argument(help="Only this alliance's")] = None,
         member: Annotated[Optional[str], typer.Option("--member", help="Only this force's")] = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """The register, with roll-ups per alliance and per force, and spend beside savings."""
    from concord.services import savings

    with acting.reading() as ctx:
        reg = savings.register(ctx, alliance, member)
    if as_json:
        typer.echo(json.dumps(_plain(asdict(reg)), indent=2))
        return
    for x in reg.lines:
        where = x.force or "all forces"
        typer.echo(f"{x.id}. {x.alliance} {where} {x.period}: {terminal_safe(x.description)} — predicted "
                   f"{_money(x.predicted)}, delivered {_money(x.delivered)}"
                   + ("" if x.cashable else " (non-cashable)"))
    for title, rollups in (("By alliance", reg.by_alliance), ("By force", reg.by_force)):
        typer.echo(f"\n{title}")
        for r in rollups:
            typer.echo(f"  {r.name}: predicted {_money(r.all_years.predicted)}, delivered "
                       f"{_money(r.all_years.delivered)} (" + "; ".join(
                           f"{t.period} {_money(t.predicted)}/{_money(t.delivered)}" for t in r.by_period) + ")")
    if reg.spend:
        typer.echo("\nSpend on collaboration beside savings")
        for s in reg.spend:
            typer.echo(f"  {s.force} {s.year}: spend {_money(s.spend)}, savings predicted {_money(s.predicted)}, "
                       f"delivered {_money(s.delivered)}")


def _money(amount: Any) -> str:
    from concord.domain.savings import whole_pounds

    return whole_pounds(amount) or "-"
