"""Decision notices / decision records of a policing body.

Fields are found by their labels (Subject, Decision, Decision Summary,
Contact Officer, Date, ...) wherever they stand in the part: OCR'd
records often put the summary and even the subject before the heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from concord.ingest import vocab
from concord.ingest.cue_patterns import LINK_FILE_RX, LINK_TAIL_RX
from concord.ingest.dates import find_dates
from concord.ingest.extract.common import BREADCRUMB, Ctx, Field, completeness, date_in, first, labelled, line_at
from concord.ingest.extract.decision_dates import signed_date
from concord.ingest.extract.form_grids import with_grid
from concord.ingest.extract.stated_decisions import BY_REFERENCE, label_text as _label_text, stated_decision
from concord.ingest.extract.decision_labels import PRINTED
from concord.ingest.extract.decision_titles import _FORM_NAME, LABELS, _NOT_TITLE, card_title, lone_title, title_line
from concord.ingest.extract.decision_makers import (_NAME_LABEL, _SIGNER, OFFICE_ALONE, PRINT_NAME,  # noqa: F401
                                                    SIGNED_BY, area_offices, find_maker, maker_value, signatories,
                                                    stated_maker)
from concord.ingest.decision_cues import (DECIDED, DECISION_NUMBER, NUMBER_TITLE, PUBLISHED, following_decision,
                                         is_year, page_start, reference_value)
from concord.ingest.ocrfix import EMAIL_LIKE, repair_email, repair_text, unglue
from concord.ingest.textutil import person_name, squash

# the labels of a decision record (LABELS: loose, a value may follow one space; STRICT: after a colon or a gap)
STRICT = vocab.pattern("decision", strict=True)
_HEADING = re.compile(
    r"(?m)" + DECISION_NUMBER + "|" + NUMBER_TITLE + "|"
    r"^.{0,100}?\bDECISION\s*(?:RECORD|NOTICE|SHEET)\b.*$|"
    r"^.{0,100}?\b(?i:record\s+of\s+(?:the\s+)?decision|decision\s+(?:record|notice|report|form|sheet|log))\b[\s:–-]*"
    r"(?i:no\.?|number|ref\.?)?[\s:]*[A-Z]{0,10}[/-]?[ \t]?\S*\d.*$")
REF = re.compile(r"(?<![\w/-])(?P<ref>(?:[A-Z]{1,10}[/-]?)*(?:[A-Z]{1,10}\s)?\d{1,4}(?:\s?[/-]\s?\d{1,4}){1,2}|"
                 r"(?:[A-Z]{1,10}[/-])+\d{2,4})(?![\w/])")
# (a heading: "DECISION NOTICE" in capitals, or a short line naming the form, not "... in this decision notice and
# ..." in a sentence that a PDF's line happens to open)
_STOP = re.compile(r"(?m)^.{0,100}?\bDECISION\s*(?:RECORD|NOTICE)\b.*$|"
                   r"^[^\n]{0,40}?\b(?i:decision\s+(?:record|notice))\b[^\n]{0,40}$|(?i:" +
                   _SIGNER.pattern.replace("(?m)", "") + ")")


_CONTACT = vocab.pattern("decision", names=("contact",), strict=True)


class _Stops:
    """What ends a value besides the next label: a decision heading, a signer's line, a name over an office."""

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        yield from _STOP.finditer(text, pos, endpos)
        yield from signatories(text, pos, endpos)
        # the office alone on its line and "Approved by the PCC on 3 May 2021" belong to the signature, not the
        # decision above them
        for m in OFFICE_ALONE.finditer(text, pos, endpos):
            above = text[text.rfind("\n", 0, max(text.rfind("\n", 0, m.start()), 0)) + 1:m.start()].strip()
            if not (above and STRICT.fullmatch(above)):  # "Decision maker:" over the office: the label's value
                yield m
        yield from SIGNED_BY.finditer(text, pos, endpos)
        yield from area_offices(text, pos, endpos)  # "Northamptonshire Police, Fire and Crime Commissioner" alone
        for m in PRINT_NAME.finditer(text, pos, endpos):  # "Print name: Harriet Moss" by the signature
            above = text[text.rfind("\n", 0, max(text.rfind("\n", 0, m.start()), 0)) + 1:m.start()]
            if not _CONTACT.match(above):  # "Contact Officer" / "Name: Karen Wells": the contact's own sub-label
                yield m


_SIGN_COLUMNS = re.compile(r"(?im)^[ \t|]*(?:signature|signed)(?:[ \t]{2,}|[ \t]*\|[ \t]*)date(?:[ \t]+signed)?[ \t|]*\n"
                           r"(?:[ \t]*\n)?(?P<vals>[^\n]+)")
# a line that opens with a record's number and goes on, after a gap or a dash, with its title: "ED 12/2020    Regional
# forensic services", "PCC/045/21 – Fleet replacement" (letters and a number, a slash or dash between its parts)
_REF_LEAD = re.compile(r"(?m)^[ \t]*(?P<ref>[A-Z]{1,10}(?:[ \t/-][A-Z]{1,10}){0,3}[ \t/.-]?\d{1,4}[ \t]?[/-][ \t]?\d{1,4})"
                       r"(?:[ \t]{2,}|\t|[ \t]+[–-][ \t]+|[ \t]*:[ \t]+)(?=[A-Z])[^\n]{4,150}$")


def reference_in(text: str) -> str | None:
    m = REF.search(text)
    ref = re.sub(r"\s+", "", m.group("ref")) if m else None
    return None if ref and is_year(ref) else ref


def _fuller(ref: str | None, whole: str | None) -> str | None:
    """The labelled reference with all its parts: "2019-045-WM" keeps the office's letters after its number."""
    if ref and whole and len(whole) > len(ref) and whole.startswith(ref) and re.fullmatch(r"[/.-][A-Za-z]{1,8}",
                                                                                          whole[len(ref):]):
        return whole
    return ref or whole


def _same_number(a: str, b: str) -> bool:
    """Two references to one record, written apart only in their separators and leading zeros."""
    return [int(n) for n in re.findall(r"\d+", a)] == [int(n) for n in re.findall(r"\d+", b)] and \
        re.sub(r"[\d\W_]", "", a).upper() == re.sub(r"[\d\W_]", "", b).upper()


_FORM_WORD = re.compile(r"(?i)(?:form|record|notice|report|sheet|log)[\s:.]*")


def _heading_ref(heading: str) -> str | None:
    """The reference a decision heading prints after its words ("Record of Decision 2021-017")."""
    line = unglue(heading)
    tail = re.split(r"(?i)DECISION\s*(?:RECORD|NOTICE|SHEET)?|RECORD\s+OF\s+(?:THE\s+)?DECISION", line, maxsplit=1)[-1]
    tail = re.sub(r"(?i)^[\s:–-]*(?:(?:record|notice|sheet|report|log)\s+)?(?:form\s+)?(?:no\.?|number|ref(?:erence)?\.?)?[\s:]*", "",
                  tail)
    if re.match(r"\d{1,4}\s+of\s+(?:19|20)\d\d\b", tail):  # "DECISION 12 of 2019 - ESTATES STRATEGY 2019-2023": the
        return reference_value(tail)  # number written out first, not the years in the title after it
    return _fuller(reference_in(tail), reference_value(tail))  # ("2020-045-WM": the office's letters after it kept)


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    part = ctx.part
    # (a link to the record's file, "Decision notice 118 (PDF, 212KB)" under a page's documents, heads nothing)
    headings = [h for h in _HEADING.finditer(ctx.text, part.start, part.end) if not LINK_FILE_RX.search(h.group(0))]
    heading = headings[0] if headings else None
    ref = head_ref = None
    prov: dict[str, tuple[int, int]] = {}
    conf = 0.9
    # "DECISION RECORD" over "Decision No. 045/2019": the heading that carries the number, when the first does not
    for h in headings:
        if h.start() - headings[0].start() > 600:
            break
        ref = head_ref = _heading_ref(h.group(0))
        if ref:
            heading = h
            prov["reference"] = (h.start(), h.end())
            break
    # (a form's labels in a table's header row over their values: each label read with its column's value)
    fields = with_grid([_in_cell(ctx, f) for f in labelled(ctx, PRINTED, stops=_Stops())], ctx.text, part.start,
                       part.end, _grid_label)
    for h in headings[:1] + ([heading] if heading else []):  # the heading's own words are no label
        fields = [f for f in fields if not h.start() <= f.start < h.end()]
    # no value: a heading naming the form ("Decision Form" over "Decision number: 045/19"), a site's trail of pages
    # under its "Decisions" menu ("Home > ... > Decision 018/2020"), a link to a file ("Decision 018-2020 (PDF, 21KB)")
    fields = [f for f in fields if not (f.label == "decision" and _FORM_WORD.fullmatch(f.value.strip())) and
              not BREADCRUMB.match(f.value) and not LINK_TAIL_RX.search(line_at(ctx.text, f.start))]
    for f in fields:
        if f.label == "reference" and f.value:
            labelled_ref = _fuller(reference_in(f.value[:40]), reference_value(f.value))
            # the form's own label names the record; a heading's reference is the site's when both print the same
            # number ("Decision Log 044/2020" over "Decision number: 44/2020"), and the heading's only when the
            # label's has lost a part of it ("22/2024-25" over "22/202425")
            if labelled_ref and (not ref or _same_number(ref, labelled_ref)):
                ref = labelled_ref
                prov["reference"] = (f.start, f.end)
                break
    if not ref and (lead := _REF_LEAD.search(ctx.text, part.start, min(part.end, part.start + 800))):
        ref = reference_in(lead.group("ref"))  # "ED 12/2020    Regional forensic services": the record's number
        if ref:                                  # heading its title, under the form's name, no label
            prov["reference"] = (lead.start(), lead.end())
    if not ref:
        return []
    subject = _subject(ctx, fields, heading, prov, ref, head_ref)
    if subject:  # a page's "Decisions" heading over a card's title: the title is no decision
        fields = [f for f in fields if not (f.label == "decision" and f.value == subject)]
    # nor is the page's introduction under that heading, printed at its top with no colon ("Decisions" over "The
    # Commissioner publishes a record of every decision ...")
    fields = [f for f in fields if not (f.label == "decision" and _page_intro(ctx, f))]
    decision = first(fields, "decision")
    if decision and BY_REFERENCE.fullmatch(squash(decision.value)):
        decision = None  # "Approval: I approve the recommendation.": approved by reference, what was decided not said
    if not decision:
        # a record known by its labels alone, with no Decision label: its summary says what was decided
        decision = next((f for f in fields if f.label == "summary" and f.value and
                         re.match(r"(?i)[\W\d]*(?:decision\s+summary|summary\s+of\s+(?:the\s+)?decision)", _label_text(ctx, f))),
                        None)
    if not decision:
        decision = stated_decision(ctx, fields)
        if decision:
            conf = 0.7
    if not decision and (under := following_decision(ctx.text, part.start, part.end)):  # "... the following decision:"
        decision = Field("decision", squash(ctx.text[under[0]:under[1]]), *under)
    if decision:
        prov["decision"] = (decision.start, decision.end)
    contact = first(fields, "contact")
    contact_name = _contact_name(ctx.text[contact.start:contact.end]) if contact else None
    if contact and contact_name:
        prov["contact_officer"] = (contact.start, contact.end)
    maker = find_maker(ctx, fields, prov)
    if not maker and decision:  # no signature nor maker label: the office the decision names as deciding it
        maker = stated_maker(decision)
        if maker:
            prov["decision_maker"] = prov["decision"]
    date = signed_date(ctx, fields, prov)
    if not date or not maker:  # "Signature        Date" over "A Brooks        9 June 2014": labels in columns
        cols = _SIGN_COLUMNS.search(ctx.text, part.start, part.end)
        cells = re.split(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t", cols.group("vals").strip(" \t|")) if cols else []
        if cols and len(cells) == 2:
            d = date_in(cells[1])
            if not date and d and len(d) == 10:
                date = d
                prov["date"] = (cols.start("vals"), cols.end("vals"))
            if not maker and person_name(cells[0]):
                maker = person_name(cells[0])
                prov["decision_maker"] = (cols.start("vals"), cols.end("vals"))
    if not subject or not decision:
        conf = 0.6
    rec: dict[str, Any] = {
        "reference": ref,
        "date": date,
        "subject": repair_text(subject or ""),
        # (the paragraph number of a numbered section, "3. Decision" over "3.1 I approve ...", is no part of it)
        "decision": _PARA_NO.sub("", repair_text(decision.value)) if decision else "",
        "decision_maker": maker,
        "contact_officer": contact_name,
        "source": ctx.source,
    }
    # (a part's heading, "PART 1 – NON-CONFIDENTIAL", is no summary: the first that runs to a few words)
    summary = next((f for f in fields if f.label == "summary" and len(f.value.split()) >= 4), first(fields, "summary"))
    if summary:
        text = summary.value
        if subject and subject in text:
            text = squash(text.replace(subject, ""))
        rec["summary"] = repair_text(text)
    email = _email(ctx, [n for n in (contact_name, maker) if n])
    if email:
        rec["contact_email"], email_conf = email
        conf = min(conf, max(email_conf, 0.8))
    rec["confidence"] = min(conf, completeness(rec, (("subject",), ("decision",), ("date",),
                                                     ("decision_maker", "contact_officer")), 0.95))
    if ctx.part.resort:  # found by the record's own words alone: reviewed among the least certain
        rec["confidence"] = min(rec["confidence"], 0.6)
    rec["_provenance"] = ctx.provenance(prov)
    return [rec]


def _grid_label(cell: str) -> str | None:
    m = STRICT.fullmatch(cell.strip(" :*") + ":")
    name = vocab.field_of(m) if m else None
    return None if name == "_not" else name


def _subject(ctx: Ctx, fields: list[Field], heading, prov, ref: str | None = None,
             head_ref: str | None = None) -> str | None:
    f = first(fields, "subject")
    if f and len(f.value) > 3:
        # the title under its heading, not the paragraph of explanation printed after a blank line
        para = re.split(r"\n[ \t]*\n", ctx.text[f.start:f.end], maxsplit=1)[0]
        para = title_line(ctx, f, para)
        value = squash(para) if "|" not in para else f.value
        prov["subject"] = (f.start, f.start + len(para.rstrip()))
        return value
    # "WPCC3-0089 Police and Crime Commissioners Grants 2023/24" heading the record: its title after the reference
    for line_m in re.finditer(r"[^\n]+", ctx.text[ctx.part.start:min(ctx.part.end, ctx.part.start + 1500)]):
        line = squash(line_m.group(0))
        if ref and len(line) < 200 and re.sub(r"\s+", "", line).startswith(ref) and not line.endswith("."):
            rest = re.sub(r"^[\s:–-]+", "", line[len(line) - len(line.lstrip()):][_ref_end(line, ref):])
            if len(rest) > 3:
                a = ctx.part.start + line_m.start()
                prov["subject"] = (a, a + len(line_m.group(0)))
                return rest
    # "Decision Notice 017/2021: Northgate station roof": the title after the reference on the heading's line
    if heading is not None and ref:
        line = heading.group(0)  # (the number as the heading prints it, where the form's label prints it otherwise)
        at = re.search(r"[ \t]*".join(map(re.escape, head_ref or ref)), line)
        rest = squash(re.sub(r"^[\s:–-]+", "", line[at.end():])) if at else ""
        if at is not None and len(rest) > 3 and rest[:1].isupper() and not rest.endswith((".", ":")) and not _NOT_TITLE.search(rest):
            prov["subject"] = (heading.start() + at.end(), heading.end())
            return rest
    # "Reference: 045/2019 – Custody suite refurbishment": the title after the number in the label's value
    span = prov.get("reference")
    if heading is None and span and ref:
        line = ctx.text[span[0]:span[1]].split("\n", 1)[0]
        at = re.search(r"[ \t]*".join(map(re.escape, ref)), line)
        after = re.match(r"[ \t]*[–—-][ \t]+(?P<t>[A-Z][^\n]{3,150}?)[ \t]*$", line[at.end():]) if at else None
        if at is not None and after and not after.group("t").endswith((".", ":")) and not _NOT_TITLE.search(after.group("t")):
            a = span[0] + at.end() + after.start("t")
            prov["subject"] = (a, a + len(after.group("t")))
            return squash(after.group("t"))
    # "Reference: 017/2021", then the title alone on a line below it, before the next label
    lone = lone_title(ctx, prov.get("reference")) if heading is None else None
    if lone:
        prov["subject"] = (lone.start("t"), lone.end("t"))
        return squash(lone.group("t"))
    # a card of a listing: its title alone on the line over its Reference label, after a blank line
    card = card_title(ctx, prov.get("reference")) if heading is None and not lone else None
    if card:
        return card
    # OCR layouts: the subject printed as a lone paragraph near the heading; a page of one record with no heading:
    # the page's title over its one Reference label, a blank line between ("Estates strategy refresh" / "Decision
    # number: 118", as a site prints a record's page)
    if heading is None:
        if span is None or sum(f.label == "reference" for f in fields) != 1:
            return None
        return _title_above(ctx, ctx.text.rfind("\n", 0, span[0]) + 1, prov)
    found = _title_above(ctx, heading.start(), prov)
    if found:
        return found
    # the title printed on its own line just below the heading ("DECISION NOTICE 045/2019" / "Custody Suite")
    nxt = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<t>[A-Z][^\n]{5,150})[ \t]*(?=\n|$)").match(ctx.text, heading.end())
    if nxt:
        text = squash(nxt.group("t"))
        if not text.endswith((".", ":")) and not LABELS.match(ctx.text, nxt.start("t")) and \
                not _NOT_TITLE.search(text):
            prov["subject"] = (nxt.start("t"), nxt.end("t"))
            return text
    return None


def _title_above(ctx: Ctx, end: int, prov: dict[str, tuple[int, int]]) -> str | None:
    """The last paragraph (or the one before it) printed over ``end`` that reads as a title."""
    paras = [m for m in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", ctx.text[ctx.part.start:end])]
    web = vocab.web_furniture()
    for m in reversed(paras[-2:]):
        # a saved page's furniture ("Skip to content", "Home > Decisions") over the title is no part of it
        lines = list(re.finditer(r"[^\n]+", m.group(0)))
        # (nor is the line saying when the page was put up, "Published on 12 May 2021")
        kept = [ln for ln in lines if not (web.search(ln.group(0).strip()) and
                                           (len(ln.group(0).strip()) <= 20 or re.search(r"[>|»]", ln.group(0))))
                and not PUBLISHED.fullmatch(ln.group(0))]
        if not kept or vocab.web_section().fullmatch(m.group(0)):
            continue  # ("Key information" over the record's fields: a section of the page, the title above it)
        text = squash(" ".join(ln.group(0) for ln in kept))
        lead = _FORM_LEAD.match(text)  # "Decision Record: Custody CCTV", "Request for Decision – ...": the form's name
        if lead and len(text) - lead.end() > 3:
            text = text[lead.end():]
        # (the office's name over the heading is no title, nor is a label's line or a dated line)
        if 10 < len(text) < 300 and not text.endswith(".") and not re.match(r"(?i)decision|summary", text) and \
                not _NOT_TITLE.search(text) and not LABELS.match(text) and not find_dates(text):
            a = ctx.part.start + m.start()
            prov["subject"] = (a + kept[0].start() + (lead.end() if lead else 0), a + kept[-1].end())
            return text
    return None


_FORM_LEAD = re.compile(_FORM_NAME.pattern + r"[ \t]*[:–-][ \t]*")


_ONE_CELL = re.compile(r"[ \t]*\|[ \t]*(?P<v>[^|\n]*[^|\s])[ \t]*\|[ \t]*(?=\n|$)")


def _in_cell(ctx: Ctx, f: Field) -> Field:
    """A label in a table's cell ("TITLE: Retire and Rehire scheme |", "| Decision | To sell ... |"): its value
    ends where its cell does; a cell left empty ("DECISION" over "|") holds nothing."""
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    raw = ctx.text[f.start:f.end]
    if "|" not in ctx.text[line_start:f.start] and "|" not in raw:
        return f
    if raw.lstrip().startswith("|"):
        # "| Decision |" alone on its row over "| To approve ... |": the value is the one cell of the row below
        below = _ONE_CELL.match(ctx.text, f.start) if f.start == line_start else None
        if below and not STRICT.match(below.group("v") + ":"):
            return Field(f.label, squash(below.group("v")), below.start("v"), below.end("v"))
        return Field(f.label, "", f.start, f.start)
    cell = raw.split("|", 1)[0]
    return Field(f.label, squash(cell), f.start, f.start + len(cell.rstrip()))


_PARA_NO = re.compile(r"^\d{1,2}\.\d{1,2}\.?[ \t]+(?=\S)")


def _contact_name(value: str) -> str | None:
    """The person a contact label names: its value, or the first line of it, after a "Name:" sub-label
    ("Contact Officer / Name: Karen Wells / Job title: Head of Fleet")."""
    name = person_name(value)
    if name or not _NAME_LABEL.match(value):
        return name
    return person_name(_NAME_LABEL.sub("", value.strip().split("\n")[0]))


def _ref_end(line: str, ref: str) -> int:
    """Where a reference printed at the start of ``line`` ends (it may be printed with spaces)."""
    got = 0
    for i, ch in enumerate(line):
        if not ch.isspace():
            got += 1
        if got == len(ref):
            return i + 1
    return len(line)


_PAGE_HEADING = re.compile(r"(?i)decisions|decision\s+log|decisions\s+made|record\s+of\s+decisions")


def _page_intro(ctx: Ctx, f: Field) -> bool:
    """Whether the field's label is the page's own heading naming its decisions, on its first line of its own (after
    its source line, when it keeps one)."""
    label = _label_text(ctx, f)
    at = ctx.text.rfind(label, 0, f.start)
    return bool(_PAGE_HEADING.fullmatch(label)) and at >= 0 and not ctx.text[page_start(ctx.text):at].strip()


def _email(ctx: Ctx, names: list[str]) -> tuple[str, float] | None:
    m = EMAIL_LIKE.search(ctx.text, ctx.part.start, ctx.part.end)
    if not m:
        return None
    return repair_email(m.group(0), names + sorted(ctx.known_names))
