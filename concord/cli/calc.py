"""Calculators: cost apportionment and the notice deadline."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Optional

import typer

from concord.cli.options import count, parse_date, parse_decimal
from concord.domain.text import MAX_CLEAR_DAYS, MAX_WORKING_DAYS
from concord.domain.errors import DomainError


def install(app: typer.Typer) -> None:
    app.command("apportion")(apportion)
    app.command("notice-deadline")(notice_deadline)
    app.command("foi-deadline")(foi_deadline)
    app.command("vote")(vote)


def apportion(
    total: Annotated[str, typer.Option("--total", help="Cost to share, in pounds (e.g. 1200000 or £1,200,000.00)")],
    nre: Annotated[list[str], typer.Option("--nre", help="FORCE=AMOUNT, once per force (data.police.uk id)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of {force, share_percent, amount}")] = False,
) -> None:
    """Share a cost by each force's share of net revenue expenditure (rule 6)."""
    from concord.domain import apportion as rules
    from concord.domain.forces import force
    from concord.domain.money import to_money

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
    shares = rules.apportion(amount, nres)
    if as_json:
        typer.echo(json.dumps([{"force": s.force, "share_percent": float(s.share_percent),
                                "amount": float(s.amount)} for s in shares], indent=2))
        return
    width = max(len(s.force) for s in shares)
    for s in shares:
        typer.echo(f"{s.force:<{width}}  {s.share_percent:>5}%  £{s.amount:>15,.2f}")
    typer.echo(f"{'total':<{width}}  {sum(s.share_percent for s in shares):>5}%  "
               f"£{sum(s.amount for s in shares):>15,.2f}")
    typer.echo(f"Method: {rules.METHOD}")


def notice_deadline(
    meeting: Annotated[str, typer.Option("--meeting", help="Date of the meeting (YYYY-MM-DD)")],
    clear_days: Annotated[int, typer.Option("--clear-days", parser=count(MAX_CLEAR_DAYS, what="a number of days"), help="Clear working days required (0 to 60)")] = 2,
) -> None:
    """Print the latest date papers can be sent for a meeting (rule 4), as YYYY-MM-DD."""
    from concord.domain.calendar import latest_dispatch_date

    day = parse_date(meeting, "--meeting")
    typer.echo(latest_dispatch_date(day, clear_days).isoformat())


def foi_deadline(
    received: Annotated[str, typer.Option("--received", help="Date the request was received (YYYY-MM-DD)")],
    working_days: Annotated[int, typer.Option("--working-days", parser=count(MAX_WORKING_DAYS, 1, "a number of days"), help="Working days allowed (1 to 260)")] = 20,
) -> None:
    """Print the date an FOI reply is due (rule 20): day of receipt is day 0; a bank
    holiday anywhere in the UK is not a working day."""
    from concord.domain.calendar import foi_due_date

    typer.echo(foi_due_date(parse_date(received, "--received"), working_days).isoformat())


def vote(
    members: Annotated[list[str], typer.Option("--member", help="A voting member; repeat")],
    for_: Annotated[list[str], typer.Option("--for", help="A member voting for; repeat")] = [],  # noqa: B006
    against: Annotated[list[str], typer.Option("--against", help="A member voting against; repeat")] = [],  # noqa: B006
    host: Annotated[Optional[str], typer.Option("--host", help="Host member holding --host-share of every vote")] = None,
    host_share: Annotated[str, typer.Option("--host-share", help="Host's share in percent")] = "50",
) -> None:
    """Tally a weighted vote (rule 7): the host holds its share, the rest is split equally."""
    from concord.domain import votes as rules

    for name in [*for_, *against]:
        if name not in members:
            raise DomainError("--for/--against", name, "is not one of the --member names")
    both = set(for_) & set(against)
    if both:
        raise DomainError("--for/--against", sorted(both)[0], "cannot vote both ways")
    weights = rules.vote_weights(members, host, parse_decimal(host_share, "--host-share", Decimal(0), Decimal(100)))
    cast = {m: rules.Vote.FOR for m in for_} | {m: rules.Vote.AGAINST for m in against}
    result = rules.tally(weights, cast)
    for name in members:
        how = cast.get(name, "did not vote")
        typer.echo(f"{name:<24} {weights[name]:>10}%  {how}")
    typer.echo(result.describe())
