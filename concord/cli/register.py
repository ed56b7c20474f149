"""Commands that set up and look at the register: init, demo, status, check."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Annotated, Optional

import typer

from concord.cli.options import count, parse_date
from concord.domain.text import MAX_DAYS_AHEAD
from concord.domain.findings import LABELS, Finding


def install(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("demo")(demo)
    app.command("status")(status)
    app.command("check")(check)


def init() -> None:
    """Create the database (or bring it up to date) and load reference data.

    Uses CONCORD_DATABASE_URL, or the SQLite file ./concord.db.
    """
    from concord.services import database

    store = database.open_store(require_schema=False)
    added = database.init(store)
    typer.echo(f"Database ready: {store.engine.url.render_as_string(hide_password=True)}"
               f" ({added} reference records added)")


def demo() -> None:
    """Load the demo data set (idempotent: a second run adds nothing)."""
    from concord.services import database
    from concord import demo as demo_service

    from concord.demo import users as demo_users
    from concord.services.context import system_actor, unit_of_work

    store = database.open_store(require_schema=False)
    database.init(store)
    with unit_of_work(store, system_actor("concord demo")) as ctx:
        added = demo_service.load_demo(ctx.session)
        accounts = demo_users.load(ctx)
    total = sum(added.values())
    if total:
        typer.echo("Demo data loaded: " + ", ".join(f"{n} {k}" for k, n in added.items() if n))
    else:
        typer.echo("Demo data already present: nothing added")
    for account in accounts:
        typer.echo(account.line())


def status(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date to report for (YYYY-MM-DD); default today")] = None,
) -> None:
    """Summarise the register and what `concord check` finds for today."""
    from concord.cli import acting
    from concord.services.status import status as build

    day = parse_date(as_of, "--as-of") or dt.date.today()
    with acting.reading() as ctx:
        st = build(ctx, day)
    typer.echo(f"Concord register — {st.database} — as of {day.isoformat()}")
    typer.echo("")
    typer.echo("Register:")
    for name, n in st.counts.items():
        typer.echo(f"  {n:>7,}  {name}")
    if st.agreements:
        typer.echo("")
        typer.echo("Agreements in force (soonest end first):")
        for a in st.agreements:
            typer.echo(f"  {_d(a.end_date):>10}  {a.title}" + (f"  (review {_d(a.review_date)})" if a.review_date else ""))
    if st.next_meetings:
        typer.echo("")
        typer.echo("Next meetings:")
        for forum, day_ in st.next_meetings:
            typer.echo(f"  {day_.isoformat()}  {forum}")
    typer.echo("")
    _print_summary(list(st.findings), day)


def _d(d: dt.date | None) -> str:
    return d.isoformat() if d else "—"


def _print_summary(findings: list[Finding], day: dt.date, limit: int = 12) -> None:
    if not findings:
        typer.echo(f"Check for {day.isoformat()}: nothing to act on.")
        return
    kinds = Counter(LABELS[f.kind].lower() for f in findings)
    overdue = sum(f.overdue for f in findings)
    typer.echo(f"Check for {day.isoformat()}: {len(findings)} findings, {overdue} overdue "
               f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")
    shown = sorted(findings, key=lambda f: (not f.overdue, f.date or dt.date.max))[:limit]
    for f in shown:
        typer.echo("  " + _line(f))
    if len(findings) > limit:
        typer.echo(f"  … and {len(findings) - limit} more: run `concord check` for the full list")


def _line(f: Finding) -> str:
    flag = "OVERDUE " if f.overdue else ""
    return f"{_d(f.date):>10}  {flag}{LABELS[f.kind]}: {f.subject} — {f.detail}"


def check(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date to check as of (YYYY-MM-DD); default today")] = None,
    within: Annotated[int, typer.Option("--within", parser=count(MAX_DAYS_AHEAD, what="a number of days"), help="Days ahead to warn of reviews, expiries and exits (0 to 3660)")] = 90,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: {as_of, findings: [{kind, subject, date, detail, overdue, entity, key}]}")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when anything is overdue")] = False,
) -> None:
    """Upcoming or overdue reviews, expiries and exits; overdue actions; numbering
    gaps; late papers; printed totals that do not cast."""
    from concord.cli import acting
    from concord.services.check import run_check

    day = parse_date(as_of, "--as-of") or dt.date.today()
    with acting.reading() as ctx:
        findings = run_check(ctx, day, within)
    if as_json:
        typer.echo(json.dumps({"as_of": day.isoformat(), "findings": [f.as_dict() for f in findings]}, indent=2))
    else:
        if not findings:
            typer.echo(f"Nothing to act on as of {day.isoformat()}.")
        for f in findings:
            typer.echo(_line(f))
    if strict and any(f.overdue for f in findings):
        raise typer.Exit(1)
