"""Where and when a meeting's paper says it met, beside its date: the time and venue printed on the date's line or the
lines under it, and ``Date  Time  Venue`` column heads with the values on the next line; which Date label dates the
meeting. Used by concord/ingest/extract/meetings.py."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import find_dates, parse_time
from concord.ingest.extract import attendance_tables, people
from concord.ingest.extract.common import WEB_LINE, Ctx, Field, date_in
from concord.ingest.textutil import squash

HEADER = vocab.pattern("meeting", names=("date", "time", "venue", "chair"), strict=True)
PEOPLE_LABELS = people.LABELS


def date_line(ctx: Ctx, date: str, head_end: int, top: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """Time and venue printed with the meeting's date (searched from ``top``, where the meeting's heading may stand):
    on its line after it, or on the lines below it."""
    for d in find_dates(ctx.text[top:head_end]):
        if d.value != date:
            continue
        at = top + d.end
        line_end = ctx.text.find("\n", at)
        line_end = head_end if line_end < 0 else line_end
        whole = ctx.text[ctx.text.rfind("\n", 0, top + d.start) + 1:line_end].strip()
        rest = ctx.text[at:line_end]
        if whole.endswith(".") and len(whole.split()) > 8 and \
                not re.match(r"(?i)\s*(?:[,.(]|at\b|in\b|from\b|commencing\b|starting\b|\d|$)", rest):
            continue  # "Agenda for the 10 May 2009 meeting of the X Committee and ...": a sentence, not the date line
        time = parse_time(rest)
        venue_bits: list[str] = []
        rest_v = _TIME_TEXT.sub("", rest)
        rest_v = re.sub(r"(?i)\b(?:and\s+)?(?:concluding|finishing|ending|closing|closed|commencing|starting)(?:\s+at)?\b", "", rest_v)
        rest_v = re.sub(r"(?i)^[\s,.\-–]*(?:at|in|commencing|starting|venue)?\b[\s,:\-–]*", "", rest_v).strip(" ,.-–")
        if len(rest_v) > 3 and re.search(r"[A-Za-z]{3}", rest_v) and len(rest_v) <= 160:  # not a flattened page's run-on
            venue_bits.append(rest_v)
        pos = line_end + 1
        bare_time = False  # the time on a line of its own: the place may follow a blank line
        for _ in range(6):
            nl = ctx.text.find("\n", pos)
            if nl < 0 or nl > head_end:
                break
            raw = ctx.text[pos:nl]
            line = squash(raw)
            pos = nl + 1
            if venue_bits and _POSTCODE.search(venue_bits[-1]):
                break  # the postcode ends an address
            if not line:
                if venue_bits or time and not bare_time:
                    break
                bare_time = False
                continue
            lead = _TIME_LEAD.match(line)
            if not time and lead and parse_time(lead.group(0)):
                time = parse_time(lead.group(0))  # "09:00, FF33, Kelvedon Park": the time, then the venue
                line = line[lead.end():].strip(" ,-–")
                if not line:
                    bare_time = True
                    continue
            if (len(line) > 80 or line.endswith(".") and (len(line.split()) > 8 or not _POSTCODE.search(line)) or
                    _STATUS.fullmatch(line) or WEB_LINE.search(line) or
                    find_dates(line) or HEADER.match(line) or
                    re.search(r"(?i)\b(?:minutes|agenda)\b", line) or re.match(r"\d{1,2}[.)][ \t]+[A-Z]", line) or
                    attendance_tables.INITIALS_LINE.match(line) or raw.lstrip().startswith("|") or
                    PEOPLE_LABELS.match(line) or re.match(r"(?i)(?:draft\s+)?minutes\b|agenda\b|present\b", line) or
                    _NOT_PLACE_LABEL.match(line) or _MINUTE_NUMBER.fullmatch(line) or _FORUM_LINE.search(line) or
                    venue_bits and line.isupper() != venue_bits[-1].isupper()):
                break
            venue_bits.append(line)
        venue = ", ".join(b.strip(" ,") for b in venue_bits if b.strip(" ,")) or None
        if time or venue:
            return time, venue, (at, line_end)
        # (nothing with it: the date printed again below, "SAB meeting minutes: 1 April 2025" over "45th Meeting, 01
        # April 2025, 10:30 - 14:30", may have them)
    return None, None, None


# a line that starts another label ("Contact: ...", "Clerk: ..."), or is a minute's number alone ("CSC 1/23", "358."):
# the place has ended
_NOT_PLACE_LABEL = re.compile(r"(?i)(?!(?:venue|location|place|where|address|room)\b)[a-z][a-z ]{1,24}:")
# a forum's name on the line under the place ("Police and Crime Panel"): the meeting's name, not more of its address
_FORUM_LINE = re.compile(r"(?i)\b(?:panel|committee|sub-committee|board|forum)(?:[ \t]+meeting)?$")
_MINUTE_NUMBER = re.compile(r"(?:[A-Z]{1,6}[ \t/.-]*)?\d{1,4}(?:[./]\d{1,4})*\.?")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")  # an address's last line: "London SW1H 0NY."
_STATUS = re.compile(rf"(?i)(?:{vocab.alternation(vocab.phrases('meeting', 'status'))})\.?")  # "Scheduled": no place
_TIME_LEAD = re.compile(r"(?i)^\s*(?:at\s+|from\s+|commencing\s+)?(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)\s*(?:[ap]\.?m\.?|hrs|hours)?"
                        r"(?:\s*(?:-|–|to|until)\s*(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:[ap]\.?m\.?|hrs)?)?(?=[\s,;]|$)"
                        r"|^\s*(?:[01]?\d)\s*[ap]\.?m\.?(?=[\s,;]|$)")
_ONE_TIME = r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:[ap]\.?m\.?|hrs|hours)?|(?:[01]?\d)\s*(?:[ap]\.?m\.?|hrs))"
_TIME_TEXT = re.compile(rf"(?i)(?:\bfrom\s+|\bat\s+)?(?<![\d/£.]){_ONE_TIME}(?:\s*(?:-|–|to|until)\s*{_ONE_TIME})?(?![\d/])")


def grid_header(ctx: Ctx) -> dict[str, str]:
    """``Date  Time  Venue`` printed as column heads with the values on the next line."""
    head = ctx.text[ctx.part.start:min(ctx.part.end, ctx.part.cue + 800)]
    m = re.search(r"(?im)^[ \t]*date[ \t]+time(?:[ \t]+(?:venue|location|place))?[ \t]*\n\s*(?P<vals>[^\n]+)", head)
    if not m:
        return {}
    vals = m.group("vals")
    cells = [squash(c) for c in re.split(r"\t" if "\t" in vals else r"\s{3,}", vals) if squash(c)]
    out: dict[str, str] = {}
    for c in cells:
        if "date" not in out and date_in(c):
            out["date"] = date_in(c)  # type: ignore[assignment]
        elif "time" not in out and parse_time(c) and len(c) <= 12:
            out["time"] = parse_time(c)  # type: ignore[assignment]
        elif "venue" not in out and "date" in out:
            out["venue"] = c
    return out


# "Wednesday 21st June, 14:30-17:00": the heading's date with its weekday but no year
_YEARLESS = re.compile(r"(?im)^[ \t]*(?:date[ \t]*:[ \t]*)?(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+"
                       r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<m>[a-z]{3,9})\b(?![ \t,]*\d{4})(?P<rest>[^\n]*)$")
# ... or after the heading's words on its line ("X Board Notes of Meeting Wednesday 21st June, 14:30-17:00")
_YEARLESS_HEADED = re.compile(r"(?i)\b(?:notes|minutes)[ \t]+of[ \t]+(?:the[ \t]+)?meeting[ \t]+(?P<wd>mon|tues|wednes|"
                              r"thurs|fri|satur|sun)day,?[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<m>[a-z]{3,9})\b"
                              r"(?![ \t,]*\d{4})(?P<rest>[^\n]*)$", re.M)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def yearless_date(ctx: Ctx, head_end: int) -> tuple[str | None, str | None, str | None]:
    """(date, time, venue) of a heading that prints the weekday, day and month of the meeting but no year: the one year
    printed in the paper that puts that day on that weekday (none when no year, or more than one, fits); the time
    after it on its line, the place on the short line under it."""
    import datetime
    from concord.ingest.dates import month_number
    m = _YEARLESS.search(ctx.text, ctx.part.start, head_end) or _YEARLESS_HEADED.search(ctx.text, ctx.part.start, head_end)
    month = month_number(m.group("m")) if m else None
    if not m or not month:
        return None, None, None
    day, weekday = int(m.group("d")), _WEEKDAYS.index(m.group("wd").lower())
    fits = set()
    for y in {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", ctx.text[ctx.part.start:ctx.part.end])}:
        try:
            if datetime.date(y, month, day).weekday() == weekday:
                fits.add(y)
        except ValueError:
            continue
    if len(fits) != 1:
        return None, None, None
    nxt = re.match(r"\n[ \t]*([^\n]{3,80})", ctx.text[m.end():m.end() + 90])
    place = squash(nxt.group(1)) if nxt else ""
    venue = place if "," in place and not re.search(r"[:()\d]", place) and not PEOPLE_LABELS.match(place) and \
        not HEADER.match(place) else None
    return f"{fits.pop():04d}-{month:02d}-{day:02d}", parse_time(m.group("rest")), venue


def meeting_date(ctx: Ctx, fields: list[Field]) -> Field | None:
    """The date label's field; a label naming the meeting's date ("Date of meeting 25 July 2019") before a bare "Date"
    (a letter's or a paper's own, "Date 18 July 2019" at the top of a summons)."""
    dated = [f for f in fields if f.label == "date" and f.value]
    for f in dated:
        if re.search(r"(?i)\bmeeting\b", ctx.text[ctx.text.rfind("\n", 0, f.start) + 1:f.start]):
            return f
    return dated[0] if dated else None
