"""Line breaks put back into a paper a converter or document host flattened onto long lines (a web transcription of
a PDF): before the headings and labels that only start a line, and before a minute's reference and its heading.
Each break replaces one space, so every offset stays where it was."""

from __future__ import annotations

import re

from concord.ingest.textutil import SENTENCE_START

_LONG_LINE = re.compile(r"[^\n]{300,}")
_JOINED_LINE = re.compile(r"[^\n]{150,}")
# where a paper flattened into one line (a web transcription of a PDF) had its line breaks: before a heading
# or label that only starts a line; each break replaces one space, so every offset stays where it was
_BREAK_BEFORE = re.compile(
    r"(?<!\bOfficers)(?<!\bOthers)(?<!\bMembers)(?<!\bAlso)(?<!\bOFFICERS)(?<!\bMEMBERS)(?<!\bALSO)"  # "Officers Present:"
    r"(?<!&)(?<!\band)"  # (nor a label's second half: "Date & Time:", "Welcome and Apologies")
    r" (?=(?:Minutes\s+of\s+the\s+(?:meeting|proceedings)\b|Meeting\s+Minutes\s*:|Security\s+[Cc]lassification\s*:|"
    r"(?i:attendees|present)\s+(?i:names?)\s+(?i:organisation|organization|representing|role)\b|"
    r"MINUTES\s+OF\s+(?:THE\s+)?[A-Z]|(?:Members\s+)?Present\s*:|"
    r"(?<!\bBoard )(?<!\bPanel )(?<!\bCommittee )(?:(?:Board|Panel|Committee)\s+)?(?:Officers|Members|Others)\s+"
    r"(?:Attending|Present|[Ii]n\s+[Aa]ttendance)\s*(?::|(?=\s+[A-Z][a-z]+\s+[A-Z]))|Also\s+(?:Present|in\s+[Aa]ttendance)\b|In\s+[Aa]ttendance\s*:|"
    r"Apologies(?:\s+for\s+absence)?\b|(?:Present|In\s+[Aa]ttendance)\s+[–-]\s+(?=[A-Z])|"
    r"MINUTES?\s+[Oo][Ff]\s+(?:[Tt][Hh][Ee]\s+)?MEETING\b|Declarations?\s+of\s+interests?\b|Date\s+of\s+(?:the\s+)?next\s+meeting\b|"
    r"(?:Venue|Date|Time|Location)\s*:|(?:OFFICIALS|Officials)\s*:|(?:MEMBERS\s+)?PRESENT\s*:|ALSO\s+PRESENT\b|"
    r"IN\s+ATTENDANCE\s*:|APOLOGIES(?:\s+FOR\s+ABSENCE)?\s*:|"
    # a page's protective marking, printed at its head and foot
    r"(?:OFFICIAL(?:[-‑ ]SENSITIVE)?|NOT\s+PROTECTIVELY\s+MARKED)\s+(?=[A-Z][a-z])))")


# ... and before a minute's reference and its heading in capitals ("... Chief Finance Officer PCP 34.12/13 MEMBERSHIP OF
# THE PANEL The Chairman ...", "... signed. 35.12/13 APOLOGIES FOR ABSENCE"), the prefix and its number kept together
_MINUTE_BREAK = re.compile(r"(?<!\b[A-Z]{2})(?<!\b[A-Z]{3})(?<!\b[A-Z]{4})(?<!\b[A-Z]{5}) (?=(?:[A-Z]{2,5} )?\d{1,3}"
                           r"(?:\.\d{1,2})?/\d{2,4} [A-Z][A-Z/'’&,-]+(?: [A-Z][A-Z/'’&,-]*)+\b)")


# ... and before an item's number and its heading in capitals, the minute's first sentence after it ("... John Muir
# 1. DECLARATIONS OF INTEREST No declarations of interest were made. 2. MINUTE The Panel confirmed ...")
# (and after the heading: the heading a line of its own)
_ITEM_BREAK = re.compile(r" (?P<head>\d{1,2}\. [A-Z]{3,}[A-Z'’&,/-]*(?: [A-Z][A-Z'’&,/-]*)*) (?=" + SENTENCE_START + ")")


# ... and after a document host's page counter ("You are on page 1of 10 Board Meeting ..."): the paper starts after it
_PAGE_COUNT = re.compile(r"(?P<count>\b(?i:page)[ ]\d{1,3}[ ]?of[ ]\d{1,4})[ ](?=[A-Z])")


def reflow(text: str, wrapped: bool = False) -> str:
    """Line breaks back into lines of 300 characters or more (150 on a page whose wrapped lines were joined: its
    paragraphs were a flattened line's), before the headings and labels that start a line."""
    if len(text) < 300:
        return text
    return (_JOINED_LINE if wrapped else _LONG_LINE).sub(lambda m: _ITEM_BREAK.sub("\n\\g<head>\n", _MINUTE_BREAK.sub("\n", _BREAK_BEFORE.sub(
        "\n", _PAGE_COUNT.sub("\\g<count>\n", m.group(0))))), text)
