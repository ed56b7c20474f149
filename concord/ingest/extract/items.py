"""A meeting's numbered items: agenda numbers (1, 2, 3 ...), sub-items (4.1, 7A), minute references (39/20, PCP 1/21,
34.12/13), "(ITEM n)" headings, and the flattened agendas and minutes of document-hosting pages."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.extract import agenda_columns, inline_agenda, timed_agenda
from concord.ingest.extract.common import Ctx
from concord.ingest.marking import marking_line
from concord.ingest.meeting_cues import PEOPLE
from concord.ingest.name_runs import split_people
from concord.ingest.textutil import SENTENCE_START, person_name, squash

ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[–-][ \t]*\d{1,2}[:.]\d\d)?[ \t]+(?=\d))?"  # "10:00 1."
                  r"(?:(?:(?:[Aa]genda|AGENDA)[ \t]+)?(?:[Ii]tem|ITEM|[Mm]inute|MINUTE)(?:[ \t]+(?:[Nn]o\.?|NO\.?|[Nn]umber))?[ \t]+)?(?P<num>(?P<seq>\d{1,3})(?:\.0|\.(?P<sub>[1-9]\d?)|(?P<lsub>[A-Za-z])(?=[ \t]))?)[.)]?"
                  r"(?:[ \t]+[–—-]|[ \t]*:|[ \t]+/)?(?:[ \t]+|(?<=\d[.)])(?=[A-Z][a-z]))"  # "1. / Finance" (a cell's rule), "1)Welcome" (the space lost)
                  # (or the minute's first section label run on after the title, "Summary of Discussion: ...")
                  r"(?P<title>[A-Z(][^\n]{1,160}?)(?:[ \t]*$|[ \t]+(?=(?:Summary[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:Discussion|Outcome)[ \t]*:))")
_TITLE_CUT = re.compile(r"(?i)\t|\s+(?:report\s+(?:from|of|by)\s+(?:the\s+)?(?:chief|head|director|treasurer|clerk|"
                        r"monitoring|commissioner|deputy|assistant|interim|acting|chair)|presented\s+by|lead\s*:|"
                        r"paper\s+from)\b|\s*[•]\s*|"
                        # "Risk register – Chief Finance Officer": the officer presenting it, after a dash
                        r"\s+[-–]\s+(?:the\s+)?(?:(?:chief|head|director|deputy|assistant|acting|interim)\b[^\n'’]{0,50}|"
                        r"chair(?:man)?|treasurer|clerk|pcc|opcc|cfo|cc|dcc|acc|ceo)\s*$|\s+page\s+\d+\b.*$|\s+(?:[-–]\s+)?(?:oral|verbal)\s+(?:update|report)\s*$|"
                        # "Coroner's Review – Paper – For Decision.": the paper's status
                        r"\s+[-–]\s+(?:paper\s+[-–]\s+)?for\s+(?:decision|information|discussion|noting|approval|assurance)\.?$|"
                        # "Matters arising (PAPER REF IOPC 11/20/05)", "Risk register (Paper 4)": the paper's reference
                        r"\s*\((?:paper|report|doc(?:ument)?)\s*(?:ref(?:erence)?\.?|no\.?|number)?\s*:?\s*[\w /.-]*\d[\w /.-]*\)\s*$|"
                        # "Chair's update (Millie Banerjee)", "Welcome (Chair)": the presenter in brackets
                        r"\s+\((?-i:(?:Chair(?:man|person)?|Vice[ -]Chair|CEO|CFO|CEX|PCC|DPCC|CC|DCC|ACC|Clerk|Treasurer)|"
                        r"(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Sir|Dame)\.?\s+)?(?!(?:Part|Item|Paper|Appendix|Annex|Report|Page|"
                        r"Verbal|Oral|Agenda|Minute|Exempt|Closed|Public|Private)\b)[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+"
                        r"(?:-[A-Z][a-z'’-]+)?)\)\s*$|"
                        # "Apologies for absence (Agenda item 1)": the agenda's number, the minute's printed before it
                        r"\s*\(agenda\s+item\s+\d{1,3}\)\s*$|"
                        # "Review of minutes Summary of Discussion:": the minute's first section label run on
                        r"\s+(?:summary\s+of\s+(?:the\s+)?discussion|discussion|outcome)\s*:.*$|"
                        # "ATTENDANCE CC Roe - Chair": the first person of the item's list run on
                        r"(?<=^attendance)\s+(?-i:(?:[TAC]/)?[A-Z]{2,4}\s+[A-Z]|(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s).*$")


def title_like(line: str) -> bool:
    words = re.findall(r"[A-Za-z]+", line)
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


# other numberings: "CHAIR'S REPORT (ITEM 3)"; minute references "39/20 Apologies" or "39/20" on a line of
# its own above the title; "Minute 12" headings
_ITEM_SUFFIX = re.compile(r"(?m)^[ \t\-•]*(?P<title>(?:\d{1,4}\.[ \t]+)?[A-Z][^\n]{2,150}?)[ \t]*\((?i:item)[ \t]*(?P<num>\d{1,2})\)[ \t]*$")
# "1." on a line of its own, the title on the next line (council committee pages); "4.1" under it; "342 /" with the
# mark a converter leaves between a table's cells
_NUM_LINE = re.compile(r"(?m)^[ \t]*(?:(?:[Aa]genda[ \t]+|AGENDA[ \t]+)?(?:[Ii]tem|ITEM)[ \t]+)?(?P<num>(?P<seq>\d{1,3})(?:\.(?P<sub>\d{1,2}))?)\.?[ \t]*(?:/[ \t]*)?\n(?:[ \t\f]*\n){0,3}[ \t]*"
                       r"(?P<title>[A-Z(][^\n]{2,300}?)[ \t]*$")  # (up to three blank lines between: a web page's table copied)
WEB_NOISE = re.compile(r"(?i)\s*pdf\s+icon\b.*$|\s*\bPDF\s+\d+\s*KB\b.*$")
# a minute's reference may carry the panel's prefix, on its line or the line above ("PCP 12/2019", "CSC 1/23", "PCP" over
# "1/21"), and the year after a point ("34.12/13"); its heading is the line, or where a page was flattened onto one line,
# the heading in capitals before the minute's first sentence ("PCP 34.12/13 MEMBERSHIP OF THE PANEL The Chairman ...");
# the committee's initials are kept with the number ("JAC 12/16", "JAC/12/16", "JAC12/16")
_MINUTE_REF = re.compile(r"(?m)^[ \t]*(?:(?i:minute)[ \t]+)?(?:(?P<pre>(?!ITEM\b)[A-Z]{2,6})(?P<sep>[ \t]+|/|[ \t]*\n[ \t]*|(?=\d)))?"
                         r"(?P<num>(?P<seq>\d{1,3})(?:\.\d{1,2})?[ \t]*/[ \t]*\d{2,4})\.?(?:[ \t]+[–—-]|[ \t]*:)?"
                         r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*)(?:(?P<title>[A-Z(][^\n]{2,160}?)[ \t]*$|"
                         r"(?P<caps>[A-Z][A-Z0-9'’&,/\- ]{2,120}?[A-Z0-9])(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Za-z][a-z]))")


# "17. Apologies" over "(Agenda item 1)": a minute number and its heading, whatever its case, over the agenda
# number it took up
_AGENDA_REF = re.compile(r"(?m)^[ \t]*(?P<num>(?P<seq>\d{1,3}))\.[ \t]+(?P<title>\S[^\n]{1,160}?)[ \t]*\n(?:[ \t\f]*\n){0,3}"
                         r"[ \t]*\((?i:agenda\s+item)[ \t]*\d{1,2}[a-z]?\)")  # (a page's break, "\f", between them)


# a minute's reference of the committee's initials glued to its number, or after a slash or a point, then its heading
# ("CE01 Appointment of Chair", "CE02 Apologies for Absence", "JAC/003 Risk Register", "JAC.3 ..."): the reference as
# printed
_CODE_REF = re.compile(r"(?m)^[ \t]*(?P<num>(?P<pre>[A-Z]{2,5})[/.]?(?P<seq>\d{1,3}))[ \t]+(?:[–—-][ \t]+)?"
                       r"(?P<title>[A-Z(][^\n]{2,120}?)[ \t]*$")
# "Ref 01/21/06/2023" on a line of its own, the heading on the next: a minute's reference under a "Ref" label, the
# item's number with the meeting's date after it
_REF_ITEM = re.compile(r"(?m)^[ \t]*(?i:ref(?:erence)?\.?(?:[ \t]+no\.?)?)[ \t]*:?[ \t]+(?P<num>(?P<seq>\d{1,3})(?:/\d{1,4}){1,3})"
                       r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<title>[A-Z(][^\n]{2,160}?)[ \t]*$")
# "1. ATTENDANCE 1.1 Present …", "2. WELCOME AND APOLOGIES 2.1 Apologies were …": a numbered heading in capitals over its
# first numbered paragraph, on a page a converter ran onto one line
_CAPS_OVER_PARA = re.compile(r"(?<![\w.])(?P<num>(?P<seq>\d{1,2}))\.\s+(?P<title>[A-Z][A-Z'’&,/ -]{2,80}?[A-Z])"
                             r"(?:[ \t]+\((?i:cont\.?|continued)\))?\s+(?P=seq)\.1\s+(?=[A-Z])")
# "| 12/23 | Apologies for absence |": a minutes table, the minute's number in its first cell and its heading in the next
# (or "12/23 | Apologies for absence", the table's outer bars lost)
# (the committee's initials kept with a minute's number, "| JAC 22/15 | Apologies |", as _MINUTE_REF keeps them)
_ROW_REF = re.compile(r"(?m)^[ \t]*\|?[ \t]*(?:(?i:item|minute)[ \t]+)?(?:(?P<pre>(?!ITEM|MINUTE)[A-Z]{2,6})(?P<sep>[ \t]+|/)"
                      r"(?=\d{1,3}/))?(?P<num>(?P<seq>\d{1,3})(?:/\d{2,4})?)\.?[ \t]*\|[ \t]*"
                      r"(?P<title>[A-Z(][^|\n]{2,160}?)[ \t]*(?:\||$)")
# "| 1. Apologies | None received. |", "| Item 2: Minutes | ... |": the number and the heading in the row's first cell
_ROW_CELL = re.compile(r"(?m)^[ \t]*\|[ \t]*(?:(?i:item|minute)[ \t]+)?(?P<num>(?P<seq>\d{1,3})(?:/\d{2,4})?)(?:[.):]|[ \t]+[–-])?"
                       r"[ \t]+(?P<title>[A-Z(][^|\n]{2,160}?)[ \t]*\|")


# "151   APOLOGIES – Apologies for absence were received from …": a minute's number, its heading in capitals, then a dash
# and the minute's text (an old authority's or council's typed minutes); the heading is the capitals before the dash
_CAPS_DASH = re.compile(r"(?m)^[ \t]*(?P<num>(?P<seq>\d{1,3}))\.?[ \t]+(?P<title>[A-Z][A-Z0-9'’&,/()\- ]{2,150}?[A-Z0-9)])"
                        r"[ \t]+[–—-](?=[ \t]|$)")

# "2. Mental Health (MH) 2.1 DCC Roe gave an update ...": an item's heading with its first numbered paragraph run on
_FLAT_PARA = re.compile(r"(?m)^[ \t]*(?P<num>(?P<seq>\d{1,2}))\.[ \t]+(?P<title>[A-Z][^\n]{2,100}?)[ \t]+(?P=seq)\.1[ \t]+[A-Z][^\n]*$")

# "III SCOTTISH POLICE AUTHORITY": an article numbered in Roman numerals over its heading in capitals (a Scottish
# council's minutes)
_ROMAN_CAPS = re.compile(r"(?m)^[ \t]*(?P<num>(?P<roman>[IVXL]{1,7}))\.?[ \t]+(?P<title>[A-Z][A-Z0-9'’&,/()\- ]{2,150}?[A-Z0-9)])[ \t]*$")
# "I. Apologies", "II. Declarations of interest": in running case, each number with its full stop (not a sentence's
# line: no full stop at its end)
_ROMAN_STOP = re.compile(r"(?m)^[ \t]*(?P<num>(?P<roman>[IVXL]{1,7}))\.[ \t]+"
                         r"(?P<title>[A-Z][^\n]{1,150}?[^.\n:;,])[ \t]*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int:
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


# "(1) Apologies for absence": an item numbered in brackets, its heading after it (a phrase: no sentence, no resolution)
_PAREN_NUM = re.compile(r"(?m)^[ \t]*\((?P<num>(?P<seq>\d{1,2}))\)[ \t]+(?!That\b|The\b|This\b|It\b)"
                        r"(?P<title>[A-Z][^\n.;,]{2,100}?)[ \t]*$")


_RESOLUTION_END = re.compile(rf"(?:[ \t]+(?:{vocab.alternation(vocab.phrases('meeting', 'resolution'))}))+$", re.I)
_PAGE_REF = re.compile(r"(?i)[ \t]+\(?pages?[ \t]+\d+(?:[ \t]*[-–][ \t]*\d+)?\)?(?=[ \t]|$)")
_NUMBER_TAB = re.compile(r"^(\d{1,4}[.)]?)\t+")
_MINUTE_NO = re.compile(r"(\d{1,4})\.[ \t]+(?=\S)")


_MONTH_YEAR = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\s*$")
# an agenda item worded as what the meeting is to do ("To receive ...", "To approve the minutes ...")
_INSTRUCTION = re.compile(r"To\s+(?:receive|approve|consider|confirm|note|agree|elect|appoint|sign|adopt|review)\b")


_ATTACHED = re.compile(r"(?i)\s*\((?:a\s+)?(?:copy|copies|report|reports|paper|papers)\s+(?:attached|enclosed|herewith|"
                       r"to\s+follow|circulated)\)")
_PROSE_START = re.compile(r"(?i)^(?:the|this|these|it|there|members|we|he|she|they|a|an)\b")


def _printed_stop(title: str) -> bool:
    """"Amended Panel Arrangements.": a heading with a full stop (one short phrase), not a numbered sentence."""
    words = title.split()
    return not re.search(r"[a-z]{3}\.\s", title) and len(words) <= 12 and not _PROSE_START.match(title) and title_like(title)


def _cut_title(raw: str) -> str:
    """The title without a presenter, page or status tail; "ANNUAL REPORT OF THE COMMISSIONER 2020/21" is whole (a
    "Report of ..." tail leaves the title two words or more)."""
    for m in _TITLE_CUT.finditer(raw):
        if re.match(r"(?i)\s+report\b", m.group(0)) and len(raw[:m.start()].split()) < 2:
            continue
        return raw[:m.start()]
    return raw


def items_in(ctx: Ctx) -> list[tuple[str, str, int]]:
    """Numbered items (number, title, offset) running 1, 2, 3 ... in the part (or n, n+1 ... for minute
    references and "(ITEM n)" headings, which go on from the last meeting's)."""
    best: list[tuple[str, str, int]] = []
    for rx, any_start in ((ITEM, False), (_ITEM_SUFFIX, True), (_MINUTE_REF, True), (_NUM_LINE, False),
                          (_AGENDA_REF, True), (_CODE_REF, True), (_ROW_REF, True), (_ROW_CELL, False),
                          (_PAREN_NUM, False), (_CAPS_DASH, True), (_REF_ITEM, True),
                          (_CAPS_OVER_PARA, False), (_ROMAN_CAPS, False), (_ROMAN_STOP, False), (_FLAT_PARA, False)):
        cands = []
        prefix = None
        for m in rx.finditer(ctx.text, ctx.part.start, ctx.part.end):
            if rx is _CODE_REF:  # one committee's references: the initials of the first, a heading's words
                prefix = prefix or m.group("pre")
                marked = bool(re.search(r"[/.]", m.group("num")))  # "JAC/003 Risk register": a reference's own mark
                if m.group("pre") != prefix or not (title_like(m.group("title")) or marked and
                                                    len(m.group("title").split()) <= 12):
                    continue
            raw = _PAGE_REF.sub("", WEB_NOISE.sub("", m.group("title") or m.groupdict().get("caps") or "")).strip()
            raw = inline_agenda.page_range_out(raw)  # "TVP Risk Management Report 15 - 26"
            raw = _NUMBER_TAB.sub(r"\1 ", raw)  # "551.<tab>Chair's Report": a list's number, then its text at a tab
            title = re.sub(r"\s*:-$", "", squash(_cut_title(raw))).strip(" :")  # "PUBLIC QUESTIONS:-"
            title = _run_in(title) if rx is ITEM else title  # "3. Minutes: The minutes of … were approved."
            num = re.sub(r"\s+", "", m.group("num"))
            if m.groupdict().get("pre") and rx is not _CODE_REF:  # "PCP 1/21", "JAC/12/16": the prefix is part of the reference
                num = m.group("pre") + ("/" if m.group("sep") == "/" else " " if m.group("sep") else "") + num
            minute = _MINUTE_NO.match(title) if rx is _ITEM_SUFFIX else None
            if minute:  # "551. Chair's Report (Item 3)": the minute's own number, in the run of agenda numbers
                num, title = minute.group(1), title[minute.end():]
            own_line = rx in (_NUM_LINE, _MINUTE_REF, _AGENDA_REF, _CODE_REF, _ROW_REF, _ROW_CELL, _PAREN_NUM, _CAPS_DASH,
                              _REF_ITEM, _ROMAN_CAPS, _ROMAN_STOP, _FLAT_PARA)  # the title is the whole line
            title = _ATTACHED.sub("", title)  # "(copy attached)", "(report to follow)": the paper's status
            title = _FOOTNOTE.sub("", title)  # "Written Questions **": a mark pointing to a note at the page's foot
            if title.endswith(".") and _INSTRUCTION.match(title) and title.count(". ") == 0:
                title = title[:-1]  # "To receive any declarations of interest.": an agenda's item, worded as its task
            elif title.endswith(".") and (ctx.part.kind == "agenda" or rx in (_MINUTE_REF, _REF_ITEM)) and _printed_stop(title):
                title = title[:-1]  # "2. Apologies for Absence.": a letter's agenda ends every item with a stop
            if marking_line(title.upper()):
                continue  # "1 Official": a page's number over its marking, not item 1
            if _MONTH_YEAR.match(title) and m.group("num").isdigit():
                continue  # "8 July 2004": the meeting's date on a line of its own, not item 8
            if _PERSON.match(title) and split_people(title) == [person_name(title)]:
                continue  # "2. Councillor B Baker": a numbered list of people (apologies, members), not an item
            if not title or re.match(r"^\d", title) and rx is not _AGENDA_REF or len(title) > (300 if own_line else 120) or \
                    title.endswith((",", ";")) or title.endswith(".") and not own_line:
                continue
            seq = _roman(m.group("roman")) if rx in (_ROMAN_CAPS, _ROMAN_STOP) else \
                int(m.group("seq") if "seq" in rx.groupindex else m.group("num"))
            if "sub" in rx.groupindex and (m.group("sub") or "lsub" in rx.groupindex and m.group("lsub")):  # "4.1", "7A"
                if len(title.split()) < 2 or not title_like(title):
                    continue  # "3.1 The Board approved ...": a numbered paragraph, not an item
                seq = -seq  # a sub-item: it belongs under its item, not in the run
            cands.append((seq, num, title, m.start()))
        if rx in (_MINUTE_REF, _ROW_REF) and len(cands) >= 2 and len({c[0] for c in cands}) == 1 and \
                len({re.findall(r"\d+", c[1])[-1] for c in cands}) == len(cands):
            # "PCP/23/12", "PCP/23/13": the year first, the minute's number last; the run is the last number's
            cands = [(int(re.findall(r"\d+", num)[-1]), num, t, p) for _, num, t, p in cands]
        if len(cands) >= 3 and all(c[0] == 1 for c in cands):
            # a list converted from a web page, every entry "1.": the page numbered them 1, 2, 3 ...
            cands = [(k + 1, str(k + 1), t, p) for k, (_, _, t, p) in enumerate(cands)]
        out = _run(cands, any_start)
        if len(out) < 2 and rx in (_NUM_LINE, ITEM) and ctx.part.kind == "minutes":
            # "43." over "Apologies for Absence", "44." over "Minutes of ...": a council page's minutes numbered on from
            # the last meeting's, two of them, each over a heading (no sentence)
            more = _run(cands, True)
            if all(not t.endswith((".", ",", ";", ":")) and len(t.split()) <= 16 for _, t, _ in more) and (
                    rx is _NUM_LINE or all(_heading_line(ctx.text, p, t) for _, t, p in more)):
                out = more  # (numbered headings on lines of their own: "23. Apologies for absence" over its minute)
        if len(out) > len(best):
            best = out
    for flat in (inline_agenda.items(ctx), timed_agenda.items(ctx)):
        if len(flat) > len(best):
            best = flat
    rows = agenda_columns.run_on_rows(ctx.text, ctx.part.start, ctx.part.end)
    if len(rows) > len(best):  # a timed agenda table's rows run together, several to a line
        best = rows
    caps = _run(inline_agenda.caps_headings(ctx, _RESOLUTION_END), True)
    if len(caps) >= 3 and len(caps) > len(best):
        best = caps
    if len(best) == 1 and not _lone_item(ctx, *best[0]):
        return []
    return agenda_columns.columns_out(best)  # "4 Update on Fraud Processes RS Paper 10.15 Received": a table's row


def _lone_item(ctx: Ctx, num: str, title: str, pos: int) -> bool:
    """A page cut after its first item ("1. Minutes" over its minute, and no more): one item stands in minutes when
    it is a heading of its own line under the meeting's people ("Present:", "Apologies"), with the minute below it
    (not a page's number over the panel's name at the top)."""
    words = title.split()
    return ctx.part.kind == "minutes" and (title_like(title) or len(words) <= 8 and title[:1].isupper()) and \
        not title.endswith((".", ",", ";", ":")) and len(words) <= 12 and _heading_line(ctx.text, pos, title) and \
        PEOPLE.search(ctx.text, ctx.part.start, pos) is not None


_FOOTNOTE = re.compile(r"[ \t]*\*{1,4}$")
_PERSON = re.compile(r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Professor|Prof)\.?[ \t]+[A-Z]")
_SUB_NO = re.compile(r"\d{1,3}\.(?:[1-9]\d?|0[1-9])")  # "4.1", a sub-item; not "2.0" nor "34.12/13" (minute 34 of 2012/13)


def _seq(num: str) -> int:
    """The number an item's reference runs on ("PCP 34.12/13" → 34)."""
    m = re.search(r"\d+", num)
    return int(m.group(0)) if m else 0


def _heading_line(text: str, pos: int, title: str) -> bool:
    """The numbered line at ``pos`` is a heading of two words or more (or a standing item's one word) and nothing else,
    with text on the line below (not a row of an action log, "Item 4 Ongoing", nor a paragraph cut after its first
    sentence)."""
    line, _, rest = text[pos:].partition("\n")
    return (len(title.split()) >= 2 or title.lower() in _STANDING_WORDS) and line.rstrip().endswith(title) and \
        bool(rest.partition("\n")[0].strip())


# an agenda's standing item in one word ("45. Minutes", "12. Apologies"): a heading all the same
_STANDING_WORDS = frozenset(p for p in vocab.phrases("meeting", "agenda_items") if " " not in p)


def _run(cands: list[tuple[int, str, str, int]], any_start: bool) -> list[tuple[str, str, int]]:
    """The longest run n, n+1, n+2 ... (from 0 or 1 unless ``any_start``, or when it runs 3 or more: minutes
    numbered on from the last meeting's); a sub-item n.m stays when it stands under item n."""
    best: list[tuple[str, str, int]] = []
    for k, (n0, _, _, _) in enumerate(cands):
        if n0 < 0 or best and n0 <= _seq(best[0][0]) + len(best) - 1:
            continue
        out: list[tuple[str, str, int]] = []
        expected = n0
        for n, num, title, pos in cands[k:]:
            if n == expected:
                out.append((num, title, pos))
                expected = n + 1
            elif n < 0 and -n == expected - 1:
                out.append((num, title, pos))
        mains = sum(1 for num, _, _ in out if not _SUB_NO.fullmatch(num))
        if (n0 in (0, 1) or any_start or mains >= 3) and mains > sum(1 for num, _, _ in best if not _SUB_NO.fullmatch(num)):
            best = out
    return best


_RUN_IN = re.compile(r"^(?P<head>[A-Z][A-Za-z0-9'’&/ -]{1,60}?)(?P<sep>[:.])[ \t]+(?P<rest>\S.*)$")
# a heading in capitals, the minute's first sentence after it on the same line (a page run onto one line)
_CAPS_RUN_IN = re.compile(r"^(?P<head>[A-Z]{2,}[A-Z'’&,/-]*(?:[ \t]+[A-Z][A-Z'’&,/-]*)*)[ \t]+(?P<rest>(?=" + SENTENCE_START +
                          r")[^\n]*)$")


def _run_in(title: str) -> str:
    """"Apologies: as above", "Minutes: The minutes of … were approved.", "Precept 2025/26. The Panel noted ...": a
    run-in heading, the minute's text after its colon (a lower-case word, or a sentence) or after its full stop (a
    sentence). "Internal Audit: Progress Report" is one title."""
    caps = _CAPS_RUN_IN.match(title)
    if caps and len(re.sub(r"[^A-Z]", "", caps.group("head"))) >= 5 and title.endswith(".") and \
            len(caps.group("rest").split()) >= 4:
        return caps.group("head")  # "DECLARATIONS OF INTEREST No declarations of interest were made."
    m = _RUN_IN.match(title)
    if not m or len(m.group("head").split()) > 8:
        return title
    rest = m.group("rest")
    sentence = rest.rstrip().endswith(".") and len(rest.split()) >= 4
    if m.group("sep") == ":" and (rest[:1].islower() or sentence):
        return m.group("head").strip()
    if m.group("sep") == "." and sentence and rest[:1].isupper() and len(m.group("head").split()) >= 2 and \
            not _PROSE_START.match(m.group("head")) and not re.search(r"\b(?:[A-Z]|St|No|Mr|Mrs|Ms|Dr|Cllr)$", m.group("head")):
        return m.group("head").strip()
    return title
