"""Meetings from agendas and minutes: forum, date, time, venue, people, items."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.dates import find_dates, parse_time
from concord.ingest.extract.common import Ctx, date_in, first, labelled, smart_title
from concord.ingest.textutil import person_name, squash

_C = r"(?=[ \t]*:)"
HEADER: tuple[tuple[str, str], ...] = (
    ("date", r"date(?:\s+of\s+meeting)?" + _C),
    ("time", r"time" + _C),
    ("venue", r"(?:venue|location|place|where)" + _C),
    ("chair", r"(?:chair(?:man|person)?|chaired\s+by)" + _C),
)
PEOPLE: tuple[tuple[str, str], ...] = (
    ("members", r"(?:members(?:\s+present)?|present|attendees|board\s+members)(?=[ \t]*:?[ \t]*$|[ \t]*:)"),
    ("attendance", r"(?:(?:also\s+)?in\s+attendance|also\s+present|officers\s+present|attending)"
                   r"(?=[ \t]*:?[ \t]*$|[ \t]*:)"),
    ("apologies", r"apologies(?:\s+for\s+absence)?(?=[ \t]*:?[ \t]*$|[ \t]*:)"),
)
_FORUM_WORD = re.compile(r"(?i)\b(board|committee|panel|group|summit|forum|council|meeting|authority|"
                         r"assembly|partnership|conference|executive)\b")
_MINUTES_OF = re.compile(r"(?i)minutes\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<forum>.{3,80}?)"
                         r"\s+(?:meeting\s+)?held\s+(?:on\s+)?(?:the\s+)?(?P<date>.{6,40})")
ITEM = re.compile(r"(?m)^[ \t]*(?:item[ \t]+)?(?P<num>\d{1,2})(?:\.0)?\.?[ \t]+(?P<title>[A-Z(][^\n]{1,160}?)[ \t]*$")
_TITLE_CUT = re.compile(r"(?i)\t|\s+(?:report\s+(?:from|of|by)|presented\s+by|lead\s*:|paper\s+from)\b|\s*[•]\s*")
_APOLOGY_SENTENCE = re.compile(r"(?is)apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been|have\s+been|was)\s+"
                               r"(?:received|given|noted|submitted)\s+(?:from|by|on\s+behalf\s+of)\s+(?P<who>.+?)"
                               r"(?:\.(?:\s|$)|\n\s*\n)")
_STOP_PEOPLE = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?[ \t]+[A-Z]|apologies|in\s+attendance|also\s+present)")


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    kind = ctx.part.kind
    head_end = min(ctx.part.end, ctx.part.cue + 2500)
    forum, date = _forum_and_date(ctx)
    fields = labelled(ctx, HEADER, start=ctx.part.start, end=head_end, one_line=True)
    prov: dict[str, tuple[int, int]] = {}
    f = first(fields, "date")
    if f and date_in(f.value):
        date = date_in(f.value)
        prov["date"] = (f.start, f.end)
    time_f, venue_f = first(fields, "time"), first(fields, "venue")
    time = parse_time(time_f.value) if time_f else None
    venue = venue_f.value if venue_f else None
    grid = _grid_header(ctx)
    date = date or grid.get("date")
    time = time or grid.get("time")
    venue = venue or grid.get("venue")
    if date is None:
        hits = [d for d in find_dates(ctx.text[ctx.part.start:head_end]) if len(d.value) == 10]
        date = hits[0].value if hits else None
    if not date or len(date) != 10:
        return []
    members, attendance, apologies = _people(ctx)
    items = items_in(ctx)
    if not apologies:
        apologies = _apologies_sentence(ctx)
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
    }
    for nxt in re.finditer(r"(?is)next\s+meeting\b.{0,160}", ctx.text[ctx.part.start:ctx.part.end]):
        d = date_in(nxt.group(0))
        if d and len(d) == 10 and d > date:
            rec["next_meeting"] = d
            break
    if kind == "minutes":
        rec["status"] = "draft" if re.search(r"(?i)\bdraft\b|\bunconfirmed\b",
                                             ctx.text[ctx.part.start:ctx.part.cue + 40]) else "final"
    rec["confidence"] = 0.9 if forum and items else 0.6
    rec["_provenance"] = ctx.provenance(prov)
    return [rec]


def _forum_and_date(ctx: Ctx) -> tuple[str | None, str | None]:
    head = ctx.text[max(ctx.part.start, ctx.part.cue - 200):min(ctx.part.end, ctx.part.cue + 300)]
    m = _MINUTES_OF.search(head) if ctx.part.kind == "minutes" else None
    if m:
        return smart_title(m.group("forum")), date_in(m.group("date"))
    lines = [squash(x) for x in ctx.text[ctx.part.start:ctx.part.cue].split("\n")]
    for line in lines:
        if line and _FORUM_WORD.search(line) and len(line) < 100 and not line.lower().startswith("date"):
            return smart_title(line), None
    return None, None


def _grid_header(ctx: Ctx) -> dict[str, str]:
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


def _names(block: str) -> list[str]:
    out: list[str] = []
    lines = [ln for ln in block.split("\n") if ln.strip()]
    pieces = lines if len(lines) > 1 else re.split(r";|,(?![^()]*\))", block)
    for piece in pieces:
        name = person_name(piece)
        if name and name not in out:
            out.append(name)
    return out


def _people(ctx: Ctx) -> tuple[list[str], list[str], list[str]]:
    fields = labelled(ctx, PEOPLE, stops=_STOP_PEOPLE, start=ctx.part.start,
                      end=min(ctx.part.end, ctx.part.cue + 6000))
    got: dict[str, list[str]] = {"members": [], "attendance": [], "apologies": []}
    for f in fields:
        raw = ctx.text[f.start:f.end]
        if not got[f.label]:
            got[f.label] = _names(raw)
    return got["members"], got["attendance"], got["apologies"]


def _apologies_sentence(ctx: Ctx) -> list[str]:
    m = _APOLOGY_SENTENCE.search(ctx.text, ctx.part.start, ctx.part.end)
    if not m:
        return []
    out: list[str] = []
    for piece in re.split(r",|;", m.group("who")):
        for sub in re.split(r"\s+and\s+", piece):
            name = person_name(sub)
            if name and name not in out:
                out.append(name)
    return out


def items_in(ctx: Ctx) -> list[tuple[str, str, int]]:
    """Numbered items (number, title, offset) running 1, 2, 3 ... in the part."""
    cands = []
    for m in ITEM.finditer(ctx.text, ctx.part.start, ctx.part.end):
        title = squash(_TITLE_CUT.split(m.group("title").strip(), maxsplit=1)[0]).strip(" :")
        if not title or title.endswith((".", ",", ";")) or len(title) > 120:
            continue
        if re.match(r"^\d", title):
            continue
        cands.append((int(m.group("num")), title, m.start()))
    out: list[tuple[str, str, int]] = []
    expected = None
    for n, title, pos in cands:
        if expected is None:
            if n in (0, 1):
                expected = n
            else:
                continue
        if n == expected:
            out.append((str(n), title, pos))
            expected = n + 1
    return out if len(out) >= 2 else []
