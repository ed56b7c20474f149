"""Collaboration agreements a transparency page names in prose, and the wording such pages share.

A page about collaboration often says what was agreed in a sentence rather than a list: "On the 26th of
March 2014 the Group approved a Memorandum of Understanding ...", "A Collaboration Service General Agreement
has been signed by all Police & Crime Commissioners and Chief Constables of the North West Joint Committee",
"The agreement to form the alliance was made in June 2011 by the two force Chief Constables". Each such
sentence, with a verb of making or ending (data/agreements.toml), records the agreement it names: the date
it was made, or the date it ended, and the forces it names, the region it names, or "the two forces" the
page names together. Sentences naming the same agreement make one record.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import Ctx
from concord.ingest.textutil import squash


@lru_cache(maxsize=1)
def wording() -> dict[str, Any]:
    text = resources.files("concord.ingest").joinpath("data/agreements.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def start_cue() -> re.Pattern[str]:
    """Words before the date an entry began ("launched in April 2012")."""
    return re.compile(rf"(?i)\b(?:{_alts(wording()['start']['cues'])})\b")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(wording()["headings"]["generic"])


def section_heading(line: str, places: list[tuple[int, int]]) -> bool:
    """A heading that heads a section, not an entry: only generic words and place names, or the name of a
    meeting or its papers ("Policing Board for Wales")."""
    low = line.lower().strip(" .:")
    if re.search(rf"\b(?:{_alts(wording()['headings']['meeting'])})\b", low) or \
            re.search(rf"\b(?:{_alts(wording()['headings']['not_last'])})$", low):
        return True
    kept = "".join(ch if not any(a <= i < b for a, b in places) else " " for i, ch in enumerate(line))
    words = re.findall(r"[a-z][\w'’-]*", kept.lower())
    return all(w in _generic() for w in words)


# "... with Avon and Somerset Constabulary acting as the lead force", "..., hosted by Kent Police": who leads
# an entry, printed after its title
LEAD_TAIL = re.compile(r"(?i),?\s+with\s+[^,;]{0,60}?\bacting\s+as\s+(?:the\s+)?(?:lead|host)\b.*$"
                       r"|,\s*[^,;]{0,60}?\bacting\s+as\s+(?:the\s+)?(?:lead|host)\b.*$|[\s,]+(?:led|hosted)\s+by\s+.*$")
_LEAD = re.compile(r"(?i)\b(?P<f>[A-Z][\w&' -]{2,50}?)\s+(?:acting\s+as|as)\s+(?:the\s+)?(?:lead|host)\s+force\b"
                   r"|\b(?:led|hosted)\s+by\s+(?P<g>[A-Z][\w&' -]{2,50})"
                   r"|\b(?:lead|host)\s+force\s*(?:is|:|-|–)\s*(?P<h>[A-Z][\w&' -]{2,50})")


def lead(ctx: Ctx, text: str) -> str | None:
    """The force an entry names as its lead ("with South Yorkshire Police acting as the Lead Force")."""
    for m in _LEAD.finditer(text):
        found = ctx.forces.find(m.group("f") or m.group("g") or m.group("h"))
        if found:
            return found[-1][0] if m.group("f") else found[0][0]
    return None


def ended_title(title: str) -> bool:
    """An entry titled "Termination of agreement in relation to X": its date is the date the agreement ended."""
    rx = re.compile(rf"(?i)^\s*(?:{_alts(wording()['entries']['ended'])})\b")
    return bool(rx.match(title))


def made_on(text: str) -> str | None:
    """The date a sentence says the agreement was made: a verb of making, a few words, then "on" or "in" and
    the date ("signed this agreement on 12 June 2016", "entered into the agreement in April 2015")."""
    verbs = _alts(wording()["start"]["verbs"])
    rx = re.compile(rf"(?i)\b(?:{verbs})\b[^.]{{0,40}}?\b(?:on|in|from|with\s+effect\s+from)\s+$")
    for d in find_dates(text):
        if rx.search(text[max(0, d.start - 60):d.start]):
            return d.value
    return None


def review_and_end(text: str) -> tuple[str | None, str | None]:
    """The review date and the end date an entry's text gives ("will be reviewed in April 2019", "runs until
    31 March 2021", "expires on 31 March 2020")."""
    found: dict[str, str | None] = {"review": None, "end": None}
    for key in found:
        cues = _alts(wording()["terms"][key])
        rx = re.compile(rf"(?i)\b(?:{cues})\b[^.]{{0,40}}?\b(?:on|in|by|until|to|at|date|of)?\s*[:–-]?\s*$")
        for d in find_dates(text):
            if rx.search(text[max(0, d.start - 60):d.start]):
                found[key] = d.value
                break
    return found["review"], found["end"]


_NAME = re.compile(
    # "X and Y entered into an agreement on 1 April 2014 to provide a joint protective services command": the
    # agreement is named by what it is for
    r"\b(?i:entered\s+into\s+(?:a|an)\s+(?:(?:section\s+22a|s\.?\s?22a)\s+)?(?:collaboration\s+)?agreement)\b[^.]{0,80}?"
    r"\b(?i:to\s+(?:provide|establish|create|deliver|set\s+up)|for|in\s+respect\s+of|relating\s+to)\s+"
    r"(?i:(?:a|an|the)\s+)?(?P<purpose>[^.,;()]{3,80}?)(?=\s*(?:[.,;(]|$))"
    r"|"
    r"\b(?i:a|an|the)\s+(?P<name>(?:[A-Z][\w&'’-]*\s+){1,6}Agreement)\b"
    r"|(?P<mou>\bMemorandum\s+of\s*(?:Understanding(?:\s*\((?:MOU|MoU)\))?|\((?:MOU|MoU)\)))"
    r"|\b(?i:the)\s+agreement\s+to\s+(?:form|create|establish)\s+the\s+(?P<formed>[a-z][a-z ]{2,30}?)\b"
    r"(?=\s+(?:was|were|had|has))"
    r"|\bthe\s+(?P<kind>[a-z][a-z ]{2,30}?)\s+agreement\b")
_SENT = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*\n))+(?:[.!?]|$)")  # a sentence may wrap, not cross a blank line
_COUNT = re.compile(r"(?i)\b(?:(?:the\s+)?(?P<n>two|three|four|five|six|seven)\s+forces?\b|\bboth\s+forces\b)")
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _name(m: re.Match[str]) -> str | None:
    if m.group("purpose"):
        return squash(m.group("purpose"))
    if m.group("name"):
        return squash(m.group("name"))
    if m.group("mou"):
        return "Memorandum of Understanding"
    kind = squash(m.group("formed") or m.group("kind") or "").lower()
    if kind in {k.lower() for k in wording()["prose"]["kinds"]}:
        return f"{kind[:1].upper()}{kind[1:]} agreement"
    return None


def sentences(ctx: Ctx, page_forces: list[str], region_of: Any) -> list[dict[str, Any]]:
    """One record per agreement named in a sentence that says it was made or ended."""
    a, b = ctx.part.start, ctx.part.end
    body = ctx.text[a:b]
    if len(re.findall(r"(?i)\bagreements?\b|\bmemorandum\s+of\b|\bcollaborat", body)) < 2:
        return []
    made = re.compile(rf"(?i)\b(?:{_alts(wording()['prose']['made'])})\b")
    ended = re.compile(rf"(?i)\b(?:{_alts(wording()['prose']['ended'])})\b")
    end_cue = re.compile(rf"(?i)\b(?:{_alts(wording()['prose']['end_cues'])})\s+$")
    out: dict[str, dict[str, Any]] = {}
    for s in _SENT.finditer(body):
        sent = " ".join(s.group(0).split())
        m = next((m for m in _NAME.finditer(sent) if _name(m)), None)
        if not m:
            continue
        end_m, made_m = ended.search(sent), made.search(sent)
        if not end_m and not made_m:
            continue
        title = _name(m) or ""
        dates = find_dates(sent)
        start = end = None
        if end_m:
            after = [d for d in dates if d.start > end_m.start() and end_cue.search(sent[:d.start])]
            end = after[0].value if after else None
        elif dates:
            start = dates[0].value
        parties = _parties(ctx, sent, page_forces, region_of)
        chief = lead(ctx, sent)
        pos = a + s.start()
        rec = out.get(title.lower())
        if rec is None:
            out[title.lower()] = {
                "title": title, "parties": parties, "lead": chief if chief in parties else None,
                "start_date": start, "review_date": None,
                "end_date": end, "annual_budget_gbp": None, "cost_basis": None, "notice_period_months": None,
                "source": ctx.source, "confidence": 0.55 if parties and (start or end) else 0.5,
                "_provenance": ctx.provenance({"title": (pos, pos + len(s.group(0)))}, pos, pos + len(s.group(0)))}
        else:
            rec["parties"] = sorted(set(rec["parties"]) | set(parties))
            rec["start_date"] = rec["start_date"] or start
            rec["end_date"] = rec["end_date"] or end
    return list(out.values())


def _parties(ctx: Ctx, sent: str, page_forces: list[str], region_of: Any) -> list[str]:
    """The forces a sentence names; else the region it names (the page's own list of that region's members
    when the page prints one that holds them all); else "the two forces" the page names together."""
    named = sorted(dict.fromkeys(f for f, _, _ in ctx.forces.find(sent)))
    if named:
        return named
    region = region_of(sent)
    if region:
        return sorted(page_forces) if set(region) < set(page_forces) else region
    m = _COUNT.search(sent)
    if m and page_forces and (m.group("n") is None and len(page_forces) == 2
                              or _N.get((m.group("n") or "").lower()) == len(page_forces)):
        return sorted(page_forces)
    return []
