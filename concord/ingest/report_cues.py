"""What marks a report with no To/From header block: a "REPORT OF THE CHIEF CONSTABLE" line at the top over a
Recommendation(s) heading or its first section's heading, or a Title label with a contact or author label a few lines
below it and a Recommendation(s) heading after. Used by the splitter (concord/ingest/split.py)."""

from __future__ import annotations

import re

from concord.ingest import vocab

_REPORT_OF = re.compile(r"(?im)^[ \t]*(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^\n.:;]{3,80}$")
_RECO_HEADING = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?[ \t]+)?recommendations?(?:\(s\))?[ \t]*:?[ \t]*$")


def report_of(text: str, cued: list[int]) -> list[tuple[int, str]]:
    """A paper with no header block that opens "REPORT OF THE CHIEF CONSTABLE" and goes on to a
    Recommendation(s) heading, or to its first section's heading ("Purpose of report") a title's lines below:
    a report (the first such line at the top of the text, no other cue before)."""
    m = _REPORT_OF.search(text, 0, 800)
    if not m or any(p <= m.start() + 800 for p in cued):
        return []
    if not _RECO_HEADING.search(text, m.end(), m.end() + 6000) and \
            not _PURPOSE_HEADING.search(text, m.end(), m.end() + _PURPOSE_REACH) and \
            not THIS_REPORT.search(text, m.end(), m.end() + _PURPOSE_REACH):
        return []
    return [(_meeting_above(text, m.start()), "report")]


# the meeting a report goes to and its date, on the lines over "Report of ..." ("Police and Crime Panel Meeting" /
# "Friday 3rd February 2017"): the report's header starts there
_MEETING_LINE = re.compile(r"[ \t]*[A-Z][\w&'’ ,-]{2,80}?\b(?:Panel|Committee|Board|Authority|Council)[ \t]+(?:Meeting|meeting)"
                           r"[ \t]*$")
_DATE_LINE = re.compile(r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8},?"
                        r"[ \t]+(?:19|20)\d\d[ \t]*$")


def _meeting_above(text: str, at: int) -> int:
    start = at
    for rx in (_DATE_LINE, _MEETING_LINE):
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        if start and rx.fullmatch(text, above, start - 1):
            start = above
    return start


# a report's first section heading on a line of its own ("Purpose of report", "1. PURPOSE OF THE REPORT")
_PURPOSE_HEADING = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:" +
                              vocab.alternation(vocab.phrases("report", "purpose")) + r")[ \t]*:?[ \t]*$")
_PURPOSE_REACH = 400  # just below the author and the title
# ... or its first sentence, saying what it does, opening a line below the title ("This report sets out ...")
THIS_REPORT = re.compile(r"(?im)^[ \t]*(?:this|the)[ \t]+(?:report|paper|briefing(?:[ \t]+note)?)[ \t]+(?:sets|considers|"
                          r"provides|presents|seeks|outlines|updates|informs|asks|summarises|summarizes|describes|gives|is)\b")


_TITLE_LABEL = vocab.pattern("report", names=("subject",), strict=True)
_CONTACT_LABEL = vocab.pattern("report", names=("contact", "from"), strict=True)


def titled_report(text: str, cued: list[int]) -> list[tuple[int, str]]:
    """A paper for a commissioner or a board with no To/From block: a Title label, a contact or author label a few
    lines below it, then a Recommendation(s) heading; a report (the first such Title near the top, no other cue
    before it)."""
    for m in _TITLE_LABEL.finditer(text, 0, 3000):
        if any(p <= m.start() + 1500 for p in cued):
            return []
        near = text[m.end():m.end() + 600]
        if not _CONTACT_LABEL.search(near) or not _RECO_LINE.search(text, m.end(), m.end() + 2500):
            continue
        return [(m.start(), "report")]
    return []


# "Recommendations", "1. Recommendations It is recommended that:": the heading, alone or with its lead-in
_RECO_LINE = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?[ \t]+)?recommendations?(?:\(s\))?[ \t]*(?::|$|[ \t]+(?:it\s+is\s+"
                        r"recommended|that\b|members\s+are|the\s+\w+\s+is\s+(?:asked|recommended)))")
