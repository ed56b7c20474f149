"""`concord agreement ...`: the register of section 22A agreements."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from concord.cli.options import count, parse_date
from concord.domain.text import MAX_NOTICE_MONTHS

app = typer.Typer(help="Section 22A agreements: list, show, add, renew, extend, join, withdraw, provision.",
                  no_args_is_help=True)

Party = Annotated[str, typer.Option("--party", help="FORCE (both offices), FORCE:chief or FORCE:pcc")]


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="agreement")


def _store():  # noqa: ANN202
    from concord.services import database

    return database.open_store()


def _required_date(value: str, field: str) -> dt.date:
    return parse_date(value, field)


@app.command("list")
def list_() -> None:
    """Every agreement, soonest end first."""
    from concord.services import agreements

    with _store().reading() as s:
        rows = agreements.listing(s)
        if not rows:
            typer.echo("No agreements in the register.")
        for a in rows:
            end = a.end_date.isoformat() if a.end_date else "—"
            typer.echo(f"{a.slug:<40} ends {end:<10}  {len(a.parties):>2} parties  {a.title}")


@app.command("show")
def show(slug: Annotated[str, typer.Argument(help="The agreement's short name (see `list`)")]) -> None:
    """One agreement: terms, parties, versions and renewals."""
    from concord.services import agreements

    with _store().reading() as s:
        a = agreements.get(s, slug)
        typer.echo(a.title)
        for label, value in (("In force from", a.start_date), ("Review", a.review_date), ("Ends", a.end_date),
                             ("Lead force", a.lead_force_id), ("Annual budget", a.annual_budget and f"£{a.annual_budget:,.2f}"),
                             ("Cost basis", a.cost_basis and a.cost_basis.value),
                             ("Notice", a.notice_period_months and f"{a.notice_period_months} months"),
                             ("Marking", a.marking.value + (f" (printed: {a.legacy_marking})" if a.legacy_marking else ""))):
            if value:
                typer.echo(f"  {label:<14} {value}")
        typer.echo("  Parties:")
        for p in a.parties:
            joined = f" (from {p.joined_on.isoformat()})" if p.joined_on else ""
            typer.echo(f"    {p.office.title}{joined}")
        typer.echo("  Versions:")
        for v in a.versions:
            typer.echo(f"    {v.number}. {v.effective_from.isoformat()} {v.kind.value}: {v.summary}")
        for prov in agreements.provisions(s, a.id):
            typer.echo(f"  Clause {prov.clause}: {prov.provision_type.value.replace('_', ' ')} collaboration provision"
                       + (f" — {prov.summary}" if prov.summary else ""))
        from concord.domain.checklist import missing_topics

        missing = missing_topics(a.covers or [])
        if missing:
            typer.echo(f"  Not yet covered ({len(missing)} of the checklist): " + ", ".join(t.value for t in missing))
        if a.renewals:
            typer.echo("  Renewals in writing:")
            for r in a.renewals:
                typer.echo(f"    {r.office.title}: {r.renewed_on.isoformat()}, to {r.new_end_date.isoformat()}")


@app.command("add")
def add(
    slug: Annotated[str, typer.Argument(help="Short name, e.g. regional-fleet-2024")],
    title: Annotated[str, typer.Option("--title", help="Full title")],
    parties: Annotated[list[str], typer.Option("--party", help="FORCE, FORCE:chief or FORCE:pcc; repeat")],
    start: Annotated[str, typer.Option("--start", help="In force from (YYYY-MM-DD)")],
    end: Annotated[Optional[str], typer.Option("--end", help="End date")] = None,
    review: Annotated[Optional[str], typer.Option("--review", help="Review date")] = None,
    lead: Annotated[Optional[str], typer.Option("--lead", help="Lead force id")] = None,
    budget: Annotated[Optional[str], typer.Option("--annual-budget", help="Pounds a year")] = None,
    cost_basis: Annotated[Optional[str], typer.Option("--cost-basis", help="nre_share, equal, usage, fixed, host_funded")] = None,
    notice_months: Annotated[Optional[int], typer.Option("--notice-months", parser=count(MAX_NOTICE_MONTHS, what="a number of months"), help="Withdrawal notice in months (0 to 120)")] = None,
) -> None:
    """Add an agreement (its original version)."""
    from concord.domain.money import to_money
    from concord.services import agreements

    new = agreements.NewAgreement(
        slug=slug, title=title, parties=parties, start=_required_date(start, "--start"),
        end=parse_date(end, "--end"), review=parse_date(review, "--review"), lead=lead,
        annual_budget=to_money(budget, "--annual-budget", allow_negative=False) if budget else None,
        cost_basis=cost_basis, notice_months=notice_months)
    if notice_months is not None and notice_months < 0:
        from concord.domain.errors import DomainError

        raise DomainError("--notice-months", notice_months, "must not be negative")
    with _store().transaction() as s:
        a = agreements.add(s, new)
        typer.echo(f"Added {a.slug}: {a.title} ({len(a.parties)} parties)")


@app.command("renew")
def renew(
    slug: Annotated[str, typer.Argument(help="The agreement")],
    party: Party,
    on: Annotated[str, typer.Option("--on", help="Date of the written renewal")],
    until: Annotated[str, typer.Option("--until", help="New end date agreed")],
    reference: Annotated[Optional[str], typer.Option("--reference", help="Letter or decision reference")] = None,
) -> None:
    """Record a party's renewal in writing (an agreement ends unless every party renews)."""
    from concord.services import agreements

    with _store().transaction() as s:
        done = agreements.renew(s, slug, party, _required_date(on, "--on"), _required_date(until, "--until"), reference)
        typer.echo(f"Recorded {len(done)} renewal(s) of {slug} to {until}")


@app.command("extend")
def extend(
    slug: Annotated[str, typer.Argument(help="The agreement")],
    until: Annotated[str, typer.Option("--until", help="New end date")],
    effective: Annotated[str, typer.Option("--effective", help="Date the variation takes effect")],
    decision: Annotated[Optional[str], typer.Option("--decision", help="Decision notice that approved it")] = None,
) -> None:
    """Extend the term: a new version of the agreement."""
    from concord.services import agreements

    with _store().transaction() as s:
        a = agreements.extend(s, slug, _required_date(until, "--until"), _required_date(effective, "--effective"), decision)
        typer.echo(f"{a.slug} now ends {a.end_date.isoformat()} (version {a.versions[-1].number})")


@app.command("join")
def join(
    slug: Annotated[str, typer.Argument(help="The agreement")],
    party: Party,
    on: Annotated[str, typer.Option("--on", help="Date the member joins")],
    decision: Annotated[Optional[str], typer.Option("--decision", help="Decision notice that approved it")] = None,
) -> None:
    """A member joins from a date: a new version of the agreement."""
    from concord.services import agreements

    with _store().transaction() as s:
        a = agreements.join(s, slug, party, _required_date(on, "--on"), decision)
        typer.echo(f"{party} joined {a.slug} (version {a.versions[-1].number})")


@app.command("withdraw")
def withdraw(
    slug: Annotated[str, typer.Argument(help="The agreement")],
    party: Party,
    given_on: Annotated[str, typer.Option("--given-on", help="Date written notice was given")],
) -> None:
    """Record written notice of withdrawal; prints the earliest exit date."""
    from concord.services import agreements

    with _store().transaction() as s:
        notices = agreements.withdraw(s, slug, party, _required_date(given_on, "--given-on"))
        typer.echo(f"Notice recorded; earliest exit {notices[0].exit_on.isoformat()}")


@app.command("provision")
def provision(
    slug: Annotated[str, typer.Argument(help="The agreement")],
    clause: Annotated[str, typer.Option("--clause", help="Clause number, e.g. 3.1")],
    ptype: Annotated[str, typer.Option("--type", help="force, policing_body or policing_body_and_force (s22A(2))")],
    summary: Annotated[Optional[str], typer.Option("--summary", help="What the clause provides")] = None,
) -> None:
    """Record a clause's provision type; refused unless the parties fit it (s22A(3)-(5))."""
    from concord.services import agreements

    with _store().transaction() as s:
        agreements.add_provision(s, slug, clause, ptype, summary)
        typer.echo(f"Clause {clause} of {slug} recorded as a {ptype.replace('_', ' ')} collaboration provision")
