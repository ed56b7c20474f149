"""`concord precept`: Band D × tax base, the bands A to H, the referendum limit and the timetable."""

from __future__ import annotations

import json
from dataclasses import asdict
from decimal import Decimal
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.capital import BODY, YEAR, _plain, financial_year
from concord.cli.options import parse_date, parse_decimal, parse_money, terminal_safe

app = typer.Typer(help="The precept: Band D, tax base, bands A-H, the referendum limit, the timetable.",
                  no_args_is_help=True)


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="precept")


@app.command("set")
def set_(body: BODY, year: YEAR,
         band_d: Annotated[str, typer.Option("--band-d", help="The Band D precept (£ and pence)")],
         tax_base: Annotated[str, typer.Option("--tax-base", help="Band D equivalent properties, e.g. 236640.5")],
         expected_version: Annotated[Optional[int], typer.Option(
             "--expected-version", help="The precept's version as you saw it; a newer one is refused (exit 3)")] = None,
         ) -> None:
    """Set a year's Band D and tax base; shows the precept and the check against the limit."""
    from concord.services import precept

    amount = parse_money(band_d, "--band-d")
    assert amount is not None
    base = parse_decimal(tax_base.replace(",", ""), "--tax-base", Decimal(0), Decimal(10) ** 9)
    with acting.writing() as ctx:
        view = precept.set_precept(ctx, body, financial_year(year), amount, base, expected_version)
    _print(view)


@app.command("limit")
def limit(year: YEAR,
          percent: Annotated[Optional[str], typer.Option("--percent", help="The most Band D may rise, in %")] = None,
          pounds: Annotated[Optional[str], typer.Option("--pounds", help="The most Band D may rise, in £")] = None,
          ) -> None:
    """Set a year's referendum limit (an administrator): a percentage, a sum, or both (the greater applies)."""
    from concord.services import precept

    pct = parse_decimal(percent.rstrip("% "), "--percent", Decimal(0), Decimal(100)) if percent else None
    with acting.writing() as ctx:
        done = precept.set_limit(ctx, financial_year(year), pct, parse_money(pounds, "--pounds"))
    typer.echo(f"Referendum limit for {year}: " + " or ".join(
        ([f"{done.percent} %"] if done.percent is not None else []) +
        ([f"£{done.pounds:,.2f}"] if done.pounds is not None else [])))


@app.command("date")
def date(body: BODY, year: YEAR, event: Annotated[str, typer.Argument(help="e.g. 'Police and Crime Panel'")],
         on: Annotated[str, typer.Option("--on", help="YYYY-MM-DD")]) -> None:
    """Add (or move) a date of the year's precept timetable."""
    from concord.services import precept

    when = parse_date(on, "--on")
    assert when is not None
    with acting.writing() as ctx:
        view = precept.add_date(ctx, body, financial_year(year), event, when)
    _print(view)


@app.command("show")
def show(body: BODY, year: YEAR, as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """The year's precept, its bands, the rise checked against the limit, and the timetable."""
    from concord.services import precept

    with acting.reading() as ctx:
        view = precept.precept(ctx, body, financial_year(year))
    if as_json:
        typer.echo(json.dumps(_plain(asdict(view)), indent=2))
        return
    _print(view)


def _print(v: Any) -> None:
    typer.echo(f"{v.body} {v.label}: Band D £{v.band_d:,.2f} × tax base {v.tax_base:,} = precept £{v.precept:,.2f}")
    typer.echo("Bands: " + ", ".join(f"{band} £{amount:,.2f}" for band, amount in v.bands))
    if v.increase is not None:
        verdict = ("no limit set for the year" if v.excessive is None else
                   f"EXCEEDS the referendum limit ({v.limit})" if v.excessive else f"within the limit ({v.limit})")
        typer.echo(f"Rise on the year before: £{v.increase:,.2f} ({v.increase_percent} %): {verdict}")
    for when, event in v.timetable:
        typer.echo(f"{when.isoformat()}  {terminal_safe(event)}")
