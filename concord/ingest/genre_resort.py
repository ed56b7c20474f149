"""Cues of last resort for decision records and reports.

Where no cue of any genre was found in the whole paper (no label block, no numbered heading, no minutes or agenda
heading, no forum with its date), the paper's top still says what it is: a record whose top line speaks of a decision
or gives its reference, over a body that approves, signs or decides; a paper whose top line calls it a report or a
briefing note, over a report's sections (Purpose, Background, Recommendations ...). These hold for any body's
layout because they read the genre's own words, not a template. The part they start is marked ``resort`` so its
records are reviewed among the least certain.
"""

from __future__ import annotations

import re

from concord.ingest.meeting_cues import forum_date_heading
from concord.ingest.letters import letter

_TOP = 15  # lines of the paper's top that may hold its heading
# a line of the hosting site, not the paper: its address, skip links, settings, breadcrumbs
_FURNITURE = re.compile(r"(?i)^\s*(?:source:|https?://|www\.|skip\s+to|accessibility|cookie|home\s*[>›/»]|menu\b|"
                        r"search\b|print\b|share\b|background\s+image|\d+\s+of\s+\d+$|advertisement$)")
# "Record of decision – Fleet replacement", "Decision Log 008/2013 – …", "Decision 12/2019"; not "Decisions" (a listing)
_DECISION_HEAD = re.compile(r"(?i)\bdecision\b(?!s)")
# "Ref: PCC/D/2023/04", "Reference No. 045/2019", "Decision number: 12": a reference with a digit in it
_REF_LINE = re.compile(r"(?i)^(?:(?:our\s+)?ref(?:erence)?\.?(?:\s*(?:no\.?|number))?|decision\s+(?:no\.?|number|ref(?:erence)?))"
                       r"\s*[:.\-–]\s*[A-Z0-9][A-Z0-9/.\- ]{0,30}\d")
# what a decision's body does: approves, signs, decides, authorises
_APPROVAL = re.compile(r"(?i)\b(?P<w>hereby\s+approve|approve[sd]?|approval|signed|signature|decision\s+maker|"
                       r"authori[sz]e[sd]?|agreed?\s+to|supports?\s+the\s+(?:purchase|proposal|request|bid)|"
                       r"decided|decision)\b")
# a report's top: "REPORT OF THE CLERK", "Report" over "of the" over the body, "Briefing note", "Joint report"
_REPORT_HEAD = re.compile(r"(?i)^(?:joint\s+)?(?:report|briefing\s+note|briefing\s+paper)\b(?!s)")
# "Report of the Clerk", "Report" over "of the" over the authority: whose report it is, or to whom
_WHOSE = re.compile(r"(?i)^(?:joint\s+)?report\s+(?:of|by|from|to)\s+(?:the\s+)?[A-Z]")
# "Report of the Northshire Police and Crime Panel (The Panel) to the Police and Crime Commissioner (The PCC)": a
# heading that names whose report it is and to whom (``reports`` reads the two from it)
REPORT_OF_TO = re.compile(r"(?im)^[ \t]*(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?"
                          r"(?P<v>(?-i:[A-Z])[^\n.:;]{3,100}?)\s+to\s+(?:the\s+)?(?P<to>(?-i:[A-Z])[^\n.:;]{3,100}?)[ \t]*$")
# a report's sections, each a heading on a line of its own (a number before it, a colon after it)
_SECTION = re.compile(r"(?im)^[ \t]*(?:\d{1,2}(?:\.\d)?\.?[ \t]+)?(?P<s>purpose(?:\s+of\s+(?:the\s+|this\s+)?(?:report|paper))?|"
                      r"recommendations?|background|(?:executive\s+)?summary|introduction|financial\s+implications|"
                      r"legal\s+implications|risks?(?:\s+management)?|conclusions?|equality(?:\s+implications)?|"
                      r"implications|consultation|next\s+steps|options)[ \t]*:?[ \t]*$")


def _top(text: str) -> list[re.Match[str]]:
    lines = [m for m in re.finditer(r"[^\n]+", text[:4000]) if m.group(0).strip() and
             not _FURNITURE.match(m.group(0))]
    # the top ends at the first sentence of running text: a heading below it stands in the middle of a paper
    prose = next((k for k, m in enumerate(lines) if len(m.group(0).strip()) >= 60 and m.group(0).rstrip().endswith(".")),
                 len(lines))
    return lines[:min(_TOP, prose)]


def decision_record(text: str) -> list[tuple[int, str]]:
    """A decision record no label or heading of the decision genre marked: a line at its top that speaks of a
    decision (a heading, not a sentence) or gives its reference, when the paper below approves, signs or decides in at
    least two different words. A page of several decisions ("Decisions" in its heading) is left to the listings."""
    for m in _top(text):
        line = m.group(0).strip()
        if len(line) > 150 or line.endswith((".", ",", ";")):
            continue
        if not (_REF_LINE.match(line) or _DECISION_HEAD.search(line) and len(line.split()) <= 16):
            continue
        if re.search(r"(?i)\bdecisions\b", text[:m.start()]):
            return []  # a listing's page
        words = {re.sub(r"\s+", " ", w.group("w").lower()) for w in _APPROVAL.finditer(text, m.end(), m.end() + 8000)}
        return [(m.start(), "decision_notice")] if len(words) >= 2 else []
    return []


def report(text: str) -> list[tuple[int, str]]:
    """A report no header block marked: a line at its top (above any sentence of running text) that calls the paper a
    report or a briefing note, over at least two of a report's section headings, or one when the top line names whose
    report it is."""
    for m in _top(text):
        line = m.group(0).strip()
        if len(line) > 200 or line.endswith((".", ",", ";")) or not _REPORT_HEAD.match(line):
            continue
        if REPORT_OF_TO.match(text, m.start()):
            # "Report of the Northshire Panel to the Commissioner": whose report, to whom (on a line, or over three
            # with "to the" on its own between them)
            return [(m.start(), "report")]
        if len(line) > 120:
            continue
        sections = {s.group("s").lower().split()[0] for s in _SECTION.finditer(text, m.end(), m.end() + 20000)}
        whose = _WHOSE.match(line + " " + " ".join(text[m.end():m.end() + 40].split()))
        return [(m.start(), "report")] if len(sections) >= 2 or whose and sections else []
    return []


def cue(text: str) -> list[tuple[int, str]]:
    """The cue of last resort, where nothing of any genre was found: a forum's name and date over a meeting's
    business (``meeting_cues.forum_date_heading``), else a decision record's or a report's own words at the top, else
    a letter's date, salutation and subject."""
    return forum_date_heading(text) or decision_record(text) or report(text) or letter_top(text)


def letter_top(text: str) -> list[tuple[int, str]]:
    """A letter doing a report's work: dated, with a salutation and a subject line (``letters.letter``)."""
    found = letter(text)
    return [(found.top, "report")] if found else []
