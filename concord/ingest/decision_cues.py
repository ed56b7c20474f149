"""What marks a decision record in a text: its heading, its number printed as a heading, its labelled fields, its
reference in every shape bodies print one, and the sentence that states what was decided.

The splitter (concord/ingest/split.py) uses these to find where a decision record starts; the extractor
(concord/ingest/extract/decision_notices.py) to read its reference and its decision.
"""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.cue_patterns import OFFICE_TITLE, office_title
from concord.ingest.dates import find_dates

# a decision's number after its heading's words: an office's letters, then digits, each part joined by a slash,
# a dash or a dot ("PCC.017.2021", "PCC/D/2023/10", "DN-12")
_NUMBER_LEAD = r"(?:[A-Z]{1,10}[/.-]?){0,3}\s?\d"
_DECISION = re.compile(
    r"(?m)^.{0,80}?\b(?:DECISION\s*(?:RECORD|NOTICE|SHEET|REPORT)|(?i:record\s+of\s+(?:the\s+)?decision)|"
    r"(?i:decision\s+(?:record|notice|(?P<form>report|form|log))\s*(?:no\.?|number|ref(?:erence)?)?\s*[:\-–]?\s*"
    r"(?(form)(?![ \t]*(?:19|20)\d\d\b(?![/-]\d)))" + _NUMBER_LEAD + "))"
    r".{0,60}$")
# ("Decision Report 2019/045", "Decision Log 008/2013 – <title>" are headings; "Decision Form 2012 | Governance
# Framework", a listing's form of a year, and "Decision Log 2013", a listing of the year's decisions, are not)
# "DECISION: 012/2025", "Decision No. PCC 14-2013" alone on a line: a decision's number as its heading; the
# office or the kind of decision may stand before the word ("Key Decision 2019/045") and the year after the number
# with a space, a dot or "of" ("PCC Decision 14 2018", "Decision PCC.14.2018", "Decision Number 17 of 2021")
DECISION_NUMBER = (r"^[ \t]*(?:(?:[A-Z]{2,6}|(?i:key|executive|delegated))[ \t]+)?(?i:decision)[ \t]*(?i:ref\.?[ \t]*no\.?|no\.?|number|ref(?:erence)?\.?)?[ \t]*[:\-–]?[ \t]*"
                   r"(?:[A-Z]{1,10}[ \t/.-]?)?\d{1,4}(?:[ \t]*[/-][ \t]*\d{2,4}|\.(?:19|20)\d\d|[ \t]+(?:(?i:of)[ \t]+)?(?:19|20)\d\d)[ \t]*$")
_DECISION_NUMBER = re.compile(DECISION_NUMBER, re.M)
# the number as a heading with the decision's title after it ("Decision 045/2019: Custody suite refurbishment")
NUMBER_TITLE = (r"^[ \t]*(?:(?:[A-Z]{2,6}|(?i:key|executive|delegated))[ \t]+)?(?i:decision)[ \t]*(?i:no\.?|number|ref(?:erence)?\.?)?"
                r"[ \t]*[:\-–]?[ \t]*(?:[A-Z]{1,10}[ \t/.-]?)?\d{1,4}(?:[ \t]*[/-][ \t]*\d{2,4}|\.(?:19|20)\d\d|[ \t]+(?:(?i:of)[ \t]+)?"
                r"(?:19|20)\d\d)[ \t]*[:\-–][ \t]+[A-Z][^\n]{3,150}$")
_NUMBER_TITLE = re.compile(NUMBER_TITLE, re.M)

_DECISION_FIELDS = vocab.pattern("decision", strict=True)
_DECISION_REACH = 1500  # how far below its heading or reference a decision record's own labels stand
_RECORD_HEADER = 300  # how far below its reference a decision record's header (Subject, Report of, Date) starts
_DECISION_REF = vocab.pattern("decision", names=("reference",), strict=True)


_YEAR_RX = re.compile(r"(?P<y>(?:19|20)\d\d)(?:[/-](?P<n>\d\d))?")


def is_year(ref: str) -> bool:
    """A year ("2015") or a financial year ("2015/16", "2019-20") is no reference; "2020/07" (the seventh of
    2020) is one."""
    m = _YEAR_RX.fullmatch(ref)
    if m is None:
        return False
    return m.group("n") is None or int(m.group("n")) == (int(m.group("y")) + 1) % 100


# a labelled reference in any shape: a prefix, a number and a year in any order, with slashes, dashes,
# dots or spaces between, or a bare number with leading zeros ("045", "DN 12/2015", "2015-012", "PCC 07 2019",
# "17 of 2021", "PCC 19 045" when the number ends the value)
_REF_VALUE = re.compile(r"(?<![\w/])(?P<ref>(?:[A-Z][A-Za-z]{0,11}[ \t]?[/.-]?[ \t]?){0,3}\d{1,6}[A-Za-z]?"
                        r"(?:[/.\-–][A-Za-z0-9]{1,8}|[ \t]?[/.\-–][ \t]?\d{1,8}|[ \t](?:of[ \t])?(?:19|20)\d\d\b|"
                        r"[ \t]\d{2,6}(?=[ \t]*$)){0,3})"
                        r"(?![\w/])")
_REF_LEAD = re.compile(r"(?i)^\s*(?:decision\s+)?(?:no\.?|number|ref(?:erence)?\.?|id)?[\s:#.]*")
_NOT_PREFIX = {"page", "item", "paragraph", "minute", "section", "appendix", "annex", "table", "version"}


def reference_value(value: str) -> str | None:
    """The reference a ``Reference:`` label holds, spaces removed; None when it holds no reference."""
    head = _REF_LEAD.sub("", value[:60]).strip()
    dates = find_dates(head)
    if dates and dates[0].start == 0:
        return None
    m = _REF_VALUE.match(head)
    if not m:
        return None
    ref = m.group("ref").strip(" .-/")
    if not re.search(r"\d", ref) or len(ref) > 30 or is_year(ref):  # "Decision Record 2015": a year
        return None
    words = re.findall(r"[A-Za-z]{4,}", ref)
    if any(w.lower() in _NOT_PREFIX for w in words):
        return None
    return re.sub(r"\s+", "", ref.replace("–", "-"))


# on a notice with no Decision label, the sentence that states what was decided: its maker and a verb in the past
# ("The Police & Crime Commissioner approved a recommendation to ...", "I have agreed to fund ...") or, after the
# office, in the present ("The PCC supports the purchase: ...", "The Commissioner approves the award ...")
# (a mayor's deputy for policing by title or initials: "The Deputy Mayor for Policing and Crime", "The DMPC")
_OFFICE = r"The\s+(?:Deputy\s+)?(?:" + office_title(r"\s+") + r"|Commissioner|Mayor(?:\s+for\s+Policing\s+and\s+Crime)?|DMPC)"
_PAST = r"(?:approved|agreed|decided|authorised|authorized|awarded|accepted|endorsed|resolved|appointed|granted|" \
        r"allocated|commissioned|extended|renewed|adopted)"
# (and the plain form an office's initials take as a plural, "The DMPC agree a request to settle claims ...")
_PRESENT = r"(?:approves?|agrees?|decides|authorises|authorizes|awards|accepts|endorses|supports|appoints|grants|" \
           r"allocates|commissions|extends|renews|adopts)"
# a sentence hard-wrapped over lines goes on where the next line starts in lower case, with a figure or a pound sign
_GOES_ON = r"\n[ \t]*[a-z0-9£(]"
_WRAPPED = r"(?:[^\n]|\n(?=[ \t]*[a-z0-9£(]))"
DECIDED = re.compile(
    r"(?m)(?:^|(?<=[.!?:]\s))[ \t]*(?P<s>(?:(?P<office>" + _OFFICE + r")\s+(?:has\s+)?(?:" + _PAST + "|" + _PRESENT +
    r")|I\s+(?:have\s+)?" + _PAST + r")\b" + _WRAPPED + r"*?(?:[.!?](?=\s|$)|$(?!" + _GOES_ON + ")))")
def _two_records(text: str, a: int, b: int) -> bool:
    """Two numbered decision headings close together ("Decision reference: 045/2019" ... "Decision reference:
    046/2019"), each number different, with a record's own labels (subject, decision, date, maker) between them:
    two records of a listing, not one notice's heading and its number printed again."""
    first, second = (text[p:text.find("\n", p) if "\n" in text[p:] else len(text)] for p in (a, b))
    numbers = [re.findall(r"\d+", line) for line in (first, second)]
    if not all(numbers) or numbers[0] == numbers[1]:
        return False
    if b - a < _NEIGHBOURS and text.count("\n", a, b) <= 6 and _shape(_lead(first)) == _shape(_lead(second)):
        return True  # "Decision Notice 2024/016: Fleet" over "Decision Notice 2024/017: Estates": a listing's entries
    between = {vocab.field_of(m) for m in _DECISION_FIELDS.finditer(text, a + len(first), b)}
    fields = len(between & {"subject", "decision", "date", "maker", "summary"})
    # ("Decision NPCC/2024/015" ... "Decision NPCC/2024/016": headings of one shape, each its own number, a record's
    # label between them, are a listing's records however few labels each prints)
    return fields >= 2 or fields >= 1 and _shape(first) == _shape(second)


_NEIGHBOURS = 400  # two numbered decision headings this close, each its own number, are two entries of a listing


def _lead(line: str) -> str:
    """A heading's words up to the end of its number ("Decision Notice 2024/016" of "Decision Notice 2024/016: X")."""
    m = re.match(r"\D*\d[\d/.\-]*", line.strip())
    return m.group(0) if m else line


def _shape(line: str) -> str:
    """A heading's line with its digits blanked: "Decision NPCC/2024/015" and "Decision NPCC/2024/016" share one."""
    return re.sub(r"\d", "0", line.strip())


def _field_records(text: str, headings: list[int]) -> list[tuple[int, str]]:
    """Decision records known by their labelled fields alone (a listing page: several decisions, each a
    Reference, a Subject, a Decision, a Date ...): a record starts at each reference label followed by a
    decision and a subject or date label, unless a decision heading just above already starts it."""
    if not _DECISION_REF.search(text):
        return []  # no reference label at all (most papers): skip the full vocabulary
    labels = [(m.start(), vocab.field_of(m)) for m in _DECISION_FIELDS.finditer(text)]
    out: list[tuple[int, str]] = []
    refs = [i for i, (_, f) in enumerate(labels) if f == "reference"]
    lead: set[str] = set()
    for n, i in enumerate(refs):
        pos = labels[i][0]
        prev_ref = labels[refs[n - 1]][0] if n else -1
        block = _block_before(text, labels, i, prev_ref)
        if block is not None:
            # the reference printed last in its paragraph ("Issue … Decision … Date … Reference: 045/2019"): the
            # record is the paragraph, its labels above the reference
            first_label, block_end = block
            ahead = {f for p, f in labels if first_label <= p < block_end and p != pos}
            if "decision" in ahead and ahead & {"subject", "date", "maker"} or \
                    "subject" in ahead and ahead & {"date", "maker", "summary"}:
                out.append((first_label, "decision_fields"))
            continue
        stop = labels[refs[n + 1]][0] if n + 1 < len(refs) else pos + 4000
        ahead = {f for p, f in labels[i + 1:] if p < min(stop, pos + 4000)}
        ahead |= {f for p, f in labels[:i] if p > max(prev_ref, pos - 600)}  # "Decision Title:" above the reference
        if not ("decision" in ahead and ahead & {"subject", "date", "maker"} or
                "subject" in ahead and ahead & {"date", "maker", "summary"} or
                "summary" in ahead and "date" in ahead and ahead & {"maker", "signature"} or
                {"date", "maker"} <= ahead):
            continue  # a reference with a decision, or with a subject and its date, maker or summary, or with its
            # date and maker (a listing's card, its title alone on the line over the reference)
        prev = out[-1][0] if out else -1
        # a decision heading above starts the record; the reference's own line read as a heading ("Decision number:
        # 046/2019") does not, when the record prints labels of its own just above it ("Decision title: ...")
        if any(max(prev, prev_ref) < h < pos and pos - h < 2500 for h in headings) or pos in headings and not any(
                max(prev, prev_ref) < p < pos and pos - p <= 600 and f not in ("decision", "reference") and
                not _BLANK.search(text, p, pos) for p, f in labels[:i]):
            continue
        # the record starts at the labels printed just above its reference ("Title ... Reference ..."):
        # the first record says which labels a record prints before its reference
        start = pos
        for p, f in reversed(labels[:i]):
            if p <= prev or pos - p > 600 or f in ("decision", "reference") or (out and f not in lead):
                break
            start = p
            if not out:
                lead.add(f)
        out.append((title_over(text, start, prev), "decision_fields"))
    if not out and len(refs) == 1:
        # one notice whose only labels are its decision number at the page's top and its summary or subject under it
        # ("Decision number: 36/202425" / "Author and Job Role: ..." / "Executive summary: ..."): a record
        pos = labels[refs[0]][0]
        after = {f for p, f in labels[refs[0] + 1:] if p < pos + 600}
        if _TOP_NUMBER.match(text[pos:pos + 40]) and not text[page_start(text):pos].strip() and \
                after & {"summary", "subject"}:
            out.append((pos, "decision_fields"))
    return out


_TOP_NUMBER = re.compile(r"(?i)[ \t]*decision\s+(?:number|no\.?|ref(?:erence)?\.?)[ \t]*:")


def page_start(text: str) -> int:
    """Where the page's own text starts: after its source line, when it keeps one."""
    m = re.match(r"[ \t]*source:[^\n]*\n", text, re.I)
    return m.end() if m else 0


_TITLE_LINE = re.compile(r"[ \t]*(?P<t>[A-Z][^\n]{2,150}?)[ \t]*\n")


# a web page's line saying when a card was put up ("Published on 12 May 2021", "Posted: 12/05/2021", "Last updated 3
# June 2021"): the site's furniture between a card's title and its labels
PUBLISHED = re.compile(r"(?i)[ \t]*(?:date[ \t]+)?(?:published|posted|(?:last[ \t]+)?updated|added)(?:[ \t]+on)?[ \t]*[:\-–]?"
                       r"[ \t]*\S[^\n]{3,30}?[ \t]*")


_READ_MORE = re.compile(r"(?i)(?:read|view|see)\s+more|more\s+details|view\s+(?:the\s+)?(?:decision|details)")


def title_over(text: str, start: int, floor: int) -> int:
    """A record's title printed alone on the line above its first label, after a blank line ("Custody suite
    refurbishment" over "Decision number: 045/2019"), a site's "Published on ..." line perhaps between them: the
    record starts at the title."""
    if start <= 0 or floor >= start:
        return start
    above = text.rfind("\n", 0, start - 1) + 1
    if above > max(floor, 0) and PUBLISHED.fullmatch(text, above, start - 1):
        found = title_over(text, above, floor)
        return found if found != above else start
    if above > max(floor, 0) and not text[above:start].strip():
        # a saved web page's card, each block a paragraph: the title, a blank line, then the labels ("Fleet
        # replacement" / "" / "Decision number: 2021/02"), the card above ending in its "Read more" link
        title = text.rfind("\n", 0, above - 1) + 1
        lead = text[max(floor, 0):title].rstrip().rsplit("\n", 1)[-1]  # the last line above, past blank ones
        if title > max(floor, 0) and _TITLE_LINE.fullmatch(text, title, above) and _READ_MORE.fullmatch(lead.strip()):
            return title
    m = _TITLE_LINE.fullmatch(text, above, start)
    if m is None or above <= max(floor, 0) or m.group("t").endswith((".", ":", ",", ";")) or \
            _DECISION_FIELDS.match(text, above):
        return start
    before = text.rfind("\n", 0, max(above - 1, 0)) + 1
    return above if above == 0 or not text[before:above].strip() else start


_BLANK = re.compile(r"\n[ \t]*\n")


def _block_before(text: str, labels: list[tuple[int, str]], i: int, prev_ref: int) -> tuple[int, int] | None:
    """When the reference label ``labels[i]`` is the last label of a paragraph whose other labels (a subject, a
    decision, a date ...) stand above it, after the previous reference: that paragraph's first label and its end."""
    pos = labels[i][0]
    gap = max((m.end() for m in _BLANK.finditer(text, max(prev_ref, 0), pos)), default=max(prev_ref, 0))
    above = [p for p, f in labels[:i] if p >= gap and p > prev_ref and f in ("subject", "decision", "date", "maker")]
    if len(above) < 2:
        return None
    blank = _BLANK.search(text, pos)
    end = blank.start() if blank else len(text)
    if any(gap <= p < end and p > pos and f in ("subject", "decision") for p, f in labels[i + 1:]):
        return None  # the paragraph goes on with the record's own fields after its reference
    return min(above), end


_CONFIRM = re.compile(rf"(?im)^[ \t|>*•-]*(?:{vocab.alternation(vocab.phrases('decision', 'confirm'))})\b")
_SIGNED = vocab.pattern("decision", names=("signature", "maker"), strict=True)


def lone_reference(text: str, cued: list[int]) -> list[tuple[int, str]]:
    """A record whose only heading is its reference label at the top of the page ("Ref: PCC/D/2023/10" over the
    record's text, the form's title lost in the page's conversion): the label's value is a reference of more than
    one part (an office's letters or a year with the number), nothing but a few short lines (a site's furniture)
    stands above it, no other paper's cue comes before the end of the record, and the record's own signs follow:
    an approval ("I hereby approve the above proposal"), a signature or a decision maker, or a sentence stating
    what the office decided."""
    m = _DECISION_REF.search(text, 0, 600)
    if m is None or any(p < m.start() + 4000 for p in cued):
        return []
    if not _top(text, m.start()):
        return []
    eol = text.find("\n", m.end())
    line = text[m.end():eol if eol >= 0 else len(text)]
    if not line.strip():  # "Ref:" over its value, as a web page's list of terms prints it
        line = text[m.end():m.end() + 200].lstrip().partition("\n")[0]
    ref = reference_value(line)
    if not ref or not re.search(r"[/.\-–]|[A-Za-z]", ref.strip("0123456789")):
        return []  # "Ref: 12": a bare number says too little to make a record of the page
    below = text[m.end():m.end() + 4000]
    signs = _CONFIRM.search(below) or _SIGNED.search(below) or DECIDED.search(below)
    return [(m.start(), "decision_notice")] if signs else []


def _top(text: str, pos: int) -> bool:
    """Nothing but a few short lines (a saved page's furniture aside) above ``pos``."""
    web = vocab.web_furniture()
    above = [ln.strip() for ln in text[:pos].split("\n") if ln.strip() and not web.search(ln.strip())]
    return len(above) <= 3 and all(len(ln) <= 60 for ln in above)


def titled_number(text: str, cued: list[int]) -> list[tuple[int, str]]:
    """A record headed by its number and its title on one line ("Decision 045/2019: Custody suite refurbishment")
    at the top of the page, with a decision record's own labels or signs below: one record. A page printing
    several such lines is a listing (decision_index reads it), and one under another paper's cue is that paper's."""
    found = list(_NUMBER_TITLE.finditer(text))
    if len(found) != 1 or found[0].start() > 600 or not _top(text, found[0].start()):
        return []
    m = found[0]
    if any(p < m.start() + 3000 for p in cued):
        return []
    below = text[m.end():m.end() + 3000]
    labels = {vocab.field_of(x) for x in _DECISION_FIELDS.finditer(below)}
    signs = labels & {"decision", "signature", "maker"} or _CONFIRM.search(below) or DECIDED.search(below)
    return [(m.start(), "decision_notice")] if signs else []


# "The Police and Crime Commissioner (PCC) has made the following decision:" over the decision's paragraph: the line
# that introduces what was decided, and says who decided it
FOLLOWING = re.compile(rf"(?im)^[ \t]*(?:the[ \t]+)?(?P<office>(?:deputy[ \t]+)?(?:{OFFICE_TITLE}|commissioner|mayor))"
                       r"(?:[ \t]*\([A-Z]{2,5}\))?[ \t]+(?:has|have)"
                       r"[ \t]+(?:made|taken|agreed)[ \t]+the[ \t]+following[ \t]+decisions?[ \t]*:?[ \t]*$")


def following_decision(text: str, pos: int, endpos: int) -> tuple[int, int] | None:
    """Where the paragraph under a ``FOLLOWING`` line starts and ends (up to the next blank line)."""
    m = FOLLOWING.search(text, pos, endpos)
    if m is None:
        return None
    start = m.end() + 1
    while start < endpos and text[start] in " \t\n":
        start += 1
    blank = re.compile(r"\n[ \t]*\n").search(text, start, endpos)
    end = blank.start() if blank else endpos
    return (start, end) if end - start >= 10 else None


def foot_number(text: str, head: int, pos: int) -> bool:
    """The last cue of the text, a record's number on a line of its own with (almost) nothing after it, under a
    heading that prints no number: the foot of the record above, not a record of its own."""
    line_end = text.find("\n", pos)
    line = text[pos:line_end if line_end >= 0 else len(text)]
    head_line = text[head:text.find("\n", head) % (len(text) + 1)]
    return bool(_DECISION_NUMBER.fullmatch(line)) and len(text[pos + len(line):].strip()) < 120 and \
        not re.search(r"\d", head_line)
