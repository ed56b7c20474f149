"""A paper's own title as a reader gives it: the page's first heading line (a site's furniture aside), cleaned of what
is printed with it but names nothing (a table cell's mark, the form's "Title:" label, a page's data label and number,
the meeting's details run onto the heading's line), read whole when its line broke after "of the", "and" or "&", and
none where only a marking, a site's word or a fragment stands."""

from __future__ import annotations

import re

from concord.ingest.extract import meetings
from concord.ingest.extract.common import WEB_LINE as _WEB_LINE
from concord.ingest.extract.heading_lines import BROKEN_OFF
from concord.ingest.marking import marking_line
from concord.ingest.page_furniture import page_number


def cleaned_title(title: str | None, text: str) -> str | None:
    """The document's title found by its extractor, cleaned; None where none stands."""
    if title:
        title = re.sub(r"^/\s+", "", title) or None  # "/ Minutes of Meeting": a table cell's mark, no part of it
    if title:
        title = _TITLE_LABEL.sub("", _HEADER_AFTER.split(title, maxsplit=1)[0]).strip() or None
    if title and BROKEN_OFF.search(title):
        title = _goes_on(text, title)
    if title and _no_title(title):
        title = None  # a marking, the site's furniture or a fragment where the heading was looked for: no title
    return title or None


# where a paper's title is looked for but none stands: its protective marking or classification line ("Not
# Protectively Marked", "Freedom of Information Classification – Open"), a web page's heading over a meeting's details
# ("Meeting Details", "Meeting Status"), a section's one word ("Information"), a line cut mid-date ("th February 2009")
_NOT_TITLE = re.compile(r"(?i)^(?:not\s+protectively\s+marked|protectively\s+marked|protective\s+marking|"
                        r"security\s+classification|(?:freedom\s+of\s+information|foi)\s+classification|"
                        r"official(?:[\s-]+sensitive)?$|information$|details$)|"
                        r"^(?:st|nd|rd|th)\s+[A-Z][a-z]+\s+(?:19|20)\d\d")


def _no_title(title: str) -> bool:
    """A title that is no paper's heading: a marking, the site's furniture, a page's word, a fragment."""
    text = title.strip()
    return bool(_NOT_TITLE.search(text) or _WEB_LINE.match(text) or meetings.PAGE_WORDS.fullmatch(text))


# "Title: Chief Officers' Board": the form's label before its title is no part of it
_TITLE_LABEL = re.compile(r"^(?i:title)[ \t]*[:–-][ \t]*"
                          # "DATA LABEL: Public 257 MINUTE of MEETING ...": the page's marking and number before it
                          r"|^(?i:data[ \t]+label|protective[ \t]+marking|security[ \t]+classification)[ \t]*:[ \t]*"
                          r"(?i:public|official(?:[ \t-]+sensitive)?|restricted|not[ \t]+protectively[ \t]+marked)"
                          r"(?:[ \t]+\d{1,4})?[ \t]+")
# "MINUTES OF THE LEADERSHIP BOARD DATE: Monday 14th January 2019 LOCATION: ...": the heading ends where the labels of
# the meeting's details begin
_HEADER_AFTER = re.compile(r"(?<=\S{3})[ \t]+"
                           r"(?=(?:DATE|Date|TIME|Time|VENUE|Venue|LOCATION|Location|PLACE|Place)[ \t]*:)")




def _goes_on(text: str, title: str) -> str:
    """A title broken off at its line's end, with the line under it (a short line, not a label's) joined to it."""
    at = text.find(title)
    if at < 0 or text.find("\n", at) != at + len(title.rstrip()) and text[at + len(title):at + len(title) + 1] != "\n":
        return title
    nxt = re.match(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]{2,160})[ \t]*(?:\n|$)", text[at + len(title):])
    if not nxt or ":" in nxt.group(1):
        return title
    return f"{title} {nxt.group(1).strip()}"


def page_title(text: str) -> str | None:
    """A page's title: its first line, when that is a heading (short, no sentence), web furniture aside."""
    for line in text.split("\n"):
        line = line.strip()
        if not line or _WEB_LINE.search(line) or marking_line(line) or page_number(line):
            continue  # (a page's marking and number over its title: "OFFICIAL" over "Page 1" over "Decisions")
        return line if len(line) <= 160 and not line.endswith((".", ":")) and "|" not in line else None
    return None


def head_lines(text: str) -> list[str]:
    """The page's title and, when that is a single word (a site's section label over the heading), the heading
    line below it."""
    first = page_title(text)
    if not first:
        return []
    if " " in first:
        return [first]
    rest = text[text.find(first) + len(first):]
    nxt = page_title(rest)
    return [first] + ([nxt] if nxt else [])
