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
            not _PURPOSE_HEADING.search(text, m.end(), m.end() + _PURPOSE_REACH):
        return []
    return [(m.start(), "report")]


# a report's first section heading on a line of its own ("Purpose of report", "1. PURPOSE OF THE REPORT")
_PURPOSE_HEADING = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:" +
                              vocab.alternation(vocab.phrases("report", "purpose")) + r")[ \t]*:?[ \t]*$")
_PURPOSE_REACH = 400  # just below the author and the title


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
