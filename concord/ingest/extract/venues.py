"""Where a meeting was held, as minutes print it in their heading's sentence ("held on <date> at <time> in <place>",
"held at <time> on <date> at <place>", "The Authority met at <place>."), and the place cleaned of what is printed
around it (times, "via", "View directions"). Used by ``meetings``."""

from __future__ import annotations

import re

from concord.ingest.dates import DATE_IN_FIGURES

HELD_AT = re.compile(r"(?i)\bheld\s+(?:(?:at|from)\s+\d{1,2}(?:[.:]?\d\d)?\s*(?:[ap]\.?m\.?|hrs|hours)?,?\s+)?"  # ("at 10am on")
                      r"(?:on\s+)?(?:\w+day\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|" + DATE_IN_FIGURES + ")"
                      r"(?:,?\s+(?:at|from)\s+\d{1,2}(?:[.:]?\d\d)?\s*(?:[ap]\.?m\.?|hrs|hours)?)?(?:,?\s+(?:at|in)\s+|(?<=m),\s+)(?:the\s+)?"
                      r"(?!\d{1,2}(?:[.:]?\d\d)?\s*(?:[ap]\.?m|hrs))(?P<venue>[^\n]{4,120}?)(?:\.(?:\s|$)|\n|$)|"
                      r"\bheld\s+(?:at\s+(?:the\s+)?|in\s+(?:the\s+)?(?-i:(?=[A-Z])))(?!\d{1,2}(?:[.:]?\d\d)?\s*(?:[ap]\.?m|hrs))"
                      r"(?P<venue2>[^\n]{4,120}?)(?:\.(?:\s|$)|\n|$|\s+on\s+\w|"
                      r",?\s+(?:on\s+)?(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\b|" + DATE_IN_FIGURES + "))")
# "The Authority met at Pacific Exchange, Northtown.": the place, in the sentence typed minutes print under the attendees
MET_AT = re.compile(r"(?m)^[ \t]*The[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?i:authority|panel|committee|sub-committee|board|forum|"
                     r"commission|group)[ \t]+met[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?P<venue>[A-Z][^\n]{3,120}?)\.[ \t]*$")
_TIME_TAIL = re.compile(r"(?i),?\s+(?:at|from|commencing(?:\s+at)?|starting\s+at)\s+\d{1,2}(?:[.:]\d\d)?\s*"
                        r"(?:[ap]\.?m\.?|hrs|hours)?$")
# (and the paper's own heading after the place on a flattened line: "Conference Room 2, Ty Hywel Minutes")
_VENUE_NOISE = re.compile(r"(?i)\.?\s*(?:view\s+directions|cyfarwyddiadau)\b.*$|\s*\(?map\)?$|(?<=[a-z])\s+(?-i:Minutes|MINUTES|Notes|NOTES)$")
# a time and nothing else ("10.00 am", "1000hrs", "14:30"; not a bare number)
TIME_ONLY = re.compile(r"(?i)\d{1,2}(?:[.:]?\d\d\s*(?:[ap]\.?m\.?|hrs|hours)?|\s*(?:[ap]\.?m\.?|hrs|hours))")
_TIME_LEAD = re.compile(r"^(?:\(?\d{1,2}[.:]?\d{2}\s*(?:[-–]|to)\s*\d{1,2}[.:]?\d{2}\)?|"
                        r"\(?\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?)\)?,?|\d{1,2}[.:]?\d{2}\s*(?i:hrs|hours),?|\d{1,2}[.:]\d{2},?)"
                        r"\s*(?:(?:at|via|in)\s+)?")  # (or one time: "4:00pm Filby Room", "10:00 via Microsoft Teams")


# (after a bracket, or a number with its letter: "Committee Room 1. View directions" keeps its room's number)
_ITEM_AFTER = re.compile(r"(?:(?<=\))[ \t]+\d{1,2}[a-z]?|[ \t]+\d{1,2}[a-z])\.[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,4}[ \t]*$")


_MINUTE_FIRST = re.compile(r"\s*(?:[A-Z]{2,6}[ /]?)?\d{1,3}/\d{2,4}[ \t]+[A-Z]")


def clean_venue(venue: str | None) -> str | None:
    """The place without the times, the "via" and the map link printed around it; None when nothing is left."""
    if not venue:
        return venue
    if _MINUTE_FIRST.match(venue):
        return None  # "CSC 1/23 Welcome and Introductions": the first minute under the heading, no place
    venue = re.sub(r"\(\s*\)", "", venue)  # "(16:00-17:30) Conference Room 2": the times cut from their bracket
    venue = _ITEM_AFTER.sub("", venue)  # "(Docklands Conference Room) 1a. Attendance": the first item run on after it
    whole = re.fullmatch(r"\s*\(\s*([^()]+?)\s*\)\s*", venue)
    venue = whole.group(1) if whole else venue  # "( Via Microsoft Teams / Docklands Conference Room)": in brackets
    venue = re.sub(r"(?i)^(?:via|by|on|at|held\s+(?:in|at))\s+(?=\S)", "", _VENUE_NOISE.sub("", venue)).strip(" ,./:;") or None
    # ("via Teams", "Held in City Chambers" on a line of its own)
    venue = venue and (_TIME_TAIL.sub("", venue).strip(" ,") or None)  # "Civic Centre, Southtown at 2pm"
    return venue and (_TIME_LEAD.sub("", venue) or None)  # "(1300-1600) at 10 Victoria Street": the times first
