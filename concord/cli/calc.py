"""Calculators: cost apportionment, weighted votes and the notice and FOI deadlines.

Each reads what was typed and calls `concord.services.calc`; the rules
themselves are in `concord.domain`.
"""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer



def install(app: typer.Typer) -> None:
    app.command("apportion")(apportion)
    app.command("notice-deadline")(notice_deadline)
    app.command("foi-deadline")(foi_deadline)
    app.command("vote")(vote)


def apportion(
    total: Annotated[str, typer.Option("--total", help="Cost to share, in pounds, more than 0 and at most "
                                       "£1,000,000,000,000 (e.g. 1200000 or £1,200,000.00)")],
    nre: Annotated[list[str], typer.Option("--nre", help="FORCE=AMOUNT, once per force (data.police.uk id)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: {total, method, shares: [{force, "
                                          "share_percent, amount, note}]}, figures as exact decimal strings")] = False,
) -> None:
    """Share a cost by each force's share of net revenue expenditure (rule 6): shares to 0.1 %,
    and each force pays its printed share, to the penny (largest remainder)."""
    from concord.services import calc

    result = calc.apportion(total, nre)
    shares = result.shares
    if as_json:
        typer.echo(json.dumps({"total": str(result.total), "method": result.method, "shares": [
            {"force": s.force, "share_percent": str(s.share_percent), "amount": str(s.amount), "note": s.note}
            for s in shares]}, indent=2))
        return
    width = max(len(s.force) for s in shares)
    for s in shares:
        note = f"  ({s.note})" if s.note else ""
        typer.echo(f"{s.force:<{width}}  {s.share_percent:>5}%  £{s.amount:>18,.2f}{note}")
    typer.echo(f"{'total':<{width}}  {sum(s.share_percent for s in shares):>5}%  "
               f"£{sum(s.amount for s in shares):>18,.2f}")
    typer.echo(f"Method: {result.method}")


def notice_deadline(
    meeting: Annotated[str, typer.Option("--meeting", help="Date of the meeting (YYYY-MM-DD, 1900 to 2099)")],
    clear_days: Annotated[str, typer.Option("--clear-days", help="Clear working days required, 0 to 60")] = "2",
) -> None:
    """Print the latest date papers can be sent for a meeting (rule 4), as YYYY-MM-DD."""
    from concord.services import calc

    typer.echo(calc.notice_deadline(meeting, clear_days).due.isoformat())


def foi_deadline(
    received: Annotated[str, typer.Option("--received", help="Date the request was received "
                                          "(YYYY-MM-DD, 1900 to 2099)")],
    working_days: Annotated[str, typer.Option("--working-days", help="Working days allowed, 1 to 260")] = "20",
) -> None:
    """Print the date an FOI reply is due (rule 20): day of receipt is day 0; a bank
    holiday anywhere in the UK is not a working day."""
    from concord.services import calc

    typer.echo(calc.foi_deadline(received, working_days).due.isoformat())


def vote(
    members: Annotated[list[str], typer.Option("--member", help="A voting member; repeat")],
    for_: Annotated[list[str], typer.Option("--for", help="A member voting for; repeat")] = [],  # noqa: B006
    against: Annotated[list[str], typer.Option("--against", help="A member voting against; repeat")] = [],  # noqa: B006
    abstain: Annotated[list[str], typer.Option("--abstain", help="A member abstaining; repeat")] = [],  # noqa: B006
    host: Annotated[Optional[str], typer.Option("--host", help="Host member holding --host-share of every vote")] = None,
    host_share: Annotated[str, typer.Option("--host-share", help="Host's share in percent, above 0 and "
                                            "at most 100")] = "50",
    basis: Annotated[Optional[str], typer.Option("--basis", help="Rule for carrying a motion: more than half of "
                                                 "'all' the voting weight, of the weight 'present', or of the "
                                                 "weight 'cast' for or against (default: the --forum's rule, "
                                                 "else all)")] = None,
    forum: Annotated[Optional[str], typer.Option("--forum", help="Take the rule for carrying a motion from "
                                                 "this forum's terms (its slug)")] = None,
) -> None:
    """Tally a weighted vote (rule 7): the host holds its share, the rest is split equally;
    the output says the rule by which a motion is carried."""
    from concord.services import calc

    settings = None
    if forum is not None:
        from concord.cli import acting

        with acting.reading() as ctx:
            settings = calc.forum_voting(ctx, forum)
    result = calc.vote(members, for_, against, abstain, host, host_share, basis, settings)
    for mv in result.members:
        typer.echo(f"{mv.member:<24} {mv.weight:>10}%  {mv.vote.value if mv.vote else 'did not vote'}")
    typer.echo(f"Rule: {result.rule}")
    typer.echo(result.tally.describe())
