"""Split a document (a board pack, a bundle of decision records) into its papers.

Cues of the genre mark where a paper starts: a ``To:``/``From:``/``Date:``
header block, a ``DECISION RECORD``/``DECISION NOTICE`` heading, an
``AGENDA`` heading, a ``MINUTES`` heading, an ``Agenda Item N`` cover
line. OCR'd decision records often put the summary before the heading,
so a decision record's part starts at its ``Decision Summary`` label when
one stands between the previous paper and the heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from concord.ingest import genre_resort, report_cues, vocab
from concord.ingest.cue_patterns import (AGREEMENTS_HEADING, LABEL_END, _AGENDA, _AGREEMENT, _AGREEMENT_BODY, _EARLIER_MEETING, _FROM,
                                         _INLINE_AGENDA, _ITEM_COVER, _INLINE_AGENDA_TABLE, _LSEP, _MINUTES, _MINUTES_HELD, _NOT_MINUTES,
                                         _OTHER_LABEL, _RUN_ON_ABOVE, _SUMMARY, _TO, _ITEM_REF_LINE, _VENUE_NEXT)
from concord.ingest.dates import DAY_DATE
from concord.ingest.decision_cues import (_DECISION, _DECISION_FIELDS, _DECISION_REACH, _RECORD_HEADER,  # noqa: F401
                                          DECISION_NUMBER, _DECISION_NUMBER, _field_records, _two_records, foot_number,
                                          lone_reference, page_start, title_over, titled_number)
from concord.ingest.meeting_cues import (MEETING_LABELS as _MEETING_LABELS,  # noqa: F401
                                         PEOPLE as _PEOPLE, attendee_cues as _attendee_cues,
                                         dated_heading as _dated_heading, label_runs as _label_runs,
                                         meeting_headers as _meeting_headers, numbered_business as _numbered_business,
                                         status_page as _status_page,
                                         titled_record as _titled_record, banner_minutes as _banner_minutes)
from concord.ingest.report_heading import heading_report
from concord.ingest.name_runs import split_people

_HEADS_ROW = re.compile(rf"(?i)[ \t|]*(?:(?:{vocab.alternation(vocab.phrases('meeting', 'column_heads'))})[ \t|/]+)+"
                        r"minutes[ \t|]*$")

__all__ = ["DECISION_NUMBER", "Part", "cues", "split"]


def _sentence_line(line: str) -> bool:
    """"Agenda for the 28 January 2010 meeting of the Finance Committee." ends in a full stop: a sentence that
    describes the page (a web site's summary), not the paper's heading, which stands on a line of its own."""
    line = line.strip()
    return line.endswith(".") and len(line.split()) > 3 and not re.search(r"\b(?:[A-Z]|[a-z]{1,3})\.$", line)


def _minutes_heading(text: str, m: re.Match[str]) -> bool:
    """"Minutes of the meeting held on 3 February 2023 ..." is an agenda item about earlier minutes, except
    at the top of the paper (no other paragraph above it) with attendees listed under it: the heading."""
    above, own = text[:m.start()].strip(), "held" in m.group(0).lower() or not _EARLIER_MEETING.search(m.group(0))
    return len(above) <= 200 and above.count("\n") <= 2 and own and \
        bool(_PEOPLE.search(text, m.end(), m.end() + 1500) or _ATTENDEE_TABLE.search(text, m.end(), m.end() + 600))


# a table of who attended, under the heading: "| Name | Role | Attendance |"
_ATTENDEE_TABLE = re.compile(r"(?im)^[ \t]*\|[ \t]*(?:names?|attendees?|attendance|present|members?)[ \t]*\|")


@dataclass(frozen=True)
class Part:
    kind: str  # report | decision_notice | agenda | minutes | agreement | other
    start: int
    end: int
    cue: int  # offset of the cue that marked it (the heading or To: line)
    resort: bool = False  # marked by the cue of last resort (nothing of any genre was found)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lines_back(text: str, pos: int, n: int, floor: int) -> int:
    """The start of the line ``n`` non-empty lines above ``pos``, not before ``floor``."""
    p = _line_start(text, pos)
    got = 0
    while got < n and p > floor:
        q = _line_start(text, p - 1)
        if q < floor:
            break
        line = text[q:p].strip()
        if "\f" in text[q:p] or len(line) > 100 or line[:1].isdigit():
            break
        p = q
        if line:
            got += 1
    return max(p, floor)


def _heading_words(line: str) -> bool:
    """Every word capitalised (small words aside), nothing a sentence ends with."""
    words = re.findall(r"[A-Za-z]+", line)
    return bool(words) and not line.rstrip().endswith((".", ",", ";")) and \
        all(w[:1].isupper() or len(w) <= 3 for w in words)


_HEAD_LABEL = re.compile(rf"(?i)^[ \t>*]*(?:from|date|author|report\s+by|protective\s+marking|security\s+"
                         rf"classification|classification|agenda\s+item|subject|title|report\s+to){_LSEP}")


def _header_back(text: str, pos: int, floor: int) -> int:
    """The start of the header block around a ``To:`` line: labelled lines just above it (From, Date,
    marking), even across a page break, belong to the same paper."""
    p = _line_start(text, pos)
    best = p
    while p > floor:
        q = _line_start(text, p - 1)
        if q < floor:
            break
        line = text[q:p].strip()
        if not line or line == "\f":
            p = q
            continue
        if not _HEAD_LABEL.match(line):
            break
        best = p = q
    return max(best, floor)


def _title_above(text: str, pos: int, floor: int) -> int:
    """A report's title printed on the line just above its header block belongs to it."""
    if pos <= floor:
        return pos
    q = _line_start(text, pos - 1)
    if not text[q:pos].strip() and q - 1 > floor:  # one blank line between
        q = _line_start(text, q - 1)
    line = text[q:pos].strip()
    if q >= floor and line and len(line) <= 100 and not line.endswith((".", ":", ";", ",")) and \
            "\f" not in line and not _HEAD_LABEL.match(line) and re.match(r"[A-Z]", line):
        return q
    return pos


def _found(text: str) -> list[tuple[int, str]]:
    """Every cue of every genre in ``text``, before the cue of last resort and before cues close together are merged."""
    found: list[tuple[int, str]] = []
    for m in _TO.finditer(text):
        window = text[m.end(): m.end() + 400]
        if _FROM.search(window) or _FROM.search(text[max(0, m.start() - 200): m.start()]):
            found.append((m.start(), "report"))
    for m in _DECISION_NUMBER.finditer(text):
        found.append((m.start(), "decision_notice"))
    for m in _DECISION.finditer(text):
        line = m.group(0)
        if len(line.strip()) <= 150 and not line.strip().lower().startswith(("the ", "a ", "to ")):
            found.append((m.start(), "decision_notice"))
    for m in _AGENDA.finditer(text):
        if not _sentence_line(m.group(0)):
            found.append((m.start(), "agenda"))
    for m in _MINUTES.finditer(text):
        if _ITEM_REF_LINE.search(text, max(0, m.start() - 24), m.start()) or _HEADS_ROW.match(m.group(0)):
            continue  # "Item Title Minutes": a table's column heads, not a heading
        if m.group(0).lstrip().startswith("minutes") and _RUN_ON_ABOVE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "... agreed that the\nminutes of the meeting held on 15 June be confirmed": a sentence run on
        if not _NOT_MINUTES.search(m.group(0)) or _minutes_heading(text, m):
            found.append((m.start(), "minutes"))
    for m in _INLINE_AGENDA.finditer(text):
        if DAY_DATE.search(m.group("head")):
            found.append((m.start(), "agenda"))
    for m in _INLINE_AGENDA_TABLE.finditer(text):
        if DAY_DATE.search(m.group("head")) and not any(k == "agenda" and p == m.start() for p, k in found):
            found.append((m.start(), "agenda"))
    held = _MINUTES_HELD.search(text)
    if held and not _NOT_MINUTES.search(held.group(0)) and not any(
            k in ("minutes", "agenda") and p <= held.start() for p, k in found):
        found.append((held.start(), "minutes"))  # the first such heading, with no meeting's cue above it
    for m in _AGREEMENT.finditer(text):
        start, h = m.start(), m.group("h").strip()
        prev_start = _line_start(text, max(0, start - 1))
        prev = text[prev_start:start].strip()
        if start and prev and len(prev) <= 80 and _heading_words(prev) and prev.isupper() == h.isupper():
            start, h = prev_start, prev + " " + h  # a heading wrapped over two lines
        if len(re.findall(r"[A-Za-z]+", h)) < 2 or not _heading_words(h):
            continue
        if _AGREEMENT_BODY.search(text, m.end(), m.end() + 800):
            found.append((start, "agreement"))
    top = AGREEMENTS_HEADING.match(text, _line_start(text, len(text) - len(text[page_start(text):].lstrip())))
    if top and not any(k == "agreement" for _, k in found) and _SECTION_22A.search(text, top.start(), top.end() + 800):
        found.append((top.start(), "agreement"))  # "Collaboration agreements" heading a transparency page
    for m in _ITEM_COVER.finditer(text):
        found.append((m.start(), "cover"))
    found.extend(_field_records(text, [p for p, k in found if k == "decision_notice"]))
    found.extend(_report_headers(text, [p for p, k in found if k in ("decision_notice", "decision_fields")]))
    found.extend(report_cues.report_of(text, [p for p, _ in found]))
    found.extend(report_cues.titled_report(text, [p for p, _ in found]))
    found.extend(heading_report(text, [p for p, _ in found]))
    found.extend(_meeting_headers(text, _AGENDA))
    found.extend(_attendee_cues(text, [p for p, k in found if k in ("minutes", "agenda")]))
    found.extend(_numbered_business(text, [p for p, k in found if k in ("minutes", "agenda")]))
    found.extend(lone_reference(text, [p for p, _ in found]))
    found.extend(titled_number(text, [p for p, _ in found]))
    found.extend(_dated_heading(text, [p for p, k in found if k in ("minutes", "agenda")]))
    found.extend(_titled_record(text, [p for p, k in found if k in ("minutes", "agenda")]))
    found.extend(_banner_minutes(text, [p for p, k in found if k in ("minutes", "agenda")]))
    found.extend(_status_page(text, [p for p, k in found if k in ("minutes", "agenda")]))
    if not any(k in ("minutes", "agenda") for _, k in found):
        from concord.ingest.extract import timed_agenda  # the extractors import this module
        for start, _, _ in timed_agenda.slot_runs(text):  # "10:20 – 10:25 1. Welcome …" flattened onto one line
            found.append((start, "agenda"))
    from concord.ingest.extract.summons import minutes_of_it, summons_at
    called = summons_at(text)  # an agenda letter whose AGENDA heading was lost: its summons sentence, before any
    if called is not None and not any(k in ("minutes", "agenda") and p <= called for p, k in found) and \
            not minutes_of_it(text, called, [p for p, k in found if k == "minutes"]):  # and not minutes' own letter
        found.append((_line_start(text, called), "agenda"))
    return found


def last_resort(text: str, cue: int) -> bool:
    """Whether ``cue`` is a cue of last resort: nothing of any genre was found, and a forum's name with its date near
    the top, over a meeting's business, or a decision record's or report's own words at the top marked the paper."""
    return any(c == cue for c, _ in genre_resort.cue(text)) and not _found(text)


# (the page's own heading naming agreements, over a sentence naming the section of the Act they are made under: the
# page lists the body's collaboration agreements)
_SECTION_22A = re.compile(r"(?i)\bsection\s+22a\b|\bsection\s+23\b.{0,40}\bpolice\s+act\b")


def cues(text: str) -> list[tuple[int, str]]:
    return _cues(_found(text), text)


def _cues(found: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    if not found:  # nothing of any genre: a forum's name and date over a meeting's business, near the top, or a
        found.extend(genre_resort.cue(text))  # decision record's or report's own words there
    found.sort()
    covers = [p for p, k in found if k == "cover"]  # "Agenda item 1" over "Apologies", "Agenda item 2" over ...: an
    found = [(p, k) for p, k in found if k != "cover" or not any(  # agenda's items one after another, no report's
        q != p and abs(q - p) < _COVER_RUN for q in covers)]  # cover line each
    # one cue per paper: drop cues close after another of a kind that covers them
    out: list[tuple[int, str]] = []
    heading = -1  # the last decision heading seen, merged into the part before it or not
    for k, (pos, kind) in enumerate(found):
        if kind == "decision_notice" and out and out[-1][1] == "decision_notice" and \
                not found[k + 1:k + 2] and foot_number(text, out[-1][0], pos):
            continue  # "Decision reference: WPCC 2022/031" under a form's signature: its number, printed at its foot
        if kind == "decision_fields":  # one record of a listing each: never merged with its neighbour
            out.append((pos, "decision_notice"))
            continue
        if kind == "report" and out and out[-1][1] in ("minutes", "agenda") and pos - out[-1][0] < 200:
            out[-1] = (out[-1][0], "report")  # "Minutes of the Authority ..." over a report's header: a report
            continue
        if kind == "decision_notice":
            # ("Record of decisions" over "Decision number: 14/2020" ... "Decision number: 15/2020": the second
            # entry is told from the first, merged into the page's heading, not from the heading)
            last, heading = heading, pos
            if out and out[-1][1] == kind and any(_two_records(text, a, pos) for a in {out[-1][0], last}
                                                  if a >= out[-1][0]):  # (a heading in the part, not before it)
                out.append((pos, kind))
                continue
        if kind == "agenda" and out and out[-1][1] == "minutes" and pos - out[-1][0] < _AGENDA_REPRINTED and \
                _BARE_AGENDA.match(text, pos) and DAY_DATE.search(text, out[-1][0], text.find("\n", out[-1][0]) % (len(text) + 1)):
            continue  # "Audit Meeting Minutes - 27 April 2023" / "Agenda" / its items: the minutes reprint their agenda
        if kind == "minutes" and out and out[-1][1] == "minutes" and pos - out[-1][0] < 2000 and \
                _BARE_RECORD.match(text, pos):
            continue  # "Attendance … Apologies … Minutes": the minutes' own section heading over its business
        if out and pos - out[-1][0] < 300 and (
                out[-1][1] == kind or out[-1][1] == "cover" or
                (out[-1][1] == "report" and kind in ("agenda", "minutes", "agreement"))):
            if out[-1][1] == "cover":
                out[-1] = (out[-1][0], kind)
            continue
        out.append((pos, kind))
    return [(p, "report" if k == "cover" else k) for p, k in out]


_COVER_RUN = 250  # cover lines closer than this are an agenda's list of items
_BARE_AGENDA = re.compile(r"[ \t]*(?:AGENDA|Agenda)[ \t]*:?[ \t]*(?:\n|$)")
_AGENDA_REPRINTED = 600  # a bare Agenda heading this close under a dated minutes heading is the minutes' own
_BARE_RECORD = re.compile(r"[ \t]*(?:MINUTES|Minutes|NOTES|Notes)[ \t]*:?[ \t]*(?:\n|$)")
_REPORT_FIELDS = vocab.pattern("report", names=("to", "from", "date", "subject", "number"), strict=True)


# a minutes heading among a run of labels or on the line after it
_MINUTES_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)?(?i:minutes|notes)[ \t]+(?i:of)[ \t]+(?i:the|a)[ \t]")
_MEETING_HEAD = re.compile(r"(?im)^[ \t•*\-|]*(?:time|venue|location|place)" + LABEL_END)
def _report_headers(text: str, decisions: Sequence[int] = ()) -> list[tuple[int, str]]:
    """A report's header block without a ``To:`` line: two or more of its labels (Meeting, Date, Report of,
    Subject, Report: 6, By) on lines next to each other, one of them naming who or what.

    Inside a decision record (a heading or a reference label shortly above), labels a report shares with it
    (Subject, Date, Decision maker) are the record's own fields: only an author (From, Report of) there
    starts a report, and not even that just under the record's reference when no addressee (To, Meeting)
    is named: "Title and Reference – PCC/D/032 / Subject / Report of / Date" is the record's own header."""
    out: list[tuple[int, str]] = []
    for run, last_end in _label_runs(_REPORT_FIELDS, text):
        fields = {x for _, x in run}
        near = [run[0][0] - d for d in decisions if 0 <= run[0][0] - d < _DECISION_REACH]
        if near and ("from" not in fields or "to" not in fields and min(near) < _RECORD_HEADER):
            continue
        if not fields & {"from", "subject"} and _decision_beside(text, run[0][0], last_end):
            continue  # "Decision: ..." / "Decision maker: PCC" / "Date: ...": a decision's own fields, no report
        nxt = text[last_end:last_end + 300]
        if not fields & {"from", "subject"} and (
                _MEETING_HEAD.search(nxt) or _MEETING_HEAD.search(text[max(0, run[0][0] - 200):last_end])):
            continue  # Date, Time, Location (above, among or below) and no author or title: a meeting's header
        if not fields & {"to", "subject"} and _MINUTES_LINE.search(text[run[0][0]:last_end] + nxt[:nxt.find("\n", 1) + 1]):
            continue  # "Author: ... Date Created: ..." over "MINUTES OF THE ... BOARD": the file's properties, no report
        lone = text[run[-1][0]:last_end].rstrip().endswith(":")  # the last label alone, its value on the line under it
        if fields <= {"subject", "date"} and (_VENUE_NEXT.match(nxt) or
                                              lone and _VENUE_NEXT.match(nxt.lstrip().partition("\n")[2])):
            continue  # "Title: Chief Officers' Board / Date: ... / Venue: ...": the meeting's title, date and place
            # (each value on the line under its label, as a web page's list of terms prints them)
        if len(fields) >= 2 and fields & {"to", "from", "subject"} and fields & {"date", "number", "from"} and \
                (not out or out[-1][0] != run[0][0]):
            out.append((run[0][0], "report"))
    return out


_DECISION_LABEL = vocab.pattern("decision", names=("decision",), strict=True)
_SUBJECT_LABEL = vocab.pattern("decision", names=("subject",), strict=True)


def _decision_beside(text: str, start: int, end: int) -> bool:
    """A Decision label on the line just above or just below a run of header labels."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else -1
    below = end + 1 if end < len(text) and text[end] == "\n" else text.find("\n", end) + 1
    return any(0 <= p < len(text) and _DECISION_LABEL.match(text, p) for p in (above, below) if p != start)


def _preview_of(above: str, paper: str) -> bool:
    """Whether ``above`` holds a one-line preview of ``paper`` (document-hosting pages print the paper's first
    page flattened onto a line, then its transcript): a long line there that holds the paper's first line."""
    first = " ".join(paper.split("\n", 1)[0].split())[:60]
    if len(first) < 20:
        return False
    # the long line itself holds it (a PDF's paragraph joined into one long line elsewhere in the paper above is no
    # preview of the next paper)
    return any(len(line) >= 300 and first in " ".join(line.split()) for line in above.split("\n"))


def _from_long_line(paper: str) -> str:
    """The paper from its first line of twenty characters or more (its heading's short lines skipped)."""
    m = re.search(r"(?m)^[ \t]*\S[^\n]{19,}", paper)
    return paper[m.start():].lstrip() if m else paper


def split(text: str) -> list[Part]:
    """The papers in ``text`` (already unmarked), in order, covering all of it."""
    found = _found(text)
    resort = None if found else next((c for c, _ in genre_resort.cue(text)), None)
    marks = _cues(found, text)
    starts: list[tuple[int, str, int]] = []
    prev = 0
    for pos, kind in marks:
        start = _line_start(text, pos)
        if kind == "decision_notice":
            window_floor = max(prev, start - 6000)
            summaries = list(_SUMMARY.finditer(text, window_floor, start))
            if _SUBJECT_LABEL.match(text, start):
                pass  # a record that starts at its own title label ("Decision title: ...") takes nothing above it
            elif summaries and not _OTHER_LABEL.search(text, summaries[-1].end(), start):
                start = _line_start(text, summaries[-1].start())
            else:
                start = title_over(text, start, prev)
        elif kind in ("agenda", "minutes"):
            start = _lines_back(text, start, 3 if kind == "agenda" else 2, prev)
        elif kind == "report":
            start = _header_back(text, start, prev)
            start = _title_above(text, start, prev)
        start = max(start, prev)
        starts.append((start, kind, pos))
        prev = start
    parts: list[Part] = []
    if not starts or starts[0][0] > 0:
        first = starts[0][0] if starts else len(text)
        if text[:first].strip():
            parts.append(Part("other", 0, first, 0))
    for k, (start, kind, cue) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        if end > start:
            parts.append(Part(kind, start, end, cue))
    if parts and parts[0].kind == "other" and len(parts) > 1 and parts[1].kind in ("minutes", "agenda") and \
            _preview_of(text[:parts[0].end], text[parts[1].cue:parts[1].end]):
        # a hosting site's one-line preview of the paper above its transcript: the same paper
        p1 = parts[1]
        parts[0:2] = [Part(p1.kind, 0, p1.end, p1.cue)]
    k = 0
    while k + 1 < len(parts):
        a, b = parts[k], parts[k + 1]
        if a.kind == b.kind and a.kind in ("minutes", "agenda") and \
                _preview_of(text[a.start:a.end], _from_long_line(text[b.start:b.end])):
            # the paper flattened onto one line, then its transcript line by line: one paper, read from the first
            parts[k:k + 2] = [Part(a.kind, a.start, b.end, a.cue)]
            continue
        k += 1
    if parts and parts[0].kind == "other" and len(parts) > 1 and len(re.sub(r"\s+", " ", text[:parts[0].end]).strip()) < 400:
        # a short preamble (a logo, a letterhead) belongs to the first paper (its length as read: a blanked cookie
        # notice is none of it)
        p1 = parts[1]
        parts[0:2] = [Part(p1.kind, 0, p1.end, p1.cue)]
    if resort is not None:
        parts = [replace(p, resort=True) if p.cue == resort and p.kind != "other" else p for p in parts]
    return parts
