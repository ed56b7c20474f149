"""A paper's genre from signals that hold across bodies' templates, when no record came out of it.

The extractors file records only when they find the fields a record needs (a decision's reference, a meeting's
date and forum, a report's header). A paper whose heading says what it is but whose fields are in a layout no
extractor reads is still that kind of paper: a reviewer filing it wants to know it is a decision notice, an
agenda or a report, with nothing filled in, rather than a document of no genre. The kind is given only when the
genre's heading cue is corroborated by the labels or layout of the same genre in the same part; otherwise the
paper stays ``other``. No record is ever made here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from concord.ingest import genre_model, vocab
from concord.ingest.dates import find_dates
from concord.ingest.decision_cues import DECIDED
from concord.ingest.extract.common import MONEY
from concord.ingest.extract.summons import earlier_minutes
from concord.ingest.split import Part

_DECISION = vocab.pattern("decision", names=("decision", "signature", "maker", "date", "confirm", "summary",
                                             "reference"), strict=True)
_REPORT = vocab.pattern("report", names=("recommendations", "purpose", "contact", "from", "to", "subject"), strict=True)
_MEETING = vocab.pattern("meeting", names=("date", "time", "venue", "members", "attendance", "apologies"), strict=True)
_NUMBERED = re.compile(r"(?m)^[ \t]*(?:item[ \t]+)?\d{1,3}(?:/\d{2,4})?\.?[ \t]+[A-Z][^\n]{2,}$")
_SELF_DECISION = re.compile(r"(?i)\b(?:this|the\s+present)\s+(?:decision\s+(?:notice|record|sheet|form)|record\s+of\s+"
                            r"(?:the\s+)?decision)\b")
_APPROVAL = re.compile(r"(?im)^[ \t]*I[ \t]+(?:hereby[ \t]+)?approve[ \t]+(?:the|this)\b")
_RECO = re.compile(r"(?im)^[ \t]*(?:[A-Z\d]{1,2}[.)][ \t]+)?recommendations?(?:\(s\))?\b")

# how many distinct labels of its genre a part must carry besides its heading
_NEEDED = {"decision_notice": 2, "report": 2, "agenda": 2, "minutes": 2}


def _labels(rx: vocab.LabelPattern, text: str) -> set[str]:
    return {f for m in rx.finditer(text) if (f := vocab.field_of(m)) != "_not"}


def signals(text: str, part: Part) -> set[str]:
    """The genre's own signals found in the part (label fields, and "numbered", "dated", "recommendation")."""
    body = text[part.start:part.end]
    if part.kind == "decision_notice":
        return _labels(_DECISION, body)
    if part.kind == "report":
        found = _labels(_REPORT, body)
        if _RECO.search(body):
            found.add("recommendations")
        return found
    if part.kind in ("agenda", "minutes"):
        found = _labels(_MEETING, body)
        if len(_NUMBERED.findall(body)) >= 2:
            found.add("numbered")
        if any(len(d.value) == 10 for d in find_dates(text[part.start:min(part.end, part.cue + 1500)])):
            found.add("dated")
        return found
    return set()


def corroborated(text: str, parts: Sequence[Part]) -> tuple[str, str] | None:
    """The one genre the paper's cued parts share, when its signals bear the cue out: (kind, why)."""
    cued = [p for p in parts if p.kind in _NEEDED]
    kinds = {p.kind for p in cued}
    if not cued and len(parts) == 1:
        return _uncued(text)
    if len(kinds) != 1:
        return None  # cues of several genres: nothing to say which the paper is
    kind = kinds.pop()
    best = max((signals(text, p) for p in cued), key=len)
    if kind in ("agenda", "minutes") and "dated" not in best:
        return None  # a meeting's paper names its date
    if len(best) < _NEEDED[kind]:
        return None
    return kind, ", ".join(sorted(best))


def _uncued(text: str) -> tuple[str, str] | None:
    """A paper with no heading of any genre: a decision record by its form (a Decision label, a signature or
    approval block, a date: what every body's decision form prints), a report by its Recommendation(s) heading
    with the labels of a report's header (Purpose, Contact officer, Report of, Subject)."""
    found = _labels(_DECISION, text)
    if "decision" in found and found & {"signature", "confirm", "maker"} and "date" in found:
        return "decision_notice", ", ".join(sorted(found))
    if _APPROVAL.search(text) and "signature" in found and found & {"summary", "decision", "reference"}:
        # "I hereby approve the above proposal" / "Signed: <name>" under an Executive Summary: an approval signed,
        # what every decision form ends with
        return "decision_notice", ", ".join(sorted(found | {"signed approval"}))
    if _SELF_DECISION.search(text) and found & {"summary", "decision", "maker", "reference"}:
        # "... must be approved by the PCC. These are included within this decision notice.": the paper names
        # its own genre, and carries a decision record's labels (an Executive Summary, a Decision)
        return "decision_notice", ", ".join(sorted(found | {"names itself a decision notice"}))
    stated = stated_and_dated(text)
    if len(stated) >= 2:
        # "The Police and Crime Commissioner approves grant funding to ..." / "Date: 2025-01-08 / PDF (251 KB)", entry
        # after entry: a page listing decisions, none with a reference
        return "decision_notice", f"{len(stated)} decisions stated by the office, each over its date"
    if _YEAR_DECISIONS.search(text) and _DECISION_COLUMN.search(text):
        # "2024 Decisions" over the column heads "Summary of Decision" / "Supporting Document": a page's table of
        # decisions, whose entries print no reference
        return "decision_notice", "a table of decisions under its year's heading"
    if _YEAR_DECISIONS.search(text) and _DECISIONS_TITLE.search(text, 0, 800):
        # a page headed "Decisions and approvals" whose section "Decisions since January 2021" lists them (as links
        # the page may not keep): the office's listing of decisions
        return "decision_notice", "a page of decisions with a dated section of decisions"
    found = _labels(_REPORT, text)
    if _RECO.search(text) and len(found - {"recommendations"}) >= 2 and found & {"purpose", "contact"}:
        return "report", ", ".join(sorted(found | {"recommendations"}))
    return None


# a listing's heading ("2024 Decisions", "Decisions 2019/20") and a decision table's column head alone on its line
_YEAR_DECISIONS = re.compile(r"(?im)^[ \t]*(?:(?:19|20)\d\d(?:[ \t]*[-/–][ \t]*\d{2,4})?[ \t]+(?:key[ \t]+)?decisions|"
                             r"(?:key[ \t]+)?decisions[ \t]+(?:19|20)\d\d(?:[ \t]*[-/–][ \t]*\d{2,4})?|"
                             # "Decisions since January 2021", "Decisions made from May 2016"
                             r"(?:key[ \t]+)?decisions[ \t]+(?:made[ \t]+|taken[ \t]+)?(?:since|from)[ \t]+"
                             r"(?:[a-z]{3,9}[ \t]+)?(?:19|20)\d\d)[ \t]*$")
# a page's own heading naming decisions ("Decisions", "Decisions and approvals", "Our decisions", "Key decisions"), not
# a policy's ("Decision making", "Decisions of significant public interest")
_DECISIONS_TITLE = re.compile(r"(?im)^[ \t]*(?:(?:our|key|recent|latest|published)[ \t]+)?decisions"
                              r"(?:[ \t]+(?:and|&)[ \t]+approvals)?[ \t]*$")
_DECISION_COLUMN = re.compile(r"(?im)^[ \t|]*(?:summary[ \t]+of[ \t]+(?:the[ \t]+)?decision|decision[ \t]+summary|"
                              r"date[ \t]+of[ \t]+decision|decision[ \t]+date)[ \t|]*$")


def stated_and_dated(text: str) -> list[int]:
    """Where a page lists decisions one a paragraph: each a line stating what the office decided ("The PCC supports
    ..."), the next line a short one giving its date ("Date: 2024-10-31 / PDF (242 KB)")."""
    out = []
    for m in DECIDED.finditer(text):
        line_start = text.rfind("\n", 0, m.start("s")) + 1
        if text[line_start:m.start("s")].strip():
            continue  # a sentence inside a paragraph, not an entry's first words
        nxt = re.match(r"[^\n]*\n[ \t]*(?P<d>[^\n]{6,60})[ \t]*(?:\n|$)", text[m.start("s"):])
        if nxt and find_dates(nxt.group("d")) and not DECIDED.match(nxt.group("d")):
            out.append(line_start)
    return out


def decisions_heading(text: str) -> str | None:
    """The heading over a page's first stated and dated decision ("Decisions taken by the PCC"), or over its year's
    table of decisions, when it names them."""
    stated = stated_and_dated(text)
    head = _YEAR_DECISIONS.search(text)
    first = stated[0] if stated else head.start() if head else None
    if first is None:
        return None
    lines = [ln.strip() for ln in text[:first].split("\n") if ln.strip()][-6:]
    for line in reversed(lines):  # above an entry the list's first words did not state as a decision, if need be
        if re.search(r"(?i)\bdecisions?\b", line) and len(line) <= 80 and not line.endswith(".") and \
                not find_dates(line):
            return line
    return None


# a heading naming a budget monitoring or outturn paper ("Revenue budget monitoring 2009/10", "Capital programme
# monitoring", "Financial performance report", "Provisional outturn 2015/16", "Finance Report – Month 6 2021/22",
# "Budget position at Quarter 2")
_BUDGET_HEADING = re.compile(r"(?im)^[^\n.]{0,60}\b(?:(?:budget|revenue|capital(?:\s+programme)?|financial)\s+"
                             r"(?:budget\s+)?(?:monitoring|outturn|performance)|(?:provisional\s+|forecast\s+)?outturn\s+"
                             r"(?:report|position|20\d\d)|(?:finance|financial|budget)\s+(?:report|update|position))"
                             r"\b[^\n.]{0,60}$")


def budget_heading(text: str) -> str | None:
    """The heading near the top that names a budget monitoring or outturn paper, as printed."""
    for m in _BUDGET_HEADING.finditer(text, 0, 800):
        # a table's column headings ("Budget  Outturn  Variance", "Budget Outturn Variance £000") are no heading
        if not re.search(r"\S(?:[ ]{2,}|\t)\S|(?i:\bvariance\b)|£", m.group(0)):
            return " ".join(m.group(0).split())
    return None


def budget_paper(text: str, tables: Sequence[dict]) -> tuple[str, str] | None:
    """A budget monitoring paper with no report header: a heading near the top that names it, and a table of
    figures read from it, or sentences below it that state four or more sums (a summary of the position with no
    table). A report, with no record made."""
    heading = budget_heading(text)
    if not heading:
        return None
    if any(len(t.get("rows") or []) >= 2 for t in tables):
        return "report", f"a budget monitoring heading («{heading[:60]}») over a table of figures"
    if sum(1 for _ in MONEY.finditer(text, 0, 4000)) >= 4:  # "£265.4m", "£1,980k", "£12,500"
        return "report", f"a budget monitoring heading («{heading[:60]}») over sentences stating sums"
    return None


def _said(guess: genre_model.Guess) -> str:
    return (f"its words ({', '.join(guess.words)}) are those of {guess.kind.replace('_', ' ')} papers "
            f"(a model of the words many bodies' papers use, p {guess.probability:.2f})")


def by_words(text: str) -> tuple[str, str, bool] | None:
    """A paper no signal of any genre marked: the kind its words say (``genre_model``), why, and whether the model
    is sure enough to name the paper's kind by it."""
    guess = genre_model.guess(text)
    if guess is None:
        return None
    return guess.kind, _said(guess), guess.probability >= genre_model.SURE


def one_of_pack(text: str, kinds: Sequence[str]) -> tuple[str, str] | None:
    """Parts of several kinds, which would make the paper a pack: a pack is an agenda with its papers, but minutes or a
    decision record with another paper beside it (parts of two kinds) is that record, when the paper's words surely say
    so. (kind, why)"""
    if len(set(kinds)) != 2:
        return None  # a record and papers of two other kinds beside it (a decision, its report, its agreement): a pack
    guess = genre_model.guess(text)
    # minutes first, a paper inside them: the words need only lean to minutes (a report's words pull the other way)
    sure = genre_model.LEANS if kinds and kinds[0] == "minutes" else genre_model.SURE
    if guess is None or guess.probability < sure or guess.kind not in ("minutes", "decision_notice") or \
            guess.kind not in kinds:
        return None
    return guess.kind, _said(guess)


def top_date(text: str, lines: int = 15) -> str | None:
    """The first full date among the paper's top lines (its source line aside), in the first 160 characters of each:
    a meeting paper's or a report's date, printed in or under its heading."""
    top = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().lower().startswith("source:")][:lines]
    for line in top:
        # a page flattened onto one line: its heading is its first words, the dates further on are its business's;
        # "To confirm the Minutes of the Meeting held on D": an earlier meeting's date
        head = line.strip()[:160]
        found = {d.value for d in find_dates(head) if len(d.value) == 10 and not earlier_minutes(head, d.end)}
        if len(found) > 1:
            return None  # "minutes of the meetings held on 2 March and 30 March": an item's dates, not the paper's
        if found:
            return found.pop()
    return None
