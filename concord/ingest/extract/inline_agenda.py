"""Agendas flattened onto one line by a PDF-to-text converter (document-hosting sites print them so):

    NORTHSHIRE POLICE AND CRIME PANEL Monday, 4 May 2020 at 14:00 County Hall, Northtown, NT1 2AB There will
    be a pre-meeting ... AGENDA 1 Minutes of last meeting held on 6 March 2020 5 - 18 2 Apologies for Absence
    3 Declarations of Interests:- (see note below) (a) Disclosable Pecuniary Interests 4 Work Programme ...

The meeting's name, date, time and place run into each other before the word AGENDA, and the items follow
as numbers 1, 2, 3 ... each before its title, with the page ranges, lettered sub-items and explanatory
sentences the printed agenda had beside them. Nothing here depends on a body: only on the shape.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from concord.ingest.cue_patterns import AGENDA_TABLE_HEADS
from concord.ingest.dates import DATE_IN_FIGURES, find_dates, parse_time
from concord.ingest.extract.common import POSTCODE, Ctx, date_in

# the word AGENDA before item 1, or else the table's column heads ("Agenda Item Page No. 1. Apologies"); a note about
# "Agenda Item 1 Minutes of ..." in the text above the agenda is no start of it
# (a Scottish council's summons lists its agenda under "BUSINESS")
_AGENDA_WORD = re.compile(r"(?<![\w])(?:AGENDA|A G E N D A|Agenda|BUSINESS)(?:[ \t]+(?:Pages?|PAGES?))?[ \t]+(?=1\.?[ \t]+[A-Z])")
_COLUMN_HEADS = re.compile(r"(?<![\w])Agenda[ \t]+Item(?:[ \t]+Page[ \t]+No\.?[ \t]+(?=1\.?[ \t]+[A-Z])|[ \t]+(?=1\.[ \t]+[A-Z]))")
_TABLE_HEADS = re.compile(AGENDA_TABLE_HEADS)  # "Agenda Item No Subject Page No 1 Welcome …"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_HEAD = re.compile(rf"(?P<forum>[A-Z][^\n]{{2,120}}?)[ \t,]+(?P<day>{_DAY}),?[ \t]+"
                   r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+,?[ \t]+\d{4}|" + DATE_IN_FIGURES + ")"
                   r"(?:,?[ \t]+(?:at|commencing(?:[ \t]+at)?|from)[ \t]+(?P<time>\d{1,2}(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\.?|hrs)?))?"
                   r"(?P<rest>[^\n]*)")
_WHEN = re.compile(rf"(?P<day>{_DAY}),?[ \t]+(?P<date>\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+,?[ \t]+\d{{4}}|{DATE_IN_FIGURES}),?[ \t]+"
                   r"(?:(?:at|commencing(?:[ \t]+at)?|from)[ \t]+)?(?P<time>\d{1,2}[.:]\d\d[ \t]*(?:[ap]\.?m\.?|hrs))(?P<rest>[^\n]*)")
# where the place printed after the time ends: the agenda, a note to members, a rule, the membership list
_VENUE_END = re.compile(r"[ \t]+(?:AGENDA\b|A G E N D A\b|There[ \t]+will\b|Please\b|This[ \t]+(?:meeting|document)\b|_{3,}|Note[ \t]*:|"
                        r"Membership\b|Members[ \t]*:)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\b")


class Header(NamedTuple):
    forum: str
    heading: str
    date: str | None
    time: str | None
    venue: str | None


def _agenda_line(ctx: Ctx) -> tuple[int, int, re.Match[str]] | None:
    """(line start, line end, the AGENDA word) of the part's flattened agenda line, if it has one."""
    src = _flat(ctx)
    a = src.rfind("\n", 0, ctx.part.cue) + 1
    for line in re.finditer(r"[^\n]{300,}", src[a:ctx.part.end]):
        m = _AGENDA_WORD.search(line.group(0)) or _COLUMN_HEADS.search(line.group(0)) or _TABLE_HEADS.search(line.group(0))
        if m and a + line.start() + m.start() >= ctx.part.start:  # not the agenda printed before this part
            return a + line.start(), a + line.end(), m
    return None


def _flat(ctx: Ctx) -> str:
    """The text with the line breaks ``reflow`` put into long lines taken out again (the document's own text,
    whose offsets are the same)."""
    raw = ctx.doc.text
    return raw if len(raw) == len(ctx.text) else ctx.text


def header(ctx: Ctx) -> Header | None:
    """The meeting's name, date, time and place as the flattened line prints them before its agenda."""
    found = _agenda_line(ctx)
    if not found:
        return None
    start, _, agenda = found
    head = _flat(ctx)[start:start + agenda.start()]
    m = _HEAD.search(head)
    if not m:
        return None
    forum = re.sub(r"(?i)^public\s+document\s+pack\.?\s+", "", m.group("forum").strip(" ,-–"))
    forum = re.split(r"[ \t]+(?:AGENDA|Agenda)[ \t]+", forum)[-1]  # "X Panel Agenda X Panel Wednesday, …": a cover's words
    time, rest = m.group("time"), m.group("rest")
    if not time:  # the date printed again further on with its time and place ("Tuesday, 31 August 2021, 10.00 am County Hall")
        again = next((w for w in _WHEN.finditer(head, m.start("day")) if date_in(w.group("date")) == date_in(m.group("date"))),
                     None)
        if again:
            time, rest = again.group("time"), again.group("rest")
    venue = _VENUE_END.split(rest.strip(" ,.-–"), maxsplit=1)[0]
    post = POSTCODE.search(venue)
    venue = (venue[:post.end()] if post else venue).strip(" ,.-–") or None
    return Header(forum, forum, date_in(m.group("date")), parse_time(time), venue)


def items(ctx: Ctx) -> list[tuple[str, str, int]]:
    """The items 1, 2, 3 ... after the AGENDA word of a flattened agenda line: (number, title, offset)."""
    found = _agenda_line(ctx)
    if not found:
        return []
    start, end, agenda = found
    line = _flat(ctx)[start:end]
    out: list[tuple[str, str, int]] = []
    n, pos = 1, agenda.end()
    here = _number(line, 1, pos)
    while here:
        nxt = _number(line, n + 1, here.end())
        title = title_of(line[here.end():nxt.start() if nxt else len(line)], last=nxt is None)
        if title:
            out.append((str(n), title, start + here.start()))
        here, n = nxt, n + 1
    return out if len(out) >= 3 else []


def _number(line: str, n: int, pos: int) -> re.Match[str] | None:
    """Item number ``n`` at or after ``pos``: the number alone (not part of a date, a range or a year) before a
    capitalised word."""
    return re.compile(rf"(?<![\w(/.:-]){n}\.?[ \t]+(?!{_MONTH})(?=[A-Z(‘'\"])").search(line, pos)


_SUB_ITEM = re.compile(r"[ \t](?:\d{1,2})?\(?[a-z]\)[ \t]|[ \t]*:[ \t]*-|\(see\s+note\b|[ \t](?:Notes|NOTES)\b(?=[ \t]*(?:\(|•|-|:))"
                       rf"|[ \t]{_DAY},?[ \t]+\d")
_PAGES = re.compile(r"[ \t]*\((?:Pages?|pp?\.?)[ \t]*\d+(?:[ \t]*[-–][ \t]*\d+)?\)|[ \t]*\bPage[ \t]+\d+[ \t]+of[ \t]+\d+\b")
# who brings the item, printed after a dash: "– Report from the Chief Finance Officer", "- Presentation by TIAA"
_PRESENTER_TAIL = re.compile(r"(?i)[ \t]+[-–][ \t]+(?:(?:joint[ \t]+|verbal[ \t]+|oral[ \t]+)?(?:reports?|papers?|presentations?|"
                             r"updates?)[ \t]+(?:from|of|by)|presented[ \t]+by)\b")
_RANGE = re.compile(r"[ \t]+\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?=[ \t]|$)")
_JOINING = re.compile(r"(?i)\b(?:and|of|the|for|to|in|on|with|by|from|&)$")
_STATUS = re.compile(r"(?i)[ \t]*\((?:oral|verbal)(?:[ \t]+update)?\)|[ \t]+(?:oral|verbal)[ \t]+update$")


def title_of(seg: str, last: bool = False) -> str:
    """An item's title from the text between its number and the next: without lettered sub-items, page
    numbers, paper-status words and the sentence that explains the item."""
    # "Apologies for Absence. To approve and sign the following minutes: -": the lead-in to the next item
    seg = re.sub(r"(?<=[a-z]{3})\.\s+[A-Z][^.]{3,120}:[\s\-–]*$", "", seg)
    seg = re.split(_SUB_ITEM, seg, maxsplit=1)[0]
    seg = _PRESENTER_TAIL.split(seg, maxsplit=1)[0]  # "Treasury Management – Reports from Chief Finance Officer"
    seg = _PAGES.sub("", seg)
    while True:  # "... Crime Types 71 - 84 and those local areas ...": a title split by its page range
        m = _RANGE.search(seg)
        if not m:
            break
        after = seg[m.end():].lstrip()
        if after and (_goes_on(seg[:m.start()], after) or
                      re.match(rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}", after)):  # "… dated 13 - 24 28 August …"
            seg = seg[:m.start()] + " " + after
            continue
        seg = seg[:m.start()]
        break
    seg = _STATUS.sub("", seg).strip()
    # "Written Questions **": a mark pointing to a note at the page's foot (what follows it, the note's own words);
    # "Police Operational Update [Para 14]": the paragraph of the Act that keeps it private; a bullet left at the end
    seg = re.split(r"[ \t]+\*{1,4}(?=[ \t]|$)", seg, maxsplit=1)[0]
    seg = re.sub(r"[ \t]*\[(?i:para(?:graph)?s?)[ \t]+[\d, &and]+\][ \t]*", " ", seg).strip(" •·")
    seg = re.sub(r"(?i)^(apologies(?:\s+for\s+absence)?)\s*:.*$", r"\1", seg)  # "Apologies: Jo Roe, Al Ray -"
    seg = _sentence_cut(seg)
    if last and len(seg.split()) > 12:
        seg = _run_on_cut(seg)
    if last:
        seg = re.sub(r"[ \t]+\d{1,3}$", "", seg)  # the last item's page number
    return " ".join(seg.split()).strip(" :;,-–•·")


def _goes_on(before: str, after: str) -> bool:
    """A title goes on past the page range printed inside it: after a joining word, in small letters, or a heading in
    capitals going on in capitals ("MINUTE OF THE HOUSING 5 - 12 COMMITTEE OF 15 MAY 2019", not "... 13 - 36 Report by")."""
    return bool(_JOINING.search(before)) or after[:1].islower() or \
        before.isupper() and bool(re.match(r"[A-Z][A-Z&'’-]*(?=\s|$)", after))


# what a flattened agenda prints after an item's page range: who reports on it, or how
_AFTER_RANGE = re.compile(r"(?i)(?:(?:verbal|oral|joint|written)[ \t]+)?(?:report|presentation|update)[ \t]+(?:by|of|from)\b|"
                          r"(?:presented|introduced)[ \t]+by\b|page[ \t]+\d")


def page_range_out(title: str) -> str:
    """"TVP Risk Management Report 15 - 26": an agenda line's title without the page range printed after it, and
    "… Plan Delivery and 53 - 64 Summary of …" joined where the range split it (a joining word before it)."""
    while True:
        m = _RANGE.search(title)
        if not m:
            return title
        after = title[m.end():].strip()
        if not after:
            return title[:m.start()].rstrip()
        if not _goes_on(title[:m.start()], after):
            # "Police Performance 11 - 42 Report by Chief Superintendent ...": the presenter's line after the range
            return title[:m.start()].rstrip() if _AFTER_RANGE.match(after) else title
        title = title[:m.start()] + " " + after


_SMALL = frozenset("a an and as at be by for from in is it of on or the to with".split())


def _run_on_cut(seg: str) -> str:
    """"Public Participation Members of the public wishing to take part … Enquir": the last item's title in capitalised
    words, then the note under it that the page cut off before its full stop (a capitalised word and three lower-case
    words after it): the title alone."""
    words = seg.split()
    for k in range(1, min(len(words) - 3, 10)):
        if not all(w[:1].isupper() for w in words[:k]):
            return seg
        if words[k][:1].isupper() and all(w[:1].islower() for w in words[k + 1:k + 4]):
            return " ".join(words[:k])
    return seg


def _sentence_cut(seg: str) -> str:
    """"Urgent matters Notice of items which ... urgency.": the title, without the sentence after it (a
    capitalised word that two lower-case words follow, running to a full stop at the end)."""
    if not re.search(r"\.[)\"”’']*$", seg.strip()):
        return seg
    words = list(re.finditer(r"\S+", seg))
    for k in range(1, len(words) - 2):
        w = words[k].group(0)
        if not w[:1].isupper():
            continue
        nxt = [x.group(0) for x in words[k + 1:k + 3]]
        if re.fullmatch(r"held|[a-z]+ed", nxt[0] if nxt else "") and find_dates(seg[words[k].start():]):
            continue  # "Panel Meeting held on 15th June 2018.": the title names a dated meeting, no sentence after it
        if len(nxt) == 2 and all(x[:1].islower() for x in nxt) and (any(x.lower() not in _SMALL for x in nxt) or
                                                                     w.endswith(",")):
            return seg[:words[k].start()]  # (or "Resolution Consider, and if so decide, adopt ...")
    return seg


# "... Miss Kate Rowntree (CC) 123 APOLOGIES FOR ABSENCE Apologies for absence were received ... 124 DECLARATIONS
# OF INTERESTS There were none. 125 NOTE OF APPRECIATION ORDERED that ...": minutes flattened onto one line, each
# minute a number and a heading in capitals before its text
_CAPS_HEADING = re.compile(r"(?<![\w/.,£()-])(?P<num>\d{1,3})\.?[ \t]+(?P<title>[A-Z][A-Z0-9'’&,/\- ]{2,100}?[A-Z0-9])"
                           r"(?=[ \t]+(?:[A-Z][a-z]|[a-z(])|[ \t]*$)")


def caps_headings(ctx: Ctx, resolution: re.Pattern[str]) -> list[tuple[int, str, str, int]]:
    """Numbered headings in capitals inside the part's long flattened lines, as (number, number as printed,
    title, offset) candidates for a run of items; a resolution word ending the heading ("ORDERED") is the
    minute's text, not its title."""
    src = _flat(ctx)
    out: list[tuple[int, str, str, int]] = []
    for line in re.finditer(r"[^\n]{300,}", src[ctx.part.start:ctx.part.end]):
        for m in _CAPS_HEADING.finditer(line.group(0)):
            title = resolution.sub("", m.group("title")).strip(" ,-–")
            title = re.sub(r"[ \t]+[AI]$", "", title)  # "CONFLICTS OF INTEREST A Member declared": the sentence's "A"
            if re.search(r"\d{5}", title):
                continue  # "1 OFFICIAL 427306 OFFICIALS IN": a page's footer and record number, no heading
            if len(title.split()) >= 2 or len(title) >= 6 and title.isalpha():  # "1. APOLOGIES Apologies were ..."
                out.append((int(m.group("num")), m.group("num"), title, ctx.part.start + line.start() + m.start()))
    return out
