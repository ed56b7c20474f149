"""Who sent apologies, where minutes print them in prose rather than under an Apologies label: the sentence
"Apologies for absence were received from …", or the line of names under an "Item 1 – Apologies" heading."""

from __future__ import annotations

import re

from concord.ingest.extract.common import Ctx
from concord.ingest.name_runs import split_people
from concord.ingest.textutil import ROLE_WORDS, person_name, squash, titled_surname

# where a sentence of names ends: its full stop, a blank line, or a line break before a line that opens another sentence
# (a word, then one in lower case: "AA welcomed everyone") when the line above does not stop mid-list on "and" or ","
_ENDS = (r"(?:(?<!\b[A-Z])\.(?:\s|$)|\n\s*\n|(?<![,&])(?<!\band)[ \t]*\n(?-i:(?=[ \t]*[A-Z][\w'’/.-]*[ \t]+"
         r"(?!(?:van|von|de|der|den|la|le|du|da|di|del|dos|bin|al)\b)[a-z])))")
_APOLOGY_SENTENCE = re.compile(r"(?is)apologies\s+(?:for\s+(?:absence|non-attendance|the\s+meeting|this\s+meeting)\s+)?"
                               r"(?:were|had\s+been|have\s+been|was)\s+"
                               r"(?:received|given|noted|submitted|presented|tendered|accepted|intimated)\s+(?:from|by|on\s+behalf\s+of)\s+(?P<who>.+?)" + _ENDS)
# in Welsh: "Derbyniwyd ymddiheuriadau am absenoldeb gan y Cynghorydd Rob Summons (Cyngor Sir Penfro)."
_APOLOGY_SENTENCE_CY = re.compile(r"(?is)derbyniwyd\s+ymddiheuriad(?:au)?\s+(?:am\s+absenoldeb\s+)?(?:gan|oddi\s+wrth)\s+"
                                  r"(?:y\s+|yr\s+)?(?P<who>.+?)" + _ENDS)
# the active voice: "The Chair welcomed everyone and noted apologies from Al Ray (NPF), Bo Bell (HO)."
_NOTED_APOLOGIES = re.compile(r"(?is)\b(?:noted|received|reported|recorded|announced|gave|accepted|accept)\s+(?:the\s+)?"
                              r"apologies\s+(?:for\s+(?:absence|non-attendance)(?:\s+at\s+the\s+meeting)?\s+)?"
                              r"(?:from|of|on\s+behalf\s+of)\s+(?P<who>.+?)" + _ENDS)
_SURNAMES = re.compile(r"^(?P<title>(?i:councillors?|cllrs?|mrs|mr|ms|miss|dr)\.?[ \t]+)?"
                       r"(?P<name>(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+(?:-(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+)?)"
                       r"(?:[ \t]*\([^)]*\))?[ \t]*\.?$")
# the verb of a sentence that says who sent apologies, after their names ("A Smith and Eve Ellis also sent their
# apologies"): to the sentence's end (`SENT_VERB`), or to the line's (`_SENT`)
_SENT_WORDS = (r"(?:had\s+|have\s+)?(?:also\s+)?(?:sent|send|gave|give|offered|tendered|submitted)\s+"
               r"(?:their\s+|his\s+|her\s+)?apolog(?:y|ies)\b")
SENT_VERB = re.compile(r"(?i)\s+" + _SENT_WORDS + r"[^.;\n]*")
_SENT = re.compile(r"(?i)\s+" + _SENT_WORDS + r".*$")
_APOLOGIES_TITLE = re.compile(r"(?i)^apologies(?:\s+for\s+absence)?(?:\s+received)?$")


def apologies_item(ctx: Ctx, items: list[tuple[str, str, int]], present: list[str]) -> list[str]:
    """"Item 1 – Apologies" over a line of names ("Hal Hale (Chief Constable)."): the people who sent them."""
    for _, title, pos in items:
        if not _APOLOGIES_TITLE.match(title.strip()):
            continue
        nl = ctx.text.find("\n", pos)
        for line in ctx.text[nl + 1:min(ctx.part.end, nl + 400)].split("\n")[:3] if nl >= 0 else []:
            text = _SENT.sub("", squash(line))  # "A Smith and B Jones sent their apologies.": the names before it
            if not text:
                continue
            if len(text.split()) > 16 or re.search(r"(?i)\b(?:were|was|had|have|none|no\s+apologies|nil)\b", text):
                return []  # a sentence: the apologies sentence rule reads it, or there were none
            return [n for n in split_people(text) if n not in present]
        return []
    return []


def apologies_sentence(ctx: Ctx) -> list[str]:
    """Who sent apologies, from "Apologies for absence were received from Mr A Smith and Councillors Rogers and X"."""
    lead = _LIST_LEAD.search(ctx.text, ctx.part.start, ctx.part.end)
    found = [x for x in (rx.search(ctx.text, ctx.part.start, ctx.part.end)
                         for rx in (_APOLOGY_SENTENCE, _NOTED_APOLOGIES, _APOLOGY_SENTENCE_CY)) if x]
    m = min(found, key=lambda x: x.start()) if found else None
    if lead and (not m or lead.start() <= m.start()):
        return _bulleted(ctx.text, lead.end(), ctx.part.end)  # "Apologies were received from:" over a list
    out: list[str] = []
    if not m:
        return sent_apologies(ctx)
    councillors = False  # "Councillors Rogers and Silvester": councillors named by their surnames alone
    for piece in re.split(r",(?![^()]*\))|;|(?<=\))\s+(?=[A-Z])", m.group("who")):
        for sub in re.split(r"\s+(?:and|a|ac|a['’]r)\s+(?:y\s+)?(?![^()]*\))" if m.re is _APOLOGY_SENTENCE_CY else
                            r"\s+and\s+(?![^()]*\))", piece):  # (in Welsh, "a" and "ac" are "and")
            name = person_name(sub)
            bare = _SURNAMES.match(sub.strip())
            if bare and bare.group("title"):
                councillors = bool(re.match(r"(?i)c(?:ouncil)?l?l?(?:o)?rs\b", bare.group("title")))
            if not name and bare and (bare.group("title") or councillors) and \
                    bare.group("name").lower() not in ROLE_WORDS:
                name = bare.group("name")
            name = name or titled_surname(sub)  # "ACC Blatchly": a surname after a rank
            if name and name not in out:
                out.append(name)
    return out + [n for n in sent_apologies(ctx) if n not in out]


# "Councillor Dan Dyer and Eve Ellis had sent their apologies.": a sentence of its own, the people before the verb (not
# those who apologised for coming late or leaving early)
_SENT_SENTENCE = re.compile(r"(?m)(?:^|(?<=[.:]\s))[ \t]*(?P<run>[A-Z][^.\n]{3,200}?)[ \t]+(?i:" + _SENT_WORDS + r")"
                            r"(?![ \t]+for[ \t]+(?:lateness|late|being[ \t]+late|leaving|having[ \t]+to|the[ \t]+late|arriving))")


def sent_apologies(ctx: Ctx) -> list[str]:
    """The people sentences of their own say sent apologies ("Councillor Al Ray and Eve Ellis also sent apologies.")."""
    out: list[str] = []
    for m in _SENT_SENTENCE.finditer(ctx.text, ctx.part.start, ctx.part.end):
        out += [n for n in split_people(m.group("run")) if n not in out]
    return out


_LIST_LEAD = re.compile(r"(?i)apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been|have\s+been)\s+(?:received|given|"
                        r"noted|submitted|accepted)\s+(?:from|by)[ \t]*:-?[ \t]*(?=\n)")
_BULLET = re.compile(r"^[ \t]*[·•▪◦*\-–][ \t]+(?P<entry>\S[^\n]*)$")


def _bulleted(text: str, pos: int, end: int) -> list[str]:
    """The names of a bulleted list under "Apologies were received from:", one a bullet ("• Cllr Ann Able (Northtown
    Council)", "• Councillor Bo Bell, Additional Co-opted Member. Councillor Cy Cole was in attendance as his deputy"):
    the name before the body the person sits for and before any sentence after it. The list ends at the first line
    that is not a bullet."""
    out: list[str] = []
    for line in text[pos:min(end, pos + 2000)].split("\n")[1:]:
        if not line.strip():
            continue
        bullet = _BULLET.match(line)
        if not bullet:
            break
        entry = re.split(r"[,(]|\.\s|\s[-–]\s", bullet.group("entry"))[0]
        name = person_name(entry.strip(" ."))
        if name and name not in out:
            out.append(name)
    return out


_HONORIFIC = r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?"
_ATTENDED = re.compile(rf"\b(?P<who>{_HONORIFIC}[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|[A-Z]\.?)){{0,3}})"
                       r"[ \t]+(?:was|had\s+been)[ \t]+(?:also[ \t]+)?in[ \t]+attendance\b")


# "The Police and Crime Commissioner, Sam Poe, and the Chief Executive, Tom Quill, were also in attendance.", "Sam Poe
# and Tom Quill also attended the meeting.": a sentence of its own naming two or more people
_WERE_ATTENDING = re.compile(r"(?m)(?:^|(?<=[.:]\s))[ \t]*(?P<run>[A-Z][^.\n]{5,300}?),?[ \t]+(?:were[ \t]+(?:also[ \t]+)?in[ \t]+"
                             r"attendance|(?:were[ \t]+)?also[ \t]+(?:attended|present)(?:[ \t]+the[ \t]+meeting)?)[ \t]*\.")


# "Also in attendance were Sam Poe (Police and Crime Commissioner) and Tom Quill.", "In attendance was Ann Lee.": the
# sentence turned about, its people after the verb ("Present were ..." names the members)
_ATTENDING_WERE = re.compile(r"(?m)(?:^|(?<=[.:]\s))[ \t]*(?:also[ \t]+(?:in[ \t]+attendance|present)|in[ \t]+attendance)[ \t]+"
                             r"(?:was|were)[ \t]+(?P<run>(?-i:[A-Z])[^.\n]{3,300}?)[ \t]*\.(?=\s|$)", re.I)


def attending_sentences(ctx: Ctx) -> list[str]:
    """People the minutes say were in attendance ("It was noted that Cllr Ian Ward was in attendance as the deputy for
    Northtown Council", "X and Y were also in attendance."): in attendance, not members (a deputy without a vote, an
    officer)."""
    out: list[str] = []
    for m in _ATTENDED.finditer(ctx.text, ctx.part.start, ctx.part.end):
        name = person_name(m.group("who"))
        if name and name not in out:
            out.append(name)
    for m in _WERE_ATTENDING.finditer(ctx.text, ctx.part.start, min(ctx.part.end, ctx.part.start + 6000)):
        named = split_people(m.group("run"))
        out.extend(n for n in (named if len(named) >= 2 else []) if n not in out)
    for m in _ATTENDING_WERE.finditer(ctx.text, ctx.part.start, min(ctx.part.end, ctx.part.start + 6000)):
        out.extend(n for n in split_people(m.group("run")) if n not in out)
    return out


def titled_list(seg: str) -> list[str]:
    """"Mr Hollis, Miss Beaton, Mr Barker- McCardle, Mr Allison": apologies listed by title and surname, each a surname
    (a name a line break split at its hyphen joined again); else the names as ``split_people`` reads them."""
    seg = re.sub(r"(?<=[a-z])-[ \t]+(?=[A-Z])", "-", seg)
    seg = re.sub(r"[ \t]+\d{1,2}\.?[ \t]*$", "", seg)  # "…, Mr Nash 3.": the next heading's number, its words broken off
    pieces = [p.strip(" .") for p in re.split(r",|;|\s+and\s+", seg) if p.strip(" .")]
    named = [person_name(p) or titled_surname(p) for p in pieces]
    if len(pieces) >= 2 and all(named) and any(titled_surname(p) for p in pieces):
        return [n for n in named if n]
    return split_people(seg)

