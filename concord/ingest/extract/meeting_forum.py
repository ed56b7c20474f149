"""A meeting's forum, the date its heading gives and the heading itself (the paper's title), read from the top of its
part: "Minutes of the X held on D", "X - Minutes of the meeting held on D", a banner in capitals, a form's "Meeting:"
label, a heading's line naming the forum, its lines wrapped, a body named by its initials and spelt out below. Used by
``meetings``."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import find_dates
from concord.ingest.extract.common import WEB_LINE, Ctx, date_in, line_at, smart_title
from concord.ingest.extract.forum_names import FORUM_KIND, FORUM_WORD, LEAD_RECORD, clean_forum, without_site
from concord.ingest.extract.heading_lines import (BANNER_MINUTES, BROKEN_OFF, FORUM_DASH_MINUTES, MARKED,
                                                  MID_LINE_MINUTES, MID_REACH, MINUTES_CAPS, SKIP_LINE, DATED_FORUM,
                                                  heading_above, rejoined)
from concord.ingest.extract.items import WEB_NOISE, title_like
from concord.ingest.meeting_cues import TITLED_RECORD, line_start
from concord.ingest.textutil import squash

_FORUM_LABEL = vocab.pattern("meeting", names=("forum",), strict=True)
_MINUTES_OF = re.compile(r"(?im)^[ \t]*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<forum>.{3,80}?)"
                         r"\s+(?:meeting\s+)?held\s+(?:on\s+)?(?:the\s+)?(?P<date>.{6,40})")
_MINUTES_LINE = re.compile(r"(?im)^[ \t]*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+)?"
                           r"(?:(?:public\s+)?meeting\s+of\s+(?:the\s+)?)?(?P<forum>[^\n]{3,100}?)[ \t]*$")
_MEETING_OF = re.compile(r"(?im)^[ \t]*(?:an?\s+)?(?:(?:ordinary|extraordinary|special|public|annual)\s+)?meeting\s+of\s+"
                         r"(?:the\s+)?(?P<forum>[^\n]{3,100}?)[ \t]*$")
# "Meeting Minutes: College Board of Directors 10:30 16:30 on 19 th September 2018: ...": the record's word, a colon,
# the forum's name up to the time or date
_MINUTES_COLON = re.compile(r"(?im)^[ \t]*(?:[A-Za-z]+[ \t]+)?(?:meeting[ \t]+)?(?:minutes|notes)[ \t]*:[ \t]*"
                            r"(?P<forum>[A-Z][^\n:]{3,100}?)(?=[ \t]+(?:\d|on\b|held\b)|[ \t]*(?:[:,]|$))")


def _unlabelled(line: str) -> str:
    """A line squashed, or nothing if it is a label over what follows ("Committee Members:" is no forum's heading; a
    heading with its date may end in a colon: "Northshire General Meeting Minutes: Thursday May 27 2021:")."""
    return "" if line.rstrip().endswith(":") and not find_dates(line) else squash(line)


# a heading ending in its time, "Police and Crime Panel - Friday 24 February 2017 11.00 a.m.": no sentence's full stop
_AM_PM_END = re.compile(r"(?i)\d[ \t]*[ap]\.m\.$")


def forum_and_date(ctx: Ctx) -> tuple[str | None, str | None, str | None]:
    """The forum, the date a heading gives, and the heading line itself (the paper's title)."""
    head = ctx.text[max(ctx.part.start, ctx.part.cue - 200):min(ctx.part.end, ctx.part.cue + 300)]
    m = _MINUTES_OF.search(head) if ctx.part.kind == "minutes" else None
    if m:
        line = _continued(head, m.start())
        forum = clean_forum(m.group("forum"))
        if forum and not FORUM_KIND.search(forum) and re.search(re.escape(forum) + r"\s+meeting\b", line, re.I):
            forum += " Meeting"  # "Level 1 Meeting": without the word it names no forum
        if forum and not _NOT_FORUM.search(forum):
            return forum, date_in(line), heading_of(line)
        below = max(ctx.part.start, ctx.part.cue - 200) + m.start() > ctx.text.find("\n", ctx.part.cue) >= 0
        above = heading_above(head, m.start()) if re.match(r"(?i)meeting$", m.group("forum").strip()) and \
            not below else None  # ("Minutes of the meeting held on ..." below the cue's line: an item, no heading)
        if above:  # "BN Stop and Search Scrutiny" over "Minutes of the meeting held on ...": the heading names it
            return above, date_in(line), above
    dash = FORUM_DASH_MINUTES.search(head) if ctx.part.kind == "minutes" and not m else None
    if dash and FORUM_KIND.search(dash.group("forum")) and date_in(dash.group("rest")):
        # "Joint Audit Committee - Minutes of the meeting held on 14 June 2022": the forum before the record's word
        forum = clean_forum(dash.group("forum"))
        if forum and not _NOT_FORUM.search(forum):
            return forum, date_in(dash.group("rest")), squash(dash.group(0))
    mid = MID_LINE_MINUTES.search(head) if ctx.part.kind == "minutes" and not m else None  # (header cells run on)
    if mid and FORUM_KIND.search(mid.group("forum")) and mid.start() - head.rfind("\n", 0, mid.start()) <= MID_REACH:
        forum = clean_forum(mid.group("forum"))
        if forum and not _NOT_FORUM.search(forum):
            return forum, date_in(mid.group(0)), squash(mid.group(0))
    banner = BANNER_MINUTES.search(head) if ctx.part.kind == "minutes" else None
    if banner and FORUM_KIND.search(banner.group("forum")):  # "NORTHSHIRE POLICE AUTHORITY MINUTES OF THE MEETING HELD"
        line = line_at(head, banner.start())
        return clean_forum(banner.group("forum")), date_in(line), heading_of(line)
    caps = MINUTES_CAPS.search(head) if ctx.part.kind == "minutes" else None
    if caps and FORUM_KIND.search(caps.group("forum")):  # "RESTRICTED MINUTES NATIONAL ... BOARD 28 June 2018 ..."
        forum = clean_forum(caps.group("forum"))
        if forum:
            return forum, date_in(caps.group(0)), squash(caps.group(0))
    short = _ACRONYM_MINUTES.match(squash(line_at(ctx.text, ctx.part.cue))) if ctx.part.kind == "minutes" else None
    if short:  # "SAB meeting minutes: 1 April 2025": the body by its initials, as its heading names it (or spelt out
        # below it: "Police Advisory Board for England and Wales (PABEW)")
        spelt = next((clean_forum(x.group("forum")) for x in _SPELT_OUT.finditer(ctx.text, ctx.part.cue,
                                                                                  min(ctx.part.end, ctx.part.cue + 600))
                      if x.group("short") == short.group("forum") and FORUM_KIND.search(x.group("forum"))), None)
        spelt = spelt or _initialled(ctx.text[ctx.part.cue:min(ctx.part.end, ctx.part.cue + 600)], short.group("forum"))
        return spelt or short.group("forum"), date_in(short.group(0)), short.group(0)
    top = ctx.text[ctx.part.start:min(ctx.part.end, ctx.part.cue + 250)]
    m = _FORUM_LABEL.search(top)
    if m and vocab.field_of(m) == "forum":  # "Meeting: Full Authority Meeting"
        value = squash(top[m.end():top.find("\n", m.end()) if "\n" in top[m.end():] else len(top)])
        if not value.strip(" :"):  # "Meeting" on a line of its own, the forum's name on the next
            value = squash(next((x for x in top[m.end():].split("\n") if x.strip()), ""))
        if value and FORUM_WORD.search(value) and len(value) < 100:
            cue_line = line_at(ctx.text, ctx.part.cue)
            # "Minutes of Meeting" over "Meeting: COMMAND TEAM": the form's heading is the paper's title
            heading = cue_line if ctx.part.kind == "minutes" and re.search(r"(?i)\bminutes\b", cue_line) and \
                len(cue_line) < 60 else value
            return smart_title(without_site(value)), date_in(value), heading
    for rx in (_MINUTES_LINE, _MEETING_OF, _MINUTES_COLON):
        for m in rx.finditer(top):
            raw = m.group("forum")
            if BROKEN_OFF.search(raw):  # "... SHADOW POLICE AND FIRE &" / "RESCUE BOARD held in ...": one name
                rest = _GOES_ON_NAME.match(top, m.end())
                raw = f"{raw} {rest.group('name')}" if rest else raw
            forum = clean_forum(WEB_NOISE.sub("", raw))
            if forum and FORUM_WORD.search(forum) and not _NOT_FORUM.search(forum):
                line = _continued(top, m.start())
                return forum, date_in(line), heading_of(line)
    if (titled := TITLED_RECORD.match(ctx.text, line_start(ctx.text, ctx.part.cue))) and clean_forum(titled["forum"]):
        return clean_forum(titled["forum"]), date_in(titled["date"]), squash(titled[0])  # "X Board Notes of Meeting ..."
    lines = [_unlabelled(x) for x in ctx.text[ctx.part.start:max(ctx.part.cue, ctx.part.start + 1)].split("\n")]
    if heading_top(ctx) < ctx.part.start:  # the page's heading may stand above a long note before the agenda
        lines = [_unlabelled(x) for x in ctx.text[heading_top(ctx):ctx.part.start].split("\n")] + lines
    lines += [_unlabelled(x) for x in ctx.text[ctx.part.cue:min(ctx.part.end, ctx.part.cue + 300)].split("\n")
              if x.strip()][:4]  # (the heading's next lines, a blank line between each or none)
    lines = [MARKED.sub("", x) for x in lines]  # "OFFICIAL Strategic Leadership Board ...": the page's marking first
    lines = rejoined(lines)
    for k, line in enumerate(lines):
        if not line or SKIP_LINE.search(line) or WEB_LINE.search(line) or line.lower().startswith("date") or \
                _TIME_FIRST.match(line) or \
                len(line) >= (160 if find_dates(line) else 100):
            continue  # a heading naming the meeting and its date ("Northshire Panel - Thursday, 20 June 2024 10.30 am")
        site = re.match(r"(?P<page>[^-–|]{2,40}?)\s+[-–|]\s+(?P<host>[^-–|]+)$", line)
        if site and not FORUM_WORD.search(site.group("page")) and not find_dates(line):
            continue  # "Business - Northshire Council": a web page's title and its host, no forum
        if FORUM_WORD.search(line) and not (line.endswith(".") and not _AM_PM_END.search(line)) and \
                (not _NOT_FORUM.search(line) or _FORUM_MEETING_HELD.search(line)) and \
                (line.isupper() or title_like(LEAD_RECORD.sub("", line)) or DATED_FORUM.match(line)):
            # ("NORTHSHIRE POLICE AND CRIME PANEL MEETING HELD VIRTUALLY 3 FEBRUARY 2021": the forum's own meeting)
            prev = next((x for x in reversed(lines[max(0, k - 2):k]) if x), "")
            if line.isupper() and prev.isupper() and len(prev) <= 80 and not FORUM_WORD.search(prev) and \
                    not re.search(r"(?i)\b(?:authority|council|commissioner|constabulary|police|office)\b", prev) and \
                    not re.search(r"[\d:.]", prev) and not SKIP_LINE.search(prev) and len(prev.split()) >= 2:
                line = f"{prev} {line}"  # "ACPO ADMINISTRATION OF FIREARMS AND EXPLOSIVES" / "LICENSING WORKING GROUP"
            forum = clean_forum(line)
            if forum:
                # "NORTHSHIRE POLICE AUTHORITY" over "PROFESSIONAL STANDARDS COMMITTEE": the body's heading
                # over its committee's; the meeting is the committee's
                nxt = next((x for x in lines[k + 1:k + 3] if x), "")
                if _BODY_WORD.search(forum) and not _SUB_FORUM.search(forum) and _SUB_FORUM.search(nxt) and \
                        len(nxt) < 100 and not nxt.endswith(".") and (nxt.isupper() or title_like(nxt)):
                    sub = clean_forum(nxt)
                    if sub:
                        return sub, None, line
                return forum, None, line
    cue_line = squash(line_at(ctx.text, ctx.part.cue))
    for m in _SPELT_OUT.finditer(ctx.text, ctx.part.cue, min(ctx.part.end, ctx.part.cue + 600)):
        # "PABEW meeting minutes, 6 February 2024" over "Police Advisory Board for England and Wales (PABEW)": the
        # heading's short name, spelt out below it
        if FORUM_KIND.search(m.group("forum")) and re.search(rf"\b{re.escape(m.group('short'))}\b", cue_line):
            forum = clean_forum(m.group("forum"))
            if forum:
                return forum, date_in(cue_line), cue_line
    if ctx.part.kind == "minutes":
        # a hosting page's one-line preview above the paper: its own heading stands on a line below
        for raw in ctx.text[ctx.part.cue:min(ctx.part.end, ctx.part.cue + 2500)].split("\n")[1:]:
            line = squash(raw)
            if line and len(line) < 100 and line.isupper() and FORUM_KIND.search(line) and not SKIP_LINE.search(line):
                forum = clean_forum(line)
                if forum:
                    return forum, None, line
    return None, None, None


# "10.30am, Ashburton Hall, Northtown County Council": the meeting's time and place, not its forum
_TIME_FIRST = re.compile(r"(?i)\d{1,2}(?:[.:]\d\d)?[ ]?[ap]\.?m\.?\b|\d{1,2}[.:]\d\d\b")
_GOES_ON_NAME = re.compile(r"\s*(?P<name>[A-Za-z][\w&'’ ,-]{1,60}?)(?=[ \t]+(?:held|meeting|on|at)\b|[ \t]*[,.]|[ \t]*$)", re.M)
_SPELT_OUT = re.compile(r"(?m)^[ \t]*(?P<forum>[A-Z][^\n()]{5,100}?)[ \t]*\((?P<short>[A-Z][A-Za-z]{1,9})\)[ \t]*$")
# a forum's name, then "meeting held" (not an earlier meeting's: "minutes of the previous meeting held on")
_FORUM_MEETING_HELD = re.compile(r"(?i)^(?!minutes\b)(?![^\n]*\b(?:previous|last|next)\s+meeting\b)[^\n]*\b(?:panel|"
                                 r"committee|sub-committee|board|authority|group|forum)\s+meeting\s+held\b")
_BODY_WORD = re.compile(r"(?i)\b(?:authority|council|commissioner|constabulary|police)$")
_SUB_FORUM = re.compile(r"(?i)\b(?:committee|sub-committee|panel|board|group|forum)\b")
_NOT_FORUM = re.compile(r"(?i)\b(?:previous|last|next)\s+meeting\b|\bmeeting\s+held\b|^(?:(?:an?|the)\s+)?meeting$|"
                        r"^(?:(?:an?|the)\s+)?meeting\s+(?:in|at|on)\b")  # "Minutes of Meeting in City Chambers": a place


_GOES_ON = re.compile(r"(?i)[ \t]*(?:held|on[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^\n]*")
_ACRONYM_MINUTES = re.compile(r"(?P<forum>[A-Z][A-Z&]{1,7})[ \t]+(?i:meeting[ \t]+)?(?i:minutes|notes)[ \t]*[-–:,][ \t]*"
                             r"\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8},?[ \t]+(?:19|20)\d\d")
_HELD_IN = re.compile(r"(?i)\bheld\s+(?:at|in|within)\b")
# the next line of a wrapped heading: words going on (no label, no number, not a sentence of its own)
_WRAPPED_ON = re.compile(r"[ \t]*(?![^\n]{0,30}:)(?!\d+[.)]?[ \t])[A-Za-z][^\n]{2,150}(?=\n|$)")


def _initialled(text: str, short: str) -> str | None:
    """The body's name a line below spells out, its last words' initials the heading's ("SAB" over "UK Police Pensions
    Consultative Forum & Scheme Advisory Board meeting")."""
    for line in text.split("\n")[1:]:
        name = clean_forum(line) if FORUM_KIND.search(line) and len(line) < 120 else None
        words = [w for w in (name or "").replace("&", " ").split() if w[:1].isupper()]
        if name and len(words) >= len(short) and "".join(w[0] for w in words[-len(short):]) == short:
            return name
    return None


def _continued(text: str, pos: int) -> str:
    """A heading's line and the lines that go on with it ("Minutes of a Meeting of the X" / "Held at P" / "On Tuesday
    28th July 2009 at 2pm"), at most two, while none of them has given a date yet."""
    line = line_at(text, pos)
    end = text.find("\n", pos)
    for _ in range(3):
        if end < 0 or find_dates(line):
            break
        at = end + 1 + len(text[end + 1:]) - len(text[end + 1:].lstrip("\n"))
        nxt = _GOES_ON.match(text, at)
        if not nxt and (BROKEN_OFF.search(line) or _HELD_IN.search(line)):
            # "... SHADOW POLICE AND FIRE &" / "RESCUE BOARD held in the Council Chambers, Buccleuch" / "Street,
            # Dalkeith Tuesday 4 December 2012": a heading wrapped mid-name or mid-place, going on to its date
            nxt = _WRAPPED_ON.match(text, at)
            if nxt and not (BROKEN_OFF.search(line) or find_dates(nxt.group(0))):
                nxt = None
        if not nxt:
            break
        line = f"{line} {squash(nxt.group(0))}"
        end = text.find("\n", nxt.end())
    return line


def heading_of(line: str) -> str:
    """A heading line without the sentence that runs on after it ("... held on 2 April 2009 at ...")."""
    held = re.search(r"(?i)\s+held\s+(?:at|in)\b", line)
    dated = find_dates(line[held.end():]) if held else []
    if held and dated and len(dated[0].value) == 10:  # "held at X on Thursday, 19 June 1997": up to and with its date
        return line[:held.end() + dated[0].end].rstrip(" .,")
    line = re.sub(r"(?i)\s+held\s+(?:at|in)\b.*$", "", line)
    return re.sub(r"(?<=\d{4}),?\s+(?:at|in)\s+(?:the\s+)?(?:\d+\s+)?[A-Z].*$", "", line).rstrip(" .")


def heading_top(ctx: Ctx) -> int:
    """Where the meeting's heading may stand: the part, or the top of the page when the part is the first
    paper in it (a long note to the public can stand between the heading and the agenda)."""
    return 0 if ctx.part.start <= 1500 and ctx.part.start == _first_part_start(ctx) else ctx.part.start


def _first_part_start(ctx: Ctx) -> int:
    return ctx.shared.setdefault("first_part", ctx.part.start)
