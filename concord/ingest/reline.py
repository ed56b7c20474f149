"""A paper flattened onto one line by a document host, put back onto lines where its parts begin.

Hosting sites and some converters print a whole paper as one line: ``Northshire Police and Crime Panel Minutes of
the meeting held on ... Present: Councillor A Hart (Chair), ... Apologies: ... 1. Welcome The Chair welcomed ...
2. Minutes of the last meeting ...``. The extractors read a paper by its lines, so such a page yields little. On a
page with a line of ``LONG`` characters or more, a line break goes back (in place of the space before it) where a
part of a paper begins:

- a label of the vocabulary (data/labels.toml) with a capital and its colon or an en dash after it (``Present:``,
  ``Apologies for absence:``, ``Title and Reference –``), one of two words or more with a capital and no colon before a
  capitalised word (``Decision taken The ...``), or an attendee label in capitals (``PRESENT``, ``IN ATTENDANCE``); a
  label's last words are no label of their own (``Executive Summary:``);
- a numbered heading of a run that counts up (``1. Welcome`` ... ``2. Minutes`` ... ``3. Precept``), three or more, or
  four or more numbered on from a last meeting's (``483. Welcome`` ... ``484. Apologies``), each number with its stop;
- a minutes heading (``Minutes of the meeting ...``, ``A meeting of the X was held on ...``), its sentence ending at
  its first full stop after its date, and the forum printed just before a heading that names none; a resolution
  (``RESOLVED``);
- a committee site's page title (``Agenda and minutes``) and its items' table head (``Items No. Item``), a heading
  ``<forum> Minutes <date>`` run on into its first item, and a saved page's ``Skip to main content`` link;
- each person of a list of three or more, each with their own initials in brackets (``Ann Other (AO) Bob Hill (BH)``);
- a report's parts: where its header's short values end, its title, its lettered sections and its recommendations
  (``reline_reports``).

The extractor uses this only where the paper as printed gave few values (no record, or a meeting with no one or no
item named) and keeps the second reading only when it gives more (``extract_document``). Each break replaces one
space (or, for a heading's number left at the end of the line before its words, swaps a space and a line break), so
every offset stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.cue_patterns import MID_LINE_MINUTES, MID_REACH
from concord.ingest.dates import DAY_DATE, MONTHS
from concord.ingest.meeting_cues import TITLED_RECORD, TITLED_RUN_ON
from concord.ingest.reline_reports import HEADER_START, report_labels, report_points
from concord.ingest.reline_tables import keyed_rows, table_rows
from concord.ingest.textutil import HONORIFIC

LONG = 250  # a line this long or longer is a flattened page's, not a paragraph's
_TOP = 2000  # the page's top, where its heading stands
_LINE = re.compile(r"[^\n]+")
MID = 100  # on a flattened page, a line this long is read for its parts too (see ``long`` below)
_GENRES = {"meeting": ("forum", "date", "time", "venue", "chair", "members", "attendance", "apologies"),
           "decision": ("reference", "subject", "decision", "summary", "maker", "contact", "date", "signature"),
           "report": ("number", "to", "from", "date", "subject", "purpose", "recommendations", "contact")}
# a report header's label of two letters ("By: Treasurer"): a label where it has a capital and a colon after it ("To:"
# heads letters as often as reports: "TO: THE MEMBERS OF THE COMMITTEE")
_SHORT = {("report", "from")}
_CAPS_FIELDS = ("members", "attendance", "apologies")
_HEADINGS = re.compile(r"(?<=[ \n])(?=(?:MINUTES|Minutes)[ ]+(?:OF|of)[ ]+(?:THE|the|A|a)[ ]|RESOLVED\b|Resolved[ ]*:|"
                       r"(?:At[ ]a|A|AT[ ]A)[ ]+(?:[a-z]+[ ]+)?(?:meeting|MEETING)[ ]+(?:of|OF)[ ]+"
                       r"(?:the[ ]+|THE[ ]+)?[A-Z]|(?<!THE[ ])(?<![A-Z]{2}[ ]OF[ ])MEETING[ ]OF[ ]THE[ ][A-Z]{2})")
# the forum's name just before a heading that names none ("... Public Document Pack Northshire Police and Crime Panel
# Minutes of the meeting held at ..."): the line breaks before the forum, not between the two
_NO_FORUM = re.compile(r"(?<=[ \n])(?i:minutes[ ]+of[ ]+the[ ]+meeting[ ]+held)\b")
_FORUM_BEFORE = re.compile(r"(?<![^ \n])(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)[ ]+){0,8}"
                           r"(?:Panel|Committee|Sub-[Cc]ommittee|Board|Authority|Forum|Group|Executive|Council|"
                           # ("CABINET MINUTES" over the sentence: the forum's own heading, with its record's word)
                           r"(?:PANEL|COMMITTEE|BOARD|AUTHORITY|FORUM|GROUP|EXECUTIVE|COUNCIL|CABINET)[ ]+(?:MINUTES|NOTES))"
                           r"[ ]*$")
_RECORD_WORD_END = re.compile(r"(?:MINUTES|Minutes|NOTES|Notes)[ ]*\n?[ ]*$")
# a committee site's page title before the meeting's own heading ("Agenda and draft minutes Northshire Police and
# Crime Panel - Friday, 2nd February, 2018 10.00 am"), and its table of items' heads ("Items No. Item 1. Apologies"):
# the heading and the first item go onto lines of their own
_SITE_TITLE = re.compile(r"(?m)^[ ]*(?:Agenda(?:,[ ]decisions)?[ ]and[ ](?:draft[ ])?(?:minutes|decisions)|"
                         r"Agenda(?=[ ](?!(?:Item|ITEM|Pack|Papers|Reports)\b)[A-Z][a-z]+[ ][^\n]{0,80}?[ ]"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))[ ](?=[A-Z])")
# a list of people each with their initials in brackets, flattened ("PFCC Stephen Mold (SM) Nicci Marzec (NM) Paul Fell
# (PF) ..."): each person from a line of their own, once three in a row have initials that are their names' own
_INITIALLED = re.compile(r"(?<=[ ])(?P<name>(?:[A-Z][A-Za-z'’/.-]*[ ]){1,5})\((?P<ini>[A-Z]{2,3})\)")
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
# a flattened page's heading, "<forum> Minutes|Notes <date>", runs on into its first item ("... Board Minutes 10 August
# 2021 1. Welcome and introductions ..."): the heading ends with its date
_HEADING_DATE = re.compile(r"(?m)^[ ]*[A-Z][^\n]{0,100}?[ ](?:(?:Minutes|Notes|MINUTES|NOTES|minutes|notes)[ ]+"
                           r"(?:of[ ]+(?:the[ ]+)?[Mm]eeting[ ]+)?(?:held[ ]+on[ ]+)?|"
                           # (or the forum's name just before the date: "... Scrutiny Panel Tuesday 4th August 2015")
                           r"(?i:panel|committee|board|authority|forum|group|partnership)[ ]+)(?P<date>(?:[A-Z][a-z]+day,?[ ]+)?"
                           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MONTH},?[ ]+(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)?\d\d))[ ]"
                           r"(?:(?:at[ ]+)?\d{1,2}(?:[.:]\d\d)?[ ]?(?:[ap]\.?m\.?)?[ ])?(?=\d{1,2}\.[ ]+[A-Z])")
# a saved page's jump link to its content ("... Google Analytics ... Skip to main content Joint Audit Committee -Thursday
# 12 May 2022 ..."): the page's own text starts after it
_SKIP_LINK = re.compile(r"(?<=[ \n])(?i:skip[ ]to[ ](?:the[ ])?(?:main[ ])?content)[ ](?=[A-Z])")
_ITEMS_HEAD = re.compile(r"(?<=[ ])(?:Items[ ])?No\.[ ]Item[ ](?=\S)")
_NUMBER = re.compile(r"(?<=[.;:!?)a-zA-Z0-9][ ])(?:(?<![Ii]tem[ ])|(?<=No\.[ ]Item[ ]))(?P<n>\d{1,3})(?P<stop>[.)]?)"
                     rf"(?:[ ]+|[ ]*\n)(?=[A-Z][a-z'’A-Z]+\b)(?!{_MONTH}\b)")
# (a day of the month before its month is no heading's number, nor an agenda item's after "Item", "(Item 2)", but
# for a committee site's items table, "No. Item 483.")
_MIN_RUN = 3
# the first words of a minute's text, after its heading on a flattened line ("4. Complaints update The Panel noted")
_SENTENCE = re.compile(r"(?<=[a-z0-9)’'])[ ](?=(?:The|This|These|There|It|Members|Apologies[ ]were|RESOLVED|Resolved|"
                       r"Councillor|Cllr|Mr|Mrs|Ms|Dr|None|Nothing|No[ ]|Noted|Agreed|Following|Further)\b|"
                       r"Minutes(?=[ ]?:))")  # (a committee site's "Minutes:" before each item's minute)
# a minutes heading's sentence on a flattened line ends at the first full stop after its date ("Minutes of the Board
# held on 2 April 2009 at 10 High Street, Northford NF1 1AA. Present ..."): the words after it go onto the next line
_HEADING_REACH = 300
_SENTENCE_END = re.compile(r"(?<=[\w)])\.[ ](?=[A-Z])")
_TITLE_REACH = 120  # the longest heading of a minute
# a decision's reference on a listing page flattened onto one line ("... 23 January 2020 PCC Decision 005-2020
# Telephony Network Support PCC Decision 005-2020 is a confidential decision ..."), three or more on the line
_DECISION_REF = re.compile(r"(?<=[ ])(?:[A-Z]{2,6}[ ])?(?:Decision|DECISION)[ ](?:(?:No|Ref|Number|Record)\.?:?[ ])?"
                           r"(?:[A-Z]{1,6}[ /-]?)?\d{1,4}[/-]\d{2,4}\b")
# a minutes heading's date, then the first numbered heading straight after it
_DATE_THEN_NUMBER = re.compile(r"[ ](?=\d{1,2}\.?[ ]+[A-Z])")
# a heading's number just before a label or heading ("2 APOLOGIES FOR ABSENCE"): the break goes before the number
# (not a label's value: "Report: 7 Date: 31 March 2005")
_AFTER_NUMBER = re.compile(r"(?<![\w.,/:])(?<!:[ ])\d{1,3}[.)]?[ ]$")


@lru_cache(maxsize=1)
def _label_rx() -> re.Pattern[str]:
    """Labels with a capital and a colon after them, and attendee labels in capitals, each after a space (or at a
    line's start, where the line needs no break but its label's last words are no label of their own)."""
    colon = sorted({p for g, names in _GENRES.items() for f in names for p in vocab.phrases(g, f)
                    if len(re.sub(r"\W", "", p)) >= (2 if (g, f) in _SHORT else 3)}, key=len, reverse=True)
    caps = sorted({p.upper() for f in _CAPS_FIELDS for p in vocab.phrases("meeting", f)
                   if len(re.sub(r"\W", "", p)) >= 7 and " " not in p.strip() or p in ("present", "apologies")},
                  key=len, reverse=True)
    # (and a decision record's sections, "Details of advice taken:", only with their colon)
    sections = sorted({p for p in vocab.phrases("decision", "sections") if len(p) >= 10} - set(colon), key=len,
                      reverse=True)
    first = "|".join(f"{vocab.capitalised(p)}[ \\t]*(?::|–[ ])"
                     for p in colon)  # (or an en dash: "Title and Reference – PCC/D/083")
    first += "".join(f"|{vocab.capitalised(p)}[ \\t]*:" for p in sections)
    upper = "|".join(vocab.phrase_rx(p) for p in caps)
    # a decision's or a report's label of two words or more, printed with a capital and no colon, before a capitalised
    # word ("Decision taken The Commissioner has ...", "Executive summary This report ...")
    bare = "|".join(f"{re.escape(p[:1].upper())}{vocab.phrase_rx(p)[len(re.escape(p[:1])):]}"
                    for p in colon if len(p.split()) >= 2 and len(p) >= 10 and not p.endswith(("of", "to", "by")))
    # a label of people with its first person after it, no colon ("... Cardiff Bay Minutes Attendees Jane Hutt AM,
    # Deputy Minister ..."): as the label vocabulary reads it at a line's start (``vocab``'s people after a label)
    people = "|".join(f"{vocab.capitalised(p)}{vocab.people_after(p)}"
                      for p in sorted(vocab.phrases("meeting", "before_people"), key=len, reverse=True))
    return re.compile(rf"(?<=[ \n])(?=(?P<label>(?:{first})|(?:{upper})(?-i:[ ]+[A-Z:]|:)|"
                      rf"(?<!\b[Tt]he[ ])(?<!\b[Oo]f[ ])(?:{bare})(?=[ ][A-Z][a-z])|(?:{people})))")


# a decision record's heading in capitals inside a flattened line ("... Maintenance 2019 DECISION RECORD Decision Record
# Number 106 ..."): the heading starts a line
_DECISION_HEADING = re.compile(r"(?<=[ ])(?:DECISION[ ](?:RECORD|NOTICE|SHEET)|RECORD[ ]OF[ ](?:THE[ ])?DECISION|"
                               r"REQUEST[ ]FOR[ ](?:A[ ])?DECISION)(?=[ ])")


@lru_cache(maxsize=1)
def _reference_rx() -> re.Pattern[str]:
    """A decision's reference label of two words or more with its reference after it and no colon ("Decision Record
    Number 106 This document records ..."): the label starts a line, and the words after the reference another."""
    labels = sorted((p for p in vocab.phrases("decision", "reference") if len(p.split()) >= 2 and p[-1].isalpha()),
                    key=len, reverse=True)
    return re.compile(r"(?<=[ ])(?:" + "|".join(vocab.capitalised(p) for p in labels) +
                      r")[ ]*[:.]?[ ]+(?:[A-Z]{1,6}[ /.-]?)?\d[\w/.-]*(?P<after>[ ])(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _numbered_label_rx() -> re.Pattern[str]:
    """An attendee label under a paragraph's number, no colon after it ("1.1 Present Sir Hugh ...", "1.3 In
    attendance for specific items ..."): the number starts the label's line."""
    phrases = sorted({p for f in _CAPS_FIELDS for p in vocab.phrases("meeting", f)}, key=len, reverse=True)
    alts = "|".join(vocab.capitalised(p) for p in phrases)
    return re.compile(rf"(?<=[ ])\d{{1,2}}\.\d{{1,2}}[ ]+(?:{alts})\b[ ]*:?(?=[ ][A-Z])")


def _label_points(text: str, a: int, b: int) -> list[int]:
    """Where labels begin in ``text[a:b]``: a label's last words are no second one ("Executive Summary:" is not broken
    before "Summary:"), unless the whole label cannot have a line of its own (a number just before it)."""
    out: list[int] = []
    end = -1
    for m in _label_rx().finditer(text, a, b):
        if m.start() < end and (not out or text[out[-1] - 1] == "\n" or _breakable(text, out[-1])):
            continue  # (the whole label at a line's start already, or able to go to one)
        if m.start() < end:
            out.pop()
        out.append(m.start())
        end = m.start() + len(m.group("label"))
    return out


def _breakable(text: str, p: int) -> bool:
    """Whether a line may break before ``p``: a space there, and no heading's number just before it."""
    return bool(p) and text[p - 1] == " " and not _AFTER_NUMBER.search(text, max(0, p - 5), p)


def _forum_before(text: str, at: int) -> int | None:
    """Where the forum's name printed just before the heading at ``at`` begins, on its line or at the end of the line
    above (``_FORUM_BEFORE``); None if no forum's name is there."""
    end = at - 1 if at and text[at - 1] == "\n" else at
    forum = _FORUM_BEFORE.search(text, max(0, end - 120), end)
    if not (forum and "\n" not in text[forum.start():end] and text[forum.start()].isupper()):
        return None
    number = _AFTER_NUMBER.search(text, max(0, forum.start() - 5), forum.start())  # "1 Public Document Pack ...": the
    return number.start() if number else forum.start()  # page's number goes down with it


# a meeting's header labels ("Date & Time: ...", "Venue: ...") after its heading, "<forum> Meeting" at the end of the
# words before them ("... 1 IOPC 07/18/04 Board Meeting Date & Time: Wednesday ..."): the heading starts a line
_HEADER_LABEL = re.compile(r"(?i:date|time|venue|location)\b")
_MEETING_HEAD = re.compile(r"(?<![^ \n])(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)[ ]+){0,6}(?:Panel|Committee|Board|Authority|"
                           r"Forum|Group|Executive|Team|Cabinet|PANEL|COMMITTEE|BOARD|TEAM)[ ]+(?:Meeting|MEETING)[ ]*$")


@lru_cache(maxsize=1)
def _glued_rx() -> re.Pattern[str]:
    """A meeting's label glued to its value by a converter that dropped the gap between a form's cells ("... Date10th
    February 2015 at 12:30 VenueCollege of Policing ... AttendeesPanel: ..."): the label, with its capital, then a
    capital or a digit and a small letter or a digit."""
    names = ("venue", "members", "attendance", "apologies")
    dated = sorted({p for p in vocab.phrases("meeting", "date") if len(p) >= 4}, key=len, reverse=True)
    phrases = sorted({p for f in names for p in vocab.phrases("meeting", f) if len(p) >= 4} |
                     {p for p in vocab.phrases("meeting", "forum") if re.search(r"\b(?:title|name)\b", p)},
                     key=len, reverse=True)  # (a digit after a date's label only: "Room1a. Attendance" is no label)
    return re.compile(r"(?<=[ ])(?:(?:" + "|".join(vocab.capitalised(p) for p in dated) + r")(?=[A-Z0-9][a-z0-9])|(?:" +
                      "|".join(vocab.capitalised(p) for p in phrases) + r")(?=[A-Z][a-z]))")


def _meeting_named(text: str, labels: list[int]) -> list[int]:
    """Where a meeting's heading, "<forum> Meeting", stands just before the first of its header's labels."""
    out: list[int] = []
    for p in labels:
        if _HEADER_LABEL.match(text, p) and (m := _MEETING_HEAD.search(text, max(0, p - 80), p)):
            out.append(m.start())
    return out[:1]


def _initialled_people(text: str, a: int, b: int) -> list[int]:
    """Where each person of a run of three or more, each with their own initials in brackets, begins in ``text[a:b]``
    (with a title or rank before the name, "Inspector Andy Russell (AR)"; not another word, "Chair Tod Hale (TH)")."""
    out: list[int] = []
    run: list[int] = []
    last = -1
    for m in _INITIALLED.finditer(text, a, b):
        start = _own_name(m)
        if start is not None and (last < 0 or start - last <= 60):
            run.append(start)
        else:
            out += run if len(run) >= 3 else []
            run = [start] if start is not None else []
        last = m.end()
    return out + (run if len(run) >= 3 else [])


def _own_name(m: re.Match[str]) -> int | None:
    """Where the name before a bracket of initials begins, if the initials are the name's own (its words', or its first
    and last words'), with any titles before it; None if they are not."""
    words = [(w.start() + m.start("name"), w.group()) for w in re.finditer(r"\S+", m.group("name"))]
    ini = m.group("ini")
    for k in range(len(words) - 1, -1, -1):
        name = [w for _, w in words[k:]]
        if ini in ("".join(w[0] for w in name), name[0][0] + name[-1][0]) and len(name) >= 2:
            while k and HONORIFIC.fullmatch(words[k - 1][1]):
                k -= 1
            return words[k][0]
    return None


def _counting(text: str, a: int, b: int) -> list[int]:
    """Where the numbers of the longest run of headings that counts up by one stand, in ``text[a:b]``."""
    hits = [(m.start(), int(m.group("n")), m.group("stop") == ".") for m in _NUMBER.finditer(text, a, b)]
    best: list[int] = []
    for i, (pos, n, stop) in enumerate(hits):
        run, want = [pos], n + 1
        for p, k, stopped in hits[i + 1:]:
            if k == want and (n <= 2 or stopped):
                run.append(p)
                want += 1
        # a run starts at 1 or 2 (a page's first item may be cut away), or, one longer and each number with its full
        # stop, where a committee numbers its minutes on from its last meeting's ("483. Welcome ... 484. Apologies ...")
        if (n <= 2 or stop) and len(run) >= _MIN_RUN + (n > 2) and len(run) > len(best):
            best = run
    return best


def reline(text: str) -> str:
    """``text`` with each line of ``LONG`` characters or more broken where a part of a paper begins (same length,
    same offsets); ``text`` itself when no line is that long."""
    if not re.search(r"[^\n]{%d}" % LONG, text) and not TITLED_RUN_ON.search(text, 0, _TOP):
        return text  # (no long line, nor a heading run on into the page's first words near its top)
    chars = list(text)
    counted: list[int] = []
    for line in re.finditer(r"[^\n]{%d,}" % LONG, text):  # each long line, with two lines before it and one after
        before = line.start()  # (a heading's number may be left at the end of a line, its words on the next)
        for _ in range(2):
            before = text.rfind("\n", 0, max(before - 1, 0)) + 1
        after = text.find("\n", line.end() + 1)
        counted += [p for p in _counting(text, before, len(text) if after < 0 else after) if p not in counted]
    for p in counted:
        m = _NUMBER.match(text, p)
        gap = text.find("\n", p, m.end()) if m else -1
        if gap >= 0 and text[p - 1] == " ":  # "... Treasurer) 1.\nApologies": the number left at the end of the line
            chars[p - 1], chars[gap] = "\n", " "  # before its heading (a label broken off): it goes down with it
    text = "".join(chars)
    points: list[int] = []
    firm: list[int] = []
    label_at: list[int] = []  # labels, the first of which may have a heading's number before it ("1. Attendees: ...")
    long = [(m.start(), m.end()) for m in re.finditer(r"[^\n]{%d,}" % MID, text)]  # (on a flattened page, a line
    # of middling length too: what is left of a long line after its header's breaks went back, ``unflatten``)
    for k, p in enumerate(counted):  # "2. Minutes of the last meeting The minutes ...": the heading ends there
        if text[p - 1] != "\n" and not any(a <= p < b for a, b in long):
            continue  # a number inside a line of ordinary length
        end = text.find("\n", p)
        stop = min(counted[k + 1] if k + 1 < len(counted) else len(text), p + _TITLE_REACH,
                   len(text) if end < 0 else end)
        opens = _SENTENCE.search(text, p, stop)
        points += [p] + ([opens.end()] if opens else [])
    for a, b in long:
        labels = _label_points(text, a, b)
        label_at += labels
        points += [m.start() for m in _numbered_label_rx().finditer(text, a, b)]
        points += table_rows(text, a, b) or keyed_rows(text, a, b)
        refs = [m.start() for m in _DECISION_REF.finditer(text, a, b)]
        points += refs if len(refs) >= _MIN_RUN else []  # a listing of decisions: each reference starts a line
        points += labels + report_points(text, a, b, labels)
        points += [m.start() for m in _DECISION_HEADING.finditer(text, a, b)]
        points += [p for m in _reference_rx().finditer(text, a, b) for p in (m.start(), m.end("after"))]
        points += _meeting_named(text, labels) + [m.start() for m in _glued_rx().finditer(text, a, b)]
        # a report header's opening label after a title that ends in a number ("... 2005/06 - period 3 Report: 08"):
        # the number is the title's, not a heading's before the label
        firm += [m.start() for m in report_labels(HEADER_START).finditer(text, a, b)][:1]
        points += [p for m in _ITEMS_HEAD.finditer(text, a, b) for p in (m.start(), m.end())]
        for m in _HEADINGS.finditer(text, a, b):
            points.append(m.start())
            if text.startswith(("RESOLVED", "Resolved"), m.start()):
                continue
            date = DAY_DATE.search(text, m.start(), min(b, m.start() + _HEADING_REACH))
            full_stop = _SENTENCE_END.search(text, date.end(), min(b, m.start() + _HEADING_REACH)) if date else None
            numbered = _DATE_THEN_NUMBER.match(text, date.end()) if date else None
            if numbered and (not full_stop or numbered.end() < full_stop.start()):
                points.append(numbered.end())  # "... held on Wednesday, 20 June 2012 1. ATTENDANCE 1.1 Present ..."
            elif full_stop:
                points.append(full_stop.end())
    points += [m.end() for rx in (_SITE_TITLE, _HEADING_DATE, _SKIP_LINK) for m in rx.finditer(text)]  # (any line)
    # (on any line; the first person stays after a label's colon, "Members: Ann Roe (AR)", as the label's value)
    points += [p for m in _LINE.finditer(text) for p in _initialled_people(text, m.start(), m.end())
               if not text[:p].rstrip().endswith(":")]
    # (the heading's date on a line of its own, where the heading with its date is not read whole: "Stop and Search
    # scrutiny panel standing minutes" over "Tuesday 4th August 2015", as a page prints it)
    points += [m.start("date") for m in _HEADING_DATE.finditer(text)
               if not TITLED_RECORD.match(text[m.start():m.end("date")])]
    for a, b in long:  # "NOT PROTECTIVELY MARKED / Northshire PCC Minutes of Joint Audit Committee Meeting Tuesday
        # 18th February 2014 11.00 am ...": a dated minutes heading near the line's start starts the paper
        head = MID_LINE_MINUTES.search(text, a, min(b, a + MID_REACH + 200))
        points += [head.start(), head.end() + 1] if head and head.start() - a <= MID_REACH else []  # (to its date)
    for a, b in long:  # "Police Accountability Board Notes 10th March 2020 Office of ...": a line that opens with
        # the paper's heading, the forum, the record's word and the date, run on into the page
        head = TITLED_RUN_ON.match(text, a, b)
        points += [head.end()] if head else []
    for m in _NO_FORUM.finditer(text):  # (on any line of a flattened page)
        forum = _forum_before(text, m.start())
        if forum is not None:  # (the forum and the sentence one line, unless the forum's line is its own heading with
            # its record's word, "CABINET MINUTES" over "Minutes of the meeting held at ...")
            titled = _RECORD_WORD_END.search(text, forum, m.start())
            points = [p for p in points if p != m.start() or titled] + [forum]
    for p in firm:  # (the title's number stays on the title's line: "... quarter 1 Report: 7")
        number = _AFTER_NUMBER.search(text, max(0, p - 5), p)
        points = [q for q in points if not number or q != number.start()]
    for p in points:
        if _breakable(text, p) or p in firm and text[p - 1] == " ":
            chars[p - 1] = "\n"
        elif p in label_at and (number := _AFTER_NUMBER.search(text, max(0, p - 5), p)) and number.start() and \
                text[number.start() - 1] == " " and text[number.start():p].strip(" .)") == "1":
            # "... Cardiff Bay Minutes 1. Attendees: ...": a paper's first heading a label, its number goes down too
            chars[number.start() - 1] = "\n"
    return "".join(chars)
