"""Collaboration projects and workstreams: ``4.1 Name: progress ...`` paragraphs
in update reports, with phases and savings where the text states them."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import MONEY, Ctx, money
from concord.ingest.extract.forcenames import forces_in
from concord.ingest.textutil import squash

_STREAM = re.compile(r"(?m)^[ \t>*-]*(?:\d{1,2}\.\d{1,2}\.?[ \t]+)?(?P<name>[A-Z][\w&/,'()\- ]{2,70}?)[ \t]*:[ \t]+"
                     r"(?P<body>[A-Z\w(][^\n]{20,})")
_PHASE = re.compile(r"(?P<name>(?:[A-Z][a-z]+\s){0,3}Phase(?:\s(?:\d|[IV]{1,3}))?|Phase\s\d)")
_PERIOD = re.compile(r"\b(?:FY\s?)?(?:20)?\d\d/\d\d(?:\s+to\s+(?:20)?\d\d/\d\d)?\b")
_STATUS = [("in progress", r"\b(?:underway|in\s+progress|progressing|ongoing|continu\w+|being\s+\w+ed)\b"),
           ("complete", r"\b(?:completed?|delivered|went\s+live|in\s+place|concluded)\b"),
           ("planned", r"\b(?:planned|will\s+be|proposed|expected|hoped)\b")]
_RAG = re.compile(r"\b(Green|Amber/Green|Amber|Amber/Red|Red)\b")
_NOT_NAME = re.compile(r"(?i)^(?:to|from|date|tel|email|subject|decision|note|action|contact|background|"
                       r"purpose|recommendation|resolved|source|papers?)\b")


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    found = [m for m in _STREAM.finditer(ctx.text, ctx.part.start, ctx.part.end)
             if not _NOT_NAME.match(m.group("name")) and len(m.group("name").split()) <= 8
             and not (m.group("name").isupper() and " " in m.group("name").strip())
             and not re.search(r"\b(?:19|20)\d\d\b", m.group("name"))]
    if len(found) < 2:
        return []
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else min(ctx.part.end, m.end() + 3000)
        para_end = ctx.text.find("\n\n", m.end(), end)
        body = ctx.text[m.start("body"):para_end if para_end > 0 else end]
        name = squash(m.group("name"))
        phases: list[dict[str, Any]] = []
        pm = re.search(r"\s+(Phase\s+(?:\d|[IV]{1,3}))$", name)
        if pm:
            phases.append({"name": pm.group(1), "start": None, "end": None})
            name = name[:pm.start()].strip()
        for ph in _PHASE.finditer(body):
            pname = squash(ph.group("name"))
            if pname not in [p["name"] for p in phases]:
                window = body[ph.end():ph.end() + 120]
                d = find_dates(window)
                phases.append({"name": pname, "start": d[0].value if d and re.search(
                    r"(?i)from|start|commenc|implement", window[:d[0].start]) else None, "end": None})
        rec: dict[str, Any] = {"name": name, "lead": _lead(body), "status": _status(body), "phases": phases,
                               "savings": _savings(body), "source": ctx.source}
        rec["summary"] = squash(body)[:400]
        rec["confidence"] = 0.6
        rec["_provenance"] = ctx.provenance({"name": (m.start("name"), m.end("name"))}, m.start(), m.end())
        out.append(rec)
    return out


def _lead(text: str) -> str | None:
    m = re.search(r"(?i)\b(?:led\s+by|lead\s+force\s*(?:is|:)?|hosted\s+by)\s+(?P<w>[^.;]{0,60})", text)
    if m:
        f = forces_in(m.group("w"))
        if f:
            return f[0][0]
    return None


def _status(text: str) -> str | None:
    rag = _RAG.search(text)
    if rag:
        return rag.group(1)
    for status, rx in _STATUS:
        if re.search(rx, text, re.I):
            return status
    return None


def _savings(text: str) -> list[dict[str, Any]]:
    out = []
    for sent in re.split(r"(?<=[.;])\s+", text):
        if not re.search(r"(?i)saving", sent):
            continue
        amounts = list(MONEY.finditer(sent))
        if not amounts:
            continue
        period = _PERIOD.search(sent)
        predicted = actual = None
        for m in amounts:
            before = sent[max(0, m.start() - 40):m.start()].lower()
            after = sent[m.end():m.end() + 40].lower()
            plan = r"predict|expect|estimat|target|forecast|plan|anticipat|originally"
            done = r"deliver|achiev|realis|made|saved|already"
            if re.search(plan, after[:25]):
                predicted = predicted if predicted is not None else money(m)
            elif re.search(done, before) and not re.search(plan, before):
                actual = actual if actual is not None else money(m)
            elif re.search(plan, before + " " + after):
                predicted = predicted if predicted is not None else money(m)
            elif re.search(done, after):
                actual = actual if actual is not None else money(m)
        if predicted is None and actual is None:
            predicted = money(amounts[0])
        out.append({"period": period.group(0) if period else "", "predicted_gbp": predicted, "actual_gbp": actual})
    return out
