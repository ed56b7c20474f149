"""A flattened report's parts put back onto their lines (``reline``): its header's short values end where a sentence
or the first section begins ("By: Treasurer The report sets out ...", "By: Commissioner Summary This report ..."), its
title starts after the site's last sentence, its lettered sections ("A. Recommendation ... B. Supporting information")
start lines, and so do a recommendations heading with no colon and the list run on after "... invited to:". Each
function gives the offsets where a line should start; ``reline`` breaks there."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab


def report_points(text: str, a: int, b: int, labels: list[int]) -> list[int]:
    """Where a report's parts begin on the flattened line ``text[a:b]``, whose labels begin at ``labels``."""
    return (value_ends(text, a, b, labels) + title_before(text, a, labels) + lettered(text, a, b) +
            [p for m in _RECOMMENDS.finditer(text, a, b) for p in (m.start(), m.end())] + invited(text, a, b) +
            meeting_report_of(text, a, b))


# a report's header with no labels, run onto one line: "... Police and Crime Panel Meeting Friday 3rd February 2017
# Report of the Police and Crime Commissioner Proposed Precept and Budget 2017/18 This report sets out ..."
_MEETING_REPORT = re.compile(
    r"(?P<to>(?:(?:[A-Z][a-z'’&-]+|and|of|the|for|&)[ ]){0,7}(?:Panel|Committee|Board|Authority|Council))[ ]+Meeting[ ]+"
    r"(?:held[ ]+on[ ]+)?(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]+)?\d{1,2}(?:st|nd|rd|th)?[ ]+"
    r"[A-Z][a-z]{2,8},?[ ]+(?:19|20)\d\d)[ ]+(?P<of>(?:Joint[ ]+)?Report[ ]+(?:of|by|from)[ ]+(?:the[ ]+)?)")
# the office a report comes from ends at its last word: a body or a post
_FROM_END = re.compile(r"(?:[A-Z][a-z'’&-]+[ ]+(?:(?:and|of|the|for|&)[ ]+)?){0,5}?(?:Commissioner|Constable|Treasurer|Officer|"
                       r"Executive|Clerk|Director|Secretary|Authority|Panel|Committee|Board|Council)(?=[ ])")
# the title ends where the report's first sentence or section begins
_TITLE_END = re.compile(r"[ ](?=(?:This|The|These|It|In|As|My|Our)[ ][a-z]|(?:Executive[ ]Summary|Summary|Purpose|Background|"
                        r"Introduction)\b|\d{1,2}\.[ ]?[A-Z])")


def meeting_report_of(text: str, a: int, b: int) -> list[int]:
    """Where such a header's parts begin: the meeting's name, its date, "Report of", the title, the first sentence."""
    out: list[int] = []
    for m in _MEETING_REPORT.finditer(text, a, b):
        office = _FROM_END.match(text, m.end())
        if not office:
            continue
        end = _TITLE_END.search(text, office.end() + 1, min(b, office.end() + 200))
        title = text[office.end():end.start() if end else office.end()].split()
        if not end or not 2 <= len(title) <= 20:
            continue
        out += [m.start("to"), m.start("date"), m.start("of"), office.end() + 1, end.end()]
    return out


@lru_cache(maxsize=2)
def report_labels(fields: tuple[str, ...]) -> re.Pattern[str]:
    """The report header's labels of ``fields``, each with a capital and a colon, after a space or a line break:
    ("to", "from", "subject") those whose value is a short phrase ("By: Treasurer The report sets out ..."), ("number",
    "to", "from") those that open a header ("Report: 7", "Meeting:", "Report of:")."""
    phrases = sorted({p for f in fields for p in vocab.phrases("report", f)}, key=len, reverse=True)
    alts = "|".join(vocab.capitalised(p) + r"[ \t]*:" for p in phrases)
    return re.compile(rf"(?<=[ \n])(?:{alts})")


_HEADER_VALUES = ("to", "from", "subject")
HEADER_START = ("number", "to", "from")
_TITLE_BEFORE = 120
_TITLE_START = re.compile(r"(?<=[\w)])[.!?][ ](?=[A-Z0-9])")


def title_before(text: str, a: int, points: list[int]) -> list[int]:
    """Where a report's title printed just before its header starts, on a flattened line ("... for further information.
    2005/06 revenue budget Report: 7 Date: ..."): after the last sentence's full stop within ``_TITLE_BEFORE``
    characters of the header's first label, the title two words or more with no full stop in it."""
    first = next((p for p in sorted(points) if report_labels(HEADER_START).match(text, p)), None)
    if first is None:
        return []
    ends = list(_TITLE_START.finditer(text, max(a, first - _TITLE_BEFORE), first))
    if not ends:
        return []
    title = text[ends[-1].end():first].split()
    return [ends[-1].end()] if 2 <= len(title) <= 15 else []


# a sentence opening after a short value: "By: Treasurer The report sets out ...", "By: Clerk The Committee is invited"
# (a capitalised word after "The" only where a verb follows it)
_VALUE_END = re.compile(r"(?<=[A-Za-z0-9)’'])[ ](?=(?:The|This|These|There|It|In|Following|As)[ ]"
                        r"(?:[a-z]|[A-Z][a-z]+[ ](?:is|are|was|were|has|have)\b))")
_VALUE_REACH = 150
# ... or where the report's first section's heading follows it ("By: Commissioner Summary This report ...")
_SECTION_AFTER = re.compile(r"(?<=[A-Za-z0-9)’'])[ ](?=(?:Summary|Executive[ ][Ss]ummary|Purpose|Background|"
                            r"Introduction)[ ]+[A-Z])")


def value_ends(text: str, a: int, b: int, points: list[int]) -> list[int]:
    """Where a report header's short value ends on a flattened line: the first sentence opening within
    ``_VALUE_REACH`` of its label, before the next label."""
    out: list[int] = []
    starts = sorted(points)
    for m in report_labels(_HEADER_VALUES).finditer(text, a, b):
        if m.start() not in starts:
            continue
        nxt = next((p for p in starts if p > m.start()), b)
        section = _SECTION_AFTER.search(text, m.end(), min(nxt, m.end() + _VALUE_REACH, b))
        if section:
            out.append(section.end())
            continue
        for end in _VALUE_END.finditer(text, m.end(), min(nxt, m.end() + _VALUE_REACH, b)):
            before = text[:end.start()].rsplit(" ", 1)[-1]
            after = text[end.end():end.end() + 40].split(" ")[1]
            if after[:1].islower() or before[:1].isupper():  # (not "Meeting of The Full Authority")
                out.append(end.end())
                break
    return out


def invited(text: str, a: int, b: int) -> list[int]:
    """Where each item of a list run on after "... invited to:" begins: numbered 1, 2, 3 ... or each after a dash, the
    first straight after the colon, each next within ``_LIST_REACH`` of the last."""
    out: list[int] = []
    for m in _INVITED.finditer(text, a, b):
        items: list[int] = []
        dashed = None
        for item in _LIST_ITEM.finditer(text, m.end() - 1, b):
            if item.start() - (items[-1] if items else m.end()) > _LIST_REACH or not items and item.start() != m.end():
                break
            dash = item.group("n") is None
            dashed = dash if dashed is None else dashed
            if dash == dashed and (dash or int(item.group("n")) == len(items) + 1):
                items.append(item.start())
        out += items
    return out


# a recommendations heading with no colon, its first recommendation on the same line ("A. Recommendation That members
# note ...", "Recommendations Members are asked to ..."): the recommendation starts a line
_RECOMMENDS = re.compile(r"(?<=[ ])(?:[A-H]\.[ ])?(?:Recommendations?|RECOMMENDATIONS?)(?:\(s\))?[ ]"
                         r"(?=That[ ]|Members[ ]|The[ ][A-Z][a-z]+[ ]is[ ])")
# ... and its list run on after the words that introduce it ("The Committee is invited to: 1. validate ... 2. approve
# ...", "Members are asked to: - Note ... - Approve ..."): each item, numbered from 1 or after a dash, starts a line
_INVITED = re.compile(r"\b(?:invited|asked|recommended|requested)[ ]to:[ ]")
_LIST_ITEM = re.compile(r"(?<=[ ])(?:(?P<n>\d{1,2})[.)]|[-–•])[ ](?=[A-Za-z])")
_LIST_REACH = 600  # the longest item of such a list
# a report's lettered sections run onto one line ("... A. Recommendation Members are asked to ... B. Supporting
# information 1. The ..."): each letter, counting up from A, starts a line
_LETTER = re.compile(r"(?<=[ ])(?P<l>[A-H])\.[ ](?=[A-Z][a-z])")


def lettered(text: str, a: int, b: int) -> list[int]:
    """Where the letters of a run A., B. (C. ...) stand in ``text[a:b]``, two or more counting up from A."""
    run: list[int] = []
    for m in _LETTER.finditer(text, a, b):
        if ord(m.group("l")) - ord("A") == len(run):
            run.append(m.start())
    return run if len(run) >= 2 else []
