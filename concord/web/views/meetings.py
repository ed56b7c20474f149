"""Forums and meetings: the list, a forum's terms, a meeting's page and its forms."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from concord.domain.access import Permission
from concord.services import actions, agenda, forums, meetings, minutes
from concord.services.context import Context
from concord.web.access import route
from concord.web.views.meeting_forms import (
    ActionForm, AgendaItemForm, ApproveForm, AttendanceForm, MeetingForm, MinutesForm, choices, version_of,
)
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("meetings", __name__)

WHEN = {"all": "All", "upcoming": "Upcoming", "past": "Past"}


def _detail(ctx: Context, meeting_id: int) -> meetings.MeetingDetail:
    return meetings.meeting(ctx, meeting_id) or abort(404)


def _name(d: meetings.MeetingDetail) -> str:
    return f"{d.summary.forum}, {d.summary.date.strftime('%-d %B %Y')}"


@route(bp, "/meetings", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    all_forums = forums.list_forums(ctx)
    forum = request.args.get("forum", "")
    if forum not in {f.slug for f in all_forums}:
        forum = ""
    when = request.args.get("when", "all")
    when = when if when in WHEN else "all"
    rows = meetings.list_meetings(ctx, forum or None, when)
    return render_template("meetings/index.html", forums=all_forums, rows=rows, forum=forum, when=when, WHEN=WHEN)


@route(bp, "/forums/<slug>", permission=Permission.REGISTER_READ, record="forum")
def forum(ctx: Context, slug: str):  # noqa: ANN201
    detail = forums.forum(ctx, slug) or abort(404)
    return render_template("meetings/forum.html", detail=detail,
                           rows=meetings.list_meetings(ctx, slug))


@route(bp, "/meetings/new", permission=Permission.MEETING_EDIT, methods=("GET", "POST"))
def add(ctx: Context):  # noqa: ANN201
    form = MeetingForm()
    form.forum.choices = choices([("", "Choose a forum"), *((f.slug, f.name) for f in forums.list_forums(ctx))])
    if not form.is_submitted() and request.args.get("forum"):
        form.forum.data = request.args["forum"]
    if submitted(form):
        made = meetings.add_meeting(ctx, form.forum.data or "", form.date.data or "", form.time.data, form.venue.data)
        flash(f"The meeting of {made.forum} on {made.date.strftime('%-d %B %Y')} was added.")
        return redirect(url_for("meetings.show", meeting_id=made.id))
    return render_template("meetings/add.html", form=form)


@route(bp, "/meetings/<int:meeting_id>", permission=Permission.REGISTER_READ, record="meeting")
def show(ctx: Context, meeting_id: int):  # noqa: ANN201
    detail = _detail(ctx, meeting_id)
    return render_template("meetings/show.html", d=detail, name=_name(detail),
                           actions=actions.list_actions(ctx, status="all", meeting_id=meeting_id),
                           today=dt.date.today())


def _form_page(template: str, form: FlaskForm, d: meetings.MeetingDetail, **extra: object) -> str:
    return render_template(f"meetings/{template}.html", form=form, d=d, name=_name(d), **extra)


@route(bp, "/meetings/<int:meeting_id>/agenda/new", permission=Permission.MEETING_EDIT, methods=("GET", "POST"))
def add_item(ctx: Context, meeting_id: int):  # noqa: ANN201
    d = _detail(ctx, meeting_id)
    form = AgendaItemForm()
    if not form.is_submitted() and dt.date.today() <= d.summary.date:
        form.sent.data = dt.date.today().isoformat()
    if submitted(form):
        where = agenda.notice_for(ctx, meeting_id, form.sent.data, bool(form.needs_decision.data))
        if where.late and not form.confirm_late.data:
            form.confirm_late.errors = [
                f"This business was sent on {where.sent_on.strftime('%-d %B %Y') if where.sent_on else ''}, after "
                f"{where.latest.strftime('%-d %B %Y') if where.latest else ''}, the latest date for "
                f"{where.clear_days} clear working days' notice: tick the box to add it as a late item"]
            return _form_page("add_item", form, d, late=where), 400
        added = agenda.add_item(ctx, meeting_id, form.title.data or "", form.number.data,
                                bool(form.needs_decision.data), form.presenter.data, form.paper.data,
                                form.sent.data, bool(form.confirm_late.data))
        flash(f"Item {added.item.number}, {added.item.title}, was added" +
              (" as a late item." if added.notice.late else "."))
        return redirect(url_for("meetings.show", meeting_id=meeting_id) + "#agenda")
    return _form_page("add_item", form, d, late=None)


@route(bp, "/meetings/<int:meeting_id>/attendance/new", permission=Permission.MEETING_EDIT,
       methods=("GET", "POST"))
def attend(ctx: Context, meeting_id: int):  # noqa: ANN201
    d = _detail(ctx, meeting_id)
    form = AttendanceForm()
    if submitted(form):
        seat = agenda.attend(ctx, meeting_id, form.name.data or "", form.role.data or "", form.capacity.data)
        flash(f"{seat.name} was recorded" + (" as sending apologies." if seat.role.value == "apologies" else "."))
        return redirect(url_for("meetings.show", meeting_id=meeting_id) + "#attendance")
    return _form_page("attend", form, d)


@route(bp, "/meetings/<int:meeting_id>/minutes", permission=Permission.MEETING_EDIT, methods=("GET", "POST"))
def write_minutes(ctx: Context, meeting_id: int):  # noqa: ANN201
    d = _detail(ctx, meeting_id)
    if d.minutes is not None and d.minutes.status.value != "draft":
        abort(404)  # approved minutes are not edited here
    form = MinutesForm()
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(d.minutes.version) if d.minutes else "0"
    if not form.is_submitted() and d.minutes:
        form.text.data = d.minutes.text
    if submitted(form):
        minutes.write(ctx, meeting_id, form.text.data or "", expected_version=version_of(form))
        flash("The draft minutes were saved.")
        return redirect(url_for("meetings.show", meeting_id=meeting_id) + "#minutes")
    return _form_page("minutes", form, d)


@route(bp, "/meetings/<int:meeting_id>/minutes/approve", permission=Permission.RECORD_APPROVE,
       methods=("GET", "POST"))
def approve_minutes(ctx: Context, meeting_id: int):  # noqa: ANN201
    d = _detail(ctx, meeting_id)
    if d.minutes is None or d.minutes.status.value != "draft":
        abort(404)
    form = ApproveForm()
    later = [m for m in meetings.list_meetings(ctx, d.summary.forum_slug)
             if m.date > d.summary.date and m.status.value != "cancelled"]
    later.sort(key=lambda m: (m.date, m.id))
    form.at.choices = choices([(str(m.id), m.date.strftime("%-d %B %Y")) for m in later])
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(d.minutes.version)
    if submitted(form):
        done = minutes.approve(ctx, meeting_id, int(form.at.data), expected_version=version_of(form))
        flash(f"The minutes were approved at the meeting of {done.approved_on.strftime('%-d %B %Y')}."
              if done.approved_on else "The minutes were approved.")
        return redirect(url_for("meetings.show", meeting_id=meeting_id) + "#minutes")
    return _form_page("approve", form, d, later=later)


@route(bp, "/meetings/<int:meeting_id>/actions/new", permission=Permission.ACTION_EDIT, methods=("GET", "POST"))
def add_action(ctx: Context, meeting_id: int):  # noqa: ANN201
    d = _detail(ctx, meeting_id)
    form = ActionForm()
    form.item.choices = choices([("", "None"), *((i.number, f"{i.number}. {i.title}") for i in d.items)])
    if submitted(form):
        made = actions.add_action(ctx, meeting_id, form.text.data or "", form.owner.data, form.due.data,
                                  form.item.data)
        when = f", due {made.due.strftime('%-d %B %Y')}" if made.due else ""
        flash(f"Action {made.number} was added{when}.")
        return redirect(url_for("meetings.show", meeting_id=meeting_id) + "#actions")
    return _form_page("add_action", form, d)
