"""Decision listings printed one decision a line: a register page, a list of links.

A listing is three or more lines that each carry a reference of the same
shape (``001``, ``PCCML-000485-2019``, ``019-2022``), each a different one,
with the decision's subject on the same line: ``001 Governance Framework``,
``• Licence of SafetyNet – PCCML-000481-2019``, ``Decision – 019-2022
Appointment of Chief Constable``. A date printed on its own line below an
entry dates it. A number that repeats on every line (a year) is no
reference.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import groupby
from typing import Any

from concord.ingest import vocab
from concord.ingest.cue_patterns import LINK_TAIL_RX
from concord.ingest.decision_cues import DECIDED
from concord.ingest.dates import find_dates
from concord.ingest.extract import decision_tables, listing_tokens, stated_decisions
from concord.ingest.extract.common import Ctx, Field, completeness, date_in, first, labelled
from concord.ingest.extract.decision_dates import date_only, sentence_then_date
from concord.ingest.textutil import person_name, squash
from concord.ingest.extract import decision_notices
from concord.ingest.extract.decision_notices import maker_value

# (a space after a number's dash or slash is a typing slip: "Decision 023- 2021- Police House Disposal")
_TOKEN = re.compile(r"(?<![\w/£.,-])(?P<ref>(?:[A-Z]{1,10}[-/ ]?){0,3}\d{2,6}(?:(?:[-/][ \t]?|[ .])\d{2,6}){0,2})"
                    r"(?![\w/%£]|[.,]\d)")
_FURNITURE = re.compile(r"(?i)^\s*(?:(?:yes|no)\s+)?(?:view|download|read)\s+(?:the\s+)?(?:decision|document|details|notice|"
                        r"record|more)\b.*$|^\s*(?:yes|no)\s*$|^\s*(?:download\s+)?supporting\s+documents?\s*$|"
                        r"^\s*download\s*$")
_LEAD = re.compile(r"(?i)^(?:[-•*·>]\s*)?(?:(?:final|pcc|opcc|pfcc|key)\s+)*decisions?(?:\s+(?:form|record|notice|sheet))?"
                   r"(?:\s+(?:19|20)\d\d(?:\s*/\s*\d{2,4})?)?\s*(?:[-–:|]+\s*|$)|^[-•*·>]\s*")
_MIN_ENTRIES = 3
_FILE_SIZE = re.compile(r"[ \t]*(?:[KMG]B|kB|Kb|bytes)\b")
def _shape(ref: str) -> str:
    return re.sub(r"\s", "-", re.sub(r"\d", "9", ref))


def entries(ctx: Ctx) -> list[dict[str, Any]]:
    rows = decision_tables.table_rows(ctx) or decision_tables.stacked_rows(ctx)
    if rows:
        return rows
    a, b = ctx.part.start, ctx.part.end
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", ctx.text[a:b])]
    by_shape: dict[str, list[tuple[int, str, str, re.Match[str]]]] = defaultdict(list)
    for k, (pos, line) in enumerate(lines):
        text = line.strip()
        if not text or len(text) > 300:
            continue
        ranges = listing_tokens.page_ranges(text)
        for m in _TOKEN.finditer(text):
            ref = re.sub(r"(?<=[-/])[ \t]", "", m.group("ref").strip())
            if any(a < m.end() and m.start() < b for a, b in ranges):
                continue  # a page range: "[36 - 103]"
            if re.fullmatch(r"(?:19|20)\d\d", ref):
                continue  # a year
            if _FILE_SIZE.match(text, m.end()):
                continue  # a link's file size: "PDF (241 KB)", "pdf icon PDF 135 KB"
            if listing_tokens.in_figure_run(text, m):
                continue  # a budget table's row: "Police staff pay 241 246 5"
            if find_dates(text[max(0, m.start() - 12):m.end() + 12]) and not re.search(r"[A-Z]", ref) and \
                    any(d.start <= 12 + 1 for d in find_dates(text[max(0, m.start() - 12):m.end() + 12])):
                continue  # part of a date
            by_shape[_shape(ref)].append((k, ref, text, m))
    best: list[tuple[int, str, str, re.Match[str]]] = []
    for shape, hits in by_shape.items():
        refs = [h[1] for h in hits]
        keys = {re.sub(r"\D", "", r) for r in refs}
        lines_hit = sorted({h[0] for h in hits})
        if len(re.sub(r"\W", "", shape)) < 3:
            continue  # "19", "05": paragraph and page numbers, not references
        gaps = sorted(b - a for a, b in zip(lines_hit, lines_hit[1:]))
        if gaps and gaps[len(gaps) // 2] > 15:
            continue  # a listing's entries stand together
        # a reference differs from line to line (a year repeats); the same one may stand twice on a line
        # two entries are enough when the reference has a prefix of letters ("EXE0037/17")
        least = 2 if re.match(r"[A-Z]", shape) and re.search(r"[-/.]", shape) else _MIN_ENTRIES
        if len(lines_hit) < least or len(keys) < least or len(keys) < 0.45 * len(refs):
            continue
        if len(hits) > len(best):
            best = hits
    single_entry = False
    if not best:
        best = _lone_entry(by_shape)
        single_entry = bool(best)
    if not best:
        return []
    best = _one_a_line(best)
    out: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    taken_lines = {h[0] for h in best}
    taken_order = sorted(taken_lines)
    # a column of officers' names beside the references ("2015.068 Charlotte Radford"), when nearly every
    # entry has one: then the subject is on the next line
    named = [person_name(_subject(t, m)) == _subject(t, m) for _, _, t, m in best]
    names_column = sum(named) >= 0.8 * len(named)
    # the text below an entry's title is its decision only under a column headed as the decision or its summary
    # ("Summary of Decision"); else it describes the paper or asks for a decision, and is none
    decision_column = _decision_heading(ctx.text[a:a + lines[best[0][0]][0]])
    # "14 March 2019" alone on the line over each entry: the listing dates its entries above them, not below
    dated_above = date_only(lines, best[0][0] - 1, taken_lines)
    for k, ref, text, m in best:
        key = re.sub(r"\D", "", ref)
        cells = _labelled_cells(text)  # "Reference: 2021/045 | Date: 12/03/2021 | Decision maker: PCC"
        subject = cells.get("subject", "") if cells else _subject(text, m)
        if cells and not subject or subject and (_REF_WORDS.fullmatch(subject + ":") or _DATE_WORDS.match(subject) or
                                                   date_only([(0, subject)], 0, set())):
            # "Reference: 045/2019" (or "045/2019 | 14 March 2019", "Reference: 045/2019   Date: 14 March 2019")
            # under the entry's title: the title is the line above
            above = squash(lines[k - 1][1]) if k and k - 1 not in taken_lines else ""
            subject = above if above and not decision_tables.COLUMNS.match(above) and not _FURNITURE.match(above) and \
                not date_only(lines, k - 1, taken_lines) else ""
        decision = ""
        if not subject or names_column:
            # "2015.068 Charlotte Radford": the officer; the subject is the next line, the decision what follows
            block = []
            for j in range(k + 1, min(k + 12, len(lines))):
                if j in taken_lines:
                    break
                line = squash(lines[j][1]).strip(" |")
                if line and not _FURNITURE.match(line):
                    block.append(line)
            if block and len(block) > 1 and person_name(block[0]) == block[0]:
                block = block[1:]  # the officer's column, printed on a line of its own
            if not block:
                continue
            subject, decision = block[0], " ".join(block[1:]) if decision_column else ""
        if key in seen:
            rec = seen[key]
            if " " in rec["reference"] and " " not in ref:
                rec["reference"] = ref
            continue
        if not subject or len(subject) < 3 or len(subject) > 200 or subject.endswith(".") and len(subject) > 60:
            continue
        date = date_only(lines, k - 1, taken_lines) if dated_above else None
        for j in ([] if dated_above else range(k, min(k + 4, len(lines)))):
            if j != k and j in taken_lines and not re.sub(r"\D", "", lines[j][1]).count(key):
                break
            on_line = find_dates(lines[j][1])
            opens = j == k and on_line and _OPENING_DATE.match(lines[j][1], on_line[0].end) and \
                not lines[j][1][:on_line[0].start].strip()  # "14 March 2024 - Fleet replacement - 2024/017"
            if on_line and len(on_line[0].value) == 10 and (j > k or on_line[0].start > m.end() - len(text) or opens):
                if j == k or len(squash(lines[j][1])) <= 30:
                    date = on_line[0].value
                    break
            if j > k and (date := sentence_then_date(lines[j][1])):
                break
        if date:
            subject = _without_date(subject, date)
        # "Decision: To approve ...", "Date: 14 March 2019", "Decision maker: PCC" printed under the entry's line,
        # before the next entry: that entry's own fields
        under = a + lines[k][0] + len(lines[k][1])  # the entry's own lines, up to the next entry
        # (the entry's reference printed again under it, "Reference code: PCD 1791", ends nothing: the next entry does)
        until = a + next((lines[j][0] for j in taken_order if j > k and not (
            _REF_LABEL_LINE.match(lines[j][1]) and key == re.sub(r"\D", "", lines[j][1]))), b - a)
        below = _fields_below(ctx, under, until)
        maker = None
        made = _MADE_BY.search(ctx.text, under, until)
        if made and not below:  # "Decision made by the Police and Crime Commissioner on 14 March 2024."
            maker, date = made.group("maker"), date_in(made.group("date")) or date
        if below:
            said, dated, signed = first(below, "decision"), first(below, "date"), first(below, "maker")
            decision = (said.value if said else "") or decision
            date = (date_in(dated.value[:60]) if dated else None) or date
            date = date if date and len(date) == 10 else None
            maker = maker_value(signed.value) if signed else None
        if cells.get("maker") and not maker:
            maker = maker_value(cells["maker"])
        decision = decision or cells.get("decision", "")
        stated = None if decision else DECIDED.search(ctx.text, under, until)
        if stated:  # "The Commissioner agreed to enter into the agreement ...": the entry's sentence that decides
            decision = squash(stated.group("s"))
            maker = maker or (squash(stated.group("office"))[4:] if stated.group("office") else None)
        rec = {"reference": ref.replace(" ", "-") if re.fullmatch(r"\d+ \d+", ref) else ref.replace(" ", ""),
               "date": date, "subject": subject, "decision": decision, "decision_maker": maker, "contact_officer": None,
               "source": ctx.source, "confidence": 0.7,
               "_provenance": ctx.provenance({"reference": (a + lines[k][0], a + lines[k][0] + len(lines[k][1]))})}
        rec["confidence"] = completeness(rec, (("subject",), ("date", "decision")), 0.75)
        rec["_shape"] = _line_shape(text, key)
        seen[key] = rec
        out.append(rec)
    _odd_rows_less_certain(out)
    return out if len(out) >= 2 or single_entry else []


def _one_a_line(hits: list[tuple[int, str, str, re.Match[str]]]) -> list[tuple[int, str, str, re.Match[str]]]:
    """"2019/01 – Community Safety Fund grants 2019/20": two references of one shape on a line, the first opening
    it: the entry's reference, the other a year or a figure in its subject."""
    out = []
    for k, group in groupby(hits, key=lambda h: h[0]):
        line = list(group)
        if len({re.sub(r"\D", "", h[1]) for h in line}) > 1:
            opening = [h for h in line if not _LEAD.sub("", h[2][:h[3].start()]).strip()]
            line = opening[:1] or line
        out += line
    return out


_BELOW = vocab.pattern("decision", names=("decision", "date", "maker"), strict=True)


def _fields_below(ctx: Ctx, start: int, end: int) -> list[Field]:
    """The labelled Decision, Date and Decision maker fields between an entry's line and the next entry; none when
    another label (a reference, a subject) stands there, which would make them another record's."""
    fields = labelled(ctx, _BELOW, start=start, end=end)
    others = vocab.pattern("decision", names=("reference", "subject"), strict=True)
    return [] if others.search(ctx.text, start, end) else fields


# "Reference code: PCD 1746" under an entry: the entry's reference printed again under its label
_REF_LABEL_LINE = re.compile(r"(?i)^[\s•*·>-]*(?:decision\s+)?ref(?:erence)?(?:\s+(?:code|no\.?|number))?\s*:\s*")


def _lone_entry(by_shape: dict[str, list[tuple[int, str, str, re.Match[str]]]]
                ) -> list[tuple[int, str, str, re.Match[str]]]:
    """A listing page whose stored text keeps one entry ("• PCD 1746 EY Contract Variation" over "Reference code:
    PCD 1746"): the entry's line with its title, its reference printed again under a reference label just below.
    Only when the page has one such entry and no other reference repeats so."""
    found = []
    for hits in by_shape.values():
        if len({re.sub(r"\D", "", h[1]) for h in hits}) != 1:
            continue
        labelled_at = [h for h in hits if (lab := _REF_LABEL_LINE.match(h[2])) and h[3].start() == lab.end()]
        entry = [h for h in hits if h not in labelled_at and _subject(h[2], h[3])]
        if labelled_at and entry and 0 < labelled_at[0][0] - entry[0][0] <= 6:
            found.append(entry[0])
    return found if len(found) == 1 else []


# "Decisions" alone heads the page, not a column
_DECISION_HEADS = [p for p in vocab.phrases("decision", "decision") if p not in ("decisions", "decision(s)")] + [
    "decision summary", "summary of decision", "summary of the decision"]
_DECISION_HEAD = re.compile(rf"(?i)(?:{vocab.alternation(_DECISION_HEADS)})(?:\s*[-–]?\s*(?:19|20)\d\d)?")


def _decision_heading(header: str) -> bool:
    """Whether a listing's header (the text above its first entry) names a column of decisions: a cell or a line
    that is a decision label, a year after it allowed ("Summary of Decision - 2013")."""
    for line in header.split("\n"):
        for cell in re.split(r"\||\t|[ \t]{2,}", line):
            if _DECISION_HEAD.fullmatch(cell.strip(" :")):
                return True
    return False


# the separator after a date that opens an entry's line
_OPENING_DATE = re.compile(r"[ \t]*(?:[-–|:]|\)|,)[ \t]*")
_FIGURES = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# an entry's sentence under it naming who decided and when ("Decision made by the Police and Crime Commissioner on
# 14 March 2024.", "Approved by the Deputy PCC on 2 April 2024")
_MADE_BY = re.compile(r"(?im)^[ \t]*(?:(?:the[ \t]+)?decision[ \t]+)?(?:was[ \t]+)?(?:made|taken|approved|signed|agreed)"
                      r"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<maker>[A-Z][\w,&' -]{1,80}?)[ \t]+on[ \t]+"
                      r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                      r"[ \t]*\.?[ \t]*$")


def _without_date(subject: str, date: str) -> str:
    """"Signing the Oath - 7/6/16": the entry's date printed after its reference (or opening its line) is the
    record's date, no part of its subject."""
    hits = find_dates(subject)
    opening = hits and hits[0].value == date and hits[0].start == 0
    # (a date in figures opening the line needs no mark after it: "12/03/2023 PFCC/2023/045 Fleet replacement")
    after = (_OPENING_DATE.match(subject, hits[0].end) or _FIGURES.fullmatch(subject, 0, hits[0].end) and
             re.compile(r"[ \t]+").match(subject, hits[0].end)) if opening else None
    if after:  # ("12 April 2019 - PCC/2019/012 - Estates": the dash on each side of the reference taken out with it)
        return subject[after.end():].strip(" \t-–|:") or subject
    for hit in reversed(hits):
        if hit.value == date and not subject[hit.end:].strip(" -–|)"):
            return re.sub(r"[\s(]*[-–|]?\s*$", "", subject[:hit.start]).strip() or subject
    return subject


def _line_shape(text: str, key: str) -> tuple[bool, bool, bool]:
    """How a listing's line is laid out: cells split by bars, the number printed twice, a dash between."""
    return "|" in text, re.sub(r"\D", " ", text).split().count(key) > 1, bool(re.search(r"\s[–-]\s", text))


def _odd_rows_less_certain(recs: list[dict[str, Any]]) -> None:
    """Rows laid out unlike most of their listing (a lost cell bar, a merged cell) are read less surely:
    their subject may carry another cell's words. They go first in the review queue."""
    each = [r.pop("_shape") for r in recs]
    shapes = Counter(each)
    if len(recs) < 3 or len(shapes) < 2:
        return
    usual, n = shapes.most_common(1)[0]
    if n < 0.6 * len(recs):
        return
    for r, shape in zip(recs, each):
        if shape != usual:
            r["confidence"] = round(max(0.3, r["confidence"] - 0.25), 2)


_REF_WORDS = vocab.pattern("decision", names=("reference",), strict=True)
_DATE_WORDS = vocab.pattern("decision", names=("date",), strict=True)


def _labelled_cells(text: str) -> dict[str, str]:
    """The fields of an entry's line of labelled cells ("Reference: 2021/045 | Date: 12/03/2021 | Decision maker:
    PCC"), each cell a label of the decision vocabulary, its colon and its value; {} when any cell is not one."""
    cells = [c.strip() for c in text.split("|") if c.strip()]
    out: dict[str, str] = {}
    for c in cells:
        label, colon, value = c.partition(":")
        hit = decision_tables.COLUMNS.fullmatch(label.strip() + ":") if colon else None
        field = vocab.field_of(hit) if hit else None
        if not field or field == "_not" or not value.strip():
            return {}
        out.setdefault(field, squash(value))
    return out if len(cells) >= 2 else {}


def _subject(text: str, m: re.Match[str]) -> str:
    cells = [c for c in text.split("|")]
    if len(cells) > 1:  # "001 Decision Form 2012 | 001 Governance Framework 2012": the last cell
        cell = cells[-1]
        if m.group("ref") not in cell:
            # "045/2019 | Custody suite refurbishment | 14/03/2019 | Approved": the cell that names the decision,
            # not a date's nor a one-word status
            named = [c for c in cells if m.group("ref") not in c and not date_only([(0, c)], 0, set()) and
                     (len(c.split()) >= 2 or len(c.strip()) > 12)]
            cell = max(named, key=lambda c: len(c.split())) if named else cell
        text = cell.replace(m.group("ref"), " ", 1) if m.group("ref") in cell else cell
    elif _REF_WORD.fullmatch(text, 0, m.start()) and text[m.end():].strip():
        # "Decision 2024/016 Fleet replacement": the word and the number before the title
        text = text[m.end():]
    else:
        text = text[:m.start()] + " " + text[m.end():]
    text = LINK_TAIL_RX.sub("", text)  # "Fleet replacement (PDF, 98KB)": the link's file, no part of the subject
    # "Custody suite (045/2019)", "(ref 045/2019)": the brackets the reference stood in
    text = re.sub(r"(?i)[(\[][ \t]*(?:(?:ref(?:erence)?|no|decision)\.?[ \t:]*)?[)\]]", " ", text)
    text = squash(text)
    for _ in range(2):
        text = _LEAD.sub("", text).strip(" -–:|")
    return re.sub(r"\s*[-–]\s*$", "", text)


_REF_WORD = re.compile(r"(?i)[ \t•*·>-]*(?:(?:pcc|opcc|pfcc|key)[ \t]+)?(?:decision|ref(?:erence)?)"
                       r"(?:[ \t]+(?:no\.?|number|ref(?:erence)?))?[ \t:.#]*")
_PAGE_REF = re.compile(r"^(?P<word>(?i:decision)(?:[ \t]+(?i:no\.?|number|notice|record))?[ \t]*:?[ \t]+)?"
                       r"(?P<ref>(?:[A-Z]{1,10}[-/ ]?){0,2}\d{2,4}[-/.]\d{2,4}(?:[-/.]\d{1,4})?)[ \t]+[-–:]?[ \t]*"
                       r"(?P<title>[A-Z(].{5,200})$")


def single(ctx: Ctx, title_line: str | None) -> list[dict[str, Any]]:
    """A page for one decision, headed by its reference and title ("012/2025 Revenue and Capital Outturn")."""
    body = ctx.text[ctx.part.start:ctx.part.end]
    m = _PAGE_REF.match(title_line.strip()) if title_line else None
    if not m:  # the office's name above "Decision 045/2019 – Roof works": a line naming the decision by its word
        for line in [ln.strip() for ln in body.split("\n") if ln.strip()][:4]:
            hit = _PAGE_REF.match(line)
            if hit and hit.group("word"):
                m, title_line = hit, line
                break
    if not title_line:
        return []
    # the word "decision" elsewhere on the page, or heading the title ("Decision 021/2019 – Body worn video")
    if not m or len(re.findall(r"(?i)\bdecisions?\b", body)) < (1 if m.group("word") else 2) or \
            find_dates(m.group("ref")):
        return []
    start = body.find(title_line.strip())
    pos = ctx.part.start + max(start, 0)
    # a "Decision:" label's value below the heading (its own words excepted), else the sentence that decides
    fields = [f for f in labelled(ctx, decision_notices.STRICT) if f.start > pos + len(title_line)]
    # a sentence that decides, but not one under a label that holds something else (the background, a summary)
    stated = first(fields, "decision") or stated_decisions.stated_decision(ctx, fields)
    dated = first(fields, "date")
    date = date_in(dated.value[:60]) if dated else None
    prov = {"reference": (pos, pos + len(title_line))}
    if stated:
        prov["decision"] = (stated.start, stated.end)
    if dated and date and len(date) == 10:
        prov["date"] = (dated.start, dated.end)
    else:
        date = None
    return [{"reference": m.group("ref").replace(" ", ""), "date": date, "subject": squash(m.group("title")),
             "decision": stated.value if stated else "", "decision_maker": None, "contact_officer": None,
             "source": ctx.source, "confidence": 0.5, "_provenance": ctx.provenance(prov)}]
