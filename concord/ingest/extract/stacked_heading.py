"""A minutes heading printed one phrase a line, centred, as police authorities printed them:

                              MINUTES
                       OF THE MEETING OF THE
               NORTHSHIRE POLICE AUTHORITY AUDIT COMMITTEE
                    HELD ON TUESDAY 4 MARCH 2008
                      AT POLICE HEADQUARTERS
                            NORTHTOWN
                      COMMENCING AT 2.00 PM

The lines read as one sentence give the forum and the date; the lines after the date up to the start time
are the place, one part of its address a line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from concord.ingest.dates import parse_time
from concord.ingest.extract.common import Ctx, date_in
from concord.ingest.extract import people
from concord.ingest.extract.forum_names import FORUM_KIND
from concord.ingest.textutil import squash

_MINUTES_LINE = re.compile(r"(?im)^[ \t]*(?:(?:draft|unconfirmed|confirmed|approved)[ \t]+)?minutes(?:[ \t]+of(?:[ \t]+the)?)?[ \t]*$")
_STOP = re.compile(r"^[ \t]*(?:_{3,}|-{3,}|={3,})?[ \t]*$")
_HELD = re.compile(r"(?i)^(?P<head>.*?\bminutes\s+of\s+(?:the\s+|a\s+)?(?:(?:ordinary\s+|special\s+|extraordinary\s+)?meeting\s+of\s+"
                   r"(?:the\s+)?)?(?P<forum>.{3,100}?))\s+held\s+(?:on\s+)?(?:\w+day,?\s+)?(?:the\s+)?(?P<date>\d.{4,30}?\d{4})\b")
_TIME_LINE = re.compile(r"(?i)^(?:commencing|starting|beginning|from)\b|^at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m|hrs)")
_PLACE_LEAD = re.compile(r"(?i)^(?:at|in)\s+(?:the\s+)?")


class Heading(NamedTuple):
    forum: str
    heading: str
    date: str | None
    time: str | None
    venue: str | None


def banner_over(ctx: Ctx) -> Heading | None:
    """The forum's name alone on a line over "Minutes of the meeting held on <date>[, <place>]" (``meeting_cues``):
    the forum, the heading (the line up to and with its date), the date and the place printed after it."""
    from concord.ingest.meeting_cues import BANNER_OVER_MINUTES
    m = BANNER_OVER_MINUTES.match(ctx.text, ctx.part.cue)
    if not m:
        return None
    return Heading(m.group("forum"), squash(m.group("head")), date_in(m.group("date")), None,
                   m.group("place") or None)


def stacked(ctx: Ctx) -> Heading | None:
    """The heading when the part opens with ``MINUTES`` alone on a line and the phrases of its heading on the
    short lines under it (no blank line between them, at most ten)."""
    head_end = min(ctx.part.end, ctx.part.cue + 1500)
    m = _MINUTES_LINE.search(ctx.text, max(ctx.part.start, ctx.part.cue - 300), head_end)
    if not m:
        return None
    lines = [squash(m.group(0))]
    for line in ctx.text[m.end():head_end].split("\n")[1:12]:
        if _STOP.match(line) or len(line.strip()) > 90 or people.LABELS.match(squash(line)):
            break  # a blank or long line, or the attendees' label ("PRESENT:"): the heading has ended
        lines.append(squash(line))
    if len(lines) < 3:
        return None
    # the date's line, and the lines of the heading up to it
    for k, line in enumerate(lines):
        if re.search(r"(?i)\bheld\b", line) and date_in(line):
            break
    else:
        return None
    held = _HELD.match(" ".join(lines[:k + 1]))
    if not held:
        return None
    time, place = None, []
    for line in lines[k + 1:]:
        if _TIME_LINE.search(line):
            time = parse_time(line)
            break
        place.append(_PLACE_LEAD.sub("", line))
    return Heading(held.group("forum"), held.group(0), date_in(held.group("date")), time,
                   ", ".join(p for p in place if p) or None)


# "of the Meeting held in the Conference Room 1, Block 7, Weston Road, Stafford" / "on Wednesday, 2 May 2012 at 10.00"
_HELD_IN = re.compile(r"(?i)^of\s+(?:the|a)\s+(?:\w+\s+)?meeting\s+held\s+(?:(?:in|at)\s+(?:the\s+)?(?P<place>.+?)[,\s]+)?"
                      r"on\s+(?P<date>(?:\w+day,?\s+)?(?:the\s+)?\d.{4,30}?\d{4})\b(?P<rest>.*)$")


def forum_over(ctx: Ctx) -> Heading | None:
    """The forum's name on the line above ``MINUTES`` alone on a line, the place and date on the lines under it,
    blank lines between them (a page converted one line a paragraph)::

        NORTHSHIRE AND SOUTHSHIRE POLICE AUTHORITIES JOINT COMMITTEE
        MINUTES
        of the Meeting held in the Conference Room 1, Headquarters, Northtown
        on Wednesday, 2 May 2012 at 10.00
    """
    m = _MINUTES_LINE.search(ctx.text, max(ctx.part.start, ctx.part.cue - 300), min(ctx.part.end, ctx.part.cue + 300))
    if not m:
        return None
    above = [squash(x) for x in ctx.text[max(0, m.start() - 300):m.start()].split("\n") if x.strip()]
    below = [squash(x) for x in ctx.text[m.end():min(ctx.part.end, m.end() + 400)].split("\n") if x.strip()][:2]
    forum = above[-1] if above else ""
    if not forum or len(forum) > 100 or not FORUM_KIND.search(forum) or not (forum.isupper() or forum.istitle()):
        return None
    held = _HELD_IN.match(" ".join(below))
    if not held or not date_in(held.group("date")):
        return None
    return Heading(forum, forum, date_in(held.group("date")), parse_time(held.group("rest")),
                   squash(held.group("place")) if held.group("place") else None)

