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
    """The same labels in any case when a colon follows them (``Report to: ... Date of Meeting: ...``)."""
    entries = sorted({(p, f) for f in _FIELDS for p in vocab.phrases("report", f)
                      if len(re.sub(r"\W", "", p)) >= 4}, key=lambda e: len(e[0]), reverse=True)
    alts = [f"(?P<{f}__{i}>{re.escape(p).replace(chr(92) + ' ', '[ ]+')}[ ]?:)" for i, (p, f) in enumerate(entries)]
    return re.compile(r"(?i)(?:(?<=[ ])|^)(?:" + "|".join(alts) + r")(?=[ ][^ \n])")


def _field(m: re.Match[str]) -> str:
    return (m.lastgroup or "").split("__")[0]


def unflatten(text: str) -> str:
    """``text`` with every flattened header broken back into labelled lines (same length, same offsets). A header
    may stand anywhere in a long line (a whole page run together): its labels are those that follow each other
    closely, a value between each two."""
    colons = _COLON_DATE.search(text) is not None
    if "DATE" not in text and not colons:
        return text
    chars: list[str] | None = None
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
