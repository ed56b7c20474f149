"""Actions recorded in minutes (``Action:`` blocks) and in action-log tables."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest import vocab
from concord.ingest.dates import add_months, find_dates
from concord.ingest.extract.action_columns import aligned_actions
from concord.ingest.document import Cell
from concord.ingest.readers.text import find_text_tables
from concord.ingest.extract.common import Ctx
from concord.ingest.ocrfix import repair_text
from concord.ingest.textutil import names_data
from concord.ingest.textutil import squash

# "Action:", "Action 21/03:", "ACTION POINT 2 –", "Action (CFO):": the label, the action's number or owner after it
_ACTION_HEAD = re.compile(r"(?im)(?:^[ \t>*•·▪-]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?|(?<=[.!?])[ \t]+(?=ACTIONS?\b))"
                          r"actions?(?:\s+agreed|\s+points?)?"
                          # the action's number: "21/03", "A12", "COG/A/011/2016"
                          r"(?:[ \t]+(?:no\.?[ \t]*)?(?:[A-Z]{0,4}\d{1,3}(?:[/.-]\d{1,4})?|(?=[A-Z/]*\d)[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6}){1,4}))?"
                          r"(?:[ \t]*\([^)\n]{1,40}\))?"
                          r"(?:[ \t]*:|[ \t]+(?P<dash>[-–])(?=[ \t]))[ \t]*(?P<rest>[^\n]*)$")
# after a dash, only "someone to do something" is an action ("Action 10 - Domestic Abuse" heads a log's entry)
_TO_DO = re.compile(r"^(?:\S+\s+){0,5}to\s+[a-z]")
_LINE = re.compile(r"[ \t]*(\S[^\n]*)")  # a line's words
_NO_ACTION = re.compile(r"(?i)^(?:none|nil|n/a|no(?:\s+(?:new|further|outstanding))?\s+actions?\b)[^\n]{0,40}$")
_ENTRY = re.compile(r"(?m)^[ \t>*-]*(?:\((?:[ivx]{1,5}|[a-z])\)|[•·]|[a-z]\)|\d{1,2}\))[ \t]*(?P<text>\S[^\n]*)$")
_END = re.compile(r"(?m)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z]|[A-Z][^\n]{0,60}:?[ \t]*$)")
# what an earlier action's progress is reported in, not a new action's words ("the CFO confirmed that ... had been
# circulated", "Completed", "Closed"); a new action says who will do what, or who is to
_PROGRESS = re.compile(r"(?i)\b(?:confirmed|reported|had\s+been|has\s+been|have\s+been|was\s+(?:completed|closed|done)|"
                       r"completed|closed|discharged|remains?\s+open|ongoing|in\s+progress)\b")
_WILL = re.compile(r"(?i)\b(?:will|would|should|must|agreed\s+to|asked\s+to|to\s+(?:be\s+)?[a-z]+ed\b)")
_NUMWORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12,
            "eighteen": 18, "a": 1}
_RELATIVE = re.compile(r"(?i)\bin\s+(?:(?P<n>\d{1,2})|(?P<w>one|two|three|four|five|six|nine|twelve|eighteen|a))"
                       r"\s+(?P<unit>months?|years?)(?:['’]s?)?(?:\s+time)?")


def due_from(text: str, meeting_date: str, next_meeting: str | None = None) -> tuple[str | None, str | None]:
    """(due date, basis): an explicit date, 'in six months' time', or 'next meeting'."""
    for d in find_dates(text):
        if len(d.value) == 10 and d.value >= meeting_date:
            return d.value, "stated"
    m = _RELATIVE.search(text)
    if m:
        n = int(m.group("n")) if m.group("n") else _NUMWORD[m.group("w").lower()]
        months = n * 12 if m.group("unit").lower().startswith("year") else n
        return add_months(meeting_date, months)[:7], "relative"  # "in six months' time" is a month, not a day
    if next_meeting and re.search(r"(?i)\bnext\s+(?:meeting|board)\b", text):
        return next_meeting, "next meeting"
    return None, None


def extract(ctx: Ctx, meeting: dict[str, Any], items: list[tuple[str, str, int]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    date = meeting["date"]
    for head in _ACTION_HEAD.finditer(ctx.text, ctx.part.start, ctx.part.end):
        if head.group("dash") and not _TO_DO.match(head.group("rest")):
            continue
        item = _item_at(items, head.start())
        entries = []
        pos = head.end()
        # "• ACTION: SN to review …" among bullets: the bullets after it are its siblings, not its entries
        # "ACTION : CC Staff Officer to liaise with ..." whole on its line: the bullets after it are the minutes' next
        # paragraphs, not its entries (unless its line ends in a colon over them)
        rest = head.group("rest").strip()
        sibling = bool(rest) and (bool(re.match(r"[ \t]*[•·▪]", ctx.text[head.start():head.end()])) or
                                  bool(_TO_DO.match(rest)) and not rest.endswith(":"))
        while not sibling:
            m = _ENTRY.match(ctx.text, _skip_blank(ctx.text, pos, ctx.part.end))
            if not m or m.start() >= ctx.part.end:
                break
            entries.append((m.group("text"), m.start("text"), m.end()))
            pos = m.end()
        if not entries and head.group("rest").strip():
            entries.append((head.group("rest"), head.start("rest"), head.end()))
        elif not entries:  # "ACTION:" over "CC Staff Officer to liaise with ...": the action on the line under it
            under = _LINE.match(ctx.text, _skip_blank(ctx.text, pos, ctx.part.end))
            if under and under.start(1) < ctx.part.end and _TO_DO.match(under.group(1)):
                entries.append((under.group(1), under.start(1), under.end(1)))
        for text, a, b in entries:
            text = repair_text(squash(text).strip("*_ "))
            if len(text) < 4 or _NO_ACTION.match(text) or _PROGRESS.search(text) and not _TO_DO.match(text) and \
                    not _WILL.search(text):
                continue  # "Actions: None."; "Action 4/22: the CFO confirmed that the strategy had been circulated"
            due, basis = due_from(text, date, meeting.get("next_meeting"))
            rec: dict[str, Any] = {"meeting_date": date, "item": item[0] if item else "",
                                   "text": text, "due": due, "source": ctx.source}
            if item:
                rec["item_title"] = item[1]
            if basis:
                rec["due_basis"] = basis
            rec["confidence"] = 0.85 if item else 0.6
            rec["_provenance"] = ctx.provenance({"text": (a, b)}, a, b)
            out.append(rec)
    labelled = {r["text"] for r in out}
    # (an undertaking in an action's own line, "ACTION 7/22: the CE will write ...", is that action, not a second one)
    found = out + [r for r in _undertakings(ctx, meeting, items) if not any(r["text"].endswith(t) for t in labelled)]
    labelled = {r["text"] for r in found}
    found += [r for r in _by_initials(ctx, meeting, items) if r["text"] not in labelled]
    labelled = {r["text"] for r in found}
    aligned = [r for r in aligned_actions(ctx, date, lambda pos: _item_at(items, pos)) if r["text"] not in labelled]
    return found + aligned + _from_tables(ctx, date)


# "EE to circulate the revised budget by 30 November 2016": an action note that opens with the initials of someone at
# the meeting, then what they are to do
_INITIALS_TO = re.compile(r"(?m)^[ \t]*(?P<ini>[A-Z]{2,4})[ \t]+to[ \t]+(?P<verb>[a-z]{3,})\b[^\n]*"
                          # "Action SN send formal note to SM ...": the word Action, the initials, what they are to do
                          r"|^[ \t]*Actions?[ \t]+(?=[A-Z]{2,4}[ \t]+(?:to[ \t]+)?[a-z]{3,}\b)"
                          r"(?P<body>(?P<ini2>[A-Z]{2,4})[ \t]+(?:to[ \t]+)?(?P<verb2>[a-z]{3,})\b[^\n]*)")


def _by_initials(ctx: Ctx, meeting: dict[str, Any], items: list[tuple[str, str, int]]) -> list[dict[str, Any]]:
    people = meeting["members"] + meeting["in_attendance"] + meeting["apologies"]
    known = {"".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", n) if w[0].isupper()) for n in people}
    out: list[dict[str, Any]] = []
    for m in _INITIALS_TO.finditer(ctx.text, ctx.part.start, ctx.part.end):
        ini, verb = m.group("ini") or m.group("ini2"), m.group("verb") or m.group("verb2")
        if ini not in known or verb in ("be", "the", "and", "was", "were", "has", "had", "is"):
            continue  # only the initials of someone the minutes list, so that "CC to ..." is no guess
        item = _item_at(items, m.start())
        text = repair_text(squash(m.group("body") or m.group(0)))
        due, basis = due_from(text, meeting["date"], meeting.get("next_meeting"))
        rec: dict[str, Any] = {"meeting_date": meeting["date"], "item": item[0] if item else "", "text": text,
                               "due": due, "source": ctx.source, "confidence": 0.6 if item else 0.5}
        if item:
            rec["item_title"] = item[1]
        if basis:
            rec["due_basis"] = basis
        rec["_provenance"] = ctx.provenance({"text": (m.start(), m.end())}, m.start(), m.end())
        out.append(rec)
    return out


def _undertaking_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = vocab.data()["action"]
    verbs = vocab.alternation(words["undertaking"])
    passive = vocab.alternation(words["passive"])
    agreed = vocab.alternation(words["agreed"])  # "Mr X agreed to write to ...", "undertook to report back"
    will = re.compile(rf"(?i)(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?:will\s+(?:(?:{verbs})\b|be\s+(?:{passive})\b)|"
                      rf"(?:{agreed})\s+to\s+(?:{verbs})\b)")
    honorifics = "|".join(re.escape(w) for w in sorted(names_data()["honorifics"], key=len, reverse=True))
    who = re.compile(rf"(?i)\b(?:{vocab.alternation(words['holders'])})\b|"
                     rf"\b(?-i:(?i:{honorifics})\.?\s+[A-Z][\w'’-]+)")
    return will, re.compile(rf"(?i)^\W*(?:{vocab.alternation(words['not'])})\b"), who


_WILL, _NOT_ACTION, _WHO = _undertaking_rx()
_SENTENCE = re.compile(r"[A-Z][^\n]*?(?:[.!?](?=\s|$)|$)", re.M)


def _undertakings(ctx: Ctx, meeting: dict[str, Any], items: list[tuple[str, str, int]]) -> list[dict[str, Any]]:
    """Undertakings reported as sentences under a numbered item ("Mr X will check the figures ...")."""
    out: list[dict[str, Any]] = []
    if not items:
        return out
    people = [n for n in meeting["members"] + meeting["in_attendance"] if len(n.split()) >= 2]
    for a, body in _paragraphs(ctx, items):
        item = _item_at(items, a)
        if item is None:
            continue
        lines = body.split("\n")
        while len(lines) > 1 and len(lines[0].strip()) < 120 and not lines[0].rstrip().endswith((".", ",", ";")) \
                and lines[1].strip()[:1].isupper():
            lines = lines[1:]  # the item's heading over its first paragraph
        text = squash(" ".join(lines))
        if len(text) < 40 or not text.endswith("."):
            continue  # a heading, a list line: no sentence
        for s in _SENTENCE.finditer(text):
            sent = s.group(0).strip()
            will = _WILL.search(sent)
            if not will or _NOT_ACTION.search(sent) or len(sent) > 400 or not (
                    _WHO.search(sent, 0, will.start()) or any(n in sent[:will.start()] for n in people)):
                continue  # an undertaking names who gives it (a team's progress "will report back" does not): a title
                # and a name, an office, or someone the minutes list as there
            due, basis = due_from(sent, meeting["date"], meeting.get("next_meeting"))
            rec: dict[str, Any] = {"meeting_date": meeting["date"], "item": item[0], "text": repair_text(sent),
                                   "due": due if basis == "stated" else None, "source": ctx.source,
                                   "item_title": item[1], "confidence": 0.5}
            rec["_provenance"] = ctx.provenance({"text": (a, a + len(body))}, a, a + len(body))
            out.append(rec)
    return out


def _paragraphs(ctx: Ctx, items: list[tuple[str, str, int]]) -> list[tuple[int, str]]:
    """The part's paragraphs (offset, text), each cut again where an item's heading starts inside it: minutes
    printed without blank lines between their items."""
    out: list[tuple[int, str]] = []
    starts = sorted(p for _, _, p in items)
    for para in re.finditer(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*", ctx.text[ctx.part.start:ctx.part.end]):
        a = ctx.part.start + para.start()
        b = a + len(para.group(0))
        cuts = [a] + [p for p in starts if a < p < b] + [b]
        out += [(x, ctx.text[x:y]) for x, y in zip(cuts, cuts[1:]) if ctx.text[x:y].strip()]
    return out


def _skip_blank(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\n":
        pos += 1
    return text.rfind("\n", 0, pos) + 1


def _item_at(items: list[tuple[str, str, int]], pos: int) -> tuple[str, str, int] | None:
    best = None
    for it in items:
        if it[2] <= pos:
            best = it
    return best


def _rows_joined(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows whose first cell is empty joined, cell by cell, to the row above (a PDF's wrapped cells)."""
    out: list[list[Cell]] = []
    for row in rows:
        if out and not row[0].text.strip() and any(c.text.strip() for c in row):
            width = max(len(out[-1]), len(row))
            texts = [" ".join(r[k].text for r in (out[-1], row) if k < len(r)) for k in range(width)]
            out[-1] = [Cell(squash(t), row[0].page) for t in texts]
        else:
            out.append(row)
    return out


def _from_tables(ctx: Ctx, date: str) -> list[dict[str, Any]]:
    """Action logs: a table whose header names an action and an owner."""
    out: list[dict[str, Any]] = []
    first_page, last_page = ctx.doc.locate(ctx.part.start).page, ctx.doc.locate(max(ctx.part.end - 1, 0)).page
    found = [t for t in ctx.doc.tables if first_page <= t.page <= last_page and len(t.rows) >= 2 and (
        t.offset is None or ctx.part.start <= ctx.doc.page_offset(t.page) + t.offset < ctx.part.end)]
    if not found and ctx.doc.media_type == "application/pdf":
        # a PDF's reader keeps only the tables it sees drawn or of figures; an action log of words, its cells set in
        # columns (tabs in the page's text), is read from the part's text
        found = [t for t in find_text_tables(ctx.text[ctx.part.start:ctx.part.end], first_page)
                 if t.method == "tabs" and len(t.rows) >= 2]
        for t in found:  # (a row's cells wrapped within their columns: the lines under it, its first cell empty)
            t.rows = _rows_joined(t.rows)
    for t in found:
        header = [c.text.lower() for c in t.rows[0]]
        col = {k: next((i for i, h in enumerate(header) if re.search(rx, h)), None) for k, rx in (
            ("text", r"^action|description|^action\s+required"), ("owner", r"owner|lead|responsible|by\s+whom|who"),
            ("due", r"due|deadline|by\s+when|target\s+date|date"), ("status", r"status|update|progress|rag"),
            ("item", r"^(?:item|ref|no\.?|minute)"))}
        text_col = col["text"]
        # a log names each action's owner; a minutes table ("Minute | Item | Discussion | Action") its actions' column
        minutes_table = text_col is not None and col["item"] is not None and \
            bool(re.fullmatch(r"actions?(?:\s+(?:agreed|required|arising))?", header[text_col].strip()))
        if text_col is None or col["owner"] is None and not minutes_table:
            continue
        for row in t.rows[1:]:
            cells = [c.text for c in row]
            text = cells[text_col] if text_col < len(cells) else ""
            if not text or _NO_ACTION.match(text) or re.fullmatch(r"(?i)[\s\-–—]*(?:n/?a|noted|none|nil)?[\s.]*", text):
                continue

            def get(k: str, cells: list[str] = cells) -> str | None:
                i = col[k]
                return cells[i] if i is not None and i < len(cells) else None
            due = get("due")
            hits = find_dates(due or "")
            rec = {"meeting_date": date, "item": get("item") or "", "text": text,
                   "due": hits[0].value if hits else None, "source": ctx.source,
                   "owner": get("owner"), "status": get("status"), "confidence": 0.8,
                   "_provenance": {"file": ctx.source, "page": t.page}}
            if col["due"] is None:  # no Due column: the date the action's own words give ("... by 30 April 2023")
                rec["due"], basis = due_from(text, date)
                if basis:
                    rec["due_basis"] = basis
            out.append(rec)
    return out
