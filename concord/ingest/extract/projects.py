"""Collaboration projects and workstreams in update reports.

Two layouts of the genre:
- a heading naming the project, then labelled lines (``Lead force:``,
  ``Status:``/``RAG status:``, ``SRO:``) and prose about phases and savings;
- numbered paragraphs ``4.1 Name: progress ...`` (a workstream per paragraph).

From the text about each: the lead force, the status (only when labelled or
stated as a RAG rating), phases ("the design phase runs from A to B", "go live
in B"), and savings ("£0.6m predicted in 2020/21; £0.8m has been delivered")."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import MONEY, Ctx, money, smart_title
from concord.ingest.extract.forcenames import forces_in
from concord.ingest.textutil import squash

_SEP = r"(?:[ \t]*:[ \t]*|\t+[ \t]*|[ \t]{2,})"
_LABEL = re.compile(rf"(?im)^[ \t•*>\-|]*(?P<label>lead\s+force|host\s+force|lead\s+organisation|lead|"
                    rf"(?:overall\s+)?(?:rag\s+)?status|rag(?:\s+rating)?|delivery\s+confidence|"
                    rf"senior\s+responsible\s+owner|sro|project\s+(?:manager|lead)|go[- ]live(?:\s+date)?)"
                    rf"{_SEP}(?P<value>\S[^\n]{{0,120}}?)[ \t|]*$")
_INLINE = re.compile(r"(?m)^[ \t>*\-•]*(?P<num>\d{1,2}\.\d{1,2}\.?[ \t]+)?(?P<name>[A-Z][\w&/,'()\- ]{1,70}?)[ \t]*:"
                     r"[ \t]+(?P<body>[A-Z\w(‘'\"][^\n]{20,})")
_NOT_NAME = re.compile(r"(?i)^(?:to|from|date|tel|email|subject|decision|note|action|contact|background|purpose|"
                       r"recommendations?|resolved|source|papers?|aim|objective|outcome|lead|status|rag|sro|"
                       r"title|author|venue|time|location|present|apologies)\b")
_HEADING_NUM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-Z]\.\s+)")
_NEXT_SECTION = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.0)?\.?[ \t]+[A-Z][^\n]{0,80}$")
_RAG = re.compile(r"(?i)\b(green|amber\s*/\s*green|amber\s*/\s*red|amber|red)\b")
_RAG_STATED = re.compile(r"(?i)\b(?:rag\s+(?:status|rating)|rated|status)\s+(?:is\s+|of\s+|remains\s+|as\s+)?"
                         r"(?P<rag>green|amber\s*/\s*green|amber\s*/\s*red|amber|red)\b")
_PHASE = re.compile(r"(?P<name>(?:\b[A-Za-z][\w\-]*\s){0,3})phase\b(?:\s+(?P<num>\d{1,2}|[IV]{1,3})\b)?", re.I)
_PHASE_SKIP = {"the", "this", "that", "each", "a", "an", "first", "next", "current", "of", "and", "in", "for", "to",
               "at", "end", "start", "from", "during", "its", "new", "which", "by", "on", "with", "before", "after",
               "commencement", "implementation"}
_RANGE = re.compile(r"(?i)\b(?:from|between)\b")
_END_CUE = re.compile(r"(?i)\b(?:end\w*|complet\w*|conclud\w*|finish\w*|clos\w*|go(?:es)?[- ]live|due)\b[^.;]{0,30}$")
_START_CUE = re.compile(r"(?i)(?<!before\s)\b(?:start\w*|begin\w*|began|commenc\w*|launch\w*)\b[^.;]{0,30}$")
_PERIOD = re.compile(r"\b(?:FY\s?)?(?:20)?\d\d/\d\d(?:\s+to\s+(?:20)?\d\d/\d\d)?\b")
_PLAN = re.compile(r"(?i)predict|expect|estimat|target|forecast|plann|anticipat|originally|projected|budgeted")
_DONE = re.compile(r"(?i)deliver|achiev|realis|\bmade\b|\bsaved\b|already|actual")


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    out = _blocks(ctx)
    names = {r["name"].lower() for r in out}
    out += [r for r in _inline(ctx) if r["name"].lower() not in names]
    return out


def _record(ctx: Ctx, name: str, body: str, a: int, b: int, labels: dict[str, str]) -> dict[str, Any]:
    lead = None
    for key in ("lead force", "host force", "lead organisation", "lead"):
        if labels.get(key):
            f = forces_in(labels[key])
            lead = f[0][0] if f else None
            break
    rec: dict[str, Any] = {"name": name, "lead": lead or _lead(body), "status": _status(body, labels),
                           "phases": _phases(body, name), "savings": _savings(body), "source": ctx.source}
    sro = labels.get("senior responsible owner") or labels.get("sro")
    if sro:
        rec["sro"] = squash(sro)
    rec["summary"] = squash(body)[:400]
    rec["confidence"] = 0.8 if labels else 0.6
    rec["_provenance"] = ctx.provenance(None, a, b)
    return rec


def _blocks(ctx: Ctx) -> list[dict[str, Any]]:
    """A heading, then labelled lines: one project per heading."""
    text, a, b = ctx.text, ctx.part.start, ctx.part.end
    groups: list[tuple[int, dict[str, str], int]] = []  # (first label line start, labels, last label end)
    for m in _LABEL.finditer(text, a, b):
        label = re.sub(r"\s+", " ", m.group("label").lower())
        label = "status" if "status" in label or label.startswith("rag") or label == "delivery confidence" else label
        if groups and text[groups[-1][2]:m.start()].strip() == "" and label not in groups[-1][1]:
            groups[-1][1][label] = m.group("value")
            groups[-1] = (groups[-1][0], groups[-1][1], m.end())
        else:
            groups.append((m.start(), {label: m.group("value")}, m.end()))
    heads = []
    for start, labels, end in groups:
        if not ({"lead force", "host force", "lead", "status", "lead organisation"} & set(labels)):
            continue
        name, name_start = _heading_above(text, start, a)
        if name:
            heads.append((name_start, name, labels, end))
    out = []
    for k, (hs, name, labels, end) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else b
        nxt = _NEXT_SECTION.search(text, end, stop)
        stop = nxt.start() if nxt else min(stop, end + 3000)
        out.append(_record(ctx, name, text[end:stop], hs, stop, labels))
    return out


def _heading_above(text: str, pos: int, floor: int) -> tuple[str | None, int]:
    """The nearest non-empty line above ``pos`` when it reads as a heading."""
    p = text.rfind("\n", floor, pos)
    while p > floor:
        q = text.rfind("\n", floor, p) + 1
        line = text[q:p].strip(" \t\f|*")
        if line:
            line = squash(_HEADING_NUM.sub("", line))
            if 2 <= len(line) <= 90 and not line.endswith((".", ",", ";", ":")) and line[:1].isupper() \
                    and not _NOT_NAME.match(line):
                return smart_title(line), q
            return None, q
        p = q - 1
    return None, pos


def _inline(ctx: Ctx) -> list[dict[str, Any]]:
    """Numbered paragraphs that open with a workstream's name and a colon."""
    cands = [m for m in _INLINE.finditer(ctx.text, ctx.part.start, ctx.part.end)
             if not _NOT_NAME.match(m.group("name")) and len(m.group("name").split()) <= 8
             and not (m.group("name").isupper() and " " in m.group("name").strip())
             and not re.search(r"\b(?:19|20)\d\d\b", m.group("name"))]
    found = []
    last_numbered = None
    for m in cands:
        if m.group("num"):
            last_numbered = m.start()
        elif last_numbered is None or m.start() - last_numbered > 3000:
            continue  # an unnumbered "Label: text" only between numbered workstream paragraphs
        found.append(m)
    names = [squash(m.group("name")).lower() for m in found]
    found = [m for m, n in zip(found, names) if names.count(n) <= 2]  # a label repeated down the page is no name
    if len(found) < 2:
        return []
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else min(ctx.part.end, m.end() + 3000)
        para_end = ctx.text.find("\n\n", m.end(), end)
        nxt = _NEXT_SECTION.search(ctx.text, m.end(), end)
        stop = para_end if para_end > 0 else end
        if nxt and k + 1 == len(found):
            stop = min(stop, nxt.start())
        out.append(_record(ctx, squash(m.group("name")), ctx.text[m.start("body"):stop], m.start(), stop, {}))
    return out


def _lead(text: str) -> str | None:
    m = re.search(r"(?i)\b(?:led\s+by|lead\s+force\s*(?:is|:)?|hosted\s+by|host\s+force\s*(?:is|:)?)\s+"
                  r"(?P<w>[^.;]{0,60})", text)
    if m:
        f = forces_in(m.group("w"))
        if f:
            return f[0][0]
    return None


def _rag(value: str) -> str | None:
    m = _RAG.search(value)
    if not m:
        return None
    return "/".join(w.capitalize() for w in re.split(r"\s*/\s*", m.group(1)))


def _status(text: str, labels: dict[str, str]) -> str | None:
    if labels.get("status"):
        return _rag(labels["status"]) or squash(labels["status"])
    m = _RAG_STATED.search(text)
    return _rag(m.group("rag")) if m else None


def _phase_name(m: re.Match[str]) -> str | None:
    words = m.group("name").split()
    while words and words[0].lower() in _PHASE_SKIP:
        words = words[1:]
    if any(w.lower() in _PHASE_SKIP for w in words):
        words = words[max(i for i, w in enumerate(words) if w.lower() in _PHASE_SKIP) + 1:]
    if m.group("num"):
        return " ".join(words + ["Phase", m.group("num")]) if words else f"Phase {m.group('num')}"
    if not words:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _phases(body: str, project: str = "") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in re.split(r"(?<=[.;])\s+", body):
        for m in _PHASE.finditer(s):
            name = _phase_name(m)
            if not name or any(p["name"].lower() == name.lower() for p in out) or \
                    name.lower() in project.lower():  # "X Phase 2" is the project, not a phase of it
                continue
            rest = s[m.end():]
            dates = [d for d in find_dates(rest)]
            start = end = None
            if len(dates) >= 2 and _RANGE.search(rest[:dates[0].start]):
                start, end = dates[0].value, dates[1].value
            elif dates and _END_CUE.search(rest[:dates[0].start]):
                end = dates[0].value
            elif dates and _START_CUE.search(rest[:dates[0].start]):
                start = dates[0].value
            elif len(find_dates(s)) == 1:
                before = s[:m.start()].lower()
                d = find_dates(s)[0].value
                if re.search(r"\bend\s+of\s+(?:the\s+)?$", before):
                    end = d
                elif re.search(r"(?<!before )\b(?:start|commencement|beginning)\s+of\s+(?:the\s+)?$", before):
                    start = d
            out.append({"name": name, "start": start, "end": end})
    return out


def _savings(text: str) -> list[dict[str, Any]]:
    out = []
    for sent in re.split(r"(?<=[.])\s+", text):
        if not re.search(r"(?i)saving", sent):
            continue
        amounts = [m for m in MONEY.finditer(sent) if money(m) > 0]
        if not amounts:
            continue
        period = _PERIOD.search(sent)
        predicted = actual = None
        for i, m in enumerate(amounts):
            lo = amounts[i - 1].end() if i else 0
            hi = amounts[i + 1].start() if i + 1 < len(amounts) else len(sent)
            after = re.split(r"[;,]", sent[m.end():hi], maxsplit=1)[0]
            before = sent[lo:m.start()]
            kind = None
            for window in (after, before):
                plan, done = list(_PLAN.finditer(window)), list(_DONE.finditer(window))
                if plan or done:
                    last = max(plan + done, key=lambda x: x.start() if window is before else -x.start())
                    kind = "plan" if last in plan else "done"
                    break
            if kind == "done" and actual is None:
                actual = money(m)
            elif kind != "done" and predicted is None:
                predicted = money(m)
        if period:
            label = period.group(0)
        elif actual is not None and re.search(r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:delivered|achieved|realised|"
                                              r"saved|made)|\bto\s+date\b", sent):
            label = "to date"
        else:
            label = ""
        out.append({"period": label, "predicted_gbp": predicted, "actual_gbp": actual})
    return out
