"""Extractors: from one ``Document`` to the records of the extraction format.

``extract_document`` splits the document into its papers, runs the
extractor for each kind, and returns the record lists keyed as in
EXTRACTION_FORMAT.md plus the document entry.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from rapidfuzz import fuzz

from concord.ingest import vocab
from concord.ingest.cookie_notice import uncookied
from concord.ingest.document import Document
from concord.ingest.flat_header import unflatten
from concord.ingest.ocrfix import relabel
from concord.ingest.page_furniture import unpaged
from concord.ingest.runs import unrun
from concord.ingest.side_by_side import labels_apart, side_by_side
from concord.ingest.extract import (actions, agreement_index, agreements, decision_index, decision_notices, decision_tables,
                                    items, meetings, project_savings, projects, reports, tables)
from concord.ingest.dates import find_dates
from concord.ingest.extract import second_reading
from concord.ingest.extract.common import WEB_LINE as _WEB_LINE, Ctx, smart_title
from concord.ingest.extract.doc_titles import cleaned_title, head_lines, page_title
from concord.ingest.extract.kinds import (budget_heading, budget_paper, by_words, corroborated, decisions_heading,
                                         one_of_pack, top_date)
from concord.ingest.split import Part, split
from concord.ingest.reflow import reflow
from concord.ingest.textutil import unmark

KEYS = ("decision_notices", "reports", "meetings", "actions", "agreements", "projects", "tables")


def empty() -> dict[str, list[Any]]:
    return {k: [] for k in ("documents",) + KEYS}


def reading_text(printed: str, wrapped: bool = False) -> str:
    """The text the extractors read, offsets as printed: markup, a site's cookie notice, labels damaged by OCR, page
    furniture, lists side by side, a flattened page's line breaks and a report header run onto one line mended.
    (``wrapped``: the page's lines wrapped at a fixed width were joined.)"""
    return unrun(unflatten(reflow(labels_apart(side_by_side(unpaged(relabel(uncookied(unmark(printed)))))), wrapped)))


def extract_document(doc: Document) -> dict[str, list[Any]]:
    text = reading_text(doc.text, doc.unwrapped)
    out = second_reading.relined(doc, text, _extract(doc, text), _extract)
    return second_reading.items_put_back(doc, text, out, _extract)


def _extract(doc: Document, text: str) -> dict[str, list[Any]]:
    out = empty()
    parts = split(text)
    known: set[str] = set()
    shared: dict[str, Any] = {}
    agreement_recs: list[dict[str, Any]] = []
    kinds: list[str] = []
    report_parts: list[tuple[Any, dict[str, Any]]] = []
    titles: list[tuple[str | None, str | None]] = []
    for part in parts:
        ctx = Ctx(doc, text, part, known, shared)
        if part.kind == "decision_notice":
            # a listing printed as a table (a row a line, or one cell a line), its labels as column heads; else the
            # record(s) by labels
            for rec in decision_tables.table_rows(ctx) or decision_tables.stacked_rows(ctx) or \
                    decision_notices.extract(ctx):
                if _repeated_heading(rec, out["decision_notices"]):
                    continue
                out["decision_notices"].append(rec)
                known.update(n for n in (rec["decision_maker"], rec["contact_officer"]) if n)
                ag = agreements.extract(ctx, rec["subject"], party_text=f"{rec['subject']}\n\n{rec['decision']}")
                if ag:
                    ag["_weak"] = True  # a decision to sign names an agreement; its terms stand elsewhere
                    agreement_recs.append(ag)
                titles.append((rec["subject"], rec["date"]))
                kinds.append("decision_notice")
        elif part.kind == "report":
            for rec in reports.extract(ctx):
                out["reports"].append(rec)
                report_parts.append((part, rec))
                ag = agreements.extract(ctx, rec["title"] or "")
                if ag:
                    agreement_recs.append(ag)
                found = projects.extract(ctx)
                names = {p["name"].lower() for p in found}
                extra = project_savings.yearly(ctx, rec["date"]) + [project_savings.programme(ctx, rec["title"] or "")]
                found += [p for p in extra if p and p["name"].lower() not in names]
                out["projects"].extend(found)
                agreement_recs.extend(agreements.listed(ctx))
                agreement_recs.extend(agreements.mentioned(ctx))
                titles.append((rec["title"], rec["date"]))
                kinds.append("report")
        elif part.kind == "agreement":
            listed = agreement_index.structured(ctx) or (
                [] if _TERMS.search(text, part.start, part.end) else agreement_index.entries(ctx))
            if len(listed) >= 2:  # a page listing agreements under its heading, not one agreement in full
                agreement_recs.extend(dict(r, name=r["title"], _own=True) for r in listed)
                titles.append((page_title(text), None))
                kinds.append("agreement")
                continue
            title = _agreement_heading(text, part.cue, part.end)
            ag = agreements.extract(ctx, title, force=True)
            if ag:
                ag["_own"] = True  # the agreement's own heading names it
                agreement_recs.append(ag)
                titles.append((title, ag["start_date"]))
                kinds.append("agreement")
        elif part.kind in ("agenda", "minutes"):
            for rec in meetings.extract(ctx):
                heading = rec.pop("_title", None)
                out["meetings"].append(rec)
                if part.kind == "minutes":
                    out["actions"].extend(actions.extract(ctx, rec, items.items_in(ctx)))
                titles.append((_up_to_date(heading) or rec["forum"], rec["date"]))
                kinds.append(part.kind)
    # reports about a scheme an agreement names (e.g. the business case behind it)
    agreement_names = [a["name"].lower() for a in agreement_recs]
    for part, rec in report_parts:
        if rec["title"] and not agreements._AGREEMENT.search(rec["title"]) and agreement_names and max(
                fuzz.token_set_ratio(rec["title"].lower(), n) for n in agreement_names) >= 90:
            ag = agreements.extract(Ctx(doc, text, part, known, shared), rec["title"], force=True)
            if ag:
                agreement_recs.append(ag)
    # a decision to sign an agreement names it; only a paper that sets out its terms makes it a record
    out["agreements"] = [a for a in agreements.merge(agreement_recs) if not a.pop("_weak", False)]
    for rec in out["agreements"]:
        for k in ("name", "_weak", "_version"):
            rec.pop(k, None)
    _drop_bare_meetings(out, kinds, titles)
    _one_meeting_a_day(out, kinds, titles)
    listed_agreements: list[dict[str, Any]] = []
    out["tables"] = tables.extract(doc)
    # (a loss printed in brackets, "(765)", is the figure -765: its digits stand alone on their line)
    figures = {str(x) for t in out["tables"] for r in t["rows"] for v in r["values"] if v is not None
               for x in (v, abs(v))}
    if not kinds:
        # nothing of any genre: a listing of decisions one a line, or of collaboration agreements?
        for part in parts:
            pctx = Ctx(doc, text, part, known, shared)
            # a budget table's rows are no listing: decision_index leaves out figures that stand in a run of them
            found = decision_index.entries(pctx) or decision_index.single(pctx, page_title(text))
            if found and all(f["reference"] in figures for f in found):
                found = []  # a table's figures, each under its row's label (one cell a line): no references
            out["decision_notices"].extend(found)
            if found:
                kinds.append("decision_notice")
                titles.append((page_title(text), None))
                continue
            found = agreement_index.entries(pctx)
            if found:
                listed_agreements.extend(found)
                kinds.append("agreement")
                titles.append((page_title(text), None))
    out["agreements"].extend(listed_agreements)
    out["agreements"] = [a for a in out["agreements"] if not _principle(a)]
    cued = [p.kind for p in parts if p.kind != "other"]
    reason = None
    if cued and not kinds:
        reason = (f"found the cue of {', '.join(sorted(set(cued)))} but no record: the fields a record needs "
                  "(a reference, a meeting date, a To/From header ...) were not found")
    for rec in out["decision_notices"]:
        if rec["subject"] and _no_subject(rec["subject"]):
            rec["subject"] = ""  # the page's furniture or another field's line, read where the subject stands
    refs = [d["reference"] for d in out["decision_notices"]]
    supported = _supporting_report(out, kinds)
    if supported:  # one decision record and the report behind it: a decision notice, titled and dated by it
        kinds, titles = ["decision_notice"], [(out["decision_notices"][0]["subject"] or None,
                                               out["decision_notices"][0]["date"])]
    entry = _document_entry(doc, kinds, titles, reason, refs[0] if len(refs) == 1 else None)
    one = one_of_pack(text, kinds) if entry["kind"] == "pack" else None
    if one:  # minutes or a decision record with a paper beside it: that record, not a pack
        entry["kind"] = one[0]
        entry["title"], entry["date"] = titles[kinds.index(one[0])]
        entry["reason"] = f"parts of {len(set(kinds))} kinds read as one paper of {one[0]}: {one[1]}"
    if supported:
        entry["parts"] = Counter(supported)
    if not kinds:
        genre = corroborated(text, parts)
        if not genre and budget_paper(text, out["tables"]):
            genre = budget_paper(text, out["tables"])
            entry["title"] = entry.get("title") or budget_heading(text)
            whole = Ctx(doc, text, Part("report", 0, len(text), 0, resort=True), set(), {})
            out["reports"].extend(reports.budget_report(whole, entry["title"]))  # its heading and recommendations
        elif not genre:  # no signal of any genre: what its words say, when that is sure
            said = by_words(text)
            if said and said[2]:
                genre = said[0], said[1]
                if said[0] in ("minutes", "agenda", "report"):  # dated by the first full date at its top
                    entry["date"] = entry.get("date") or top_date(text)
            elif said:
                entry["reason"] = f"{entry['reason']}; {said[1]}, not sure enough to name its kind"
        if genre and genre[0] == "decision_notice":  # a page of decisions: its own title when that names them
            page = page_title(text)
            named = page if page and re.search(r"(?i)\bdecisions?\b", page) else None
            entry["title"] = entry.get("title") or named or decisions_heading(text)
        if genre:  # the heading and the genre's own labels agree: that kind of paper, with no record filed
            entry["kind"] = genre[0]
            made = "a report of its heading and recommendations" if out["reports"] else "no record made"
            entry["reason"] = (f"{reason or 'no heading of any genre'}; kind from the {genre[0]} genre's signals "
                               f"({genre[1]}), {made}")
    out["documents"].append(entry)
    return out


# what stands where a listing's subject is looked for but names no decision: a web address, the host's line ("Source:",
# "PDF (135 KB)", "Download"), another field's label and value ("Date: 2025-01-10"), a table's "Total"
_NOT_SUBJECT = re.compile(r"(?i)^(?:source|date|dated|published|updated|file\s+type|size|download|pdf|reference|ref)\b\s*"
                          r"(?::|\(|$)|://|^www\.|^(?:sub-?)?totals?$")


def _no_subject(subject: str) -> bool:
    """A subject that names no decision: the site's furniture or another field's line. (A figure where a listing prints
    one for its subject, "£1,250,000", is kept as printed.)"""
    text = subject.strip()
    return bool(_NOT_SUBJECT.search(text) or _WEB_LINE.match(text))


def _supporting_report(out: dict[str, list[Any]], kinds: list[str]) -> list[str] | None:
    """A decision record followed by one report (its "Supporting Report to the Commissioner"): the paper is the
    decision notice; a record that prints no subject of its own takes the report's title. Returns the parts' kinds."""
    if kinds != ["decision_notice", "report"] or len(out["decision_notices"]) != 1 or len(out["reports"]) != 1:
        return None
    rec, report = out["decision_notices"][0], out["reports"][0]
    if not rec["subject"] and report["title"]:
        rec["subject"] = report["title"]
    return list(kinds)


def _principle(rec: dict[str, Any]) -> bool:
    """A sentence listed where agreements are ("Intention - We will operate on the presumption of working
    collaboratively ..."): no party, no date, a title of more than fifteen words. An agreement's title names it."""
    return not rec.get("parties") and not any(rec.get(k) for k in ("start_date", "review_date", "end_date")) and \
        len((rec.get("title") or "").split()) > 15


def _repeated_heading(rec: dict[str, Any], earlier: list[dict[str, Any]]) -> bool:
    """A record's heading printed again below it (a page's footer repeats "Decision Record 189- <title>"): a record
    with the reference of an earlier one and nothing of its own (no decision, maker or date) is no second record."""
    return not (rec["decision"] or rec["decision_maker"] or rec["date"] or rec["contact_officer"]) and any(
        e["reference"] == rec["reference"] for e in earlier)


# the wording of an agreement's own terms: a paper that has it is the agreement, not a page listing several
_TERMS = re.compile(r"(?i)\bthis\s+agreement\s+(?:shall|will|is|may)\b|\bthe\s+parties\s+(?:shall|will|agree)\b|"
                    r"\bparties\s+to\s+this\s+agreement\b")


def _drop_bare_meetings(out: dict[str, list[Any]], kinds: list[str], titles: list[Any]) -> None:
    """A minutes heading inside other minutes ("Minutes of the Sub-committee (Part 2) 9 March 2009", an item
    approving them) gives a meeting with nothing but a forum and a date: beside a meeting that has its
    people or items, it is no meeting of its own."""
    def bare(m: dict[str, Any]) -> bool:
        return not any(m.get(k) for k in ("members", "in_attendance", "apologies", "items", "venue", "time"))
    if not any(not bare(m) for m in out["meetings"]):
        return
    keep = [m for m in out["meetings"] if not bare(m)]
    dropped = len(out["meetings"]) - len(keep)
    out["meetings"] = keep
    for _ in range(dropped):  # their entries in the document's parts
        k = next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] in ("minutes", "agenda") and
                  titles[i][1] not in {m["date"] for m in keep}), None)
        if k is not None:
            del kinds[k], titles[k]


def _one_meeting_a_day(out: dict[str, list[Any]], kinds: list[str], titles: list[Any]) -> None:
    """The same meeting read twice (a hosting page's flattened preview over the paper's own lines): one record, the
    one with more values, any value only the other has added to it."""
    def size(m: dict[str, Any]) -> int:
        return sum(len(v) if isinstance(v, list) else 1 for k, v in m.items() if v and not k.startswith("_"))
    kept: list[dict[str, Any]] = []
    for m in out["meetings"]:
        twin = next((k for k in kept if k["date"] == m["date"] and k["forum"].lower() == m["forum"].lower()), None)
        if twin is None:
            kept.append(m)
            continue
        first, second = (twin, m) if size(twin) >= size(m) else (m, twin)
        for key, value in second.items():
            if value and not first.get(key) and not key.startswith("_"):
                first[key] = value
        kept[kept.index(twin)] = first
        k = next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] in ("minutes", "agenda") and
                  titles[i][1] == m["date"]), None)
        if k is not None and sum(x in ("minutes", "agenda") for x in kinds) > 1:
            del kinds[k], titles[k]  # (its entry in the document's parts)
    out["meetings"] = kept


def _agreement_heading(text: str, cue: int, end: int) -> str:
    """The heading at ``cue``: its line, and the next when the first does not yet name the agreement."""
    line_end = text.find("\n", cue, end)
    line_end = end if line_end < 0 else line_end
    if not agreements.HEADING_WORD.search(text[cue:line_end]):
        nxt = text.find("\n", line_end + 1, end)
        line_end = end if nxt < 0 else nxt
    # "COLLABORATION AGREEMENT / In relation to the X / Programme": the lines that say what it is for
    m = _FOR_LINE.match(text, line_end, end)
    if m:
        line_end = m.end()
        for _ in range(2):
            more = _MORE_LINE.match(text, line_end, end)
            if not more:
                break
            line_end = more.end()
    return smart_title(text[cue:line_end])


_FOR_LINE = re.compile(r"\s*\n\s*(?:in\s+(?:relation|respect)\s+(?:to|of)|relating\s+to|for)\b[^\n]*", re.I)
_MORE_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?![A-Z]{3,}\b|\(?[ivx\d]+[.)])[A-Z][^\n.:;]{2,60}(?=[ \t]*\n)")


_HELD = re.compile(r"(?i)\bheld\s+(?:on\s+)?")


def _up_to_date(heading: str | None) -> str | None:
    """A minutes heading that runs on past its date ("... HELD ON THURSDAY 6 OCTOBER 2016 AT 9:30 AM IN WATERSIDE
    TOWER"): the title is the heading up to the date; the time and the place are the meeting's, not the title's."""
    held = _HELD.search(heading or "")
    if not heading or not held:
        return heading
    dates = [d for d in find_dates(heading[held.end():], month_only=False)]
    if not dates:
        return heading
    end = held.end() + dates[0].end
    return heading[:end] if re.match(r"(?i)\s*(?:,\s*)?(?:at|in|commencing)\b", heading[end:]) else heading




def _flat(text: str) -> str:
    """Words compared as a heading and a record print them: capitals, one space between words, one dash for any dash
    or slash and the spaces around it, no leading zeros ("Decision Log 007-2022 – <subject>" and "07/2022",
    "<subject>")."""
    text = re.sub(r"\s+", " ", re.sub(r"\s*[-/–—_.]\s*", "-", text)).strip().upper()
    return re.sub(r"\d+", lambda m: str(int(m.group())), text)


def _document_entry(doc: Document, kinds: list[str], titles: list[tuple[str | None, str | None]],
                    reason: str | None = None, ref: str | None = None) -> dict[str, Any]:
    if len(set(kinds)) == 1 and len(kinds) > 1 and kinds[0] in ("decision_notice", "agreement"):
        kind, title, date = kinds[0], page_title(doc.text), None  # a listing of decisions or agreements
    elif len(kinds) == 1:
        kind = kinds[0]
        title, date = titles[0]
        for page in (head_lines(doc.text) if kind == "decision_notice" else []):
            flat, at = _flat(page), re.compile(r"(?<!\d)" + re.escape(_flat(ref or "")) + r"(?!\d)")
            if ref and (at.match(flat) or at.search(flat) and title and _flat(title) in flat):
                # "WPCC3-0049 Commissioner's Grants Scheme", "Decision Log 008/2013 – <subject>": the page's heading,
                # reference and all (under a site's one-word section label, "Information", if any)
                title = page
                break
    elif kinds:
        kind = "pack"
        # a pack is titled and dated by its agenda; a bundle of papers without one has no title of its own
        agenda = [t for k, t in zip(kinds, titles) if k == "agenda"]
        title, date = agenda[0] if agenda else (None, None)
    else:
        kind, title, date = "other", None, None
    title = cleaned_title(title, doc.text)
    entry: dict[str, Any] = {"source": doc.source, "sha256": doc.sha256, "kind": kind, "title": title,
                             "date": date, "media_type": doc.media_type, "pages": len(doc.pages),
                             "parts": Counter(kinds)}
    if kind == "other":
        entry["reason"] = reason or "no cue of any genre matched: no decision record heading or labelled " \
            "decision fields, no To/From or report header, no agenda or minutes heading, no agreement heading, " \
            "no listing of decisions; stored as a searchable document"
    if doc.warnings:
        entry["warnings"] = list(doc.warnings)
    return entry
