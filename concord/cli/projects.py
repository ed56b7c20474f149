"""`concord project list|show|add|stage|gateway|phase|delivery|saving`: projects and business cases."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, parse_date, terminal_safe
from concord.domain.savings import whole_pounds
from concord.domain.text import INT32_MAX

app = typer.Typer(help="Projects: business case stages and gateway reviews, phases, delivery confidence, savings.",
                  no_args_is_help=True)

Slug = Annotated[str, typer.Argument(help="The project's short name (see `concord project list`)")]
Version = Annotated[Optional[int], typer.Option(
    "--version", parser=count(INT32_MAX, 1, "a version number"),
    help="The version you saw; refused (exit 3) if it has changed since")]


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="project")


def _date(value: str | None, field: str) -> dt.date:
    day = parse_date(value, field)
    if day is None:
        from concord.domain.errors import DomainError

        raise DomainError(field, "", "is required (YYYY-MM-DD)")
    return day


def _print(p) -> None:  # noqa: ANN001
    out = [p.name, f"  Marking         {p.marking.value}"]
    for label, value in (("Alliance", p.alliance), ("Function", p.function), ("Lead force", p.lead_force),
                         ("SRO", p.senior_responsible_owner),
                         ("Delivery", p.rag.value if p.rag else None), ("Status", p.status),
                         ("Confidence", p.confidence.value if p.confidence else None)):
        if value:
            out.append(f"  {label:<15} {value}")
    for case in p.cases:
        out.append(f"  Business case: {case.title} (now {case.stage.value}, version {case.version})")
        for st in case.stages:
            when = st.approved_on.isoformat() if st.approved_on else "date not recorded"
            out.append(f"    {st.stage.value} approved {when}" + (f" by {st.forum}" if st.forum else ""))
        for r in case.reviews:
            when = r.held_on.isoformat() if r.held_on else "date not recorded"
            out.append(f"    Gate {r.gate} ({r.gate_name}) {when}: {r.rating.value if r.rating else 'no rating recorded'}")
    if p.phases:
        out.append("  Phases:")
        for ph in p.phases:
            plan = f"{ph.planned_start or '?'} to {ph.planned_end or '?'}"
            actual = f"; actual {ph.actual_start or '?'} to {ph.actual_end or 'not finished'}" if ph.actual_start else ""
            out.append(f"    {ph.position}. {ph.name}: planned {plan}{actual}")
    if p.totals:
        out.append("  Savings (predicted / delivered):")
        for t in (*p.totals, p.total):
            out.append(f"    {t.period:<16} {whole_pounds(t.predicted) if t.any_predicted else '—':>14} "
                       f"{whole_pounds(t.delivered) if t.any_delivered else '—':>14}")
    typer.echo(terminal_safe("\n".join(out)))


@app.command("list")
def list_() -> None:
    """Every project, with its stage, delivery confidence and savings."""
    from concord.services import projects

    with acting.reading() as ctx:
        rows = projects.listing(ctx)
    if not rows:
        typer.echo("No projects in the register.")
    for p in rows:
        stage = p.stage.value if p.stage else "—"
        rag = p.rag.value if p.rag else "—"
        typer.echo(terminal_safe(f"{p.slug:<30} {stage:<4} {rag:<8} {p.name}"))


@app.command("show")
def show(slug: Slug) -> None:
    """One project: business case, gateway reviews, phases and savings by year."""
    from concord.domain.errors import DomainError
    from concord.services import projects

    with acting.reading() as ctx:
        p = projects.show(ctx, slug)
    if p is None:
        raise DomainError("project", slug, "is not a project in the register (see `concord project list`)")
    _print(p)


@app.command("add")
def add(
    slug: Annotated[str, typer.Argument(help="Short name, e.g. bch-fleet")],
    name: Annotated[str, typer.Option("--name", help="Full name")],
    alliance: Annotated[Optional[str], typer.Option("--alliance", help="The alliance's short name")] = None,
    lead_force: Annotated[Optional[str], typer.Option("--lead-force", help="Lead force id")] = None,
    sro: Annotated[Optional[str], typer.Option("--sro", help="Senior responsible owner")] = None,
    summary: Annotated[Optional[str], typer.Option("--summary", help="What the project does")] = None,
    organisation: Annotated[Optional[str], typer.Option(
        "--organisation", help="The office it belongs to (e.g. bch-programme-office)")] = None,
    marking: Annotated[Optional[str], typer.Option("--marking", help="Protective marking (default OFFICIAL)")] = None,
) -> None:
    """Add a project."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.add(ctx, slug, name, alliance, lead_force, sro, summary, organisation, marking)
    typer.echo(f"Added project {p.slug}")


@app.command("stage")
def stage(
    slug: Slug,
    stage: Annotated[str, typer.Option("--stage", help="SOBC, OBC or FBC: any to begin, then the next")],
    approved_on: Annotated[Optional[str], typer.Option("--approved-on", help="Day approved (YYYY-MM-DD)")] = None,
    forum: Annotated[Optional[str], typer.Option("--forum", help="The forum that approved it")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of a new business case")] = None,
    version: Version = None,
) -> None:
    """The business case reaches a stage (never skipping one)."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.add_stage(ctx, slug, stage, parse_date(approved_on, "--approved-on"), forum, title,
                                      version)
    typer.echo(f"{p.name}: business case at {p.cases[-1].stage.value}")


@app.command("gateway")
def gateway(
    slug: Slug,
    gate: Annotated[int, typer.Option("--gate", parser=count(5, 0, "a gate"), help="Gate 0 to 5")],
    held_on: Annotated[str, typer.Option("--held-on", help="Day of the review (YYYY-MM-DD)")],
    rating: Annotated[str, typer.Option("--rating", help="Green, Amber/Green, Amber, Amber/Red or Red")],
    version: Version = None,
) -> None:
    """Record a gateway review of the business case and its delivery confidence rating."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.add_gateway_review(ctx, slug, gate, _date(held_on, "--held-on"), rating, version)
    typer.echo(f"{p.name}: gate {gate} review recorded ({rating})")


@app.command("phase")
def phase(
    slug: Slug,
    name: Annotated[str, typer.Option("--name", help="The phase")],
    planned_start: Annotated[str, typer.Option("--planned-start", help="YYYY-MM-DD")],
    planned_end: Annotated[str, typer.Option("--planned-end", help="YYYY-MM-DD")],
    actual_start: Annotated[Optional[str], typer.Option("--actual-start", help="YYYY-MM-DD")] = None,
    actual_end: Annotated[Optional[str], typer.Option("--actual-end", help="YYYY-MM-DD")] = None,
) -> None:
    """Add a phase after the project's last."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.add_phase(ctx, slug, name, _date(planned_start, "--planned-start"),
                                      _date(planned_end, "--planned-end"), parse_date(actual_start, "--actual-start"),
                                      parse_date(actual_end, "--actual-end"))
    typer.echo(f"{p.name}: phase {len(p.phases)} added")


@app.command("delivery")
def delivery(
    slug: Slug,
    rag: Annotated[str, typer.Option("--rag", help="red, amber, green or complete")],
    status: Annotated[Optional[str], typer.Option("--status", help="Where the project stands, in a line")] = None,
    version: Version = None,
) -> None:
    """Record the project's delivery confidence (RAG)."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.set_delivery(ctx, slug, rag, status, version)
    typer.echo(f"{p.name}: delivery confidence {p.rag.value if p.rag else ''}")


@app.command("saving")
def saving(
    slug: Slug,
    period: Annotated[str, typer.Option("--period", help="Financial year (2017/18) or years (2017/18-2019/20)")],
    delivered: Annotated[Optional[str], typer.Option("--delivered", help="Saving delivered, in pounds")] = None,
    predicted: Annotated[Optional[str], typer.Option("--predicted", help="Saving predicted, in pounds")] = None,
    force: Annotated[Optional[str], typer.Option("--force", help="For one force only (default: all)")] = None,
    version: Version = None,
) -> None:
    """Record savings delivered (and/or predicted) in a period."""
    from concord.services import project_changes

    with acting.writing() as ctx:
        p = project_changes.record_saving(ctx, slug, period, predicted, delivered, force, version)
    typer.echo(f"{p.name}: savings recorded for {period}")
