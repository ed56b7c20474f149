"""A run of people printed together ("Cllr E Bell, Mr R J Humphries and Ms M Raine", "Councillors Able, Baker and Cole",
"Al Ray Director General Bo Bell Senior Independent Director") split into one name each (``split_people``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from concord.ingest.textutil import (HONORIFIC, INITIAL, ORG_ENDS, PARTICLES, ROLE_WORDS, names_data, person_name,
                                     titled_surname)

def _titles() -> str:
    """Every title or rank as printed before a name, case kept ("Mr", "Supt", "DCC", "T/ACC"): a capital first, or all
    capitals; one of two words or more as its words are printed ("Ch Supt")."""
    words = sorted(names_data()["honorifics"], key=len, reverse=True)
    printed = {" ".join(x.capitalize() for x in w.split()) for w in words} | {w.upper() for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(printed, key=len, reverse=True))


# "Ridleyand Mr P Garfoot", "Wrightand T/ACC F Moore": "and" glued to a name, the next person after it (a title or
# rank, or an initial); not "McCausland", "Rowland", "Bertrand" (surnames that end in -land, -rand) nor "Command"
_GLUED_AND = re.compile(rf"(?<=[a-kn-qs-z])and(?=\s+(?:(?:{_titles()})\.?\s|[A-Z]\.?\s+[A-Z]))|"
                        # "Bakerand Mr C Cole": before a title, a surname in -r too (not -land, -mand)
                        r"(?<=[a-z]{2}r)and(?=\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir)\.?\s+[A-Z])")

_POSTNOMINALS_UP = frozenset(w.upper() for w in names_data()["postnominals"])


# a surname's particle ("De Freitas", "Van Dyke"): part of the surname
_PARTICLE = r"(?:(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(PARTICLES, key=len, reverse=True)) + \
    r")[ \t]+)?"  # "de Vink", "De Freitas"
_SURNAME = rf"(?:[A-Z]\.?[ \t]+)?{_PARTICLE}(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?(?:[ \t]*\([^)]*\))?"  # "J MacLaren"
_SURNAME_RUN = re.compile(rf"(?:^|(?<=[;,]))[ \t]*(?:Councillors|Cllrs\.?)[ \t]+(?P<run>{_SURNAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|"
                          rf"[ \t]*&[ \t]*){_SURNAME})*)(?=[ \t]*(?:[;.]|$))")
_BRACKET = re.compile(r"\([^)]*\)")
_IN_THE_CHAIR = re.compile(r"(?i)[ \t]*\(?\bin[ \t]+the[ \t]+chair\b\)?")
_LONE_COUNCILLOR = re.compile(rf"^[ \t]*(?:Councillor|Cllr)\.?[ \t]+(?P<name>{_PARTICLE}[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)"
                              r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*\.?[ \t]*$")  # ("Councillor Hart (Chair)")
_NAMED_IN_BRACKET = re.compile(r"\(((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Professor|Prof)\.?[ \t]+[A-Z][^()]{2,50})\)")


def _outside_brackets(rx: re.Pattern[str], repl: str, text: str) -> str:
    """``rx.sub(repl, text)``, except inside a bracket (a remark about the person before it)."""
    def sub(m: re.Match[str]) -> str:
        before = text[:m.start()]
        return m.group(0) if before.count("(") > before.count(")") else repl
    return rx.sub(sub, text)


_INITIALS = re.compile(r"\((?P<ini>[A-Z]{2,4})\)")
_WORD = re.compile(r"[A-Z][\w'’.-]*")
# a title that starts the next person in a run printed on one line ("..., Council Cllr Mrs A Brewster, ...")
_RANK = r"(?:[TA]/)?(?:CC|DCC|ACC|ACO|DCO|CFO|DCS|DCI|Ch[ \t]+Supt|Supt|Chief[ \t]+(?:Inspector|Superintendent)|Superintendent|Inspector)"
_NEXT_TITLE = re.compile(r"(?<=[\w)*])[ \t]+(?:a['’]r[ \t]+|ac[ \t]+y[ \t]+)?(?=(?:Cllrs?|Councillors?|Aldermen|Alderman|Cynghorydd|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Mayor|Cty[ \t]+Cllr|County[ \t]+Cllr)"
                         r"\.?[ \t]+[A-Z])|"
                         # "CC Roe – Chair DCC Bell ACC Cole ACO Lisa Dean": a force's ranks, each before its officer
                         # (the officer's name, a word or two, ends at a dash, a comma, the end or the next rank)
                         rf"(?<=[a-z])[ \t]+(?={_RANK}[ \t]+(?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+(?=[ \t]*(?:[–,-]|$|{_RANK}\b)))")


# "J Bugg, Northshire Police Authority G Miles, Eastshire Borough Council M J Walker": a person's body, printed
# after the name without a bracket, ends the person; the next starts with initials
_AFTER_BODY = re.compile(r"\b(Council|Authority|Constabulary|Police|Office|OPCC|Commissioner)[ \t]+"
                         r"(?=(?:[A-Z]\.?[ \t]+){1,3}[A-Z][a-z'’-]+\b)")
# "John Adams (Chairman) (Bournemouth Borough Council) Mike Short (Vice-Chairman)": a bracket ends a person
_AFTER_BRACKET = re.compile(r"(?<=\))[ \t]+(?=[A-Z][\w'’.-]*[ \t]+(?:[A-Z][\w'’.-]*[ \t]+)?[A-Z][\w'’-]+[ \t]*[(,;]|"
                            r"(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)")


def _by_initials(text: str) -> list[str] | None:
    """Names marked with the initials the minutes use for them, several on a line ("Liz Mackenzie (LM)
    Vice-chair Peter Lloyd (PL)"): the words before each "(XX)" whose initials make XX, else the two before it."""
    marks = list(_INITIALS.finditer(text))
    if len(marks) < 2:
        return None
    out: list[str] = []
    prev = 0
    matched = 0
    for m in marks:
        words = text[prev:m.start()].split()
        prev = m.end()
        caps: list[str] = []
        for w in reversed(words):
            if not _WORD.fullmatch(w.strip(",;")):
                break
            caps.insert(0, w.strip(",;"))
        ini = m.group("ini")
        name = None
        for k in range(1, min(5, len(caps)) + 1):
            parts = [p for w in caps[-k:] for p in w.split("-") if p]
            if "".join(p[0] for p in parts) == ini or "".join(w[0] for w in caps[-k:]) == ini:
                name = " ".join(caps[-k:])
                matched += 1
                break
        name = person_name(name or " ".join(caps[-2:]))
        if name and name not in out:
            out.append(name)
    # "(TVP)", "(OPCC)" after each name: organisations, not initials; the names are cut otherwise
    return out if matched else None


# "Ian Pagan – Lead Officer, Bristol CC Shana Johnson – Scrutiny Co-ordinator Sue Mountstevens – Police and Crime
# Commissioner": people run onto one line, each name before a dash and its post after it
_ROLE_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def _by_dashes(text: str) -> list[str] | None:
    """Three or more "Name – post" on one line: the two capitalised words before each dash (three when the first
    is an initial or a title), else None."""
    marks = list(_ROLE_DASH.finditer(text))
    if len(marks) < 3:
        return None
    out: list[str] = []
    for m in marks:
        caps: list[str] = []
        for w in reversed(text[:m.start()].split()[-4:]):
            if not re.fullmatch(r"[A-Z][\w'’.-]*", w):
                break
            caps.insert(0, w)
        if len(caps) < 2:
            return None
        take = caps[-2:]
        if len(caps) >= 3 and (INITIAL.fullmatch(take[0]) or INITIAL.fullmatch(caps[-3]) or HONORIFIC.match(caps[-3] + " ")):
            take = caps[-3:]  # "Mr S M Green", "J R Smith"
        name = person_name(" ".join(take))
        if not name:
            return None
        if name not in out:
            out.append(name)
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names people are commonly called by: the census lists the ``names`` package ships (MIT), with the
    names of these islands it lacks (data/names.toml ``first_names``)."""
    out = set(names_data().get("first_names", "").lower().split())
    for f in ("dist.male.first", "dist.female.first"):
        out.update(line.split()[0].lower() for line in resources.files("names").joinpath(f).read_text().splitlines()
                   if line.strip())
    return frozenset(out)


WORDS = re.compile(r"\S+")


_PARTICLES = frozenset(("de", "da", "di", "du", "van", "von", "le", "la", "del", "della", "den", "der", "and", "mac", "st"))
# a sentence's full stop inside a run ("... Chair of the All Wales Policing Group. Arfon Jones, Police ..."), not an
# initial's nor a title's ("Mr. A. Smith", "Prof. Ann Lee")
_STOP = re.compile(r"(?<=[a-z]{3})\.[ \t]+(?=[A-Z][a-z])")


def _ends_place(word: str) -> bool:
    """A capitalised word ending a post's place or body ("... for North Wales", "Welsh Government"), not a given name,
    initial or title, that a given name and surname follow."""
    bare = word.strip(".:;")
    return (all(x[:1].isupper() and x[1:].islower() for x in bare.split("-")) and not word.endswith(",") and len(bare) > 1
            and bare.lower() not in first_names() and not HONORIFIC.match(bare + " "))


def by_first_names(text: str) -> str:
    """A list of people whose posts follow their names with nothing between ("Al Ray Director General Bo Bell Senior
    Independent Director Cy Cole"): "; " before each given name that follows a post's word, a post-nominal or a
    closing bracket and has a surname after it, so that each piece is one person and their post."""
    words = list(WORDS.finditer(text))
    cuts = []
    for k in range(1, len(words) - 1):
        prev, word, nxt = (words[k - 1].group(0), words[k].group(0), words[k + 1].group(0))
        if not (word[:1].isupper() and word[1:].islower() and word.lower() in first_names()):
            continue
        if not (nxt[:1].isupper() and nxt.lower().strip(".,:;") not in ROLE_WORDS):
            continue
        bare = prev.lower().strip(".,:;")
        if text.count("(", 0, words[k].start()) > text.count(")", 0, words[k].start()):
            continue  # "Jim Roe (substituting for Ann Lee)": inside a bracket, one person's note
        if prev.isalpha() and prev.islower() and prev not in _PARTICLES:  # "... North Wales Police via telephone Matt Jukes"
            cuts.append(words[k].start())
        elif (bare in ROLE_WORDS and not prev.endswith(",")) or prev.endswith(")") or prev.strip(".,") in _POSTNOMINALS_UP \
                or _ends_place(prev):
            cuts.append(words[k].start())
    for pos in reversed(cuts):
        text = text[:pos] + "; " + text[pos:]
    return text


# one person's surname run into the next person's given name ("Tom HartSarah Ray"), or a bracket closed onto it ("Ann
# Vale (Chair)Tom Hart"), as a converter joins the cells of a list: the word before the glue of three letters or more,
# the given name after it one people are called by, a surname after that
_GLUED_GIVEN = re.compile(r"(?<=[a-z)])(?P<title>(?:Mrs|Mr|Ms|Miss|Dr|Professor|Prof|Cllr|Councillor|Sir|Dame|Revd|Rev)\.?|"
                          r"(?:[TA]/)?(?:DCI|DSI|DC|PC|PS|DS|DI|Supt|ACC|DCC|CC|ACO|Insp))(?=[ \t]+[A-Z])|"
                          r"(?<![\w'’-])(?P<left>[A-Z][a-z]{2,})(?P<given>[A-Z][a-z]+)(?=[ \t]+[A-Z])|"
                          r"(?<=\))(?P<after>[A-Z][a-z]+)(?=[ \t]+[A-Z])")
_NAMED_AFTER = re.compile(r"[ \t]+[A-Z][a-z'’-]+(?=[ \t]*(?:$|[,;(])|[A-Z])")  # a surname, then a stop or the next glued on
_TITLE_GLUED = re.compile(r"Mrs|Mr|Ms|Miss|Dr|Professor|Prof|Cllr|Councillor|Sir|Dame|Revd|Rev|Supt|Insp")
_NOT_LEFT = frozenset({"mac", "fitz", "van", "von", "del", "della", "san", "saint", "ben", "abu"})


def unglued_people(text: str) -> str:
    """``text`` with a separator put back between two people a converter ran together ("Tom HartSarah Ray" → "Tom
    Hart; Sarah Ray", "(Chair)Mr Mike Lewis", "SinghDr Ann Roe"); "McNamee", "MacDonald" and a given name not known as one
    are left as printed."""
    def part(m: re.Match[str]) -> str:
        if m.group("title"):  # "(Chair)Mr Mike Lewis", "CommissionerDC Sian O'Shea"
            return "; " + m.group("title")
        if m.group("given") and _TITLE_GLUED.fullmatch(m.group("given")):  # "SinghDr Ann Roe"
            return f"{m.group('left')}; {m.group('given')}"
        if m.group("after"):
            return "; " + m.group("after") if m.group("after").lower() in first_names() else m.group(0)
        if m.group("left").lower() in _NOT_LEFT or m.group("given").lower() not in first_names() and (
                len(m.group("left")) < 5 or not _NAMED_AFTER.match(text, m.end())):
            return m.group(0)  # ("PierpointJoga Singh": a given name not known as one, where a surname follows it)
        return f"{m.group('left')}; {m.group('given')}"
    return _GLUED_GIVEN.sub(part, text) if re.search(r"[a-z)][A-Z][a-z]", text) else text


def split_people(text: str) -> list[str]:
    """The names in a run of people (``Cllr E Bell, Mr R J Humphries and Ms M Raine``; ``Mr A Smithand Ms B
    Jones``), each as ``person_name`` gives it; pieces that name no person (an office, a council) are left out."""
    text = _GLUED_AND.sub(" and", text)
    text = unglued_people(text)
    marked = _by_initials(text)
    if marked is None:
        marked = _by_dashes(text)
    if marked is not None:
        return marked
    plural = _SURNAME_RUN.search(text)
    if plural:  # "Councillors Able (Chair), Baker and Cole; Mr E Ellis": councillors named by their surnames alone
        bare = [w for w in re.findall(rf"(?:(?<![\w'’])[A-Z]\.?[ \t]+)?{_PARTICLE}(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?(?![\w'’-])",
                                      _BRACKET.sub(" ", plural.group("run")))
                if w.lower() not in ROLE_WORDS]
        # in the order printed: those before the run, the run's, those after it
        names = split_people(text[:plural.start()]) + bare + split_people(text[plural.end():])
        return [n for k, n in enumerate(names) if n not in names[:k]]
    text = _IN_THE_CHAIR.sub("", text)  # "Councillor Stroud in the Chair": the chair, a member like the rest
    text = _outside_brackets(_NEXT_TITLE, "; ", text)  # "Cllr Ann Hall (Substitute for Cllr Bo Lee)": one person
    text = _AFTER_BRACKET.sub("; ", text)
    text = _AFTER_BODY.sub(r"\1; ", text)
    text = by_first_names(text)
    text = _STOP.sub(lambda m: m.group(0) if HONORIFIC.fullmatch(_word_before(text, m.start())) else "; ", text)
    out: list[str] = []
    for piece in _PIECES.split(text):
        piece = _AND_END.sub("", piece)  # "Mr Lowe and; Mrs Moss": the "and" before the next title ends no name
        name = person_name(piece)
        lone = None if name else _LONE_COUNCILLOR.match(piece)
        if lone and lone.group("name").split()[-1].lower() not in ROLE_WORDS:
            name = lone.group("name")  # "Councillor Stroud": a councillor printed by surname alone stays a surname
        if not name and HONORIFIC.match(piece.strip() + " "):
            name = titled_surname(re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", re.split(r"\s+[-–]\s+", piece)[0]))
            # ("ACC Sahota", "Inspector Anderson – Staff Officer", "Mr Hart (Chair)")
        inner = None if name else _NAMED_IN_BRACKET.search(piece)
        if inner:  # "the Police and Crime Commissioner (Mr M Scott)": an office, its holder named in the bracket
            name = person_name(inner.group(1))
        if name and name not in out:
            out.append(name)
    return out


# a run's pieces: at semicolons, commas and "and" before a name (not inside brackets, nor inside a body's name:
# "Scottish Fire and Rescue Service")
_ORG_AFTER = r"(?!(?:[A-Z][\w'’.-]*[ \t]+){0,3}(?i:" + "|".join(sorted(ORG_ENDS)) + r")\b)"
_PIECES = re.compile(r";|,(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))" + _ORG_AFTER + r"(?=(?:[A-Z][\w'’./-]*\s+){1,3}[A-Z])|"  # ("and T/ACC F Moore")
                     r"\s+&\s+(?![^()]*\))" + _ORG_AFTER)  # (not "Fire & Rescue Service": one body)


_AND_END = re.compile(r"[ \t]+(?:and|&)[ \t]*$")


def _word_before(text: str, at: int) -> str:
    return text[:at].split()[-1] if text[:at].split() else ""


