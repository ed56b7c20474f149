"""`concord forum list|show` and `concord meeting list|add|show|agenda-add|attend|minutes|approve-minutes`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from concord.cli import acting
from concord.cli.options import RECORD_NUMBER, count, parse_date
from concord.domain.text import INT32_MAX

forum_app = typer.Typer(help="Forums: boards and meeting bodies, their terms of reference and seats.",
                        no_args_is_help=True)
meeting_app = typer.Typer(help="Meetings: agenda, papers, attendance, minutes.", no_args_is_help=True)

MEETING = Annotated[int, typer.Argument(parser=RECORD_NUMBER, help="Meeting number from `concord meeting list`")]
VERSION = Annotated[Optional[int], typer.Option(
    "--version", parser=count(INT32_MAX, 1, "a version number"),
    help="The version you saw; refused (exit 3) if the minutes have changed since")]


def install(root: typer.Typer) -> None:
    root.add_typer(forum_app, name="forum")
    root.add_typer(meeting_app, name="meeting")


def _day(value: object) -> str:
    return value.isoformat() if value else "-"  # type: ignore[attr-defined]


@forum_app.command("list")
def list_forums() -> None:
    """Every forum, with its notice rule and its last and next meetings."""
    from concord.services import forums

    with acting.reading() as ctx:
        rows = forums.list_forums(ctx)
    for f in rows:
        rule = f"{f.notice_clear_days} clear working days' notice" if f.notice_clear_days is not None else "no notice rule"
        typer.echo(f"{f.slug:<44} {f.name} ({f.meetings} meeting{'' if f.meetings == 1 else 's'}; last {_day(f.last_meeting)}, "
                   f"next {_day(f.next_meeting)}; {rule})")


@forum_app.command("show")
def show_forum(slug: Annotated[str, typer.Argument(help="Forum short name from `concord forum list`")]) -> None:
    """A forum's terms of reference and seats."""
    from concord.domain.errors import DomainError
    from concord.services import forums

    with acting.reading() as ctx:
        f = forums.forum(ctx, slug)
    if f is None:
        raise DomainError("FORUM", slug, "is not a forum in the register (see `concord forum list`)")
    s = f.summary
    typer.echo(f"{s.name} ({s.slug})")
    typer.echo(f"  kind: {s.kind.value}; {'public' if s.public else 'private'}"
               f"{'; decides in principle only' if s.in_principle_only else ''}")
    if f.belongs_to:
        typer.echo(f"  of: {f.belongs_to}" + (f" (run by {f.organisation})" if f.organisation else ""))
    typer.echo("  notice: " + (f"{s.notice_clear_days} clear working days for business needing a decision"
                               if s.notice_clear_days is not None else "no notice rule in its terms"))
    for t in f.terms:
        typer.echo(f"  terms adopted {_day(t.adopted_on)}: {t.purpose}")
        for label, value in (("frequency", t.frequency), ("chair", t.chair), ("chair rotation", t.chair_rotation),
                             ("quorum", t.quorum), ("voting", t.voting), ("secretariat", t.secretariat)):
            if value:
                typer.echo(f"    {label}: {value}")
    for seat in f.seats:
        weight = f", {seat.vote_weight}% of the vote" if seat.vote_weight is not None else ""
        typer.echo(f"  seat: {seat.role}" + (f" ({seat.office})" if seat.office else "")
                   + ("" if seat.voting else ", not voting") + weight)


@meeting_app.command("list")
def list_meetings(
    forum: Annotated[Optional[str], typer.Option("--forum", help="Only this forum's meetings")] = None,
    when: Annotated[str, typer.Option("--when", help="all, past or upcoming")] = "all",
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="The day past and upcoming turn on")] = None,
) -> None:
    """Meetings, newest first (upcoming: soonest first)."""
    from concord.services import meetings

    with acting.reading() as ctx:
        rows = meetings.list_meetings(ctx, forum, when.strip().lower(), parse_date(as_of, "--as-of"))
    if not rows:
        typer.echo("No meetings.")
    for r in rows:
        minutes = f"; minutes {r.minutes.value}" if r.minutes else ""
        typer.echo(f"#{r.id:<6} {r.date.isoformat()} {r.forum} ({r.status.value}; {r.items} items{minutes})")


@meeting_app.command("add")
def add_meeting(
    forum: Annotated[str, typer.Argument(help="Forum short name from `concord forum list`")],
    date: Annotated[str, typer.Argument(help="The day of the meeting (YYYY-MM-DD)")],
    time: Annotated[Optional[str], typer.Option("--time", help="Start time (HH:MM)")] = None,
    venue: Annotated[Optional[str], typer.Option("--venue", help="Where it is held")] = None,
) -> None:
    """Add a meeting of a forum."""
    from concord.services import meetings

    with acting.writing() as ctx:
        made = meetings.add_meeting(ctx, forum, date, time, venue)
    typer.echo(f"Added meeting #{made.id}: {made.forum} on {made.date.isoformat()}")


@meeting_app.command("show")
def show_meeting(meeting_id: MEETING) -> None:
    """A meeting's agenda, papers, attendance, minutes and actions."""
    from concord.domain.errors import DomainError
    from concord.services import actions, meetings

    with acting.reading() as ctx:
        d = meetings.meeting(ctx, meeting_id)
        acts = actions.list_actions(ctx, status="all", meeting_id=meeting_id) if d else []
    if d is None:
        raise DomainError("MEETING", meeting_id, "is not a meeting in the register (see `concord meeting list`)")
    s = d.summary
    typer.echo(f"{s.forum}, {s.date.isoformat()}" + (f" {s.time.strftime('%H:%M')}" if s.time else "")
               + (f", {s.venue}" if s.venue else "") + f" ({s.status.value})")
    if d.latest_dispatch:
        typer.echo(f"Papers needing a decision to be sent by {d.latest_dispatch.isoformat()} "
                   f"({d.notice_clear_days} clear working days)")
    typer.echo("Agenda:")
    for i in d.items:
        flags = "".join([" [decision]" if i.needs_decision else "", " [LATE]" if i.late else ""])
        typer.echo(f"  {i.number}. {i.title}{flags}" + (f" (presented by {i.presenter})" if i.presenter else ""))
        for p in i.papers:
            typer.echo(f"     paper: {p.title}" + (f", sent {p.dispatched_on.isoformat()}" if p.dispatched_on else "")
                       + (" LATE" if p.late else ""))
    for role in ("member", "in_attendance", "apologies"):
        names = [f"{a.name}" + (f" ({a.capacity})" if a.capacity else "") for a in d.attendance if a.role.value == role]
        if names:
            typer.echo(f"{role.replace('_', ' ').capitalize()}: " + "; ".join(names))
    if d.minutes:
        mi = d.minutes
        state = f"approved at the meeting of {_day(mi.approved_at)}" if mi.approved_at else mi.status.value
        typer.echo(f"Minutes ({state}; version {mi.version}): {mi.text or ''}")
    for r in d.resolutions:
        typer.echo(f"Resolved: {r.subject}: {r.text}")
    for a in acts:
        typer.echo(f"Action #{a.id} {a.number or ''} ({a.status.value}; due {_day(a.due)}): {a.text}"
                   + (f" ({a.owner})" if a.owner else ""))


@meeting_app.command("agenda-add")
def agenda_add(
    meeting_id: MEETING,
    title: Annotated[str, typer.Argument(help="The item's title")],
    number: Annotated[Optional[str], typer.Option("--number", help="Item number (default: the next)")] = None,
    decision: Annotated[bool, typer.Option("--decision", help="Business needing an in-principle decision (rule 4)")] = False,
    presenter: Annotated[Optional[str], typer.Option("--presenter", help="Who presents it")] = None,
    paper: Annotated[Optional[str], typer.Option("--paper", help="Title of its paper, if it has one")] = None,
    sent: Annotated[Optional[str], typer.Option("--sent", help="Day it went to every party (default today; "
                                                       "not known for a past meeting)")] = None,
    confirm_late: Annotated[bool, typer.Option("--confirm-late", help="Add it even after the notice deadline, "
                                                                      "recorded as late")] = False,
) -> None:
    """Add an agenda item; after the forum's notice deadline it is refused unless --confirm-late."""
    from concord.services import agenda

    with acting.writing() as ctx:
        added = agenda.add_item(ctx, meeting_id, title, number, decision, presenter, paper, sent, confirm_late)
    typer.echo(f"Added item {added.item.number}: {added.item.title}")
    if added.notice.late:
        typer.echo(f"concord: warning: late: sent {_day(added.notice.sent_on)}, after the latest dispatch "
                   f"date {_day(added.notice.latest)} ({added.notice.clear_days} clear working days)", err=True)


@meeting_app.command("attend")
def attend(
    meeting_id: MEETING,
    name: Annotated[str, typer.Argument(help="The person, as printed")],
    role: Annotated[str, typer.Option("--role", help="member, in-attendance or apologies")] = "member",
    capacity: Annotated[Optional[str], typer.Option("--capacity", help="Their post, as printed")] = None,
) -> None:
    """Record a person present (member or in attendance) or their apologies."""
    from concord.services import agenda

    with acting.writing() as ctx:
        seat = agenda.attend(ctx, meeting_id, name, role, capacity)
    typer.echo(f"Recorded {seat.name}: {seat.role.value.replace('_', ' ')}")


@meeting_app.command("minutes")
def minutes(
    meeting_id: MEETING,
    text: Annotated[str, typer.Option("--text", help="The minutes")],
    version: VERSION = None,
) -> None:
    """Write (or change) a meeting's draft minutes."""
    from concord.services import minutes as minute_service

    with acting.writing() as ctx:
        mi = minute_service.write(ctx, meeting_id, text, version)
    typer.echo(f"Draft minutes of meeting #{meeting_id} saved (version {mi.version})")


@meeting_app.command("approve-minutes")
def approve_minutes(
    meeting_id: MEETING,
    at: Annotated[Optional[int], typer.Option("--at", parser=RECORD_NUMBER,
                                              help="The meeting approving them (default: the next)")] = None,
    version: VERSION = None,
) -> None:
    """Approve a meeting's draft minutes at a later meeting (an approver only)."""
    from concord.services import minutes as minute_service

    with acting.writing() as ctx:
        mi = minute_service.approve(ctx, meeting_id, at, version)
    typer.echo(f"Minutes of meeting #{meeting_id} approved at meeting #{mi.approved_at_meeting_id} "
               f"on {_day(mi.approved_on)}")
