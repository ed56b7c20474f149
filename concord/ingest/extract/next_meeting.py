"""The date of a meeting's next meeting, as its minutes give it: in the sentence that names it ("The next meeting will be
held on 13 September 2022."), or under a "Date of next meeting" heading. A sentence that only mentions the next meeting
("... to report at the next meeting.") says nothing of a date printed after it. Used by
concord/ingest/extract/meetings.py."""

from __future__ import annotations

import re

from concord.ingest.extract.common import date_in

_NEXT = re.compile(r"(?is)(?P<lead>date\s+of\s+(?:the\s+)?)?next\s+meeting\b(?=(?P<w>.{0,160}))")


def next_meeting(text: str, date: str | None) -> str | None:
    """The first full date after ``date`` that ``text`` gives its next meeting."""
    for nxt in _NEXT.finditer(text):
        said = re.split(r"[.!?](?=\s)", nxt.group(0) + nxt.group("w"))[0]
        d = date_in(said if nxt.group("lead") else re.split(r"\n[ \t]*\n", said)[0])
        if d and len(d) == 10 and date is not None and d > date:
            return d
    return None
