"""A forum's name as a paper prints it, made into the name a reviewer files the meeting under: the heading's dates,
record words ("Minutes of"), meeting numbers, occasions and the hosting site's council taken off."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import find_dates
from concord.ingest.extract.common import smart_title
from concord.ingest.textutil import PRINTED_MARK, squash

FORUM_WORD = re.compile(r"(?i)\b(board|committee|panel|group|summit|forum|council|meeting|authority|"
                        r"assembly|partnership|conference|executive|team|cabinet)\b")
FORUM_KIND = re.compile(r"(?i)\b(?:board|committee|panel|group|summit|forum|council|authority|assembly|partnership|team|"
                        r"conference|executive|commission|trust|cabinet)\b")
_FORUM_TAIL = re.compile(r"(?i)(?:\s*[-–,:]\s*|\s+|(?-i:(?<=[A-Z])(?=MINUTES\b|NOTES\b)))(?:(?:public\s+)?meeting(?:\s+minutes)?|(?:standing|draft|confirmed|unconfirmed|approved)\s+minutes\b.*|minutes(?!\s+of\b)\b.*|minutes\s+of\s+(?:the\s+)?meeting\b.*|notes(?!\s+of\b)\b.*|held\b.*|on\s+\w+day\b.*|"
                         r"(?:meeting\s+)?on\s+\d.*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.*|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*|"
                         r"dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)\b.*|"  # (the day in Welsh)
                         # "... BOARD DATE: Monday 14th January 2019 LOCATION: ...": the labels of its details after it
                         r"(?:date\s*(?:&|and|/)\s*time|date|time|venue|location|place|chair)\s*:.*)$")
# an occasion and the word meeting, no forum ("the extraordinary meeting", "hybrid Meeting"): the forum is named above
# "45th meeting", "one hundred and forty second meeting": which of its meetings, no name
_NTH = (r"(?:\d{1,4}(?:st|nd|rd|th)|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|and|twenty|thirty|"
        r"forty|fifty|sixty|seventy|eighty|ninety)[\s-]+){0,6}(?:first|second|third|[a-z]+th))\s+meeting")
OCCASION_ONLY = re.compile(r"(?i)^(?:the\s+)?(?:(?:" + vocab.alternation(vocab.phrases("meeting", "occasion")) +
                           r"|hybrid|virtual|remote|online|special|extraordinary|additional|urgent|informal|annual|general|"
                           r"ordinary|budget|precept|inaugural|private|public|joint|reconvened|adjourned)\s+)+meetings?$|"
                           r"^(?:the\s+)?" + _NTH + r"$")
_OCCASION = re.compile(r"(?i)^(?:" + vocab.alternation(vocab.phrases("meeting", "occasion")) + r")\b")
_FILE_NUMBER = re.compile(r"^[-–]?\d{5,}(?:[-–]\d+)*\s+(?=[A-Za-z])")
_MEETING_NUMBER = re.compile(r"(?i)\s*\((?:meeting\s+)?(?:number|no\.?)\s*\d{1,4}\)")


# a date printed before the forum's name in a heading ("14 October 2020 – Joint Audit Committee – Minutes"), and
# the record's own name before it ("Record of the Joint Audit Committee meeting")
_LEAD_DATE = re.compile(r"(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}|"
                        r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[-–:,|]\s*(?=[A-Z])")
LEAD_RECORD = re.compile(r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:record|notes|minutes)\s+of\s+(?:the\s+)?(?=[A-Z])")


_SITE_TAIL = re.compile(r"(?<=[a-z)])\s+[-–]\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")


_QUALIFIER = re.compile(r"(?i)(?:strategic|operational|tactical|extraordinary|special|annual|public|private|"
                        r"performance|finance|part\s+(?:[12ab]|one|two|i|ii))(?:\s+(?:meeting|session|business))?")


def without_site(text: str) -> str:
    """"X Panel (Statutory Joint Committee) - Northshire": the forum's name without the hosting site's council after it."""
    m = _SITE_TAIL.search(text)
    if m and _QUALIFIER.fullmatch(text[m.start():].strip(" -–—")):
        return text  # "Chief Officers' Board - Strategic": which of the forum's meetings, not the site
    if m and (text[m.start() - 1] == ")" or FORUM_KIND.search(text[:m.start()].rsplit(" ", 1)[-1])):
        return text[:m.start()]
    return text


def themed(named: str | None, heading: str | None) -> bool:
    """The form's title is the heading's forum with the meeting's theme after it ("National Policing Board" over
    "Title of meeting National Policing Board Build Back Safer: ..."): the forum is the heading's name."""
    if not named or not heading or not FORUM_WORD.search(heading.split()[-1]):
        return False
    rest = named[len(heading):] if named.lower().startswith(heading.lower() + " ") else ""
    return bool(rest.strip()) and not FORUM_WORD.search(rest)


# a document host's furniture run onto the line before a forum's name: its page count, file type and size, a
# council's "Public Document Pack" stamp; the forum's name is what follows the last of them
_HOST_LEAD = re.compile(r"(?i)^.*(?:\btotal\s+pages?\s*:\s*\d+|\bfile\s+type\s*:\s*\w+|\bsize\s*:\s*[\d.]+\s*[km]?b|"
                        r"\bviews\s*:\s*\d+|\bpages\s*:\s*\d+|\bpublic\s+document\s+pack|"
                        # a committee site's breadcrumb and tab ("Business - Northshire Council You are in Meetings
                        # Meeting Details Police Scrutiny Sub-Committee")
                        r"\byou\s+are\s+in\b.*?\bmeeting\s+(?:details|summary)|\bmeeting\s+details)\.?,?\s+")
# a committee site's page title before the meeting's heading, run onto its line
_SITE_TITLE = re.compile(r"(?i)^agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+|signed\s+)?(?:minutes|decisions)"
                         r"(?:\s+(?=[A-Z])|\s*$)")
# a bracket after the name that says what the forum is for or does, not what it is called: a label in it, or six
# words or more
_ASIDE = re.compile(r"\s*\((?:[^()]*:[^()]*|(?:[^()\s]+\s+){5,}[^()\s]+)\)\s*$")
# the verbs of a sentence the minutes tell, which no forum's name holds
_TOLD = re.compile(r"(?i)\b(?:welcomed|noted|agreed|resolved|was|were|has|had)\b")


# a form's "Title:" label before the meeting's name, its line set apart from the next field's by a blank line
_TITLE_LABEL = re.compile(r"(?i)^title[ \t]*:[ \t]*(?=[A-Z])")


def clean_forum(text: str) -> str | None:
    text = LEAD_RECORD.sub("", _LEAD_DATE.sub("", _TITLE_LABEL.sub("", squash(text))))
    text = _MEETING_NUMBER.sub("", text)  # "National Strategic Board (Meeting Number 24)": the board's 24th meeting
    text = _FILE_NUMBER.sub("", text)  # "-344170-87757000 INDEPENDENT ETHICS COMMITTEE": a converter's drawing number
    while marked := _LEAD_MARK.match(text):
        text = text[marked.end():].lstrip(" -–:/|")  # "OFFICIAL SWYDDOGOL NOT PROTECTIVELY MARKED INDEPENDENT ETHICS
        # COMMITTEE": the page's marking printed before the forum's name, in English and in Welsh
    mid = _MID_MARK.search(text)  # "Names Group RESTRICTED NAMES GROUP": a host's title, the paper's marking, its heading
    if mid and FORUM_KIND.search(text[mid.end():]):
        text = text[mid.end():]
    text = _SITE_TITLE.sub("", text)  # "Agenda and minutes Northshire Police and Crime Panel - Friday, ...": a page's
    whole = text
    for _ in range(3):
        text = _FORUM_TAIL.sub("", text).strip(" -–,:")
    if text and not FORUM_KIND.search(text) and re.match(re.escape(text) + r"\s+meeting\b", whole, re.I):
        text += " Meeting"  # "Level 1 Meeting": without the word it names no forum
    segments = text.split(", ")
    while len(segments) > 1 and _OCCASION.match(segments[0]) and FORUM_KIND.search(", ".join(segments[1:])):
        segments = segments[1:]  # "AGM, followed by Confirmation Hearing, Northshire Police and Crime Panel"
    text = ", ".join(segments)
    came = vocab.colon_labels("meeting", ("members", "attendance", "apologies"), text) if ":" in text else []
    if came:  # "... PRESENT: Councillor S Porter (Chairman)": the list begins, and the name ends (keeping its last
        a, b, _ = came[0]  # word where the label opens with it: "... Panel Members present:")
        own = FORUM_KIND.match(text, a, b)
        text = text[:own.end() if own else a]
    text = _ASIDE.sub("", text)  # "ACCOUNTABILITY FORUM (Purpose: To hold the Chief Constable to account ...)"
    if _TOLD.search(text) or _NOTICE.fullmatch(text) or _NTH_MEETING.fullmatch(text):
        return None  # "Chairman welcomed everyone to the virtual meeting of the ...": a sentence, no name; "Notice of
        # Meeting": a council's word for its agenda, over the forum's name
    lead = _HOST_LEAD.match(text)
    if lead and FORUM_KIND.search(text[lead.end():]):  # "... 17/06 Total Page:16 File Type:pdf, Size:1020Kb Public
        text = text[lead.end():]  # Document Pack North Wales Police and Crime Panel": a host's furniture before it
    text = re.sub(r"(?i)^(?:download\s+)?[\"']?(?:\d+\s+)?(?:public\s+document\s+pack\.?\s+)?(?:the\s+)?", "", text)
    text = text.strip("\"' ")
    text = without_site(text)
    # "Minutes of a meeting of the X Panel": the forum is X Panel
    text = re.sub(r"(?i)^(?:an?\s+)?(?:(?:ordinary|extraordinary|special|public|annual|\d{1,4}(?:st|nd|rd|th))\s+)?meeting\s+of\s+(?:the\s+)?"
                  r"(?=\S)", "", text)
    # "X Sub-committee of the Metropolitan Police Authority": the forum, not the body it belongs to
    text = re.sub(r"(?i)^(.*?\b(?:committee|sub-committee|panel|board|group|forum))\s+of\s+(?:the\s+)?"
                  r"(?!(?:directors|trustees|governors|management)\b)[A-Z].*$", r"\1", text)  # not "Board of Directors"
    text = _own_initials(text)
    if _PERSON_LEAD.match(text):
        return None  # "Cllr Stuart Bailey (Hart District Council)": a person and the body they sit for, no forum
    return smart_title(text) if len(text) >= 3 and not find_dates(text) else None


_LEAD_MARK = re.compile(PRINTED_MARK)
_MID_MARK = re.compile(rf"[ \t]+{PRINTED_MARK}[ \t]+")
_NTH_MEETING = re.compile("(?i)" + _NTH)  # "45th Meeting": which of its meetings, no name
_NOTICE = re.compile(r"(?i)(?:notice|summons)\s+(?:of\s+(?:the\s+)?|to\s+(?:attend\s+)?(?:a\s+)?)?meeting(?:\s+and\s+agenda)?")
_PERSON_LEAD = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z]")


_INITIALS_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)$")


def _own_initials(name: str) -> str:
    """A name without the initials in brackets after it that spell it: "Police Advisory Board for England and Wales
    (PABEW)" is the board's name, the bracket only what the paper calls it after."""
    m = _INITIALS_AFTER.search(name)
    if not m:
        return name
    words = [w for w in re.findall(r"[A-Za-z]+", name[:m.start()]) if w[0].isupper()]
    letters = m.group("abbr").replace("&", "").upper()
    return name[:m.start()] if "".join(w[0] for w in words).upper() == letters else name
