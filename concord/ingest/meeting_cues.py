"""Cues of a meeting's paper that has no Agenda or Minutes heading: a Date/Time/Venue header, a Present label under a
dated line, a numbered list of standing items under the meeting's name and date, a council page's dated heading."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import DATE_IN_FIGURES, DAY_DATE
from concord.ingest.marking import marking_line
from concord.ingest.name_runs import split_people
from concord.ingest.page_furniture import page_number


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# a council committee page's heading: the forum's name, a dash, the day, date and time of the meeting ("Northshire
# Police and Crime Panel Complaint Sub-Committee - Thursday, 28th March, 2024 4.30 pm")
_DATED_HEADING = re.compile(r"(?m)^[ \t]*[A-Z][^\n]{2,120}?\b(?i:panel|committee|sub-committee|board|authority|forum|"
                            r"group|executive|council)[ \t]+[-–][ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+"
                            r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}\b|" + DATE_IN_FIGURES + r")[^\n]{0,30}$")
# an agenda item about minutes, not minutes: "Minutes of the previous meeting", "Minutes of the meeting held on"
MEETING_LABELS = vocab.pattern("meeting", names=("date", "time", "venue"), strict=True)


def label_runs(rx: vocab.LabelPattern, text: str):
    """Labels on lines next to each other (at most one blank line between): after each label, the run so far
    as (offset, field) pairs and the end of the label's line."""
    run: list[tuple[int, str]] = []
    last_end = -1
    for m in rx.finditer(text):
        f = vocab.field_of(m)
        if f == "_not":
            continue
        if run and text.count("\n", last_end, m.start()) > 2:
            run = []
        run.append((m.start(), f))
        last_end = text.find("\n", m.end())
        last_end = len(text) if last_end < 0 else last_end
        yield run, last_end


def meeting_headers(text: str, agenda: re.Pattern[str]) -> list[tuple[int, str]]:
    """A meeting's header without an Agenda or Minutes heading: Date, Time and Venue (or Location) labels on
    lines next to each other; an agenda, or minutes when attendees are listed after it."""
    out: list[tuple[int, str]] = []
    for run, last_end in label_runs(MEETING_LABELS, text):
        fields = {x for _, x in run}
        timed = fields >= {"date", "time"} or fields >= {"date", "venue"} and any(
            x == "date" and re.search(r"(?i)\btime\b", text[p:text.find(":", p, p + 40) % (len(text) + 1)])
            for p, x in run)  # ("DATE/TIME: Thursday 21st June 2007" / "LOCATION: ...": one label gives both)
        if timed and len(run) >= 2 and (not out or out[-1][0] != run[0][0]):
            start = run[0][0]
            around = text[max(0, start - 300):last_end + 400]
            if _REPORT_AUTHOR.search(around):
                continue  # "Title of Paper", "Presented By": a report's header that names its meeting
            above = text[max(0, start - 300):start]
            # (people listed after the header: not an agenda's numbered item "1. Apologies for absence")
            # (nor a "Membership:" list, who sits on the body)
            listed = any(not _NUMBERED_LINE.match(text, text.rfind("\n", 0, p.start()) + 1) and vocab.field_of(p) != "_not"
                         for p in PEOPLE.finditer(text, last_end, last_end + 1500))
            kind = "minutes" if listed or re.search(r"(?i)\b(?:minutes|notes)\b", above) else "agenda"
            if kind == "minutes" and not re.search(r"(?i)\b(?:minutes|notes)\b", above) and \
                    (agenda.search(text, last_end, last_end + 1500) or agenda.search(above)):
                kind = "agenda"  # the panel's members listed above or below its AGENDA heading: an agenda
            out.append((start, kind))
    return out


PEOPLE = vocab.pattern("meeting", names=("members", "attendance", "apologies"), strict=True)
_NUMBERED_LINE = re.compile(r"[ \t]*\(?\d{1,2}[.)]?[ \t]")
_REPORT_AUTHOR = vocab.pattern("report", names=("from", "subject"), strict=True)
_MEMBERS = vocab.pattern("meeting", names=("members",), strict=True)


def attendee_cues(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """Minutes without a Minutes heading: a Present/Attendees label with a date a few lines above it (the
    heading, date, time and place of the meeting); the minutes start at the heading."""
    out: list[tuple[int, str]] = []
    for m in _MEMBERS.finditer(text):
        if vocab.field_of(m) != "members" or any(m.start() - 3000 < p <= m.start() for p in meetings):
            continue
        label = m.group(0).strip().lower()
        if re.match(r"[\d(]", label) or "membership" in label:
            continue  # "3. MEMBERSHIP": a section of terms of reference
        lines = re.findall(r"\S[^\n]*", text[m.end():m.end() + 600])[:3]
        if not any(split_people(x) for x in lines):
            continue  # a label with no one after it
        above = text[max(0, m.start() - 600):m.start()]
        dates = list(DAY_DATE.finditer(above))
        d = dates[-1] if dates else None  # the date nearest the label: the meeting's, not the file's "Date Created"
        if not d or out and m.start() - out[-1][0] < 3000:
            continue
        out.append((line_start(text, max(0, m.start() - 600) + d.start()), "minutes"))  # the dated line, whole
    return out


_FIRST_ITEM = re.compile(r"(?m)^[ \t]*1\.?[ \t]+(?=[A-Z])")
_NUMBERED = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})\.?[ \t]+(?P<title>[A-Z][^\n]{2,160})$")
_STANDING_ITEM = re.compile(r"(?i)^(?:" + vocab.alternation(vocab.phrases("meeting", "agenda_items")) + r")\b")
_MINUTES_WORDS = re.compile(r"(?i)\bresolved\b|\bapologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+"
                            r"(?:received|given|noted)|\bit\s+was\s+agreed\b|"
                            r"\b(?:record|minutes|notes)\s+of\s+the\s+(?:last|previous)\s+meeting\s+(?:was|were)\s+"
                            r"(?:approved|agreed|accepted)")
# "Name | Role |" over the people who came: an attendance table with no label above it
_NAME_TABLE = re.compile(r"(?im)^[ \t]*\|?[ \t]*(?:name|names|attendee|attendees)[ \t]*\|[ \t]*"
                         r"(?:role|post|position|title|organisation|organization|representing)\b")


def numbered_business(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """A meeting's business with no Agenda or Minutes heading: the meeting's name and date above a numbered list
    (1, 2, 3 ...) whose items, two or more of them, are an agenda's standing items (Apologies, Declarations of
    interest, Minutes of the previous meeting ...). Minutes when people or resolutions are recorded, else an agenda.
    The cue is the date line, so that the forum's name above it heads the part."""
    m = _FIRST_ITEM.search(text)
    if not m or meetings:
        return []  # only where no meeting's heading was found at all
    items: list[str] = []
    expected = 1
    for n in _NUMBERED.finditer(text, m.start(), m.start() + 4000):
        if int(n.group("n")) == expected:
            items.append(n.group("title"))
            expected += 1
    if len(items) < 2 or sum(1 for t in items[:4] if _STANDING_ITEM.match(t.strip())) < 2:
        return []
    above = text[max(0, m.start() - 600):m.start()]
    dates = list(DAY_DATE.finditer(above))
    if not dates:
        return []
    cue = max(0, m.start() - 600) + dates[-1].start()
    body = text[m.start():m.start() + 6000]
    kind = "minutes" if PEOPLE.search(text, cue, m.start()) or _MINUTES_WORDS.search(body) else "agenda"
    return [(cue, kind)]


def dated_heading(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """A council committee page with no Agenda or Minutes heading, only the line naming the meeting and its date
    ("X Panel - Thursday, 28th March, 2024 4.30 pm"): the first such line, where no meeting's cue was found at all;
    minutes when people or resolutions are recorded below it, else an agenda."""
    m = _DATED_HEADING.search(text)
    if not m or meetings:
        return []
    body = text[m.end():m.end() + 6000]
    kind = "minutes" if PEOPLE.search(body) or _MINUTES_WORDS.search(body) else "agenda"
    return [(m.start(), kind)]


_FORUM_LINE = re.compile(r"(?i)^[^\n]{0,100}\b(?:panel|committee|sub-committee|board|authority|forum)\b[^\n]{0,80}$")


def status_page(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """A council page recording who attended a meeting, one cell a line (name, the body sat for, "Present, as
    expected" / "Apologies" / "Not required"), with no Agenda or Minutes heading: minutes, from the line naming the
    forum above the first row. Only where no meeting's cue was found at all."""
    if meetings:
        return []
    from concord.ingest.extract.attendance_tables import stacked_status  # the extractors import this module
    rows = stacked_status(text, 0, len(text))
    if not rows:
        return []
    first = min(span[0] for _, span in rows.values())
    for line in reversed(list(re.finditer(r"[^\n]+", text[max(0, first - 2000):first]))):
        if _FORUM_LINE.match(line.group(0).strip()) and not DAY_DATE.search(line.group(0)):
            return [(max(0, first - 2000) + line.start(), "minutes")]
    return []


# a heading on a line of its own that names the forum, the record and the meeting's date ("Police Accountability Board
# Notes 10th March 2020", "Strategic Policing Board Minutes 4 May 2021", "X General Meeting Minutes: Thursday May 27
# 2021:"): no Minutes heading starts the line
_TITLED = (
    r"(?m)^[ \t]*(?P<forum>[A-Z][^\n]{2,100}?\b(?i:board|panel|committee|sub-committee|forum|group|authority|executive|"
    r"general[ \t]+meeting|annual[ \t]+meeting))"
    r"[ \t]+(?i:" + vocab.alternation(vocab.phrases("meeting", "record_words")) + r")[ \t,:–-]*(?i:of[ \t]+(?:the[ \t]+)?"
    r"meeting[ \t]+)?(?i:held[ \t]+)?(?i:on[ \t]+)?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+(?:19|20)\d\d|"
    # "Minutes: Thursday May 27 2021:": the month first
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|"
    + DATE_IN_FIGURES + "|"
    # "X Governance Board Notes of Meeting Wednesday 21st June, 14:30-17:00": the weekday and no year, the time after it
    r"(?<=day[ \t])\d{1,2}(?:st|nd|rd|th)?[ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?=,?[ \t]+"
    r"\d{1,2}[:.]\d\d))")
TITLED_RECORD = re.compile(_TITLED + r"(?:[ \t:]*$|,?[ \t]+\d{1,2}[:.]\d\d)")
# ... run on into the page's first words where a host flattened the page onto one line
TITLED_RUN_ON = re.compile(_TITLED + r"[ \t:]*(?=[A-Z0-9])")


# the forum's name on a line of its own (after a page number or a contents leader) over "Minutes of the meeting held on
# <date>", the attendance following: "Chief Officers' Council" / "Minutes of the meeting held on Thursday, 7 March 2013,
# Northtown 1. ATTENDANCE 1.1 Present ..." (a page a converter ran onto one line, broken again before the heading)
BANNER_OVER_MINUTES = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[ \t]+)?(?:\.{3,}[ \t]*)?(?P<forum>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,7})[ \t]*\n"
    r"[ \t]*(?P<head>(?i:minutes[ \t]+of[ \t]+the[ \t]+meeting[ \t]+held[ \t]+on)[ \t]+(?:[A-Za-z]+day,?[ \t]+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+(?:19|20)\d\d|" + DATE_IN_FIGURES + "))"
    r"(?:,[ \t]*(?P<place>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3})(?=[ \t]+\d{1,2}\.[ \t]+[A-Z]|[ \t]*$))?")
_FORUM_END = re.compile(r"(?i)\b(?:board|committee|sub-committee|panel|council|cabinet|authority|forum|group|executive)$")
_ATTENDANCE_WORD = re.compile(r"\b(?:ATTENDANCE|Attendance|Present|PRESENT|Attendees|ATTENDEES)\b")


def banner_minutes(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """Minutes whose heading is the forum's name alone on a line over "Minutes of the meeting held on <date>", with
    the attendance right after it: the forum's line, where no meeting's cue was found at all (without the forum over
    it, or an attendance after it, "Minutes of the meeting held on ..." is an agenda's item about earlier minutes)."""
    if meetings:
        return []
    for m in BANNER_OVER_MINUTES.finditer(text, 0, 4000):
        if _FORUM_END.search(m.group("forum")) and _ATTENDANCE_WORD.search(text, m.end(), m.end() + 200):
            return [(line_start(text, m.start("forum")), "minutes")]
    return []


def titled_record(text: str, meetings: list[int]) -> list[tuple[int, str]]:
    """Minutes or notes whose heading names the forum, the record and the date on one line ("X Board Notes 10th March
    2020"), where no meeting's cue was found at all: the first such line, near the top of the paper (further down, such
    a line names papers listed in another's text)."""
    m = TITLED_RECORD.search(text, 0, 2000)
    if not m or meetings:
        return []
    return [(m.start(), "minutes")]


# the last resort, where no cue of any genre was found in the whole paper: a line near the top that names a forum
# with the meeting's date on it or just under it ("X Board Notes 10th March 2020", "Agenda Document for X Panel,
# 05/02/2020 11:00"), over a meeting's business (numbered items, apologies, attendees or resolutions)
_FORUM_NAME = re.compile(r"(?i)\b(?:panel|committee|sub-committee|board|authority|forum|group|executive|partnership|"
                         r"commission)\b")
_NUMBERED_LINES = re.compile(r"(?m)^[ \t]*(?:item[ \t]+)?\d{1,2}\.?[ \t]+[A-Z][^\n]{2,120}$")
_RECORD_WORD = re.compile(r"(?i)\b(?:minutes|notes|record|summary)\b")


def forum_date_heading(text: str) -> list[tuple[int, str]]:
    """Minutes or an agenda whose heading nothing else recognised: the first of the paper's first twelve lines that
    names a forum and has a full date on it or on one of the two lines under it, when the paper below it records a
    meeting's business (two numbered items, an Apologies or Present label, or a resolution). Minutes when the heading
    says so (Minutes, Notes, Record) or people and resolutions are recorded, an agenda when it says Agenda."""
    from concord.ingest.dates import find_dates
    lines = [m for m in re.finditer(r"[^\n]+", text[:3000]) if m.group(0).strip() and
             not re.match(r"(?i)\s*(?:source:|https?://|www\.)", m.group(0)) and
             not marking_line(m.group(0)) and not page_number(m.group(0))][:12]  # (nor a page's marking or number)
    for k, m in enumerate(lines):
        line = m.group(0).strip()
        if len(line) > 200 or not _FORUM_NAME.search(line) or line.endswith("."):
            continue
        near = " ".join(x.group(0) for x in lines[k:k + 3])
        if not any(len(d.value) == 10 for d in find_dates(near)):
            continue
        body = text[m.end():m.end() + 6000]
        people = PEOPLE.search(body) or _NAME_TABLE.search(body)
        business = len(_NUMBERED_LINES.findall(body)) >= 2 or people or _MINUTES_WORDS.search(body)
        if not business:
            return []
        # what the heading says the paper is, or a title line above it ("NAB meeting minutes, 6 February 2024")
        head = " ".join(x.group(0) for x in lines[:k + 1])
        said = re.search(r"(?i)\bagenda\b", head)
        kind = "agenda" if said and not _RECORD_WORD.search(head) else "minutes" if _RECORD_WORD.search(head) or \
            people or _MINUTES_WORDS.search(body) else "agenda"
        return [(m.start(), kind)]
    return []
