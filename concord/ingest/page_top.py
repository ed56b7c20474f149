"""The top of a page a host flattened onto one line, its first words run on into its text: its protective marking, a
host's word for its own furniture, a minutes heading in capitals and a committee site's heading and meeting line, each
put on a line of its own (a character replaced by a line break: every offset stays where it was). Used by
``flat_header.unflatten``."""

from __future__ import annotations

import re

# a page's protective marking at the start of a long line, its heading run on after it ("NOT PROTECTIVELY MARKED
# MINUTES OF THE ...", "OFFICIAL Police and Crime Panel Minutes ..."): the marking on a line of its own
# (after a host's word for its own furniture in small letters, "advertisement OFFICIAL MEETING OF THE BOARD ...": the
# marking on a line of its own, apart from both)
_MARKING_LEAD = re.compile(r"(?m)^[ \t]*(?:[a-z]{3,20}(?P<lead>[ ]))?(?:NOT[ ]+PROTECTIVELY[ ]+MARKED|OFFICIAL(?:[ ]?[-–][ ]?SENSITIVE|[ ]+SENSITIVE)?|"
                           r"PROTECT|RESTRICTED|UNCLASSIFIED)(?P<gap>[ ])(?=[A-Z][A-Za-z]*[ ]+\S)(?=[^\n]{150})")


# a minutes heading in capitals at the start of a long line, the page's words in running case run on after it
# ("MINUTES OF THE CHANGE CHIEF OFFICER GROUP MEETING WEDNESDAY 11 JUNE 2014 ... AT 9.30 AM Members Attendance Andrew
# Cooke ..."): the heading on a line of its own
# (not "MINUTES OF THE LAST BOARD MEETING HELD ...", an item that confirms an earlier meeting's)
_CAPS_MINUTES = re.compile(r"(?m)^[ \t]*(?:MINUTES|NOTES)[ ]+OF[ ]+(?:THE[ ]+|A[ ]+)?(?!(?:[A-Z]+[ ]+)?(?:LAST|PREVIOUS|EARLIER)\b)"
                           r"[^\na-z]{10,240}?[A-Z0-9.)](?P<gap>[ ])"
                           r"(?=[A-Z][a-z])(?=[^\n]{100})")


# ... with a date's ordinal, printed raised, left on the heading's line by itself ("MEETING th WEDNESDAY 11 JUNE")
_STRAY_ORDINAL = re.compile(r"(?m)^[ \t]*(?:MINUTES|NOTES)[ ]+OF[ ][^\na-z]{3,200}?[A-Z][ ](?P<gap>st|nd|rd|th)[ ](?=[A-Z0-9])")


# a council committee site's meeting page at its top, flattened: "Agenda and minutes Police and Crime Panel for Lancashire
# - Monday, 1st October, 2012 10.00 am Members of the public ...": the page's heading, and the committee's name with the
# meeting's date and time, each on a line of its own
_SITE_HEADING = re.compile(
    r"(?m)^[ \t]*(?:Agenda[ ]and[ ](?:draft[ ]|confirmed[ ]|approved[ ]|signed[ ])?minutes|Agenda|(?:Draft[ ])?Minutes)"
    r"(?P<g1>[ ])[A-Z][^\n]{2,120}?[ ][-–][ ](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]\d{1,2}(?:st|nd|rd|th)?[ ]"
    r"[A-Z][a-z]+,?[ ](?:19|20)\d\d(?:,?[ ](?:\d{1,2}[.:]\d\d[ ]?(?:am|pm)|\d{1,2}[ ]?(?:am|pm)))?(?P<gap>[ \n])(?=[A-Z])")
_TOP = 400  # how far into a page (after a saved page's source line) its own heading stands


def page_top(text: str, chars: list[str] | None) -> list[str] | None:
    """The page's marking and its minutes heading at its top, run on into its text, each put on a line of its own
    (an item "MINUTES OF THE BOARD MEETING HELD ON ..." further down is an earlier meeting's, left as it is)."""
    source = re.match(r"[ \t]*source:[^\n]*\n", text, re.I)
    top = (source.end() if source else 0) + _TOP
    for m in _MARKING_LEAD.finditer(text, 0, top):
        chars = chars if chars is not None else list(text)
        chars[m.start("gap")] = "\n"
        if m.group("lead"):
            chars[m.start("lead")] = "\n"
    for m in _STRAY_ORDINAL.finditer(text, 0, top):
        chars = chars if chars is not None else list(text)
        chars[m.start("gap"):m.end("gap")] = "  "
    for m in _SITE_HEADING.finditer(text, 0, top):
        chars = chars if chars is not None else list(text)
        chars[m.start("g1")] = chars[m.start("gap")] = "\n"
    read = text if chars is None else "".join(chars)
    for m in _CAPS_MINUTES.finditer(read, 0, top):
        chars = chars if chars is not None else list(text)
        chars[m.start("gap")] = "\n"
    return chars
