"""Why a paper yielded what it did: ``concord ingest PATH --explain``.

For each file: how it was read, how it was split into papers and which
cue marked each one (the line, and the rule that matched it), which
labels of the genre's vocabulary were found (as printed) and which were
missed, and the records that came out with their confidence. A paper that
matches no genre is stored as a searchable document of kind ``other``;
the explanation says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concord.ingest import meeting_cues
from concord.ingest import split as splitter
from concord.ingest import vocab
from concord.ingest.errors import IngestError
from concord.ingest.genre_resort import letter_top
from concord.ingest.dates import DAY_DATE
from concord.ingest.extract import extract_document, reading_text
from concord.ingest.flat_items import item_lines
from concord.ingest.ocrfix import relabelled
from concord.ingest.page_furniture import furniture_runs
from concord.ingest.reline import reline
from concord.ingest.readers import read
from concord.ingest.textutil import unmark

# the labels each kind of paper is read by, and those a complete paper of the kind prints
_GENRE = {
    "decision_notice": ("decision", ("reference", "subject", "decision", "date", "maker", "contact")),
    "report": ("report", ("to", "from", "date", "subject", "recommendations", "contact")),
    "minutes": ("meeting", ("date", "time", "venue", "members", "attendance", "apologies")),
    "agenda": ("meeting", ("date", "time", "venue")),
}
_LAST_RESORT = ("the last resort, nothing of any genre matched: a forum's name with the meeting's date near the top, "
                "over a meeting's business (numbered items, attendees, apologies or resolutions)")
_RESORT_DECISION = ("the last resort, nothing of any genre matched: a line at the top speaks of a decision or gives its "
                    "reference, over a body that approves, signs or decides")
_RESORT_REPORT = ("the last resort, nothing of any genre matched: a line at the top calls the paper a report or a "
                  "briefing note, over a report's sections or naming whose report it is")
_RESORT_LETTER = ("the last resort, nothing of any genre matched: a letter doing a report's work, its date over "
                  "its salutation and its subject line")
_RULES = {
    "decision_notice": (
        ("decision record heading", lambda t, p: splitter._DECISION.match(t, p)),
        ("labelled decision fields (a Reference label, then Decision and Subject or Date)",
         lambda t, p: splitter._DECISION_FIELDS.match(t, p)),
        (_RESORT_DECISION, lambda t, p: splitter.last_resort(t, p))),
    "minutes": (
        ("minutes heading", lambda t, p: splitter._MINUTES.match(t, p)),
        ("meeting header (Date, Time, Venue labels) with attendees after it",
         lambda t, p: splitter._MEETING_LABELS.match(t, p)),
        ("a heading naming the forum, the record (Minutes, Notes) and the date on one line",
         lambda t, p: meeting_cues.TITLED_RECORD.match(t, p)),
        ("a council page's attendance (name, body, status one cell a line) under the forum's name",
         lambda t, p: any(c == p for c, _ in meeting_cues.status_page(t, []))),
        (_LAST_RESORT, lambda t, p: splitter.last_resort(t, p))),
    "agenda": (
        ("agenda heading", lambda t, p: splitter._AGENDA.match(t, p)),
        ("meeting header (Date, Time, Venue labels)", lambda t, p: splitter._MEETING_LABELS.match(t, p)),
        ("a flattened agenda whose table's column heads stand before item 1",
         lambda t, p: splitter._INLINE_AGENDA_TABLE.match(t, p)),
        ("the meeting's date above a numbered list of an agenda's standing items (Apologies, Declarations, Minutes)",
         lambda t, p: DAY_DATE.match(t, p)),
        (_LAST_RESORT, lambda t, p: splitter.last_resort(t, p))),
    "report": (
        ("To:/From: header", lambda t, p: splitter._TO.match(t, p)),
        ("report header block (Meeting, Date, Report of, Subject ...)",
         lambda t, p: splitter._REPORT_FIELDS.match(t, p)),
        ("agenda item cover line", lambda t, p: splitter._ITEM_COVER.match(t, p)),
        (_RESORT_LETTER, lambda t, p: splitter.last_resort(t, p) and any(c == p for c, _ in letter_top(t))),
        (_RESORT_REPORT, lambda t, p: splitter.last_resort(t, p))),
    "agreement": (("agreement heading", lambda t, p: splitter._AGREEMENT.match(t, p)),),
}
_KEYS = {"decision_notices": "reference", "reports": "title", "meetings": "forum", "actions": "text",
         "agreements": "title", "projects": "name", "tables": "title"}


@dataclass
class PartExplained:
    kind: str
    start: int
    end: int
    line: int
    cue: str
    rule: str
    found: dict[str, list[str]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "line": self.line, "chars": [self.start, self.end], "cue": self.cue,
                "rule": self.rule, "labels_found": self.found, "labels_missed": self.missed}


@dataclass
class Explained:
    source: str
    media_type: str | None = None
    pages: int = 0
    error: str | None = None
    kind: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)
    parts: list[PartExplained] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "media_type": self.media_type, "pages": self.pages, "error": self.error,
                "kind": self.kind, "reason": self.reason, "warnings": self.warnings, "layout": self.layout,
                "parts": [p.as_dict() for p in self.parts], "records": self.records}

    def render(self) -> str:
        if self.error:
            return f"{self.source}: not read — {self.error}"
        out = [f"{self.source}: {self.media_type}, {self.pages} page(s) → kind {self.kind}"]
        if self.reason:
            out.append(f"  reason: {self.reason}")
        for w in self.warnings:
            out.append(f"  warning: {w}")
        for note in self.layout:
            out.append(f"  layout: {note}")
        out.append(f"  split into {len(self.parts)} part(s):")
        for k, p in enumerate(self.parts, start=1):
            out.append(f"  {k}. {p.kind} from line {p.line} ({p.end - p.start} characters)")
            out.append(f"     cue: {p.rule}: «{p.cue}»")
            if p.found:
                out.append("     labels found: " + "; ".join(f"{f} ({', '.join(v[:3])})" for f, v in p.found.items()))
            if p.missed:
                out.append("     labels missed: " + ", ".join(p.missed))
        if self.records:
            out.append(f"  records ({len(self.records)}):")
            for r in self.records:
                conf = f"{r['confidence']:.2f}" if isinstance(r.get("confidence"), (int, float)) else "  — "
                empty = f"  (empty: {', '.join(r['empty'])})" if r["empty"] else ""
                out.append(f"    {r['type']:<17} {conf}  {r['key']}{empty}")
        else:
            out.append("  records: none")
        return "\n".join(out)


def explain_file(path: Path) -> Explained:
    ex = Explained(path.name)
    try:
        doc = read(path)
    except IngestError as e:
        ex.error = e.reason
        return ex
    ex.media_type, ex.pages, ex.warnings = doc.media_type, len(doc.pages), list(doc.warnings)
    spaced = [str(p.number) for p in doc.pages if p.respaced]
    if spaced:
        ex.layout.append(f"{'page' if len(spaced) == 1 else 'pages'} {', '.join(spaced)} double spaced (a blank line "
                         "between every two lines): read with one line break fewer in each gap")
    wrapped = [str(p.number) for p in doc.pages if p.unwrapped]
    if wrapped:
        ex.layout.append(f"{'page' if len(wrapped) == 1 else 'pages'} {', '.join(wrapped)} wrapped at a fixed width: "
                         "read with each wrapped line joined to the line it goes on from")
    listed = [str(p.number) for p in doc.pages if p.bullets_joined]
    if listed:
        ex.layout.append(f"{'page' if len(listed) == 1 else 'pages'} {', '.join(listed)}: bulleted entries wrapped "
                         "over the next line, read with each joined into one line")
    breaks = len(furniture_runs(unmark(doc.text)))
    if breaks:
        ex.layout.append(f"a page's number and marking where {'a page' if breaks == 1 else f'{breaks} pages'} ended: read "
                         "past, the list or table around it going on")
    mended = relabelled(unmark(doc.text))
    if mended:
        ex.layout.append("labels damaged by OCR, read as the labels they stand for: " + ", ".join(
            f"{printed!r} as {label!r}" for _, printed, label in mended[:6]) + (" ..." if len(mended) > 6 else ""))
    text = reading_text(doc.text, doc.unwrapped)  # the text the extractors split (same offsets)
    recs = extract_document(doc)
    entry = recs["documents"][0]
    if entry.get("_items_lined"):
        ex.layout.append("flattened whole onto one line: its meetings read again with each numbered item (numbers "
                         "counting up) on a line of its own, the same meetings with their items")
    if entry.get("_relined"):
        text = reline(item_lines(doc.text, text) if entry.get("_items_lined") else text)
        ex.layout.append("flattened onto long lines, and read as printed it gave little: read with a line break put "
                         "back before each label, numbered heading and resolution run into them")
    for part in splitter.split(text):
        ex.parts.append(_part(text, part))
    ex.kind = entry["kind"]
    ex.reason = entry.get("reason")
    for kind, key in _KEYS.items():
        for r in recs.get(kind, []):
            empty = [k for k, v in r.items() if not k.startswith("_") and v in (None, "", [])]
            ex.records.append({"type": kind, "key": str(r.get(key) or "")[:70], "confidence": r.get("confidence"),
                               "empty": empty})
    return ex


def _part(text: str, part: splitter.Part) -> PartExplained:
    line_start = text.rfind("\n", 0, part.cue) + 1
    line_end = text.find("\n", part.cue)
    cue = text[line_start:line_end if line_end >= 0 else len(text)].strip()[:100]
    if part.kind == "other":
        rule = "no cue: text before the first paper, or a paper of no known genre"
    else:
        rule = next((name for name, test in _RULES.get(part.kind, ()) if test(text, line_start)),
                    "a heading of the genre a few lines below")
    pe = PartExplained(part.kind, part.start, part.end, text.count("\n", 0, part.start) + 1, cue, rule)
    genre = _GENRE.get(part.kind)
    if genre:
        name, expected = genre
        rx = vocab.pattern(name)
        for m in rx.finditer(text, part.start, min(part.end, part.start + 20000)):
            f = vocab.field_of(m)
            if f != "_not":
                printed = re.sub(r"\s+", " ", m.group(0)).strip(" :|-\t")
                pe.found.setdefault(f, [])
                if printed not in pe.found[f]:
                    pe.found[f].append(printed)
        pe.missed = [f for f in expected if f not in pe.found]
    return pe


def explain(paths: list[Path]) -> list[Explained]:
    from concord.ingest.pipeline import expand

    files, errors = expand(paths)
    out = [Explained(e.source, error=e.reason) for e in errors]
    out += [explain_file(f) for f in files]
    return out
