"""Collaboration agreements (section 22A) described in reports and decision records."""

from __future__ import annotations

import bisect
import re
from typing import Any

from rapidfuzz import fuzz

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import MONEY, Ctx, money, sentences
from concord.ingest.extract.forcenames import forces_in

_AGREEMENT = re.compile(r"(?i)\bagreement\b|\bs\.?\s?22a?\b|section\s+22a?\b|\bconsortium\b")
HEADING_WORD = re.compile(r"(?i)\bagreement\b")
_NAME_CUT = re.compile(r"(?i)^.*?\b(?:(?:section|sec\.?|s\.?)\s?22\s?a?\s+)?(?:collaboration\s+)?agreements?\b"
                       r"(?:\s+under\s+(?:section\s+22a\s+of\s+)?the\s+police\s+act\s+1996(?:\s+\(as\s+amended\))?)?"
                       r"\s*(?:[-:–]|\bfor\b|\bto\b|\bin\s+(?:respect|relation)\s+(?:of|to)\b|\brelating\s+to\b|\bwith\b)?\s*(?:the\s+)?(?:amended\s+)?")
_NAME_TAIL = re.compile(r"(?i)\s+(?:between|made\s+by|signed\s+by)\b.*$|[\s.]+$")
_PARTY_CUE = re.compile(r"(?i)parties|corporations?\s+sole|between|\bjoin|members?\b|signator|partners|"
                        r"chief\s+constables?\s+(?:and|of)|police\s+and\s+crime\s+commissioners?\s+(?:and|of|for)|"
                        r"collaborat")
_LEAD = re.compile(r"(?i)\(?\b(?:lead|host)\s+force\)?|\bled\s+by\b|\bhosted\s+by\b")
_START = re.compile(r"(?i)(?:come\s+into\s+(?:force|effect)|commenc\w*|effective|with\s+effect|start\w*|in\s+force|"
                    r"\bjoin(?:s|ing)?\b[^.]{0,40}?\bfrom)\s+(?:on|from)?")
_END = re.compile(r"(?i)(?:continue|extended|remain\s+in\s+force|run|expire|terminate|end)\w*\b[^.]{0,80}?\b(?:until|on|to)\b")
_REVIEW = re.compile(r"(?i)\breview(?:ed)?\b[^.]{0,40}?\b(?:at|by|on|in|before|date)\b")
_AMOUNT = r"£\s?\d[\d,.]*\s?(?:million|m|k|bn)?"
_BUDGET = re.compile(rf"(?i)(?:annual|yearly|revenue)\s+(?:budget|cost|contribution)s?\b[^.£]{{0,80}}?(?P<m>{_AMOUNT})|"
                     rf"budget[^.]{{0,80}}?(?P<m2>{_AMOUNT})\s+(?:per\s+annum|a\s+year|each\s+year|per\s+year|annually|"
                     r"p\.?a\.?)")
_NOTICE = re.compile(r"(?i)(?P<n>\d{1,2}|one|two|three|six|nine|twelve|eighteen|twenty[- ]four)\s+months['’]?"
                     r"\s+(?:prior\s+)?(?:written\s+)?notice|notice\s+(?:period\s+)?of\s+(?:at\s+least\s+)?"
                     r"(?P<n2>\d{1,2}|one|two|three|six|nine|twelve)\s+months")
_WORDS = {"one": 1, "two": 2, "three": 3, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18,
          "twenty-four": 24, "twenty four": 24}
BASES = [
    (re.compile(r"(?i)net\s+revenue\s+expenditure|\bNRE\b"), "net revenue expenditure share"),
    (re.compile(r"(?i)(?:invoic|recharg|charg|bill)\w*[^.]{0,80}(?:actual|usage|\buses?\b|used|in\s+arrears|"
                r"vehicles?\s+on\s+fleet|per\s+(?:vehicle|case|unit|job))|usage[- ]based|pay[- ]as[- ]you[- ]use|"
                r"according\s+to\s+(?:its|their)\s+use"), "usage-based recharge"),
    (re.compile(r"(?i)(?:host|lead)\s+force\s+(?:will|shall)\s+(?:meet|bear|fund|cover)|"
                r"(?:met|funded|borne|covered)\s+(?:in\s+full\s+)?by\s+the\s+(?:host|lead)\s+force|"
                r"(?:meet|bear)\s+the\s+(?:full\s+)?costs?[^.]{0,60}\bas\s+(?:the\s+)?host"), "host funded"),
    (re.compile(r"(?i)equal\s+(?:shares?|split|proportions?)|shared\s+equally|split\s+equally"), "equal shares"),
    (re.compile(r"(?i)funding\s+formula|police\s+(?:allocation|grant)\s+formula"), "funding formula share"),
    (re.compile(r"(?i)\bpopulation\b[^.]{0,40}(?:share|basis|proportion)"), "population share"),
]


def agreement_name(title: str) -> str:
    """The scheme an agreement is for: "Section 22A Agreement for X" names X; "X Collaboration Agreement" is a name."""
    name = title
    for _ in range(2):
        cut = _NAME_CUT.sub("", name).strip(" .-–")
        if not cut or cut == name:
            break
        name = cut
    return _NAME_TAIL.sub("", name).strip(" .-–") or title


def extract(ctx: Ctx, title: str, span: tuple[int, int] | None = None, force: bool = False,
            party_text: str | None = None) -> dict[str, Any] | None:
    """One agreement from a part whose title names an agreement (or any part, with ``force``); the parties
    from ``party_text`` when given (a decision record names them in its subject and decision)."""
    if not title or not (force or _AGREEMENT.search(title)):
        return None
    a, b = span or (ctx.part.start, ctx.part.end)
    text = ctx.text[a:b]
    parties = _parties(ctx, text if party_text is None else party_text)
    rec: dict[str, Any] = {
        "title": title, "parties": parties, "lead": _lead(ctx, text),
        "start_date": _date_after(text, _START), "review_date": _date_after(text, _REVIEW, latest=True),
        "end_date": _date_after(text, _END), "annual_budget_gbp": None, "cost_basis": None,
        "notice_period_months": None, "source": ctx.source,
    }
    m = _BUDGET.search(text)
    if m:
        mm = MONEY.search(m.group("m") or m.group("m2"))
        rec["annual_budget_gbp"] = money(mm) if mm else None
    for rx, basis in BASES:
        if rx.search(text):
            rec["cost_basis"] = basis
            break
    m = _NOTICE.search(text)
    if m:
        n = (m.group("n") or m.group("n2")).lower()
        rec["notice_period_months"] = int(n) if n.isdigit() else _WORDS.get(n)
    if rec["lead"] and rec["lead"] not in parties:
        parties.append(rec["lead"])  # the lead (host) force is a party to what it leads
    rec["name"] = agreement_name(title)
    ext = _date_after(text, _EXTEND)
    if ext:
        rec["_extends_to"] = ext
    filled = sum(1 for k in ("parties", "start_date", "end_date", "review_date", "annual_budget_gbp") if rec[k])
    rec["confidence"] = round(0.5 + 0.08 * filled, 2)
    rec["_provenance"] = ctx.provenance(None, a, b)
    return rec


def _parties(ctx: Ctx, text: str) -> list[str]:
    """The forces named in sentences that speak of parties (one pass over the text for each)."""
    parties: list[str] = []
    bounds = sentences(text)
    cued = {bisect.bisect_right([s for s, _ in bounds], m.start()) - 1 for m in _PARTY_CUE.finditer(text)}
    starts = [s for s, _ in bounds]
    for fid, fs, _ in ctx.forces.find(text):
        if bisect.bisect_right(starts, fs) - 1 in cued and fid not in parties:
            parties.append(fid)
    return parties


_EXTEND = re.compile(r"(?i)\b(?:extended|renewed)\b[^.]{0,60}?\b(?:until|to)\b")
_SIGNED = re.compile(r"(?i)\b(?:a|an|the)\s+(?:section\s+22a|s\.?\s?22a|sec\s?22a)\s+(?:collaboration\s+)?agreement\s+"
                     r"(?:for|in\s+respect\s+of|covering)\s+(?:the\s+)?(?P<x>[^.;]{3,80}?)\s+(?:was|were|has\s+been|have\s+been)"
                     r"\s+(?:signed|approved|agreed|entered\s+into)\b")


def mentioned(ctx: Ctx) -> list[dict[str, Any]]:
    """An agreement a report says was signed ("A Section 22A agreement for X was signed in ..."), named as the
    paper names X in full elsewhere, between the forces X names."""
    out = []
    for m in _SIGNED.finditer(ctx.text, ctx.part.start, ctx.part.end):
        name = _full_name(ctx.text, m.group("x").strip())
        parties = list(dict.fromkeys(f for f, _, _ in ctx.forces.find(name)))
        out.append({"title": name, "parties": parties, "lead": None, "start_date": None, "review_date": None,
                    "end_date": None, "annual_budget_gbp": None, "cost_basis": None, "notice_period_months": None,
                    "source": ctx.source, "name": name, "confidence": 0.55,
                    "_provenance": ctx.provenance(None, m.start(), m.end())})
    return out


def _full_name(text: str, short: str) -> str:
    """A name as printed in full elsewhere in Title Case: "seven county programme" → "Seven County Joint
    Programme" when the paper prints that; else the words as given."""
    words = short.split()
    if not 2 <= len(words) <= 8:
        return short
    gap = r"\s+(?:[A-Z][\w&-]*\s+){0,2}"
    rx = re.compile(r"\b" + gap.join(re.escape(w) for w in words) + r"\b", re.I)
    for m in rx.finditer(text):
        found = " ".join(m.group(0).split())
        if all(w[:1].isupper() for w in found.split() if w.lower() not in ("and", "of", "the", "for")):
            return found
    return short


_LISTED = re.compile(r"(?i)\b(?:section\s+22a|s\.?\s?22a?|sec\s?22a)\s+(?:collaboration\s+)?agreements\b[^.:]{0,200}?:")
_ITEM = re.compile(r"(?m)^[ \t]*(?:[-•·*–]|\(?[a-z0-9]{1,2}\))[ \t]+(?P<item>[^\n]{3,100}?)[ \t;,.]*$")
_ABBR = re.compile(r"\s*\((?:[\"“'‘][^)]{1,20}[\"”'’]|[A-Z&]{2,10})\)")


def listed(ctx: Ctx) -> list[dict[str, Any]]:
    """Agreements listed in a report ("Section 22A agreements have been approved by ..., comprising:" and a
    list), each between the forces the paragraph before names."""
    out: list[dict[str, Any]] = []
    for m in _LISTED.finditer(ctx.text, ctx.part.start, ctx.part.end):
        pos, items = m.end(), []
        while True:
            it = _ITEM.match(ctx.text, ctx.text.find("\n", pos) + 1 if ctx.text[pos:pos + 1] != "\n" else pos + 1)
            if not it or it.start() >= ctx.part.end or it.start() - pos > 4:
                break
            items.append(it)
            pos = it.end()
        if len(items) < 2:
            continue
        before = ctx.text[max(ctx.part.start, m.start() - 1500):m.end()]
        parties: list[str] = []
        for para in reversed(re.split(r"\n\s*\n", before)):
            found = [f for f, _, _ in ctx.forces.find(para)]
            if len(set(found)) >= 2:
                parties = list(dict.fromkeys(found))
                break
        for it in items:
            title = _ABBR.sub("", it.group("item")).strip(" ;,.")
            out.append({"title": title, "parties": parties, "lead": None, "start_date": None, "review_date": None,
                        "end_date": None, "annual_budget_gbp": None, "cost_basis": None,
                        "notice_period_months": None, "source": ctx.source, "name": title, "confidence": 0.6,
                        "_provenance": ctx.provenance(None, it.start(), it.end())})
    return out


def _lead(ctx: Ctx, text: str) -> str | None:
    for m in _LEAD.finditer(text):
        window = text[max(0, m.start() - 60):m.end() + 40]
        near = forces_in(window)
        if near:
            # the force nearest the cue
            cue = m.start() - max(0, m.start() - 60)
            return min(near, key=lambda f: abs(f[1] - cue))[0]
    return None


def _date_after(text: str, rx: re.Pattern[str], latest: bool = False) -> str | None:
    """The date stated just after a cue: the first such, or with ``latest`` the latest (a review now due)."""
    found = []
    for m in rx.finditer(text):
        window = text[m.end():m.end() + 60]
        hits = find_dates(window)
        if hits and hits[0].start < 25:
            if not latest:
                return hits[0].value
            found.append(hits[0].value)
    return max(found) if found else None


def _conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two full statements of terms that disagree are two agreements (or two versions), not one."""
    if a.get("_weak") or b.get("_weak"):
        return False
    return any(a.get(k) and b.get(k) and a[k] != b[k] for k in ("start_date", "end_date", "annual_budget_gbp"))


def _version(base: dict[str, Any], rec: dict[str, Any], end: str) -> dict[str, Any]:
    """A later version of an agreement that extends its term: the same agreement, parties and all, to a new
    end date (a variation is a new version, s23C)."""
    return {"title": base["name"], "name": base["name"], "parties": list(base["parties"]), "lead": base.get("lead"),
            "start_date": None, "review_date": None, "end_date": end, "annual_budget_gbp": None,
            "cost_basis": None, "notice_period_months": None, "source": rec["source"], "version": "extension",
            "varies": base["name"], "confidence": 0.7, "_provenance": rec["_provenance"], "_version": True}


def _rank(rec: dict[str, Any], weak: bool) -> tuple[bool, bool, int]:
    """Which record names an agreement best: a decision's summary last, the agreement's own heading first,
    else the shorter name."""
    return weak, not rec.get("_own", False), len(rec["name"])


def merge(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per agreement: those naming the same scheme are merged, the first wins a field."""
    out: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    # the terms stated in a report or the agreement itself win over a decision's summary of them
    for rec in sorted(records, key=lambda r: bool(r.get("_weak"))):
        for have in out:
            if fuzz.token_set_ratio(have["name"].lower(), rec["name"].lower()) >= 85 and \
                    have["source"] == rec["source"] and not _conflict(have, rec):
                better = _rank(rec, rec.get("_weak", False)) < _rank(have, have.get("_title_weak", False))
                ext = rec.pop("_extends_to", None)
                if ext and have.get("end_date") and ext > have["end_date"]:
                    versions.append(_version(have, rec, ext))
                have["_weak"] = have.get("_weak", False) and rec.get("_weak", False)
                for k, v in rec.items():
                    if k in ("_weak", "_own"):
                        continue
                    if k == "parties":
                        have[k] += [p for p in v if p not in have[k]]
                    elif have.get(k) in (None, "", []) and v not in (None, "", []):
                        have[k] = v
                if better:
                    have["title"], have["name"], have["_title_weak"] = rec["title"], rec["name"], rec.get("_weak", False)
                    have["_own"] = rec.get("_own", False)
                have.setdefault("_merged", []).append(rec["_provenance"])
                break
        else:
            rec["_title_weak"] = rec.get("_weak", False)
            if rec.get("_extends_to"):
                rec["end_date"] = rec.pop("_extends_to")
            out.append(rec)
    out += versions
    for rec in out:
        rec.pop("_extends_to", None)
        rec.pop("_title_weak", None)
        rec.pop("_own", None)
        rec["title"] = rec["name"]  # "Section 22A agreement for X" is the agreement for X
    return out
