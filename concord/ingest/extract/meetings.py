"""Meetings from agendas and minutes: forum, date, time, venue, people, items."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.dates import find_dates, parse_time
from concord.ingest import vocab
from concord.ingest.extract import (attendee_lines, block_headings, flat_attendance, inline_agenda, people, stacked_heading,
                                    timed_agenda)
from concord.ingest.extract.apologies import apologies_item, apologies_sentence, attending_sentences
from concord.ingest.extract.common import POSTCODE, Ctx, completeness, date_in, first, labelled, line_at, smart_title
from concord.ingest.extract.forum_names import FORUM_WORD, OCCASION_ONLY, clean_forum, themed, without_site
from concord.ingest.extract.heading_lines import DATE_LINE, TITLE_OVER, place_like
from concord.ingest.extract.items import items_in
from concord.ingest.extract.meeting_forum import forum_and_date, heading_of, heading_top
from concord.ingest.extract.meeting_place import HEADER, date_line, grid_header, meeting_date, yearless_date
from concord.ingest.extract.next_meeting import next_meeting
from concord.ingest.extract.summons import earlier_minutes, held_record, summons
from concord.ingest.extract.venues import HELD_AT, MET_AT, TIME_ONLY, clean_venue
from concord.ingest.lazyre import compile_lazily
from concord.ingest.textutil import person_name, squash

# a form's own label naming the meeting ("Title of meeting College Board of Directors", "Meeting title: X", or glued to
# its value by a converter: "Title of meetingCollege ..."): it names the forum, whatever heading a site put above it
_NAMING = [p for p in vocab.phrases("meeting", "forum") if re.search(r"\b(?:title|name)\b", p)]
_NAMED_MEETING = re.compile(rf"(?im)^[ \t|]*(?:{vocab.alternation(_NAMING)})[ \t]*[:|\-–]?[ \t]*(?:\n[ \t]*)?"
                            r"(?-i:(?P<forum>[A-Z][^\n|]{2,98}?))[ \t|]*$")


# a web page's heading over a meeting's details, no forum's name: "Meeting Details", "Meetings", "Meeting Status"
PAGE_WORDS = re.compile(r"(?i)(?:(?:the|this|next|previous|forthcoming|upcoming|public)\s+)?(?:meetings?|committee)"
                         r"(?:\s+(?:details?|status|information|info|papers?|documents?|dates?|calendar|list))?")

_OTHER_LABEL = re.compile(r"(?i)^(?:venue|date|time|location|place|where|when|chair|room|address)\s*:")


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    kind = ctx.part.kind
    head_end = min(ctx.part.end, ctx.part.cue + 2500)
    flat = (inline_agenda.header(ctx) or timed_agenda.header(ctx)) if kind == "agenda" else \
        (stacked_heading.stacked(ctx) or stacked_heading.banner_over(ctx) or stacked_heading.forum_over(ctx)) \
        if kind == "minutes" else None
    forum, date, heading = (clean_forum(flat.forum), flat.date, flat.heading) if flat else forum_and_date(ctx)
    titled = None if flat else _NAMED_MEETING.search(ctx.text, ctx.part.start, head_end) or \
        TITLE_OVER.search(ctx.text, ctx.part.start, head_end)
    if titled and FORUM_WORD.search(titled.group("forum")):
        form_name = smart_title(without_site(squash(titled.group("forum"))))
        above = [clean_forum(x) for x in ctx.text[heading_top(ctx):titled.start()].split("\n")[-6:]]
        forum = next((x for x in above if themed(form_name, x)), form_name or forum)  # the form's name, as printed
    fields = labelled(ctx, HEADER, start=ctx.part.start, end=head_end, one_line=True)
    prov: dict[str, tuple[int, int]] = {}
    called = summons(ctx.text, heading_top(ctx), head_end) if kind == "agenda" else None
    if called:  # "A meeting of the X will be held at P on D at T": the letter's Date: is the day it was sent
        named = clean_forum(called.forum)
        if forum and named and " " not in named and forum.lower().endswith(named.lower()):
            named = forum  # "a meeting of the Authority" under the heading "Northmoor Police Authority"
        forum, date, heading, flat = named, called.date, None, None
    f = meeting_date(ctx, fields)
    if f and date_in(f.value) and not called:
        date = date_in(f.value)
        prov["date"] = (f.start, f.end)
    time_f, venue_f = first(fields, "time"), first(fields, "venue")
    inline = _inline_labels("\n".join(f.value for f in fields if f.label in ("date", "time", "venue")))
    # "MINUTES OF THE X BOARD DATE: Monday ... LOCATION: Graham Room CHAIR: Ann Roe, Chief Constable": the heading's own
    inline = {**_inline_labels(line_at(ctx.text, ctx.part.cue)), **inline}
    time = parse_time(_INLINE.split(time_f.value)[0]) if time_f else None
    time = time or parse_time(inline.get("time"))
    venue = _INLINE.split(venue_f.value)[0].strip() if venue_f else None
    venue = venue or inline.get("venue")
    if flat:
        time, venue = time or flat.time, venue or flat.venue
    if called:
        time, venue = time or called.time, venue or called.venue
    grid = grid_header(ctx)
    date = date or grid.get("date")
    time = time or grid.get("time")
    venue = venue or grid.get("venue")
    if date is None:  # "Wednesday 21st June, 14:30-17:00": the one year the paper prints that fits the weekday
        date, t3, v3 = yearless_date(ctx, head_end)
        time, venue = time or t3, venue or v3
    held_line = _HELD_LINE.search(ctx.text, max(ctx.part.start, ctx.part.cue), min(head_end, ctx.part.cue + 300)) \
        if date is None and kind == "minutes" else None
    if held_line and (DATE_LINE.search(ctx.text, heading_top(ctx), held_line.start()) or heading and date_in(heading)):
        held_line = None  # "Senior Command Team Meeting / Monday 2nd April 2012" above "MINUTES OF THE MEETING HELD ON
        # 19 MARCH 2012": the heading dates the meeting; the line under it is an item on the last meeting's minutes
    if held_line and date_in(held_line.group(0)):
        # "CABINET MINUTES" over "Minutes of the Meeting held at <place> on Wednesday 3 March 2010 at 11am": the
        # banner names the forum, the line under it the date (and the paper's title), the time after the date
        date = date_in(held_line.group(0))
        if not heading or re.search(r"(?i)\bminutes\b", heading) and not date_in(heading):
            heading = heading_of(squash(held_line.group(0)))
        after = find_dates(held_line.group(0))
        time = time or (parse_time(held_line.group(0)[after[0].end:]) if after else None)
    if date is None:
        # the date nearest the heading that marked the minutes (a date above it may be the page's furniture:
        # the later meeting the minutes went to), never an earlier meeting's whose minutes it confirms
        top = heading_top(ctx)
        hits = [d for d in find_dates(ctx.text[top:head_end]) if len(d.value) == 10 and not earlier_minutes(ctx.text, top + d.end)]
        cue = ctx.part.cue - top
        near = [d for d in hits if d.start >= cue - 400]
        date = (near or hits)[0].value if hits else None
    record = held_record(ctx.text, heading_top(ctx), head_end) if kind == "minutes" and not flat else None
    if record and (date is None or date == record.date):  # "At a MEETING of the X (Y) held at P on D": the whole name
        named = clean_forum(record.forum)
        if named and FORUM_WORD.search(named) and (not forum or named.lower().startswith(forum.lower()) or
                                                   re.search(r"(?i)\bminutes?\s+of\b", forum)):  # a heading cut short
            forum = named
        date, time, venue = record.date, time or record.time, venue or record.venue
    if forum and OCCASION_ONLY.match(forum):  # "Minutes of the extraordinary meeting held on ...": the forum is above
        forum = next((clean_forum(x) for x in reversed(ctx.text[heading_top(ctx):ctx.part.cue].split("\n")[-6:])
                      if FORUM_WORD.search(x) and clean_forum(x)), forum)
    if not date or len(date) != 10 or not forum or PAGE_WORDS.fullmatch(forum) or _OTHER_LABEL.match(forum):
        # no date, or no forum named: nothing, a web page's "Meeting Details", "Meetings", or another label's line,
        # "Venue: Council House" (checked on papers of bodies no rule was written from: every such record was wrong)
        if kind == "agenda":
            _items_to_cover(ctx, forum)
        return []  # nothing a reviewer could file
    if venue and TIME_ONLY.fullmatch(venue):  # "held at 10.00 am on ... at the Council Chamber": a time, no place
        venue, time = None, time or parse_time(venue)
    if not venue:
        # (the heading's own sentence first, its lines joined: "... held in the Island Civic" / "Centre, Northtown on
        # Wednesday, 12th June 2002 at 7:00 pm")
        held = next((h for h in [*HELD_AT.finditer(heading or ""), *HELD_AT.finditer(ctx.text, ctx.part.start, head_end)]
                     if place_like(v := h.group("venue") or h.group("venue2")) and not TIME_ONLY.fullmatch(v.strip())), None)
        if held:
            venue = squash(held.group("venue") or held.group("venue2"))
            time = time or parse_time(held.group(0))
    if not venue:
        met = MET_AT.search(ctx.text, ctx.part.start, head_end)
        venue = squash(met.group("venue")) if met else None
    if not (time and venue):
        t2, v2, _ = date_line(ctx, date, head_end, heading_top(ctx))
        time, venue = time or t2, venue or v2
    venue = clean_venue(venue)
    if venue:  # "held at Hall House, Kempston, at 10am" with the address printed whole on a line of its own above
        fuller = re.search(rf"(?m)^[ \t]*(?P<v>{re.escape(venue)},[^\n]{{2,80}}?{POSTCODE.pattern})[ \t.,]*$",
                           ctx.text[ctx.part.start:head_end])
        venue = fuller.group("v") if fuller else venue
    members, attendance, apologies, where = people.people(ctx, HEADER)
    own = where.pop("own_body", None)
    if own and forum and re.search(r"(?i)[ \t]meeting$", forum) and \
            block_headings.own_body(squash(ctx.text[own[0]:own[1]]), forum[:-len("meeting")]):
        forum = squash(ctx.text[own[0]:own[1]]).strip(" :-–")  # "Audit Meeting Minutes" / "Audit Committee": the body
    prov.update({("in_attendance" if k == "attendance" else k): v for k, v in where.items()})
    if not (members or attendance) and kind == "minutes":  # "1.1 Present CC Jane Roe Northshire DCC ...", one line
        members, attendance = flat_attendance.flat_people(ctx)
    chair_f = first(fields, "chair")
    chair_v = chair_f.value if chair_f and chair_f.value else inline.get("chair")
    chair_v = chair_v or attendee_lines.chair_line(ctx.text, ctx.part.start, head_end)  # "Cllr A Hart in the Chair"
    chair = person_name(re.split(r"\s*[,(–]|\s+-\s+|:\s", chair_v)[0]) if chair_v else None
    if chair and not any(chair in v for v in (members, attendance, apologies)):
        members = [chair] + members  # "Chair: Alan Brooks, Police and Crime Commissioner": the chair sits
        if chair_f:
            prov.setdefault("members", (chair_f.start, chair_f.end))
    items = items_in(ctx)
    if not apologies:
        apologies = apologies_sentence(ctx)
    if not apologies and kind == "minutes":
        apologies = apologies_item(ctx, items, members + attendance)
    if kind == "minutes":  # "Cllr Ian Ward was in attendance as the deputy for ...": in attendance
        attendance = attendance + [n for n in attending_sentences(ctx) if n not in members + attendance + apologies]
    rec: dict[str, Any] = {
        "forum": forum or "",
        "date": date,
        "time": time,
        "venue": venue,
        "members": members,
        "in_attendance": attendance,
        "apologies": apologies,
        "items": [{"number": n, "title": t} for n, t, _ in items],
        "source": ctx.source,
        "kind": kind,
        "_title": heading,
    }
    nxt = next_meeting(ctx.text[ctx.part.start:ctx.part.end], date)
    if nxt:
        rec["next_meeting"] = nxt
    if kind == "minutes":
        rec["status"] = "draft" if re.search(r"(?i)\bdraft\b|\bunconfirmed\b",
                                             ctx.text[ctx.part.start:ctx.part.cue + 40]) else "final"
    rec["confidence"] = completeness(rec, (("forum",), ("time", "venue"), ("members", "in_attendance", "apologies"),
                                           ("items",)), 0.95 if forum and items else 0.7)
    if ctx.part.resort:  # found by a forum's name and date alone: reviewed among the least certain
        rec["confidence"] = min(rec["confidence"], 0.6)
    rec["_provenance"] = ctx.provenance(prov)
    if kind == "agenda" and not rec["items"]:
        ctx.shared["cover_meeting"] = rec  # a cover sheet: its agenda's list may follow under a heading of its own
    return [rec]


def _items_to_cover(ctx: Ctx, forum: str | None) -> None:
    """An agenda's list under its own AGENDA heading, after the cover sheet that named the meeting (forum, date, place,
    the summons) and listed no items: the list's numbered items are that meeting's, when the list names no other
    forum and no date of its own."""
    cover = ctx.shared.get("cover_meeting")
    if not cover or cover["items"] or forum and forum.lower() != cover["forum"].lower():
        return
    items = items_in(ctx)
    if len(items) >= 2:
        cover["items"] = [{"number": n, "title": t} for n, t, _ in items]
        ctx.shared.pop("cover_meeting")


# "Minutes of the Meeting held at <place> on <date>": the heading's line under a banner that names the forum
_HELD_LINE = re.compile(r"(?im)^[ \t]*minutes[ \t]+of[ \t]+the[ \t]+meeting[ \t]+held[ \t]+(?:at|in|on)\b[^\n]{0,200}")


# "Date: 30 JANUARY 2013Time: 8.00am": labels one after another, glued to the figure before; and a label of who came
# (data/labels.toml), with a capital, that a place runs on into: "... Room 2 Committee Members: ..."
_WHO_CAME = sorted({p for f in ("members", "attendance", "apologies") for p in vocab.phrases("meeting", f)},
                   key=len, reverse=True)
_INLINE = compile_lazily(r"(?:\s+|(?<=\d))(?=(?:date\s*(?:&|and|/)\s*time|time|venue|location|place|date)\s*:|(?-i:" + "|".join(
    f"{re.escape(p[:1].upper())}(?i:{vocab.phrase_rx(p)[len(re.escape(p[:1])):]})" for p in _WHO_CAME) + r")\s*:)", re.I)


def _inline_labels(text: str) -> dict[str, str]:
    """"Time: 1300hrs Location: Microsoft Teams": labels printed one after another on a line."""
    out: dict[str, str] = {}
    for m in re.finditer(r"(?im)(?:\b|(?<=\d))(time|venue|location|place|chair)\s*:\s*(.+?)(?=(?:\s+|(?<=\d))(?:time|venue|location|place|date|chair)\s*:|$)", text):
        key = m.group(1).lower() if m.group(1).lower() in ("time", "chair") else "venue"
        out.setdefault(key, m.group(2).strip())
    return out

