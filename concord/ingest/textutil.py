"""Small text helpers shared by readers and extractors.

``unmark`` blanks out light markup (HTML tags, ``**bold**``, heading
hashes, entities) with spaces of the same length, so offsets into the
cleaned text are offsets into the source text too.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}?>")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|nbsp|#39|apos);")
_ENT_CHAR = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": " ", "#39": "'", "apos": "'"}
_STARS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HASHES = re.compile(r"(?m)^[ \t]*#{1,6}(?=[ \t])")
_ESCAPE = re.compile(r"\\(?=[*_#\\|-])")
_RULE = re.compile(r"(?m)^[ \t]*-{3,}[ \t-]*$")
_ORD_GAP = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")
_BULLET_ENDS = re.compile(r"^[-–•·]+\s+|\s+[-–]+$|^[-–]+$")
_WS = re.compile(r"[ \t\u00a0]+")
# a sentence's first word after a heading in capitals run on into it: a word followed by one in lower case ("Prior
# to"), a name's two words ("Chief Superintendent Ross reported"), or a word that opens sentences ("The Panel ...");
# "HMICFRS Integrated PEEL Assessment Report" is one heading
SENTENCE_START = r"(?:[A-Z][a-z]+[ \t]+(?:[a-z]|[A-Z][a-z])|(?:The|There|This|These|It|No|An?|Members|Councillor|Mr|Mrs|Ms|Dr)[ \t])"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2022": "-",
                         "\uf0b7": "-", "\u25cf": "-", "\u25aa": "-", "\uf0a7": "-"})


# a tag inside a run of text (a host's rendering keeps them: "ACPO Administration <strong>of</strong> Firearms"), and a
# line that has one
_INLINE_TAG = re.compile(r"</?(?:strong|b|em|i|u|span|font|a|sup|sub|small|big|mark|abbr)(?:[ \t][^<>\n]{0,200}?)?>",
                         re.I)
_INLINE_LINE = re.compile(r"[^\n]*</?(?:strong|b|em|i|u|span|font|a|sup|sub|small|big|mark|abbr)\b[^\n]*", re.I)


def _inline_out(m: re.Match[str]) -> str:
    line = _INLINE_TAG.sub("", m.group(0))
    return line + " " * (len(m.group(0)) - len(line))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _entity(m: re.Match[str]) -> str:
    return _ENT_CHAR[m.group(1)] + " " * (len(m.group(0)) - 1)


def unmark(text: str) -> str:
    """Blank light markup, keeping every offset where it was."""
    if "<" in text:
        if _INLINE_TAG.search(text):  # "Midl<strong>and</strong>s": the word whole, the tags' room at its line's end
            text = _INLINE_LINE.sub(_inline_out, text)
        text = _TAG.sub(_blank, text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "*" in text or "_" in text:
        text = _STARS.sub(_blank, text)
    if "#" in text:
        text = _HASHES.sub(_blank, text)
    if "\\" in text:
        text = _ESCAPE.sub(" ", text)
    return _SPACED_WORD.sub(_unspaced, text)


# a heading printed letter by letter ("M I N U T E S", "A G E N D A"): the word, its spaces moved to after it
_SPACED_WORD = re.compile(r"(?m)^([ \t]*)((?:[A-Z] ){3,}[A-Z])(?=[ \t]*$)")


def _unspaced(m: re.Match[str]) -> str:
    word = m.group(2).replace(" ", "")
    return m.group(1) + word + " " * (len(m.group(2)) - len(word))


def line_starts(lines: list[str]) -> list[int]:
    """The offset at which each of ``text.split("\\n")``'s lines starts in ``text``."""
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


def squash(text: str) -> str:
    """One line, single spaces, plain quotes and dashes, no bullets at the ends."""
    text = text.translate(_QUOTES)
    text = _WS.sub(" ", text.replace("\n", " ").replace("\r", " ").replace("\t", " "))
    if " " in text:
        text = _ORD_GAP.sub(r"\1\2", text)
    text = text.strip(" :;,|")
    if len(text) > 1:
        text = _BULLET_ENDS.sub("", text)
    return text.strip()


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=1)
def names_data() -> dict[str, Any]:
    text = resources.files("concord.ingest").joinpath("data/names.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _honorific_rx() -> re.Pattern[str]:
    words = sorted(names_data()["honorifics"], key=len, reverse=True)
    alts = "|".join(re.escape(w).replace("\\ ", " ").replace(" ", r"\.?\s+").replace("/", r"\s?/\s?") for w in words)
    return re.compile(rf"^(?:(?:[TAC]\s?/\s?)?(?:{alts})\.?(?:\s+|$))+", re.I)


HONORIFIC = _honorific_rx()


def titled_surname(text: str) -> str | None:
    """A surname printed alone after a title or rank ("ACC Blatchly", "Supt Rowe"): the surname; else None."""
    m = HONORIFIC.match(text.strip())
    rest = text.strip()[m.end():].strip(" .") if m else ""
    return rest if re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-(?:Mc|Mac|O['’])?[A-Z][a-z'’]+)?", rest) and \
        rest.lower() not in ROLE_WORDS else None
# Words that make a phrase a role, an office or an organisation, not a person.
ROLE_WORDS = frozenset(names_data()["role_words"].split())
# Role words that name an organisation: a name never runs straight into one
ORG_WORDS = frozenset(names_data()["org_words"].split())
ORG_ENDS = frozenset(names_data()["org_ends"])
_NAME_CUT = re.compile(r"\s*(?:,|;| - | – | / |\(|\bTel\b|\bEmail\b|\bE-mail\b|\bTelephone\b|\bin\s+the\s+chair\b|"
                       r"\bon\s+behalf\s+of\b|\bsubstitut\w+\s+for\b|\bfor\s+item|"
                       # how the person came: "Al Ray via audio link", "Bo Bell by telephone", "Cy Cole virtually"
                       r"\s(?:via|by)\s+(?:audio|video|tele|phone|teams|zoom|skype|microsoft|conference|dial)|\svirtually\b|"
                       r"\sremotely\b)", re.I)
# "CWaddell": an initial run into the surname; "AshtonSuperintendent": a name run into a role
_GLUED_INITIAL = re.compile(r"(?<![\w'’])([A-Z])(?=[A-Z][a-z]{2,})")
_GLUED_WORD = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]+)")
_GLUED_TITLE = re.compile(r"(?<![\w'’])(Mr|Mrs|Ms|Miss|Dr|Cllr|Sir|Supt|Insp)(?=[A-Z][a-z])")
_POSTNOMINALS = frozenset(names_data()["postnominals"])
_FIRMS = frozenset(names_data()["firms"])
_PLACE_LEADS = frozenset(names_data()["place_leads"])


_KEEP_CAPS = frozenset(names_data()["postnominals"]) - {"ms", "ma", "am", "ba"}  # MBE, QPM; not Ms, Ma


_HONORIFIC_WORD = re.compile(r"(?i)(?<![\w/])(?:mr|mrs|ms|miss|dr|cllr|councillor|sir|dame|lady|lord|prof)\.?(?=\s+[A-Z])")


def uncap_names(text: str) -> str:
    """A run of people printed in capitals ("COUNCILLOR JOHN SMITH (CHAIR), MRS A JONES MBE") in the case names are
    read in ("Councillor John Smith (Chair), Mrs A Jones MBE"): each word capitalised, hyphenated and apostrophised
    parts too, letters after a name kept as printed. Text with a small letter in it is returned as it is, and so is
    text without a personal title (Mr, Mrs, Cllr ...) unless each of its entries opens with a given name and a surname
    ("ANN VALE (CHAIR), TOM HART")."""
    if re.search(r"[a-z]", text) or not re.search(r"[A-Z]{2}", text) or \
            not _HONORIFIC_WORD.search(text) and not _given_entries(text):
        return text  # a heading in capitals ("PART ONE") names no one: a run of people has a title or given names

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in _KEEP_CAPS or len(w) == 1:
            return w
        return re.sub(r"[A-Z]+", lambda p: p.group(0)[0] + p.group(0)[1:].lower(), w)
    return re.sub(r"[A-Z][A-Z'’/-]*", word, text)


# a run's entries: split at commas, semicolons and "AND", a post in brackets or after a dash left out
_ENTRY_CUT = re.compile(r"\s*(?:[,;&]|\bAND\b)\s*")
_ENTRY_POST = re.compile(r"\([^)]*\)?|\s[-–]\s.*$")


def _given_entries(text: str) -> bool:
    """Every entry of a run in capitals opens with a given name and a surname ("TOM HART", "ANN VALE (CHAIR)"), not
    one letter long ("A JONES" needs a title): people named without titles."""
    from concord.ingest.name_runs import first_names  # name_runs builds on this module
    entries = [e for e in _ENTRY_CUT.split(_ENTRY_POST.sub(" ", text.strip(" .:"))) if e.strip()]
    if not entries:
        return False
    for entry in entries:
        words = entry.split()
        if not 2 <= len(words) <= 4 or len(words[0]) < 3 or words[0].lower() not in first_names() or \
                not all(re.fullmatch(r"[A-Z][A-Z'’-]+", w) for w in words[1:]) or \
                any(w.lower() in ROLE_WORDS for w in words):
            return False
    return True


# "P.Seccombe", "J.R.Smith": an initial and its full stop glued to the surname
_GLUED_DOTTED = re.compile(r"(?<![A-Za-z])((?:[A-Z]\.)+)(?=[A-Z][a-z])")


def unglue_name(text: str) -> str:
    """Put back the spaces extraction dropped inside a name: ``Mr CWaddell``, ``N AshtonSuperintendent``."""
    text = _GLUED_TITLE.sub(r"\1 ", text)
    text = _GLUED_INITIAL.sub(r"\1 ", text)
    text = _GLUED_DOTTED.sub(r"\1 ", text)

    def split(m: re.Match[str]) -> str:
        rest = text[m.end():]
        word = re.match(r"[A-Z][a-z]+", rest)
        return " " if word and (word.group(0).lower() in ROLE_WORDS or HONORIFIC.match(word.group(0) + " ")) else ""
    return _GLUED_WORD.sub(split, text)


def _given(word: str) -> bool:
    """A given name or an initial: how a person's name starts."""
    from concord.ingest.name_runs import first_names  # name_runs builds on this module
    bare = word.strip(".,")
    return len(bare) <= 2 or bare.lower() in first_names()


def person_name(text: str) -> str | None:
    """A person's name as printed, without honorifics or the job title after it."""
    text = re.split(r"\t|\s{3,}", text.strip(), maxsplit=1)[0]
    text = squash(text)
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()  # "Stefan Houghton)": a bracket closed after the name, its opening cut away
    text = _INITIALS_LEAD.sub("", text)  # "AA – Ann Able (Chair)": the initials the minutes go on to use
    lead = _ROLE_LEAD.match(text)
    if lead and (all(w.lower().strip(".,:'’") in ROLE_WORDS for w in lead.group("role").split()) or
                 _TITLED.match(lead.group("rest")) and not HONORIFIC.match(lead.group("role") + " ")):
        # "Chief Finance Officer - Mr E Ellis": the post printed before the name; "Grant Thornton – Ms N Owen": a
        # body, its person titled after the dash (the body's words may read as a name)
        text = lead.group("rest")
    whole = text.split()
    if whole and whole[-1].lower().strip(".,:;'’") in ORG_ENDS and not HONORIFIC.match(text + " ") and not _given(whole[0]):
        return None  # "Scottish Fire and Rescue Service": a body, whatever "and" splits in it
    text = _NAME_CUT.split(text, maxsplit=1)[0]
    text = _MARKING_AFTER.split(text, maxsplit=1)[0]  # "Joanna Maal OFFICIAL SWYDDOGOL": the page's marking after it
    text = unglue_name(text)
    words = text.split()
    # offices and titles before the name ("PCC Ron Hogg", "Chief Executive Jane Smith") go, and the name
    # stops at the first role word after it ("A Harrison Director")
    dropped = ""
    titled = False
    while words:
        m = HONORIFIC.match(" ".join(words) + " ")
        if m and m.group(0).strip():
            words = words[len(m.group(0).split()):]
            dropped, titled = "", True
        elif words[0].lower().strip(".,:") in ROLE_WORDS or words[0] == "&":
            dropped, words = dropped if words[0].lower() == "the" else words[0].lower(), words[1:]
        else:
            break
    if dropped in ("for", "of"):
        return None  # "Police and Crime Commissioner for North Wales": the place a post is for, not a name
    if words and words[0].lower().strip(".,:'’") in ORG_ENDS and not titled:
        return None  # "Police Federation Northern Ireland": a body's word first (the post's words dropped), no name
    if words and words[-1].lower().strip(".,:'’") in ORG_ENDS and \
            not any(w.lower().strip(".,:") in ROLE_WORDS for w in words[:-1]):
        return None  # "Thames Valley Police"
    for i, w in enumerate(words):
        if i >= 2 and w.isupper() and len(w) > 1 and HONORIFIC.match(w + " "):
            words = words[:i]  # "Fiona Taylor DCC People and Professionalism": a rank after the name starts the post
            break
        if w.lower().strip(".,:") in ROLE_WORDS:
            if w.lower().strip(".,:") in ORG_WORDS:
                return None  # "East Herts District Council": a place before an organisation, not a name
            if i and w.lower().strip(".,:") in ORG_ENDS | {"for", "of"} and not titled and (
                    not _given(words[0]) or words[i - 1].lower().strip(".,:") in ORG_ENDS):
                return None  # "South Wales Police and Chair of ...", "Northtown Citizens for Change": a body, no given name
                # ("SG Directorate of Internal Audit": a body's initials, its word for itself, then what it is of)
            words = words[:i]
            break
    while len(words) > 2 and words[-1].isupper() and words[-1].lower().strip(".,").replace(".", "") in _POSTNOMINALS:
        words = words[:-1]
    text = " ".join(words).strip(" .:")
    words = text.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1] in "'" or 0 < i < len(words) - 1 and w in PARTICLES
                                           for i, w in enumerate(words)):
        return None  # (a surname's particle in small letters inside the name: "Gwyneth ap Rhys", "Jan van der Berg")
    if all(len(w) > 2 and w.isupper() for w in words):
        return None  # "PREVIOUS MEETING": a heading in capitals, not a name
    if words[0].lower() in _GLUE_WORDS or words[-1].lower() in _GLUE_WORDS or words[0].lower() in _PLACE_LEADS:
        return None  # "Impact In": words of a sentence; "North Rhins": a place; not a name
    if words[-1].rstrip(".").isupper() and len(words[-1].rstrip(".")) <= 2:
        return None  # "Jane S": a surname is more than an initial
    if any(ch.isdigit() for ch in text) or len(text) > 60 or "@" in text or re.search(r"\w/\w", text) or text.lower() in _FIRMS:
        return None
    return text


# a protective marking a page prints in capitals, in English or in Welsh ("OFFICIAL SWYDDOGOL", "SWYDDOGOL-SENSITIF"),
# around a heading or a name it is no part of (concord.ingest.marking reads the paper's marking itself)
PRINTED_MARK = (r"(?:OFFICIAL(?:[-‑ ]SENSITIVE)?|SWYDDOGOL(?:[-‑ ]SENSITIF)?|NOT[ \t]+PROTECTIVELY[ \t]+MARKED|"
                r"RESTRICTED|PROTECT|CONFIDENTIAL)(?![\w-])")
_MARKING_AFTER = re.compile(rf"[ \t]+{PRINTED_MARK}")
PARTICLES = frozenset(names_data()["particles"])
_GLUE_WORDS = frozenset("in of and the for to on at by with from or as into".split())
# a post, a dash, then the person: "Deputy Chief Constable – Ms F Fox"
_INITIALS_LEAD = re.compile(r"^[A-Z]{2,4}[a-z]?[ \t]*[-–:][ \t]+(?=[A-Z][a-z])")
# a personal title before a name, not a rank that may be a post ("Patrick Shearer - Chief Constable")
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Prof|Professor)\.?[ \t]+[A-Z]")
_ROLE_LEAD = re.compile(r"^(?P<role>[A-Za-z][A-Za-z'’&/ ]{1,60}?)\s+[-–]\s+(?P<rest>\S.*)$")


INITIAL = re.compile(r"[A-Z]\.?")


def leading_name(text: str) -> str | None:
    """The name a run opens with when other words follow it unmarked ("Councillor Francine Haeberling Bristol City
    Council", an attendance register): the titles, then initials and two words."""
    words = squash(re.split(r"[(,;]", text, maxsplit=1)[0]).split()
    while words:
        m = HONORIFIC.match(" ".join(words) + " ")
        if not m or not m.group(0).strip():
            break
        words = words[len(m.group(0).split()):]
    took: list[str] = []
    full = 0
    for w in words:
        if not re.fullmatch(r"[A-Z][\w'’.-]*", w):
            break
        took.append(w)
        full += 0 if INITIAL.fullmatch(w) else 1
        if full == 2:
            return person_name(" ".join(took))
    return None
