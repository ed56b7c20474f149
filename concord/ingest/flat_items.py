"""A flattened page's numbered items put back on lines of their own.

A document host that runs a paper onto one line keeps its item numbers: "... 1 Introduction by Chairman The Chairman
welcomed ... 2 Apologies It was agreed ... 3 Declarations of Interest There were none. 4 Minutes ...". A number
followed by a word is common in prose ("3 members of the public"), but numbers that count up one by one, each before a
word in capitals, are a paper's items: the longest such run (three or more) is where its lines began; so are minute
references that count up ("CSC 1/23", "CSC 2/23"). Each item's heading ends where its minute's first sentence opens
("The", "There", "It was" ... after a word of the heading; a "Minutes:" label, a bullet, a person with initials), and a
break goes there too. Each break replaces one space, so every offset stays where it was.

The extractor reads a page flattened whole a second time with these breaks (``extract.second_reading.items_put_back``) and keeps
that reading only when it finds the same meetings with items where the first found none (``items_added``).
"""

from __future__ import annotations

import re
from typing import Any

_MONTHS = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
# an item's number: after a space (not a figure's or a date's part), a point or not, then the heading's first word; or
# a minute's reference, its number and year ("CSC 3/23")
_MARK = re.compile(r"(?<= )(?:(?!ITEM|PAGE|MINUTE)[A-Z]{2,6}[ ]?(?=\d{1,3}/\d))?"  # (a minute's reference: "PCP 12/21")
                   r"(?P<n>\d{1,3})(?:/\d{2,4}|(?P<dot>\.?)) (?!" + _MONTHS + r"|(?:am|pm|hrs?|hours?|minutes|mins|per\s*cent|"
                   r"percent|years?|months?|weeks?|days?|members?|officers?|people|of|and|to|or|at|in|on)\b|"
                   r"(?i:official|not[ ]protectively|restricted|protect|confidential|secret)\b)"  # (a page's marking)
                   r"(?=(?P<cap>[A-Z(])?)(?(dot)(?=[A-Za-z(\d])|(?=[A-Za-z(]))")  # ("21. 2001/02 audit report")
# a word before a number that makes it a reference, not an item's own: "item 3", "paragraph 4", "page 2", "rule 14"
_REFERS = re.compile(r"(?i)\b(?:items?|para(?:graph)?s?|sections?|pages?|rules?|no|numbers?|articles?|minutes?|appendix|"
                     r"annex|regulations?|clauses?|chapters?|parts?|phase|stage|tier|level|option|schedule|figure|"
                     r"table|step|point|version|v|recommendations?|priority|priorities|of|and|to|the|£|\$)\s*$")
_LEAST = 3  # numbers counting up one by one, at least this many
# where a heading ends and its minute's first sentence opens: a word that opens sentences, after a word of the heading
# (not after "of", "and", ...), with a word in lower case after it ("The Chairman welcomed", "It was", "There were")
_OPENER = re.compile(r" (?=(?:The|There|It|This|These|Those|A|An|No|We|He|She|They|Members|Councillor|Cllr|Mr|Mrs|Ms|"
                     r"Dr|To|Following|Apologies|Resolved|RESOLVED|One|Two|Three|Four|Five|Six|Several|All)\b[ ,]+(?:[A-Z][\w'’.-]*[ ,]+){0,6}[a-z])")
# ... or where the minute's own label follows it ("558. Minutes Silence Minutes: As a mark of respect ...")
_SECTION = re.compile(r" (?=(?:Minutes|Decisions?|Resolved|Resolutions?|Summary|Discussion|Outcomes?|Actions?|Notes?|"
                      r"Purpose|Recommendations?)\s*:)")
# ... or where a bullet opens the minute, or its first person named with their initials ("Welcome Ann Able (AA) ...")
_BULLET_OR_PERSON = re.compile(r" (?=[•●▪] |[A-Z][a-z'’-]+ (?:[A-Z][a-z'’-]+ )?[A-Z][a-z'’-]+ \([A-Z]{2,4}\))")
_JOINER = re.compile(r"(?i)(?:^|\s)(?:of|the|and|for|to|in|on|by|with|at|from|or|a|an|&|[-–])$")
_SUB = re.compile(r" (?=\d{1,3}\.\d{1,2} )")  # "1.1 The meeting was opened": the minute's first paragraph
_HEADING_WORDS = 16
# a timed agenda's time (or times) printed before an item's number
_TIME_BEFORE = re.compile(r"(?<= )\d{1,2}[:.]\d\d(?:[ ]?[ap]\.?m\.?)?(?:[ ]?[–-][ ]?\d{1,2}[:.]\d\d(?:[ ]?[ap]\.?m\.?)?)? $")


def _chain(line: str) -> list[re.Match[str]]:
    """The longest run of item numbers counting up one by one, in order along the line: of the runs as long, one whose
    numbers are all printed alike (each with its point or none with one), then the shortest."""
    every = list(_MARK.finditer(line))
    marks = [m for m in every if not _REFERS.search(line, max(0, m.start() - 30), m.start() - 1)]
    runs = [_run([m for m in marks if bool(m.group("dot")) == dotted]) for dotted in (True, False)] + [_run(marks)]
    best = max(runs, key=lambda r: (len(r), len({bool(m.group("dot")) for m in r}) == 1,
                                    -(r[-1].end() - r[0].start()) if r else 0))
    if len(best) < _LEAST:
        return []
    # "Items No. Item 1. Apologies 2. Appointment ...": the run's first number after the word "Item" is its own
    before = [m for m in every if m.end() <= best[0].start() - 8 and int(m.group("n")) == int(best[0].group("n")) - 1]
    return before[-1:] + best


def _run(marks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The longest run of ``marks`` counting up one by one (the most with a capital after them where two are as
    long)."""
    best: list[tuple[int, int, int]] = []  # per mark: (length, capitals, previous index)
    for i, m in enumerate(marks):
        n, cap = int(m.group("n")), 1 if m.group("cap") else 0
        score = (1, cap, -1)
        for j in range(i):
            if int(marks[j].group("n")) == n - 1 and m.start() - marks[j].end() >= 8:
                cand = (best[j][0] + 1, best[j][1] + cap, j)
                if cand[:2] > score[:2]:
                    score = cand
        best.append(score)
    if not best:
        return []
    k = max(range(len(best)), key=lambda i: best[i][:2])
    out = []
    while k >= 0:
        out.append(marks[k])
        k = best[k][2]
    return out[::-1]


def _heading_end(line: str, start: int, stop: int) -> int | None:
    """Where the heading that opens at ``start`` ends: before its minute's first sentence, within a few words."""
    limit = start
    for _ in range(_HEADING_WORDS):
        nxt = line.find(" ", limit + 1, stop)
        if nxt < 0:
            limit = stop
            break
        limit = nxt
    window = line[start:limit]
    for m in sorted([*_SUB.finditer(window), *_SECTION.finditer(window), *_OPENER.finditer(window),
                     *_BULLET_OR_PERSON.finditer(window)],
                    key=lambda m: m.start()):
        head = window[:m.start()]
        if head.strip() and not _JOINER.search(head) and not head.rstrip().endswith(","):
            return start + m.start()
    return None


def heading_then_sentence(text: str) -> tuple[str, str] | None:
    """A heading run into the first sentence under it ("County Substance Misuse Contract For the Commissioner to agree
    financial support"): (heading, sentence), or None where no sentence opens within the heading's reach."""
    end = _heading_end(" " + text, 0, len(text) + 1)
    if end is None or end <= 1:
        return None
    head, rest = text[:end - 1].strip(), text[end:].strip()
    return (head, rest) if len(head.split()) >= 2 and len(rest.split()) >= 3 else None


def item_points(line: str) -> list[tuple[int, bool]]:
    """Where ``line``'s numbered items break it: (offset of the space replaced, whether it is the space after an item's
    number, which must not break), before each item and after each item's heading."""
    chain = _chain(line)
    out: list[tuple[int, bool]] = []
    times = [_TIME_BEFORE.search(line, max(0, m.start() - 30), m.start()) for m in chain]
    timed = sum(1 for t in times if t) >= 2  # a timed agenda: each item's time before its number (not one heading's)
    for k, m in enumerate(chain):
        time = times[k] if timed else None
        out.append(((time.start() if time else m.start()) - 1, True))  # ("10:25 – 10:30 2. Minutes": the time with it)
        out.append((m.end() - 1, False))  # ("2 Apologies": the number and its heading on one line)
        stop = chain[k + 1].start() - 1 if k + 1 < len(chain) else len(line)
        end = _heading_end(line, m.end(), stop)
        if end is not None:
            out.append((end, True))
    return out


def item_breaks(line: str) -> str:
    """``line`` with a break before each of its numbered items and after each item's heading."""
    chars = list(line)
    for at, breaks in item_points(line):
        chars[at] = "\n" if breaks else chars[at]
    return "".join(chars)


_LONG_LINE = re.compile(r"[^\n]{300,}")
_WHOLE = 0.6  # the share of a page's text on one line that makes it a page flattened whole


def flattened_whole(text: str) -> bool:
    """Whether one line holds most of the page (a page flattened whole, not a long paragraph or a host's preview)."""
    return max((len(m.group(0)) for m in _LONG_LINE.finditer(text)), default=0) >= _WHOLE * len(text)


def item_lines(printed: str, read: str) -> str:
    """``read`` (the text the extractors read of ``printed``, same offsets, its labels already on lines of their own)
    with each of ``printed``'s long lines' numbered items on a line of its own: a break before each item and after its
    heading, and none between an item's number and its heading ("2 Apologies")."""
    chars = list(read)
    for m in _LONG_LINE.finditer(printed):
        for at, breaks in item_points(m.group(0)):
            chars[m.start() + at] = "\n" if breaks else " "
    return "".join(chars)


def items_added(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> bool:
    """Whether the meetings of a second reading, with the items on lines of their own, are those of the first (their
    forum, date and members; the items the first found) with items where the first found none. (An item's heading on a
    line of its own also ends the list of people above it: who attended and who sent apologies are the second's.)
    Where the first found no meeting, the second's one meeting with its forum, date and items."""
    if not first:  # (no meeting read at first: one meeting, named, dated and with its items)
        return len(second) == 1 and all(second[0][k] for k in ("forum", "date", "items"))
    pairs = list(zip(first, second))
    return len(first) == len(second) and any(b["items"] and not a["items"] for a, b in pairs) and all(
        a[k] == b[k] for a, b in pairs for k in ("forum", "date", "members")) and \
        all(not a["items"] or a["items"] == b["items"] for a, b in pairs)
