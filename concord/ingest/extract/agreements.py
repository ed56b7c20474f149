"""Collaboration agreements (section 22A) described in reports and decision records."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import MONEY, Ctx, money, sentences
from concord.ingest.extract.forcenames import forces_in

_AGREEMENT = re.compile(r"(?i)\bagreement\b|\bs\.?\s?22a?\b|section\s+22a?\b|\bconsortium\b")
_NAME_CUT = re.compile(r"(?i)^.*?(?:agreement|s\.?\s?22a?|section\s+22a?)\b(?:\s+under\s+the\s+police\s+act\s+1996"
                       r"(?:\s+\(as\s+amended\))?)?\s*(?:[-:–]|for|to|in\s+respect\s+of|with)?\s*(?:the\s+)?")
_PARTY_CUE = re.compile(r"(?i)parties|corporations?\s+sole|between|\bjoin|members?\b|signator|partners|"
                        r"chief\s+constables?\s+(?:and|of)|police\s+and\s+crime\s+commissioners?\s+(?:and|of|for)|"
                        r"collaborat")
_LEAD = re.compile(r"(?i)\(?\b(?:lead|host)\s+force\)?|\bled\s+by\b|\bhosted\s+by\b")
_START = re.compile(r"(?i)(?:come\s+into\s+(?:force|effect)|commenc\w*|effective|with\s+effect|came\s+into\s+"
                    r"(?:formal\s+)?operation|start\w*|in\s+force)\s+(?:on|from)?")
_END = re.compile(r"(?i)(?:continue|extended|remain\s+in\s+force|run|expire|terminate|end)\w*\b[^.]{0,80}?\b(?:until|on|to)\b")
_REVIEW = re.compile(r"(?i)\breview(?:ed)?\b[^.]{0,40}?\b(?:at|by|on|in|before|date)\b")
_BUDGET = re.compile(r"(?i)budget[^.]{0,80}?(?P<m>£\s?\d[\d,.]*\s?(?:million|m|k|bn)?)\s+(?:per\s+annum|a\s+year|"
                     r"each\s+year|annually|p\.?a\.?)")
_NOTICE = re.compile(r"(?i)(?P<n>\d{1,2}|one|two|three|six|nine|twelve|eighteen|twenty[- ]four)\s+months['’]?"
                     r"\s+(?:prior\s+)?(?:written\s+)?notice|notice\s+(?:period\s+)?of\s+(?:at\s+least\s+)?"
                     r"(?P<n2>\d{1,2}|one|two|three|six|nine|twelve)\s+months")
_WORDS = {"one": 1, "two": 2, "three": 3, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18,
          "twenty-four": 24, "twenty four": 24}
BASES = [
    (re.compile(r"(?i)net\s+revenue\s+expenditure|\bNRE\b"), "net revenue expenditure share"),
    (re.compile(r"(?i)invoic\w+[^.]{0,80}(?:actual|usage|vehicles?\s+on\s+fleet)|usage[- ]based|pay[- ]as[- ]you[- ]use"),
     "usage-based recharge"),
    (re.compile(r"(?i)equal\s+(?:shares?|split|proportions?)|shared\s+equally|split\s+equally"), "equal shares"),
    (re.compile(r"(?i)funding\s+formula|police\s+(?:allocation|grant)\s+formula"), "funding formula share"),
    (re.compile(r"(?i)\bpopulation\b[^.]{0,40}(?:share|basis|proportion)"), "population share"),
]


def agreement_name(title: str) -> str:
    name = _NAME_CUT.sub("", title).strip(" .-–")
    return name or title


def extract(ctx: Ctx, title: str, span: tuple[int, int] | None = None, force: bool = False) -> dict[str, Any] | None:
    """One agreement from a part whose title names an agreement (or any part, with ``force``)."""
    if not title or not (force or _AGREEMENT.search(title)):
        return None
    a, b = span or (ctx.part.start, ctx.part.end)
    text = ctx.text[a:b]
    parties: list[str] = []
    for s, e in sentences(text):
        sent = text[s:e]
        if _PARTY_CUE.search(sent):
            for fid, _, _ in forces_in(sent):
                if fid not in parties:
                    parties.append(fid)
    rec: dict[str, Any] = {
        "title": title, "parties": parties, "lead": _lead(text),
        "start_date": _date_after(text, _START), "review_date": _date_after(text, _REVIEW),
        "end_date": _date_after(text, _END), "annual_budget_gbp": None, "cost_basis": None,
        "notice_period_months": None, "source": ctx.source,
    }
    m = _BUDGET.search(text)
    if m:
        mm = MONEY.search(m.group("m"))
        rec["annual_budget_gbp"] = money(mm) if mm else None
    for rx, basis in BASES:
        if rx.search(text):
            rec["cost_basis"] = basis
            break
    m = _NOTICE.search(text)
    if m:
        n = (m.group("n") or m.group("n2")).lower()
        rec["notice_period_months"] = int(n) if n.isdigit() else _WORDS.get(n)
    rec["name"] = agreement_name(title)
    filled = sum(1 for k in ("parties", "start_date", "end_date", "review_date", "annual_budget_gbp") if rec[k])
    rec["confidence"] = round(0.5 + 0.08 * filled, 2)
    rec["_provenance"] = ctx.provenance(None, a, b)
    return rec


def _lead(text: str) -> str | None:
    for m in _LEAD.finditer(text):
        window = text[max(0, m.start() - 60):m.end() + 40]
        near = forces_in(window)
        if near:
            # the force nearest the cue
            cue = m.start() - max(0, m.start() - 60)
            return min(near, key=lambda f: abs(f[1] - cue))[0]
    return None


def _date_after(text: str, rx: re.Pattern[str]) -> str | None:
    ms = list(rx.finditer(text))
    ms.sort(key=lambda m: "extend" not in m.group(0).lower())  # an extension states the current term
    for m in ms:
        window = text[m.end():m.end() + 60]
        hits = find_dates(window)
        if hits and hits[0].start < 25:
            return hits[0].value
    return None


def merge(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per agreement: those naming the same scheme are merged, the first wins a field."""
    out: list[dict[str, Any]] = []
    for rec in records:
        for have in out:
            if fuzz.token_set_ratio(have["name"].lower(), rec["name"].lower()) >= 85 and \
                    have["source"] == rec["source"]:
                for k, v in rec.items():
                    if k == "parties":
                        have[k] += [p for p in v if p not in have[k]]
                    elif have.get(k) in (None, "", []) and v not in (None, "", []):
                        have[k] = v
                if len(rec["title"]) < len(have["title"]) and _AGREEMENT.search(rec["title"]):
                    have["title"] = rec["title"]
                have.setdefault("_merged", []).append(rec["_provenance"])
                break
        else:
            out.append(rec)
    return out
