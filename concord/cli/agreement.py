"""`concord agreement ...`: the register of section 22A agreements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Optional, TypeVar

import typer

from concord.cli import acting
from concord.cli.options import count, parse_date
from concord.domain.text import MAX_NOTICE_MONTHS

T = TypeVar("T")

app = typer.Typer(help="Section 22A agreements: list, show, add, renew, extend, join, withdraw, sign, "
                       "follow-through, provision, summary, summary-approve.", no_args_is_help=True)

Parties = Annotated[list[str], typer.Option("--party", help="FORCE (both offices; a non-territorial force's chief "
                                                            "constable), FORCE:chief or FORCE:pcc; repeat for more")]
Slug = Annotated[str, typer.Argument(help="The agreement's short name (see `list`)")]
AsOf = Annotated[Optional[str], typer.Option("--as-of", help="As it stands on this day (default today)")]

#: attempts at a write that lost a race with another writer before giving up
ATTEMPTS = 8


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="agreement")


def _date(value: str, field: str) -> dt.date:
    day = parse_date(value, field)
    assert day is not None
    return day


def _write(change: Callable[..., T]) -> T:
    """Run one change in its own unit of work; when another writer changed the
    agreement first (a conflict), start again on what it committed."""
    import random
    import time

    from concord.domain.errors import ConflictError

    for attempt in range(ATTEMPTS):
        try:
            with acting.writing() as ctx:
                return change(ctx)
        except ConflictError:
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


@app.command("list")
def list_(as_of: AsOf = None) -> None:
    """Every agreement, soonest end first, with its state on the day."""
    from concord.services import agreements

    with acting.reading() as ctx:
        rows = agreements.listing(ctx, parse_date(as_of, "--as-of"))
    if not rows:
        typer.echo("No agreements in the register.")
    for a in rows:
        end = a.end_date.isoformat() if a.end_date else "—"
        typer.echo(f"{a.slug:<40} ends {end:<10}  {a.state.replace('_', ' '):<11} {a.parties:>2} parties  {a.title}")


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


@app.command("show")
def show(slug: Slug, as_of: AsOf = None) -> None:
    """One agreement: terms, parties, signatures, versions and who followed each through, renewals."""
    from concord.services import agreements

    with acting.reading() as ctx:
        a = agreements.show(ctx, slug, parse_date(as_of, "--as-of"))
    typer.echo(a.title)
    notice = (f"{a.notice_period_months} months" if a.notice_period_months else None)
    if a.committed_for_duration:
        notice = "none: the parties are committed for the duration" + (f" ({notice})" if notice else "")
    for label, value in (("State", f"{a.state.replace('_', ' ')} on {a.as_of.isoformat()}"),
                         ("In force from", a.start_date), ("Review", a.review_date), ("Ends", a.end_date),
                         ("Lead force", a.lead_force_id),
                         ("Annual budget", a.annual_budget is not None and f"£{a.annual_budget:,.2f}"),
                         ("Cost basis", a.cost_basis), ("Notice", notice),
                         ("Marking", a.marking + (f" (printed: {a.legacy_marking})" if a.legacy_marking else "")),
                         ("Succeeds", a.succeeds), ("Succeeded by", ", ".join(a.succeeded_by))):
        if value:
            typer.echo(f"  {label:<14} {value}")
    typer.echo("  Parties:")
    for p in a.parties:
        joined = f" (from {p.joined_on.isoformat()})" if p.joined_on else ""
        signed = f", signed {p.signed_on.isoformat()}" if p.signed_on else ", signature not recorded"
        leaving = f", leaving {p.left_on.isoformat()}" if p.left_on else ""
        typer.echo(f"    {p.office}{joined}{signed}{leaving}")
    if a.former_parties:
        typer.echo("  Former parties:")
        for p in a.former_parties:
            typer.echo(f"    {p.office} (left {_day(p.left_on)})")
    typer.echo("  Versions:")
    for v in a.versions:
        by = f" [{v.decision_notice}]" if v.decision_notice else ""
        typer.echo(f"    {v.number}. {v.effective_from.isoformat()} {v.kind}: {v.summary}{by}")
        for f in v.follow_through:
            ref = f", {f.decision_notice}" if f.decision_notice else ""
            typer.echo(f"       {f.office}: {f.kind.replace('_', ' ')} {f.given_on.isoformat()}{ref}")
        if v.follow_through and v.awaiting:
            typer.echo(f"       not yet followed through by: {'; '.join(v.awaiting)}")
    for prov in a.provisions:
        typer.echo(f"  Clause {prov.clause}: {prov.provision_type.replace('_', ' ')} collaboration provision"
                   + (f" — {prov.summary}" if prov.summary else ""))
    if a.missing_topics:
        typer.echo(f"  Not yet covered ({len(a.missing_topics)} of the checklist): " + ", ".join(a.missing_topics))
    if a.renewals:
        typer.echo("  Renewals in writing:")
        for r in a.renewals:
            typer.echo(f"    {r.office}: {r.renewed_on.isoformat()}, to {r.new_end_date.isoformat()}")
    if a.not_yet_renewed and a.state != "ended":
        typer.echo("  Not yet renewed: " + "; ".join(a.not_yet_renewed))
    for w in a.withdrawals:
        typer.echo(f"  Notice of withdrawal: {w.office}, given {w.given_on.isoformat()}, leaves {w.exit_on.isoformat()}")


@app.command("add")
def add(
    slug: Annotated[str, typer.Argument(help="Short name, e.g. regional-fleet-2024")],
    title: Annotated[str, typer.Option("--title", help="Full title")],
    parties: Parties,
    start: Annotated[str, typer.Option("--start", help="In force from (YYYY-MM-DD)")],
    end: Annotated[Optional[str], typer.Option("--end", help="End date")] = None,
    review: Annotated[Optional[str], typer.Option("--review", help="Review date")] = None,
    lead: Annotated[Optional[str], typer.Option("--lead", help="Lead force id")] = None,
    budget: Annotated[Optional[str], typer.Option("--annual-budget", help="Pounds a year")] = None,
    cost_basis: Annotated[Optional[str], typer.Option("--cost-basis", help="nre_share, equal, usage, fixed, host_funded")] = None,
    notice_months: Annotated[Optional[int], typer.Option("--notice-months", parser=count(MAX_NOTICE_MONTHS, what="a number of months"), help="Withdrawal notice in months (0 to 120)")] = None,
    for_duration: Annotated[bool, typer.Option("--for-duration", help="The parties are committed for the duration: "
                                                                      "no withdrawal before the end date")] = False,
    succeeds: Annotated[Optional[str], typer.Option("--succeeds", help="The earlier agreement this one follows")] = None,
    decision: Annotated[Optional[str], typer.Option("--decision", help="Decision notice that approved it")] = None,
    marking: Annotated[str, typer.Option("--marking", help="Protective marking, e.g. OFFICIAL or OFFICIAL-SENSITIVE")] = "OFFICIAL",
    owner: Annotated[Optional[str], typer.Option("--owner", help="The organisation it belongs to (its editors "
                                                                 "change it), e.g. cambridgeshire-opcc")] = None,
) -> None:
    """Add an agreement (its original version): two or more policing bodies must be parties."""
    from concord.domain.money import to_money
    from concord.services import agreements

    new = agreements.NewAgreement(
        slug=slug, title=title, parties=parties, start=_date(start, "--start"),
        end=parse_date(end, "--end"), review=parse_date(review, "--review"), lead=lead,
        annual_budget=to_money(budget, "--annual-budget", allow_negative=False) if budget else None,
        cost_basis=cost_basis, notice_months=notice_months, committed_for_duration=for_duration,
        succeeds=succeeds, decision=decision, marking=marking, owner=owner)
    a = _write(lambda ctx: agreements.add(ctx, new))
    typer.echo(f"Added {a.slug}: {a.title} ({len(a.parties)} parties, marked {a.marking})")


@app.command("renew")
def renew(
    slug: Slug,
    parties: Parties,
    on: Annotated[str, typer.Option("--on", help="Date of the written renewal")],
    until: Annotated[str, typer.Option("--until", help="New end date agreed")],
    reference: Annotated[Optional[str], typer.Option("--reference", help="Letter or decision reference")] = None,
) -> None:
    """Record parties' renewals in writing (an agreement ends unless every party renews before its end)."""
    from concord.services import agreement_changes

    day, to = _date(on, "--on"), _date(until, "--until")
    done = _write(lambda ctx: agreement_changes.renew(ctx, slug, parties, day, to, reference))
    typer.echo(f"Recorded {len(done.offices)} renewal(s) of {slug} to {until}: " + "; ".join(done.offices))
    if done.extended:
        typer.echo(f"Every party has renewed in writing: {slug} now ends {_day(done.end_date)} "
                   f"(version {done.version_number})")


@app.command("extend")
def extend(
    slug: Slug,
    until: Annotated[str, typer.Option("--until", help="New end date")],
    effective: Annotated[str, typer.Option("--effective", help="Date the variation takes effect")],
    decision: Annotated[Optional[str], typer.Option("--decision", help="Decision notice that approved it")] = None,
) -> None:
    """Extend the term: a new version of the agreement."""
    from concord.services import agreement_changes

    to, day = _date(until, "--until"), _date(effective, "--effective")
    done = _write(lambda ctx: agreement_changes.extend(ctx, slug, to, day, decision))
    typer.echo(f"{done.slug} now ends {_day(done.end_date)} (version {done.version_number})")


@app.command("join")
def join(
    slug: Slug,
    parties: Parties,
    on: Annotated[str, typer.Option("--on", help="Date the members join")],
    decision: Annotated[Optional[str], typer.Option("--decision", help="Decision notice that approved it")] = None,
) -> None:
    """Members join from a date: a new version of the agreement naming every office that joins."""
    from concord.services import agreement_changes

    day = _date(on, "--on")
    done = _write(lambda ctx: agreement_changes.join(ctx, slug, parties, day, decision))
    typer.echo(f"{'; '.join(done.offices)} joined {done.slug} (version {done.version_number})")


@app.command("withdraw")
def withdraw(
    slug: Slug,
    parties: Parties,
    given_on: Annotated[str, typer.Option("--given-on", help="Date written notice was given")],
) -> None:
    """Record written notice of withdrawal; prints the earliest exit date."""
    from concord.services import agreement_changes

    day = _date(given_on, "--given-on")
    notices = _write(lambda ctx: agreement_changes.withdraw(ctx, slug, parties, day))
    typer.echo(f"Notice recorded; earliest exit {notices[0].exit_on.isoformat()}: "
               + "; ".join(n.office for n in notices))


@app.command("sign")
def sign(
    slug: Slug,
    parties: Parties,
    on: Annotated[str, typer.Option("--on", help="Date the parties signed")],
) -> None:
    """Record the day parties signed the agreement (it may be in force before it is signed)."""
    from concord.services import agreement_changes

    day = _date(on, "--on")
    done = _write(lambda ctx: agreement_changes.sign(ctx, slug, parties, day))
    typer.echo(f"Signed {done.slug} on {on}: " + "; ".join(done.offices))


@app.command("follow-through")
def follow_through(
    slug: Slug,
    parties: Parties,
    kind: Annotated[str, typer.Option("--kind", help="executive_decision, consent or written_agreement (rule 5)")],
    on: Annotated[str, typer.Option("--on", help="Date of the decision, consent or written agreement")],
    notice: Annotated[Optional[str], typer.Option("--notice", help="Decision notice that records it")] = None,
    version: Annotated[Optional[int], typer.Option("--version", help="Version it follows (default the latest)")] = None,
) -> None:
    """Record parties' follow-through of a version decided in principle: each corporation sole's
    executive decision, consent or written agreement, with its decision notice (rule 5)."""
    from concord.services import agreement_changes

    day = _date(on, "--on")
    done = _write(lambda ctx: agreement_changes.follow_through(ctx, slug, parties, kind, day, notice, version))
    typer.echo(f"Version {done[0].version_number} of {slug} followed through ({kind.replace('_', ' ')}): "
               + "; ".join(f.office for f in done))


@app.command("provision")
def provision(
    slug: Slug,
    clause: Annotated[str, typer.Option("--clause", help="Clause number, e.g. 3.1")],
    ptype: Annotated[str, typer.Option("--type", help="force, policing_body or policing_body_and_force (s22A(2))")],
    summary: Annotated[Optional[str], typer.Option("--summary", help="What the clause provides")] = None,
) -> None:
    """Record a clause's provision type; refused unless the parties fit it (s22A(3)-(5))."""
    from concord.services import agreements

    _write(lambda ctx: agreements.add_provision(ctx, slug, clause, ptype, summary))
    typer.echo(f"Clause {clause} of {slug} recorded as a {ptype.replace('_', ' ')} collaboration provision")


Part = Optional[str]


@app.command("summary")
def summary(
    slug: Slug,
    title: Annotated[Part, typer.Option("--title", help="The title the public reads")] = None,
    objective: Annotated[Part, typer.Option("--objective", help="What the collaboration is for")] = None,
    scope: Annotated[Part, typer.Option("--scope", help="The functions and area it covers")] = None,
    term: Annotated[Part, typer.Option("--term", help="When it runs from and to, and its review")] = None,
    termination: Annotated[Part, typer.Option("--termination", help="How it ends or a party leaves")] = None,
    direction_and_control: Annotated[Part, typer.Option("--direction-and-control",
                                                        help="Who directs and controls the officers and staff")] = None,
    governance: Annotated[Part, typer.Option("--governance", help="The boards that oversee it")] = None,
    show_only: Annotated[bool, typer.Option("--show", help="Show the summary as it stands; change nothing")] = False,
) -> None:
    """Write the summary published in place of an agreement whose full text would reveal tactics
    (rule 15), or change parts of it. A change is published only once an approver approves it."""
    from concord.services import agreement_summaries

    if show_only:
        with acting.reading() as ctx:
            found = agreement_summaries.show(ctx, slug)
        if found is None:
            typer.echo(f"{slug} has no published summary")
            return
    else:
        found = _write(lambda ctx: agreement_summaries.write(
            ctx, slug, title, objective, scope, term, termination, direction_and_control, governance))
    _print_summary(found)


def _print_summary(found) -> None:  # noqa: ANN001
    from concord.domain.summaries import PARTS

    for part, label in PARTS.items():
        typer.echo(f"{label.capitalize()}: {getattr(found, part) or '(not yet written)'}")
    typer.echo(f"Marking: {found.marking}")
    if found.approved_on:
        typer.echo(f"Approved for publication on {found.approved_on.isoformat()}")
    else:
        typer.echo("Held until an approver approves it" + (
            f" (it does not yet say: {', '.join(found.missing)})" if found.missing else ""))


@app.command("summary-approve")
def summary_approve(
    slug: Slug,
    on: Annotated[Optional[str], typer.Option("--on", help="Date approved (default today)")] = None,
) -> None:
    """Approve the agreement's summary for publication (an approver of its organisation)."""
    from concord.services import agreement_summaries

    day = _date(on, "--on") if on else None
    found = _write(lambda ctx: agreement_summaries.approve(ctx, slug, day))
    _print_summary(found)
