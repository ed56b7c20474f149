"""A report's header table flattened onto one line.

A two-column header table (``MEETING | Police and Crime Panel``, ``DATE | 1 February 2018``, ``TITLE | ...``)
often reaches us as one line, its cells run together: ``ITEM 8 MEETING POLICE AND CRIME PANEL DATE 1 February
2018 TITLE Proposed precept SUBMITTED BY Chief Executive``. The labels are the upper-case words of the report
vocabulary (data/labels.toml, ``[report]``). Where a line carries three or more of them, naming a date and a
title or an author, each label goes back onto a line of its own with its value after a tab. Labels in any case
count when each is followed by its colon (``Report to: Resources Board Date of Meeting: 8 November 2018 Report of:
Chief Constable``). Each break replaces one space, so every offset stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.page_top import page_top

_FIELDS = ("to", "from", "date", "subject", "item")
_GAP = 250  # the longest value between two labels of one header
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _label_rx() -> re.Pattern[str]:
    """The report labels as printed in capitals, each a whole word or phrase, longest first whatever its field;
    the group's name says the field (``date__3``)."""
    entries = sorted({(p.upper(), f) for f in _FIELDS for p in vocab.phrases("report", f)
                      if len(re.sub(r"\W", "", p)) >= 4}, key=lambda e: len(e[0]), reverse=True)
    alts = [f"(?P<{f}__{i}>{re.escape(p).replace(chr(92) + ' ', '[ ]+')})" for i, (p, f) in enumerate(entries)]
    return re.compile(r"(?:(?<=[ ])|^)(?:" + "|".join(alts) + r")(?=[ ][^ \n])")


@lru_cache(maxsize=1)
def _colon_rx() -> re.Pattern[str]:
    """The same labels in any case when a colon follows them (``Report to: ... Date of Meeting: ...``), with a
    paper's number (``Report: 7``); a label of two or three letters only as a header prints it, with a capital and
    its colon (``By: Treasurer``, not "by:" in a sentence)."""
    entries = sorted({(p, f) for f in (*_FIELDS, "number") for p in vocab.phrases("report", f)
                      if len(re.sub(r"\W", "", p)) >= 2}, key=lambda e: len(e[0]), reverse=True)
    alts = [f"(?P<{f}__{i}>{_cased(p)}[ ]?:)" for i, (p, f) in enumerate(entries)]
    return re.compile(r"(?:(?<=[ ])|^)(?:" + "|".join(alts) + r")(?=[ ][^ \n])")


def _cased(phrase: str) -> str:
    """A label's pattern: in any case, or, for a word of two or three letters, with a capital first."""
    words = re.escape(phrase).replace(chr(92) + " ", "[ ]+")
    if len(re.sub(r"\W", "", phrase)) >= 4:
        return f"(?i:{words})"
    return f"(?:{re.escape(phrase.capitalize())}|{re.escape(phrase.upper())})"


def _field(m: re.Match[str]) -> str:
    return (m.lastgroup or "").split("__")[0]


def unflatten(text: str) -> str:
    """``text`` with every flattened header broken back into labelled lines (same length, same offsets). A header
    may stand anywhere in a long line (a whole page run together): its labels are those that follow each other
    closely, a value between each two."""
    colons = _COLON_DATE.search(text) is not None
    chars: list[str] | None = _prose_header(text)
    chars = _mixed_prose_header(text, chars)
    chars = _cell_marks(text, chars)
    chars = _spaced_labels(text, chars)
    chars = _lifted_ordinal(text, chars)
    chars = _two_pairs(text, chars)
    chars = page_top(text, chars)
    if "DATE" not in text and not colons:
        return text if chars is None else "".join(chars)
    for m in _MEMO_LINE.finditer(text):  # "ITEM 20b TO: NORTHSHIRE POLICE AUTHORITY DATE: 28 March 2007"
        chars = chars if chars is not None else list(text)
        for gap in ("gap1", "gap2"):
            if m.group(gap):
                chars[m.start(gap)] = "\n"
    for line in _LINE.finditer(text):
        body = line.group(0)
        capitals = "DATE" in body and ("TITLE" in body or "SUBJECT" in body or "REPORT" in body)
        if len(body) < 30 or not capitals and not (colons and _COLON_DATE.search(body)):
            continue  # the lines worth a closer look: a date label and a title or author label in capitals
        rx = _label_rx() if capitals else _colon_rx()  # or any labels each followed by its colon
        for hits in _runs(list(rx.finditer(body))):
            fields = {_field(m) for m in hits}
            if len(fields) < 3 or "date" not in fields or not fields & {"subject", "from"}:
                continue
            chars = chars if chars is not None else list(text)
            for m in hits:
                if m.start() > 0:
                    chars[line.start() + m.start() - 1] = "\n"
                chars[line.start() + m.end()] = "\t"
            # the last value ends where the paper's text begins: a sentence or a numbered heading after it
            after = _TEXT_BEGINS.search(body, hits[-1].end() + 2, hits[-1].end() + _GAP)
            if after:
                chars[line.start() + after.start()] = "\n"
                # the paper run onto the same line: its numbered headings and paragraphs back onto lines of their own
                for n in _NUMBERED_RUN.finditer(body, after.start() + 1):
                    chars[line.start() + n.start()] = "\n"
    return text if chars is None else "".join(chars)


# a memo's first line: To and Date labels run together, an agenda item's number before them (its other labels,
# By and Title, stand on lines of their own below)
_MEMO_LINE = re.compile(r"(?im)^(?:[ \t]*(?:agenda[ ]+)?item[ ]+(?:no\.?[ ]*)?\d{1,2}[a-z]?(?:\([a-z]\))?(?P<gap1>[ ]))?"
                        r"[ \t]*to[ ]?:[ ]+\S[^\n]{2,100}?(?P<gap2>[ ])date[ ]?:[ ]+\S[^\n]{4,40}$")
_COLON_DATE = re.compile(r"(?i)\bdate(?:[ ]+of[ ]+(?:the[ ]+)?(?:meeting|report))?[ ]?:[ ]")
# "… 1. Purpose of the Report 1.1 The purpose …": a heading or paragraph number after a space, a capital after it
_NUMBERED_RUN = re.compile(r"(?<=[a-z.)%]) (?=\d{1,2}\.(?:\d{1,2})?[ ][A-Z])")
_TEXT_BEGINS = re.compile(r" (?=(?:The|This|These|It|In|At|On|Following|Members|We|I|\d{1,2}\.\d?)\s)")


def _runs(hits: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Labels in runs: each within ``_GAP`` characters of the one before, with a value (two characters or more)
    between them."""
    runs: list[list[re.Match[str]]] = []
    for m in hits:
        if runs and 2 <= m.start() - runs[-1][-1].end() <= _GAP:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# A prose header run onto one line: "AGENDA NO: 6 JOINT AUDIT COMMITTEE – 5 SEPTEMBER 2013 BUDGET MONITORING – OUTTURN
# 2012/13 REPORT BY TREASURER PURPOSE OF THE REPORT To present ...": in capitals, the meeting and its date, the title,
# "REPORT BY" (or OF, FROM) and who it is from, then the first section's heading and its text in mixed case.
_PROSE_AUTHOR = re.compile(r"(?<=[ ])REPORT[ ]+(?:BY|OF|FROM)[ ]+(?=[A-Z]{2})")
_PROSE_ITEM = re.compile(r"^[ \t]*(?:AGENDA[ ]+(?:ITEM[ ]+)?|ITEM[ ]+)(?:NO\.?|NUMBER)?[ ]?(?::|[ ][-–])?[ ]*\d{1,3}[A-Z]?(?P<gap>[ ])")
_PROSE_DATE = re.compile(r"\b(?:\d{1,2}(?:ST|ND|RD|TH)?[ ]+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
                         r"OCTOBER|NOVEMBER|DECEMBER)[ ]+(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)"  # (or "05/09/2013")
                         r"(?P<gap>[ ])(?=[A-Z]{2})")


@lru_cache(maxsize=1)
def _prose_section() -> re.Pattern[str]:
    """The first section's heading in capitals ("PURPOSE OF THE REPORT", "INTRODUCTION", "RECOMMENDATIONS"), then a
    word in mixed case: where the author's office ends and the paper's text begins."""
    words = sorted({p.upper() for f in ("purpose", "recommendations") for p in vocab.phrases("report", f)
                    if "(" not in p and len(p) >= 7}, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", "[ ]+") for w in words)
    return re.compile(rf"(?P<gap1>[ ])(?:\d{{1,2}}\.?[ ]+)?(?:{alts})[ ]?:?(?P<gap2>[ ])(?=[A-Z]?[a-z]|\d)")


def _prose_header(text: str) -> list[str] | None:
    chars: list[str] | None = None
    for line in _LINE.finditer(text):
        body = line.group(0)
        if len(body) < 80 or "REPORT" not in body:
            continue
        author = _PROSE_AUTHOR.search(body, 0, 600)
        section = _prose_section().search(body, author.end()) if author else None
        if not author or not section or section.start() - author.end() > 120:
            continue
        head = body[:section.start()]
        if author.start() - _start_of_caps(head) < 10:
            continue  # the meeting and the title in capitals before the author (a marking may precede them)
        chars = chars if chars is not None else list(text)
        at = line.start()
        for k in (author.start() - 1, section.start("gap1"), section.start("gap2")):
            chars[at + k] = "\n"
        item = _PROSE_ITEM.search(head, _start_of_caps(head))
        if item:
            chars[at + item.start("gap")] = "\n"
        date = _PROSE_DATE.search(head, 0, author.start())
        if date:
            chars[at + date.start("gap")] = "\n"
    return chars


# The same header in mixed case, run onto one line: "ITEM 7(c) ... Police Authority Meeting Thursday, 19 February 2009
# Joint Report of the Chief Constable and Treasurer 1. REVENUE BUDGET REPORT 2009/10 Purpose of Report 1.1 To confirm
# ...": the meeting and its date, "(Joint) Report of" and who it is from, the title in capitals (a section number
# before it or none), then the first section's heading in mixed case and its text. The meeting, the author, the title
# and the section each go onto a line of their own.
_MIXED_AUTHOR = re.compile(r"(?<=[ ])(?:Joint[ ]+)?Report[ ]+(?:of|by|from)[ ]+(?:the[ ]+)?(?=[A-Z][a-z])")
_MIXED_TITLE = re.compile(r"(?<=[a-z)][ ])(?:\d{1,2}\.?[ ]+)?(?=[A-Z][A-Z0-9&/,'’()-]*(?:[ ]+[A-Z0-9&/,'’()-]+){2,}[ ])")
_MIXED_MEETING = re.compile(r"(?<=[ ])(?:[A-Z][a-z]+[ ]+){0,6}(?:Authority|Panel|Committee|Board|Executive)(?:[ ]+Meeting)?[ ]+"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ ]+"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r",?[ ]+(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)[ ]+$")  # (or "19/02/2009")


@lru_cache(maxsize=1)
def _mixed_section() -> re.Pattern[str]:
    words = sorted({p for p in vocab.phrases("report", "purpose") if len(p) >= 7}, key=len, reverse=True)
    alts = "|".join(w[0].upper() + "(?i:" + re.escape(w[1:]).replace(r"\ ", "[ ]+") + ")" for w in words)
    return re.compile(rf"[ ](?:{alts})[ ]?:?(?P<gap>[ ])(?=\d|[A-Z][a-z])")


def _mixed_prose_header(text: str, chars: list[str] | None) -> list[str] | None:
    for line in _LINE.finditer(text):
        body = line.group(0)
        if len(body) < 120 or "Report" not in body:
            continue
        author = _MIXED_AUTHOR.search(body, 0, 600)
        title = _MIXED_TITLE.search(body, author.end(), author.end() + 200) if author else None
        caps = re.match(r"(?:\d{1,2}\.?[ ]+)?[A-Z0-9&/,'’() -]+?(?=[ ][A-Z][a-z])", body[title.start():]) \
            if author and title else None
        section = _mixed_section().match(body, title.start() + caps.end()) if title and caps else None
        if not author or not title or not caps or not section:
            continue
        chars = chars if chars is not None else list(text)
        at = line.start()
        for k in (author.start() - 1, title.start() - 1, section.start(), section.start("gap")):
            chars[at + k] = "\n"
        meeting = _MIXED_MEETING.search(body[:author.start()])
        if meeting and meeting.start() > 0:
            chars[at + meeting.start() - 1] = "\n"
    return chars


def _start_of_caps(head: str) -> int:
    """Where the run of capitals that ends at the section heading starts: after the last word with a small letter
    (a protective marking, a site's furniture), else the line's start."""
    last = None
    for last in re.finditer(r"\S*[a-z]\S*", head):
        pass
    return last.end() if last else 0


@lru_cache(maxsize=1)
def _cell_rx() -> re.Pattern[str]:
    """A header table's row whose cell border a converter printed as " / " (docsbay): ``Report of / Treasurer``,
    ``Report of: / Treasurer``; the group ``mark`` is the border."""
    entries = sorted({p for f in _FIELDS for p in vocab.phrases("report", f)}, key=len, reverse=True)
    alts = "|".join(vocab.phrase_rx(p) for p in entries)
    return re.compile(rf"(?im)^[ \t]*(?:{alts})[ \t]*:?[ \t]+(?P<mark>/)[ \t]+(?=\S)")


def _cell_marks(text: str, chars: list[str] | None) -> list[str] | None:
    """Two or more header rows in a row (at most a blank line apart) with " / " between label and value: the border
    becomes a tab (no colon) or a space (after the colon), so that the label reads as in any two-column header."""
    if " / " not in text:
        return chars
    hits = list(_cell_rx().finditer(text))
    keep = [m for k, m in enumerate(hits)
            if any(0 < abs(text.count("\n", min(m.start(), o.start()), max(m.start(), o.start()))) <= 2
                   for o in hits[max(0, k - 1):k] + hits[k + 1:k + 2])]
    for m in keep:
        chars = chars if chars is not None else list(text)
        colon = ":" in text[m.start():m.start("mark")]
        chars[m.start("mark")] = " " if colon else "\t"
    return chars


@lru_cache(maxsize=1)
def _spaced_rx() -> re.Pattern[str]:
    """A header row whose two columns a converter or OCR joined with a single space: ``REPORT OF Treasurer``."""
    entries = sorted({(p, f) for f in _FIELDS for p in vocab.phrases("report", f)}, key=lambda e: len(e[0]),
                     reverse=True)
    alts = "|".join(f"(?P<{f}__{i}>{vocab.phrase_rx(p)})" for i, (p, f) in enumerate(entries))
    return re.compile(rf"(?i)^[ \t]*(?:{alts})(?P<gap>[ ])(?=[A-Z0-9£(])")


def _spaced_labels(text: str, chars: list[str] | None) -> list[str] | None:
    """Three or more header rows in a row (at most a blank line apart), of three different fields, one a date that
    reads as one and one an author or a title, where some rows are a label, one space and its value (the others
    labelled as usual, "Date: 3 June 2010"): the space becomes a tab."""
    run: list[tuple[int | None, int, str]] = []  # (where the space is, where the value starts, field)
    blank = 0

    def close() -> None:
        nonlocal chars
        fields = {f for _, _, f in run}
        dated = any(f == "date" and _DATE_VALUE.search(text, v, text.find("\n", v) % (len(text) + 1)) for _, v, f in run)
        if len(run) >= 3 and len(fields) >= 3 and dated and fields & {"from", "subject"} and \
                any(gap is not None for gap, _, _ in run):
            chars = chars if chars is not None else list(text)
            for gap, _, _ in run:
                if gap is not None:
                    chars[gap] = "\t"
        run.clear()

    strict = vocab.pattern("report", names=_FIELDS, strict=True)
    for line in re.finditer(r"[^\n]*", text):
        body = line.group(0)
        if not body.strip():
            blank += 1
            if blank > 1 and run:
                close()
            continue
        blank = 0
        first = _FIRST_WORD.match(body)
        if len(body) > 160 or not first or first.group(1).lower() not in strict.firsts:
            if run:
                close()
            continue  # no label's first word: no header row (most lines, cheaply)
        m = _spaced_rx().match(body)
        if m and not re.match(r"[ \t]*[:|\t-]|[ \t]{2}", body[m.end("gap") - 1:]):
            field = next(k for k, v in m.groupdict().items() if v and "__" in k).split("__")[0]
            run.append((line.start() + m.start("gap"), line.start() + m.end(), field))
            continue
        labelled = strict.match(body)
        if labelled and vocab.field_of(labelled) != "_not" and body[labelled.end():].strip():
            run.append((None, line.start() + labelled.end(), vocab.field_of(labelled)))
        elif run:
            close()
    if run:
        close()
    return chars


_FIRST_WORD = re.compile(r"[ \t]*([A-Za-z]+)")
_DATE_VALUE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ ]+[A-Za-z]{3,9}[ ]+(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


# "th February 2009 DATE: 9": a date's ordinal printed raised, with the month and year, ran ahead of its label and
# day when the converter read the raised line first ("DATE: 9th February 2009")
_LIFTED = re.compile(r"(?m)^(?P<lead>[ \t]*)(?P<suf>st|nd|rd|th)[ ]+(?P<my>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                     r"[a-z]*,?[ ]+(?:19|20)\d\d)[ ]+(?P<label>(?i:date(?:[ ]+of[ ]+(?:meeting|report))?)[ ]?:)[ ]*"
                     r"(?P<day>[1-9]|[12]\d|3[01])[ \t]*$")


def _lifted_ordinal(text: str, chars: list[str] | None) -> list[str] | None:
    """The line put back in reading order, as long as it was, so that every offset stays where it was."""
    for m in _LIFTED.finditer(text):
        fixed = f"{m.group('label')} {m.group('day')}{m.group('suf')} {m.group('my')}"
        body = m.group(0)[len(m.group("lead")):]
        if len(fixed) > len(body):
            continue
        chars = chars if chars is not None else list(text)
        at = m.start() + len(m.group("lead"))
        chars[at:at + len(body)] = list(fixed.ljust(len(body)))
    return chars


@lru_cache(maxsize=1)
def _pair_rx() -> re.Pattern[str]:
    """A second header cell on a row, after a tab or a wide gap: ``... Police Authority      Date: 12 March 2009``; the
    group ``gap`` is the first character of the gap, the label's group names its field."""
    entries = sorted({(p, f) for f in _FIELDS for p in vocab.phrases("report", f) if len(p) >= 4},
                     key=lambda e: len(e[0]), reverse=True)
    alts = "|".join(f"(?P<{f}__{i}>{vocab.phrase_rx(p)})" for i, (p, f) in enumerate(entries))
    return re.compile(rf"(?i)\S(?P<gap>\t|[ ]{{2,}})[ \t]*(?:{alts})(?:[ ]?:|\t|[ ]{{2,}})[ \t]*\S")


def _two_pairs(text: str, chars: list[str] | None) -> list[str] | None:
    """A header table of four columns, two label-and-value pairs a row ("Meeting: Police Authority    Date: 12 March
    2009" / "Report of: Treasurer    Subject: ..."): where header rows in a row hold three fields or more, a date
    among them, the second pair of each row goes onto a line of its own."""
    if "\t" not in text and "   " not in text:
        return chars
    strict = vocab.pattern("report", names=_FIELDS, strict=True)
    rows: list[tuple[int | None, set[str]]] = []
    blank = 0

    def close() -> None:
        nonlocal chars
        fields = set().union(*(f for _, f in rows)) if rows else set()
        splits = [g for g, _ in rows if g is not None]
        if splits and len(fields) >= 3 and "date" in fields:
            chars = chars if chars is not None else list(text)
            for g in splits:
                chars[g] = "\n"
        rows.clear()

    for line in re.finditer(r"[^\n]*", text):
        body = line.group(0)
        if not body.strip():
            blank += 1
            if blank > 1 and rows:
                close()
            continue
        blank = 0
        word = _FIRST_WORD.match(body)
        first = strict.match(body) if len(body) <= 200 and word and word.group(1).lower() in strict.firsts else None
        if not first or vocab.field_of(first) == "_not":
            if rows:
                close()
            continue
        second = _pair_rx().search(body, first.end())
        if second:
            field2 = next(k for k, v in second.groupdict().items() if v and "__" in k).split("__")[0]
            rows.append((line.start() + second.start("gap"), {vocab.field_of(first), field2}))
        else:
            rows.append((None, {vocab.field_of(first)}))
    if rows:
        close()
    return chars
