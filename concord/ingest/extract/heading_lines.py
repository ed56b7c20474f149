"""A meeting paper's heading lines: which name the forum and its date, which are the page's furniture or its marking,
and which line names a place rather than telling a sentence."""

from __future__ import annotations

import re

from concord.ingest.cue_patterns import LABEL_END, MID_LINE_MINUTES, MID_REACH  # noqa: F401 - (for the extractors)
from concord.ingest.dates import DATE_IN_FIGURES, find_dates
from concord.ingest.extract.common import WEB_LINE
from concord.ingest.extract.forum_names import FORUM_KIND, clean_forum
from concord.ingest.extract.items import title_like
from concord.ingest.textutil import PRINTED_MARK, squash

# a line of the page's furniture or marking, not a heading ("PUBLIC" alone marks a paper; "Public Protection Committee"
# names a forum)
SKIP_LINE = re.compile(r"(?i)^(?:https?://|www\.)|protectively\s+marked|^(?:official|restricted)\b|^public\s*(?:$|[-–:|])|"
                       r"^page\s+\d|^(?:item|agenda\s+item)\s*\d")

# "Title: Chief Officers' Board - Strategic" over "Date:" or "Venue:": a meeting page's own title label
# (its value on the line under it too, as a web page's list of terms prints it)
# (each label with a colon, or with a dash after it: "Title - Chief Officers' Board")
TITLE_OVER = re.compile(r"(?m)^[ \t|]*(?i:title)" + LABEL_END + r"[ \t]*\n?[ \t]*(?P<forum>[A-Z][^\n|]{2,98}?)[ \t|]*\n"
                        r"(?=[ \t]*(?i:date|venue|time|location)" + LABEL_END + ")")
# a heading's date on a line of its own ("Monday 2nd April 2012")
DATE_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}|"
                       + DATE_IN_FIGURES + r")[ \t]*$")
# "Joint Audit Committee - Minutes of the meeting held on 14 June 2022": the forum, a dash, the record's word
FORUM_DASH_MINUTES = re.compile(r"(?im)^[ \t]*(?P<forum>[A-Z][^\n:–—|]{3,80}?)[ \t]+[-–—:|][ \t]*(?:(?:draft|confirmed|"
                                 r"unconfirmed|approved)[ \t]+)?minutes\b(?P<rest>[^\n]{0,120})$")
MARKED = re.compile(rf"^(?:{PRINTED_MARK}[ \t]+)+(?=[A-Z][a-z]|[A-Z]{{2,}}[ \t]+[A-Z]{{2,}})")  # (before a heading in
# capitals too)
# "Northtown Stop and Search scrutiny panel 24/02/2015": a forum named in sentence case, its date after it
# (or "... scrutiny panel standing minutes", the date under it)
DATED_FORUM = re.compile(r"[A-Z][^.:;\n]{3,90}?\b(?i:board|committee|panel|group|forum|partnership|authority|council)"
                         r"(?:[ \t]*[-–,:]?[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+\d{4})|"
                         r"[ \t]+(?i:(?:standing|draft|confirmed|unconfirmed|approved)[ \t]+)?(?i:minutes|notes))[ \t]*$")


def place_like(text: str) -> bool:
    """A place's name and address, not a sentence ("Robert Dyson House last week went well, with over 80 people")."""
    small = [w for w in re.findall(r"[A-Za-z'’]+", text) if w.islower() and w not in PLACE_SMALL]
    return len(small) <= 2


PLACE_SMALL = frozenset(("of", "the", "and", "at", "in", "on", "for", "via", "by", "upon", "de", "le", "la", "room", "floor",
                         "road", "street", "house", "hall", "building", "centre", "lane", "way", "park", "offices"))


def heading_above(text: str, at: int) -> str | None:
    """The short heading in capitals on the nearest line above ``at`` (no sentence, no date, no web furniture)."""
    line = next((squash(x) for x in reversed(text[:at].split("\n")[-4:]) if x.strip()), "")
    if not 2 <= len(line.split()) <= 10 or line.endswith(".") or any(ch.isdigit() for ch in line) or \
            re.search(r"(?i)\bminutes\b", line) or \
            WEB_LINE.search(line) or SKIP_LINE.search(line) or not (line.isupper() or title_like(line)):
        return None
    return clean_forum(line)


# a heading's line broken off after "&", "and", "of", "the" or "for": the name goes on at the next line's start
BROKEN_OFF = re.compile(r"(?i)(?:&|\b(?:and|of|the|for))[ \t]*$")


def rejoined(lines: list[str]) -> list[str]:
    """The lines with a dated heading that a page's width broke before its forum's last word (or before or after
    an "and", "of" or "&") made one again: "... Northshire Police and Crime" over "Panel - Thursday, 20 June 2024
    10.30 am"."""
    out: list[str] = []
    for line in lines:
        goes_on = bool(out) and (BROKEN_OFF.search(out[-1]) or re.match(r"[a-z&]", line))  # "and Crime Panel - …"
        broken = goes_on or bool(out) and re.search(r"[A-Za-z]$", out[-1]) and FORUM_KIND.match(line)
        forum = clean_forum(line) if broken and find_dates(line) else None
        if forum and (" " not in forum or goes_on) and len(forum.split()) <= 4:
            out[-1:] = [f"{out[-1]} {line}", ""]  # the same number of lines
        else:
            out.append(line)
    return out




# the body's name in capitals before a heading that names no forum of its own ("NORTHSHIRE POLICE AUTHORITY MINUTES OF
# THE MEETING HELD ON 4 JUNE 2010 AT ...", a page flattened onto one line)
BANNER_MINUTES = re.compile(r"(?m)^[ \t]*(?P<forum>[A-Z][A-Z&'’ -]{2,80}?)[ \t]+MINUTES[ \t]+OF[ \t]+(?:THE|A)[ \t]+"
                            r"MEETING[ \t]+HELD\b")
# "MINUTES NATIONAL POLICE AIR SERVICE (NPAS) NATIONAL STRATEGIC BOARD (MEETING NUMBER 24) 28 June 2018": the word,
# the forum's name in capitals and the date, run together on one line
MINUTES_CAPS = re.compile(r"\bMINUTES[ \t]+(?P<forum>[A-Z][A-Z0-9()&'’ -]{5,150}?)[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+"
                          r"[A-Z][a-z]+[ \t]+\d{4}\b|" + DATE_IN_FIGURES + ")")
