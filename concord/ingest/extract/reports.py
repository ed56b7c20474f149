"""Board papers and reports: To / From / Date / title / recommendations / contact officer."""

from __future__ import annotations

import re
from typing import Any

from concord.domain.markings import PRINTED
from concord.ingest import vocab
from concord.ingest.dates import DATE_IN_FIGURES
from concord.ingest.extract.common import Ctx, Field, completeness, date_in, first, in_capitals, labelled, smart_title
from concord.ingest.extract.recommendations import recommendations
from concord.ingest.genre_resort import REPORT_OF_TO
from concord.ingest.letters import letter
from concord.ingest.report_heading import heading_fields, names_a_body
from concord.ingest.report_cues import THIS_REPORT
from concord.ingest.textutil import person_name, squash

HEADER = vocab.pattern("report", names=("to", "from", "date", "subject", "item", "marking", "number"))
CONTACT = vocab.pattern("report", names=("contact",))
_CONTACT_LINE = vocab.pattern("report", names=("contact",), strict=True)
_MEETING_OF = re.compile(r"\bmeeting\s+of\s+the\s+(?P<to>[A-Z][\w&'’ -]{2,60}?(?:,\s+[A-Z][\w&'’ -]{2,40}?)*\b(?:Committee|Board|Panel|Authority|Group|"
                         r"Forum|Executive|Sub-committee))\b")
_MARKING = PRINTED  # every spelling of a marking; never a shorter, lower one
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")


def extract(ctx: Ctx) -> list[dict[str, Any]]:
    head_end = min(ctx.part.end, ctx.part.cue + 1500)
    fields = _stacked(ctx, head_end) or labelled(ctx, HEADER, start=ctx.part.start, end=head_end, one_line=True)
    to, frm, date = first(fields, "to"), first(fields, "from"), first(fields, "date")
    if not to and not frm:
        fields = fields + _report_of_line(ctx)
        to, frm, date = first(fields, "to"), first(fields, "from"), first(fields, "date")
    if not to and not frm and ctx.part.resort and (written := letter(ctx.text, ctx.part.start, ctx.part.end)):
        # a letter doing a report's work: to the body its addressee holds office in, dated, titled by its subject
        fields = [f for f in fields if f.label not in ("subject", "date")] + [
            Field(k, *v) for k, v in (("subject", written.subject), ("date", written.date), ("to", written.to)) if v]
        to, frm, date = first(fields, "to"), first(fields, "from"), first(fields, "date")
    # a report known by its heading ("Report / of the / X Authority", or a title over "The purpose of this ...")
    found = heading_fields(ctx.text, ctx.part.start) or {}
    fields = fields + [Field(k, v, a, b) for k, (v, a, b) in found.items()
                       if not first(fields, k) and (k == "subject" or not to and not frm)]
    to, frm, date = first(fields, "to"), first(fields, "from"), first(fields, "date")
    if not to and not frm and not (first(fields, "subject") and _CONTACT_LINE.search(ctx.text, ctx.part.start, head_end)) \
            and not ctx.part.resort:  # (a paper that calls itself a report at its top, over a report's sections, is one)
        return []  # neither addressee nor author, nor a titled paper naming its contact (a paper for a commissioner)
    if not to:  # "Report to the Police and Crime Panel" heading a paper whose other fields are labelled
        line = _REPORT_TO_LINE.search(ctx.text, ctx.part.start, head_end)
        to = Field("to", squash(line.group("to")), line.start("to"), line.end("to")) if line else None
    to_value = to.value if to else None
    if not to_value:
        # "Report 6 of the 23 June 2005 meeting of the Finance Committee": in the part or the page's preamble
        lo = ctx.part.start if ctx.part.start > 1500 else 0
        m = _MEETING_OF.search(ctx.text, lo, min(ctx.part.end, ctx.part.cue + 400))
        # "the Finance and Resources committee Committee": a word the page printed twice is read once
        to_value = re.sub(r"(?i)\b(\w+)\s+(?=\1\b)", "", m.group("to")) if m else None
    prov: dict[str, tuple[int, int]] = {}
    for key, f in (("to", to), ("from", frm), ("date", date)):
        if f:
            prov[key] = (f.start, f.end)
    title, tspan = _title(ctx, fields)
    if tspan:
        prov["title"] = tspan
    recs, rspan = recommendations(ctx)
    if rspan:
        prov["recommendations"] = rspan
    contact = None
    for f in labelled(ctx, CONTACT):
        name = _contact_name(f.value)
        if name:
            label = ctx.text[ctx.text.rfind("\n", 0, f.start) + 1:f.start]
            line_end = ctx.text.find("\n", f.start)
            more = _more_names(ctx.text[f.start:line_end if line_end > 0 else f.end], name) \
                if _PLURAL.search(label) else []
            contact = "; ".join([name] + more)
            prov["contact_officer"] = (f.start, f.end)
            break
    if not contact:  # "For further information please contact Jane Smith, Head of Finance"
        said = _CONTACT_SENTENCE.search(ctx.text, ctx.part.start, ctx.part.end)
        name = _contact_name(said.group("v")) if said else None
        if said and name:
            contact = name
            prov["contact_officer"] = (said.start("v"), said.end("v"))
    conf = 0.9 if title and (to and frm and date) else 0.7
    rec: dict[str, Any] = {
        "title": title or None,  # no heading printed: none, as the format writes what is not there
        "to": to_value,
        "from": frm.value if frm else None,
        "date": date_in(date.value) if date else None,
        "recommendations": recs,
        "contact_officer": contact,
        "source": ctx.source,
    }
    marking = _MARKING.search(ctx.text, ctx.part.start, min(ctx.part.end, ctx.part.start + 3000))
    if marking:
        rec["marking"] = squash(marking.group(0))
    item = first(fields, "item")
    if item:
        rec["agenda_item"] = item.value.split(" ")[0]
    rec["confidence"] = min(conf, completeness(rec, (("title",), ("to",), ("from",), ("date",),
                                                     ("recommendations", "contact_officer")), 0.95))
    if ctx.part.resort:  # found by the report's own words alone: reviewed among the least certain
        rec["confidence"] = min(rec["confidence"], 0.6)
    rec["_provenance"] = ctx.provenance(prov)
    return [rec]


def _stacked(ctx: Ctx, end: int) -> list[Field]:
    """A two-column header turned into text column by column: three or more lines that are each a label alone
    ("Meeting:" / "Date:" / "Report of:" / "Subject:"), then as many lines of values, read in the same order."""
    lines = [(m.start(), squash(m.group(0))) for m in re.finditer(r"[^\n]+", ctx.text[ctx.part.start:end])]
    lines = [(ctx.part.start + a, t) for a, t in lines if t]
    k = 0
    while k < len(lines):
        run: list[str] = []
        while k + len(run) < len(lines):
            t = lines[k + len(run)][1]
            m = HEADER.match(t, 0)
            if not m or vocab.field_of(m) == "_not" or t[m.end():].strip(" :\t"):
                break
            run.append(vocab.field_of(m))
        if len(run) >= 3 and len(set(run)) == len(run):
            values = _joined(lines[k + len(run):k + 2 * len(run) + 3], len(run))
            if len(values) == len(run) and not any(HEADER.match(t, 0) for _, t, _ in values):
                return [Field(name, t, a, e) for name, (a, t, e) in zip(run, values)]
        k += max(1, len(run))
    return []


def _joined(lines: list[tuple[int, str]], n: int) -> list[tuple[int, str, int]]:
    """The first ``n`` values of a column, a value that ends in a joining word ("Chief Constable and", "Head of")
    run on onto the next line, as the column's cell wrapped it."""
    out: list[tuple[int, str, int]] = []
    for a, t in lines:
        if out and _WRAPS.search(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1]} {t}", a + len(t))
        elif len(out) < n:
            out.append((a, t, a + len(t)))
        else:
            break
    return out


_WRAPS = re.compile(r"(?i)(?:\b(?:and|of|for|to|the|on\s+behalf)|[&,–-])$")


_REPORT_TO_LINE = re.compile(r"(?im)^[ \t]*(?:joint\s+)?report\s+to\s+(?:the\s+)?(?P<to>[A-Z][^\n:;.]{2,80}?\b(?:panel|"
                             r"committee|board|authority|forum|group|commissioner|executive))[ \t]*$")
_REPORT_OF_LINE = re.compile(r"(?im)^[ \t]*(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?(?P<v>[A-Z][^\n.:;]{3,80}?)[ \t]*$")
# the short name a report goes on to use, in brackets after a body's ("... Panel (The Panel)")
# the short name a heading gives a body, in brackets and perhaps in quotes: "(The Panel)", "(‘The PFCC’)"
_SHORT_NAME = re.compile(r"\s*\([‘’'\"“”]?(?:the\s+)?[A-Z][\w ]{0,20}[‘’'\"“”]?\)\s*$", re.I)
# the meeting a prose header names, to its last forum word before any date ("NORTHSHIRE POLICE AUTHORITY RESOURCES
# COMMITTEE – 12 MARCH 2009"), without a lead-in ("REPORT TO THE ...")
_FORUM_LINE = re.compile(r"(?i)^(?:(?:joint\s+)?report\s+to\s+(?:the\s+)?|(?:a\s+)?meeting\s+of\s+(?:the\s+)?)?"
                         r"(?P<to>[^\n\d]*\b(?:panel|committee|board|authority|forum|group))\b[\s,–-]*(?P<rest>[^\n]*)$")


def _report_of_line(ctx: Ctx) -> list[Field]:
    """A paper headed by prose, not labels: the meeting and its date on a line ("POLICE AND CRIME PANEL – 5
    FEBRUARY 2016") or on lines of their own ("Northshire Police and Crime Panel" / "10 February 2014"), the
    report's title, then "REPORT OF THE POLICE AND CRIME COMMISSIONER" (who it is from)."""
    hi = min(ctx.part.end, ctx.part.cue + 200)
    # the line may run past the window it must start in: read it whole
    m = next((x for x in REPORT_OF_TO.finditer(ctx.text, ctx.part.cue, ctx.part.end) if x.start() < hi), None) or \
        next((x for x in _REPORT_OF_LINE.finditer(ctx.text, ctx.part.cue, ctx.part.end) if x.start() < hi), None)
    if not m:
        return []
    out = [Field("from", smart_title(_SHORT_NAME.sub("", m.group("v"))), m.start("v"), m.end("v"))]
    if "to" in m.groupdict():  # "Report of the X Panel (The Panel) to the Commissioner for Y (The PFCC)"
        out.append(Field("to", smart_title(_SHORT_NAME.sub("", m.group("to"))), m.start("to"), m.end("to")))
    lo = max(ctx.part.start, m.start() - 600)
    above = [x for x in re.finditer(r"[^\n]+", ctx.text[lo:m.start()]) if x.group(0).strip()][-5:]
    title = None
    for k, line in enumerate(reversed(above)):
        a = lo + line.start()
        text = squash(line.group(0))
        forum = _FORUM_LINE.match(text)
        if forum and not any(f.label == "to" for f in out):
            out.append(Field("to", smart_title(forum.group("to")), a, a + len(line.group(0))))
            d = date_in(forum.group("rest")) if forum.group("rest") else None
            if d:
                out.append(Field("date", forum.group("rest"), a, a + len(line.group(0))))
            continue
        if _DATE_LINE.fullmatch(text) and date_in(text):
            if not any(f.label == "date" for f in out):
                out.append(Field("date", text, a, a + len(line.group(0))))
            continue
        if k == 0 and not forum and not _NOT_TITLE.match(text) and not text.endswith(".") and len(text) <= 160:
            title = Field("subject", text, a, a + len(line.group(0)))  # the title stands just above "Report of"
    if not title:  # the title in capitals just below "Report of", over the first section's heading
        title = _title_below(ctx, m.end())
    # a title only beside a meeting named above it: a line alone above "Report of" may be anything
    if title and any(f.label == "to" for f in out):
        out.append(title)
    return out


_CAPS_TITLE = re.compile(r"(?:\d{1,2}\.?[ \t]+)?(?P<t>[A-Z][A-Z0-9&/,'’() -]{8,158}[A-Z0-9)])")
# or in running case, a heading's words and no sentence ("Treasury Management Strategy 2009/10")
_RUNNING_TITLE = re.compile(r"(?:\d{1,2}\.?[ \t]+)?(?P<t>[A-Z][\w&/,'’()–-]*(?:[ \t]+[\w&/,'’()–-]+){1,11})")
_SECTION_LINE = vocab.pattern("report", names=("purpose", "recommendations"), strict=True)


def _title_below(ctx: Ctx, at: int) -> Field | None:
    """"Report of the Treasurer" / "1. REVENUE BUDGET REPORT 2009/10" / "Purpose of Report": the line in capitals
    (a section number before it or none), or a heading's words in running case, between the author and the first
    section's heading (or the report's first sentence, "This report sets out ...") is the title."""
    lines = [x for x in re.finditer(r"[^\n]+", ctx.text[at:min(ctx.part.end, at + 400)]) if x.group(0).strip()][:2]
    if len(lines) < 2:
        return None
    cap = _CAPS_TITLE.fullmatch(lines[0].group(0).strip()) or _RUNNING_TITLE.fullmatch(lines[0].group(0).strip())
    sect = _SECTION_LINE.match(lines[1].group(0).strip())
    says = THIS_REPORT.match(lines[1].group(0))  # (or its first sentence: "This report sets out ...")
    if not cap or not (sect and not lines[1].group(0).strip()[sect.end():].strip(" :") or says) or \
            HEADER.match(cap.group("t")):
        return None
    a = at + lines[0].start() + lines[0].group(0).index(cap.group("t"))
    return Field("subject", cap.group("t"), a, a + len(cap.group("t")))


# a line that is only a date ("10 February 2014", "Thursday, 4th June 2015")
_DATE_LINE = re.compile(r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9},?\s+\d{4}|"
                        + DATE_IN_FIGURES + ")")
_NOT_TITLE = re.compile(r"(?i)^(?:agenda\s+item|item\s+(?:no\.?\s*)?\d|appendix|annex|part\s+[1-3i]|public|official|"
                        r"not\s+protectively)\b")


def _title(ctx: Ctx, fields) -> tuple[str | None, tuple[int, int] | None]:
    subj = first(fields, "subject")
    if subj and len(subj.value) > 3:
        return subj.value, (subj.start, subj.end)
    after = ctx.part.cue
    for f in sorted((f for f in fields if f.label in ("to", "from", "date", "marking", "number", "item")),
                    key=lambda f: f.start):
        if f.start > ctx.part.cue and len(re.findall(r"\S[^\n]*", ctx.text[after:f.start])) > 3:
            break  # a label further down ("Status" in a table) is not the header's
        after = max(after, f.end)
    lines: list[tuple[str, int, int]] = []
    for m in re.finditer(r"[^\n]+", ctx.text[after:min(ctx.part.end, after + 1200)]):
        line = squash(m.group(0))
        if not line:
            continue
        if lines and (_NUMBERED.match(line) or not line.isupper() or len(lines) >= 3 or
                      _SECTION_WORD.fullmatch(line)):  # "PURPOSE OF REPORT" under the title: a section
            break
        if not lines and (_NUMBERED.match(line) or _MARKING.fullmatch(line)):
            if _NUMBERED.match(line):
                break
            continue
        if not lines and (line.endswith(".") or len(line) > 120 or _SECTION_WORD.fullmatch(line)):
            break  # a sentence or a section heading: the title stood above the header
        lines.append((line, after + m.start(), after + m.end()))
        if not line.isupper():
            break
    if lines and not in_capitals(lines[0][0]) and (above := _heading_over(ctx)):
        # "First review of capital programme" over "Report: 07 / Date / By", then "Linked to exempt item 23": the
        # heading over the header is the title, not a note in running case under it (but a body's name over the
        # header, "Northshire Police Authority", is whose paper it is: the title is then the line under it)
        return above, None
    if lines:
        return " ".join(x[0] for x in lines), (lines[0][1], lines[-1][2])
    item = first(fields, "item")
    titled = _ITEM_TITLE.match(item.value) if item else None
    if item and titled:  # "Agenda Item: 12 Finance Revenue Budget Outturn ...": the item's number, then its title
        return titled.group("title"), (item.start + titled.start("title"), item.end)
    # a cover page: the title printed before the To: line
    first_label = min((f.start for f in fields if f.label in ("to", "from", "date", "number")), default=ctx.part.cue)
    before = ctx.text[ctx.part.start:max(ctx.part.cue, first_label)]
    cand = [squash(x) for x in before.split("\n") if squash(x) and not re.match(r"(?i)agenda\s+item", squash(x))
            and not _ITEM_ONLY.fullmatch(squash(x)) and not _furniture(squash(x))]
    labels_only = all(HEADER.match(c) for c in cand)
    cand = [c for c in cand if not HEADER.match(c)] or cand
    headings = [c for c in cand if not c.endswith(".") and len(c) <= 160]
    if labels_only:
        # the header opens its part ("Report: 7" under a title the split left above it): the heading is the line
        # just above the header, blank lines apart; a label is never a title
        above = _line_above(ctx.text, ctx.part.start)
        return (above, None) if above else (None, None)
    if headings or cand:
        return (headings or cand)[-1], None
    return None, None


def _heading_over(ctx: Ctx) -> str | None:
    """The heading standing alone over the report's header, in its part: a line of three words or more with a blank
    line (or the part's start) over it, not a body's name ("Northshire Police Authority") nor the last line of a
    logo's ("Northshire / Police & Crime / Commissioner", "Working for a safer / Northshire")."""
    above = _line_above(ctx.text, ctx.part.cue)
    at = ctx.text.rfind(above, ctx.part.start, ctx.part.cue) if above else -1
    if not above or at < 0 or len(above.split()) < 3 or names_a_body(above) or \
            re.search(r"(?i)\b(?:commissioner|constabulary|police)$", above):
        return None
    before = ctx.text.rfind("\n", 0, at)
    prior = ctx.text[ctx.text.rfind("\n", 0, before) + 1:before] if before >= 0 else ""
    return above if before < ctx.part.start or not prior.strip() else None


def _line_above(text: str, pos: int) -> str | None:
    """The nearest line above ``pos`` with only blank lines between, when it reads as a heading."""
    lines = text[max(0, pos - 400):pos].split("\n")
    if lines and pos > 400:
        lines = lines[1:]  # the first may be cut
    gap = 0
    for line in reversed(lines):
        line = squash(line)
        if not line:
            gap += 1
            if gap > 3:
                return None
            continue
        if line.endswith(".") or len(line) > 160 or HEADER.match(line) or _SECTION_WORD.fullmatch(line):
            return None
        return None if _furniture(line) else line
    return None


def _contact_name(value: str) -> str | None:
    """The person a contact label or sentence names: without a "Name:" sub-label, the office, telephone or title
    after the name, read in title case when the line is printed in capitals ("JANE SMITH, HEAD OF FINANCE")."""
    value = _SUB_LABEL.sub("", value.strip(), count=1)
    value = _AFTER_NAME.split(value, maxsplit=1)[0]
    name = person_name(value)
    if not name and value.isupper():
        titled = person_name(smart_title(value))
        at = value.upper().find(titled.upper()) if titled else -1
        name = value[at:at + len(titled)] if titled and at >= 0 else None  # as printed, in capitals
    return name


_SUB_LABEL = re.compile(r"(?i)^name\s*:\s*")
_AFTER_NAME = re.compile(r"(?i)\s+(?:(?:job\s+)?title|position|post|role|ext(?:ension)?|tel(?:ephone)?)\b\s*[:.]?|"
                         r"\s+on\s+(?=\(?\d)")
# a contact named in a sentence, not under a label
_CONTACT_SENTENCE = re.compile(r"(?i)\b(?:please\s+contact|contact\s+officer\s+(?:for\s+this\s+report\s+)?is|"
                               r"the\s+author\s+of\s+this\s+report\s+is)\s+(?P<v>[^\n.;]{3,80})")


def _furniture(line: str) -> bool:
    """A hosting page's line, no heading: its source address, or a counter ("10 views 0", "VIEWS: 46 PAGES: 3")."""
    return bool(_ADDRESS.match(line) or _STAMP.search(line)) or \
        len(re.findall(r"[A-Za-z]{2,}", line)) <= 2 and len(re.findall(r"\d+", line)) >= 2 and bool(_COUNTER.search(line))


_ADDRESS = re.compile(r"(?i)(?:source:\s*)?(?:https?://|www\.)")
_STAMP = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d[ T]\d{1,2}:\d\d\b")  # an upload's date and time
_COUNTER = re.compile(r"(?i)\b(?:views?|downloads?|pages?)\b")
# "Item 18", "ITEM NO. 6": the agenda item's number alone on its line, no title
_ITEM_ONLY = re.compile(r"(?i)(?:agenda\s+)?item\s*(?:no\.?\s*)?\d{1,3}[a-z]?(?:\([a-z]\))?")
_ITEM_TITLE = re.compile(r"^\s*\d{1,3}[A-Za-z]?\.?\s+(?P<title>[A-Z][^\n]{10,160}?)\s*$")
_SECTION_WORD = re.compile(r"(?i)(?:[A-H\d]{1,2}\.?\s+)?(?:" + vocab.alternation(
    vocab.phrases("report", "purpose") + vocab.phrases("report", "recommendations")) + r")\s*:?")
_PLURAL = re.compile(r"(?i)officer(?:\(s\)|s(?!\w))")
_NAME_THEN_COMMA = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+)\s*,")


def _more_names(value: str, first: str) -> list[str]:
    """Under "Contact Officer(s)", the other people after the first ("A, Head of X   B, Director of Y"): a
    name is capitalised words before a comma, the last two or three of them when an office runs into it."""
    out: list[str] = []
    for m in _NAME_THEN_COMMA.finditer(value):
        words = m.group(1).split()
        for n in (2, 3):
            cand = person_name(" ".join(words[-n:])) if len(words) >= n else None
            if cand and cand != first and cand not in out and not first.endswith(cand):
                out.append(cand)
                break
    return out


def budget_report(ctx: Ctx, title: str | None) -> list[dict[str, Any]]:
    """A budget monitoring paper with no report header (its heading over a table of figures): a report titled by its
    heading, with its recommendations, addressed to no one and from no one it names; reviewed among the least
    certain. None when it prints no recommendation (the title alone files nothing a reviewer needs)."""
    recs, rspan = recommendations(ctx)
    if not title or not recs:
        return []
    rec: dict[str, Any] = {"title": title, "to": None, "from": None, "date": None, "recommendations": recs,
                           "contact_officer": None, "source": ctx.source, "confidence": 0.5}
    rec["_provenance"] = ctx.provenance({"recommendations": rspan} if rspan else {})
    return [rec]
