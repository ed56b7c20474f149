"""Who made a decision, as a decision record prints it: a Decision maker label, a signer's line ("Harriet Moss,
Police and Crime Commissioner"), a name under Signature or Signed (after dots or "(signed)"), a name over the office's
line, the office over an approval ("Eastvale Police and Crime Commissioner" / "I hereby approve ..."), a sentence
("Signed by the Police and Crime Commissioner on 3 May 2021"), or the office a stated decision names ("The PCC supports
..."). Used by concord/ingest/extract/decision_notices.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from concord.ingest import vocab
from concord.ingest.cue_patterns import OFFICE_TITLE
from concord.ingest.decision_cues import DECIDED, FOLLOWING
from concord.ingest.extract.common import Ctx, Field, first, smart_title
from concord.ingest.extract.forcenames import forces_in
from concord.ingest.textutil import person_name, squash

# "The Police, Fire and Crime Commissioner has ..." and "Northamptonshire Police, Fire and Crime Commissioner" are an
# office whose comma follows "Police", not a name and its role
_SIGNER = re.compile(r"(?m)^[ \t]*(?P<name>(?!The\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})(?<!\bPolice)[ \t]*,[ \t]*"
                     r"(?P<role>[^\n]{0,80}?(?:Commissioner|Mayor|Deputy|Chief\s+Constable|Chair|Leader|Authority|Policing\s+Body)[^\n]{0,40})$")

# the signatory printed over the office's line, with no label: "Harriet Moss" / "Police and Crime Commissioner for
# Eastvale" (then, often, the date on a line of its own)
_OFFICE_LINE = rf"(?:The[ \t]+)?(?:Deputy[ \t]+)?(?:{OFFICE_TITLE}|Mayor)\b[^\n]{{0,80}}"
_NAME_OVER_OFFICE = re.compile(rf"(?m)^[ \t]*(?P<name>[A-Z][^\n:;|]{{2,60}}?)[ \t]*\n[ \t]*(?P<office>{_OFFICE_LINE})[ \t]*$"
                               r"(?:\n[ \t]*(?P<date>[^\n]{6,30}?)[ \t]*$)?")


# the office alone on its line, where a notice prints who signs ("Police and Crime Commissioner for Eastvale",
# "Deputy PCC"): no sentence, nothing after the area it names
OFFICE_ALONE = re.compile(rf"(?m)^[ \t]*(?P<office>(?:The[ \t]+)?(?:Deputy[ \t]+)?{OFFICE_TITLE}"
                          r"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’&, -]{1,60}?)?)[ \t]*$")


# or under it: "Deputy Police and Crime Commissioner" / "Tom Pike" / "12 March 2019", the office alone on its line
_OFFICE_OVER_NAME = re.compile(rf"(?m)^[ \t]*(?P<office>{_OFFICE_LINE})[ \t]*\n[ \t]*(?P<name>[A-Z][^\n:;|]{{2,60}}?)[ \t]*$"
                               r"(?:\n[ \t]*(?P<date>[^\n]{6,30}?)[ \t]*$)?")


def signatories(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The blocks of a person's name over the office's line, or under it, the name a person's whole."""
    found = [*_NAME_OVER_OFFICE.finditer(text, pos, endpos), *_OFFICE_OVER_NAME.finditer(text, pos, endpos)]
    for m in sorted(found, key=lambda x: x.start()):
        if not re.search(r"\d", m.group("name")) and person_name(m.group("name")) == squash(m.group("name")) and \
                (m.re is _NAME_OVER_OFFICE or OFFICE_ALONE.fullmatch(m.group("office").strip())):
            yield m  # (an office over the name is alone on its line: no sentence's start)



# an office named by its area ("West Mercia Police and Crime Commissioner"): the words before the office are a
# force's area, not a person's name
_AREA_OFFICE = re.compile(rf"(?P<area>[A-Z][\w'’&,. -]{{1,40}}?)[ \t]+(?:{OFFICE_TITLE}|Police[ \t]+Authority)")


# a line that may be such an office alone ("Northamptonshire Police, Fire and Crime Commissioner"); _area_office says
# whether its first words are a force's area
AREA_OFFICE_LINE = re.compile(rf"(?m)^[ \t]*(?P<office>[A-Z][^\n:;|]{{1,40}}?[ \t]+{OFFICE_TITLE})[ \t]*$")


def area_offices(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The lines that are an office named by its area, alone: they sign a record and end the decision above them."""
    for m in AREA_OFFICE_LINE.finditer(text, pos, endpos):
        if _area_office(squash(m.group("office"))):
            yield m


def _area_office(line: str) -> bool:
    m = _AREA_OFFICE.fullmatch(line)
    if m is None:
        return False
    found = forces_in(m.group("area"))
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(m.group("area"))


def maker_value(value: str) -> str | None:
    """Who a Decision maker label names: a person ("Police and Crime Commissioner, Sarah Cole" is Sarah Cole),
    else the office as printed ("PCC", "Deputy Police and Crime Commissioner"); None for a sentence."""
    line = squash(value.split("\n")[0]).strip(" .,;:")
    if _area_office(line):
        return line
    name = person_name(line)
    if name:
        return name
    for piece in re.split(r"\s*[,(–]\s*|\s+-\s+", line)[1:]:  # "<office>, <name>" or "<office> (<name>)"
        name = person_name(piece.strip(" )"))
        if name:
            return name
    if 2 <= len(line) <= 60 and line[:1].isupper() and not re.search(r"\d|[.;:]", line) and len(line.split()) <= 8:
        return line
    return None


def find_maker(ctx: Ctx, fields: list[Field], prov) -> str | None:
    f = first(fields, "maker")
    if f:  # the label's first line as printed, not the paragraph a blank line below it
        name = maker_value(ctx.text[f.start:f.end] if "|" not in ctx.text[f.start:f.end] else f.value)
        if name:
            prov["decision_maker"] = (f.start, f.end)
            return name
    for m in _SIGNER.finditer(ctx.text, ctx.part.start, ctx.part.end):
        name = person_name(m.group("name"))
        if name:
            prov["decision_maker"] = (m.start(), m.end())
            return name
    f = first(fields, "signature")
    if f:  # "Signature: Philip Seccombe TD": a name printed as the signature (after a line of dots, if any)
        lines = [ln for ln in ctx.text[f.start:f.end].split("\n") if ln.strip()]
        lines = [ln for ln in lines[:3] if not _SIGN_SPACE.fullmatch(ln)] or [""]
        # "Signed ........ Police and Crime Commissioner", "Name: Harriet Moss": the dots and the sub-label go
        lines = [_NAME_LABEL.sub("", re.sub(r"^[ \t]*[._…\-–]{3,}[ \t]*", "", ln)).split("  ")[0][:60] for ln in lines]
        # "Signed ........ (Police and Crime Commissioner)": the office in brackets after the dots signs
        bracketed = re.fullmatch(r"[ \t]*\((?P<o>[^()\n]{2,60})\)[ \t]*", lines[0])
        under = person_name(lines[1]) if bracketed and len(lines) > 1 else None
        if under and under == squash(lines[1]):  # ... over "Alan Smith": the person who holds the office signs
            prov["decision_maker"] = (f.start, f.end)
            return under
        if bracketed and _OFFICE.search(bracketed.group("o")) and maker_value(bracketed.group("o")):
            prov["decision_maker"] = (f.start, f.end)
            return maker_value(bracketed.group("o"))
        # "Signed (Police and Crime Commissioner): Harriet Moss", "Signed: Harriet Moss Date: 14 March 2019": the
        # office in brackets before the name and a Date label after it are no part of it
        lines = [_DATE_AFTER.split(_OFFICE_FIRST.sub("", ln), maxsplit=1)[0] for ln in lines]
        # the person who signs (the office may be printed above the name), else the office that signs
        # ("Signed | Police and Crime Commissioner")
        line = lines[0]
        name = next((person_name(ln) for ln in lines[:2] if person_name(ln)), None) or \
            (maker_value(line) if _OFFICE.search(line) else None)
        if name:
            prov["decision_maker"] = (f.start, f.end)
            return _printed_in_full(ctx, f, name) or name
    for m in signatories(ctx.text, ctx.part.start, ctx.part.end):
        prov["decision_maker"] = (m.start("name"), m.end("name"))
        return squash(m.group("name"))
    for s in _SIGN_LINE.finditer(ctx.text, ctx.part.start, ctx.part.end):
        # "Print name: Harriet Moss" (or "Name: ...") on one of the three lines above or below a Signature label
        a, b = _three_lines_around(ctx.text, s.start(), s.end())
        for n in PRINT_NAME.finditer(ctx.text, max(a, ctx.part.start), min(b, ctx.part.end)):
            name = person_name(re.split(r"[ \t]*[,(–][ \t]*", n.group("n"))[0])
            if name:
                prov["decision_maker"] = (n.start("n"), n.end("n"))
                return name
    for m in SIGNED_BY.finditer(ctx.text, ctx.part.start, ctx.part.end):
        name = (person_name(m.group("named")) if m.group("named") else None) or maker_value(m.group("who"))
        if name:
            prov["decision_maker"] = (m.start("who"), m.end("who"))
            return name
    return _approver(ctx, prov) or _office_at_signature(ctx, fields, prov) or _heading_maker(ctx, prov)


def _three_lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the three lines above ``text[start:end]`` begin and the three lines below it end."""
    a, b = start, end
    for _ in range(3):
        a = text.rfind("\n", 0, max(a - 1, 0)) + 1
        nxt = text.find("\n", b + 1)
        b = len(text) if nxt < 0 else nxt
    return a, b


def _printed_in_full(ctx: Ctx, f: Field, name: str) -> str | None:
    """A signature printed by its initial ("Signature: S Green") beside a Name line within three lines of it that gives
    the same person in full ("Name: Sarah Green"): the name in full."""
    short = re.fullmatch(r"(?P<initials>(?:[A-Z]\.?[ \t]*){1,3})[ \t]+(?P<surname>[A-Z][\w'’-]+)", name)
    if short is None:
        return None
    a, b = _three_lines_around(ctx.text, f.start, f.end)
    for n in PRINT_NAME.finditer(ctx.text, max(a, ctx.part.start), min(b, ctx.part.end)):
        full = person_name(re.split(r"[ \t]*[,(–][ \t]*", n.group("n"))[0])
        if full and full != name and full.split()[-1] == short.group("surname") and \
                full[0] == short.group("initials")[0]:
            return full
    return None


# a record's heading that names whose decision it is ("RECORD OF A DECISION MADE BY THE POLICE AND CRIME COMMISSIONER",
# "Deputy Police and Crime Commissioner Decision"), on a line of its own
_HEAD_OFFICE = (r"(?:deputy[ \t]+)?(?:police,?[ \t]+(?:fire[ \t]+(?:and[ \t]+rescue[ \t]+)?)?(?:and|&)[ \t]+crime[ \t]+"
                r"commissioner|pcc|pfcc|dpcc|mayor(?:[ \t]+for[ \t]+policing(?:[ \t]+and[ \t]+crime)?)?)")
_HEADING_MAKER = re.compile(rf"(?im)^[ \t]*(?:(?:record[ \t]+of[ \t]+(?:a[ \t]+|the[ \t]+)?)?decision[ \t]+(?:made|taken)"
                            rf"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<a>{_HEAD_OFFICE})|(?P<b>{_HEAD_OFFICE})(?:['’]s)?[ \t]+"
                            r"decision(?:[ \t]+(?:record|notice|sheet|form))?)[ \t]*$")


def _heading_maker(ctx: Ctx, prov: dict[str, tuple[int, int]]) -> str | None:
    """The office a record's heading names as deciding it, in the part's first lines, or the office that "has made the
    following decision"."""
    m = _HEADING_MAKER.search(ctx.text, ctx.part.start, min(ctx.part.end, ctx.part.start + 400)) or \
        FOLLOWING.search(ctx.text, ctx.part.start, ctx.part.end)
    if m is None:
        return None
    key = next(k for k in ("a", "b", "office") if k in m.re.groupindex and m.group(k))
    prov["decision_maker"] = (m.start(key), m.end(key))
    office = squash(m.group(key))
    return smart_title(office) if office.isupper() else office  # (a heading in capitals: the office in words)


_DATE_LINE = re.compile(r"[ \t|]*(?i:date(?:d|[ \t]+signed)?)\b[^\n]{0,40}")


def _office_at_signature(ctx: Ctx, fields: list[Field], prov) -> str | None:
    """A Signature label left empty, the office printed alone on the line just above or below it ("Police and Crime
    Commissioner for Eastvale" / "Signature" / "Date ..."): the office signs."""
    for s in _SIGN_ALONE.finditer(ctx.text, ctx.part.start, ctx.part.end):
        above_end = s.start() - 1
        if above_end > 0 and not ctx.text[ctx.text.rfind("\n", 0, above_end) + 1:above_end].strip():
            above_end = ctx.text.rfind("\n", 0, above_end)  # one blank line between the office and the label
        above = ctx.text.rfind("\n", 0, above_end) + 1 if above_end > 0 else -1
        below = s.end() + 1 if s.end() < len(ctx.text) else -1
        if below > 0 and (dated := _DATE_LINE.match(ctx.text, below)):  # "Signature: ..." / "Date: 4 March 2015" /
            below = dated.end() + 1  # the office
        for a in (above, below):
            m = OFFICE_ALONE.match(ctx.text, a) if ctx.part.start <= a < ctx.part.end else None
            if m and m.end() <= ctx.part.end:
                prov["decision_maker"] = (m.start("office"), m.end("office"))
                return squash(m.group("office"))
    return None


# "Signed by the Police and Crime Commissioner on 3 May 2021", "Approved by Harriet Moss", "Decision taken by the Police
# and Crime Commissioner on 3 March 2020.": the sentence that says who signed or decided (and when), on a line of its own
SIGNED_BY = re.compile(r"(?m)^[ \t]*(?i:signed|approved|authori[sz]ed|agreed|(?:this[ \t]+)?decision[ \t]+(?:was[ \t]+)?"
                       r"(?:taken|made|approved|signed))[ \t]+(?i:by)[ \t]+(?:(?i:the)[ \t]+)?"
                       r"(?P<who>[A-Z][^\n,;:]{2,80}?)(?:,[ \t]+(?P<named>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),?)?"
                       r"(?:[ \t]+(?i:on)[ \t]+(?P<date>[^\n]{6,30}?))?[ \t]*\.?[ \t]*$")
# (the office, then its holder between commas: "Decision approved by the Police and Crime Commissioner, Jane Roe, on
# 12 March 2019.")


_OFFICE_FIRST = re.compile(r"^[ \t]*\([^)\n]{2,60}\)[ \t]*[:\-–]?[ \t]*")
_DATE_AFTER = re.compile(r"[ \t]+(?i:date(?:d|[ \t]+signed)?)\b[ \t]*:?")


_SIGN_LINE = re.compile(rf"(?im)^[ \t|]*(?:{vocab.alternation(vocab.phrases('decision', 'signature'))})\b[^\n]*$")
PRINT_NAME = re.compile(r"(?im)^[ \t|]*(?:print(?:ed)?[ \t]+)?(?:full[ \t]+)?name(?:[ \t]+\(print\))?[ \t]*[:\-–|][ \t]*"
                         r"(?P<n>[^\n|]{3,80}?)[ \t]*(?:\|[^\n]*)?$")  # (or a form's cells: "| Name | Jane Smith |")


# a Signature label with nothing after it but dots or a rule
# ("Signature: [signed]", "Signed ........  Date 19 June 2021": what stands for the signature, and the date beside it)
_SIGN_ALONE = re.compile(rf"(?im)^[ \t|]*(?:{vocab.alternation(vocab.phrases('decision', 'signature'))})[ \t]*[:.]?[ \t]*"
                         r"(?:[._…\-–]{3,}[ \t]*|\(?\[?(?:original[ \t]+)?(?:signed|signature)(?:[ \t]+copy)?\]?\)?[ \t]*)?"
                         r"(?:(?<=[ \t])(?i:date(?:d|[ \t]+signed)?)\b[^\n]{0,40})?$")


# what stands where a signature was: dots or rules, "(signed)", "[signature]", "Original signed"
_SIGN_SPACE = re.compile(r"(?i)[ \t]*(?:[._\-–…]{3,}|\(?\[?(?:original\s+)?(?:signed|signature)(?:\s+copy)?\]?\)?)[ \t]*")


# "I hereby approve the recommendations above": the approving words at the start of a line, a sentence after them
_CONFIRM = re.compile(rf"(?im)^[ \t|>*•-]*(?:{vocab.alternation(vocab.phrases('decision', 'confirm'))})\b")
_OFFICE = re.compile(r"(?i)\b(?:commissioner|pcc|pfcc|mayor|chief\s+constable|chief\s+executive|policing\s+body)\b")


def _approver(ctx: Ctx, prov: dict[str, tuple[int, int]]) -> str | None:
    """The approval block: an office or a person on one line, then the approving sentence ("I approve the
    recommendations ...") on the next. The line just above that sentence names who approves."""
    for m in _CONFIRM.finditer(ctx.text, ctx.part.start, ctx.part.end):
        line_start = m.start()
        above = ctx.text[ctx.part.start:line_start].rstrip()
        a = above.rfind("\n") + 1
        line = squash(above[a:])
        if not line or vocab.pattern("decision", strict=True).match(line) or above.endswith(":"):
            continue  # (a label over the approval, "Commissioner's Approval:", names no one)
        name = (maker_value(line) if _area_office(line) else person_name(line)) or \
            (maker_value(line) if _OFFICE.search(line) else None)
        if name:
            prov["decision_maker"] = (ctx.part.start + a, ctx.part.start + len(above))
            return name
    return None



def stated_maker(decision: Field) -> str | None:
    """The office that a stated decision names as deciding it ("The PCC supports ..." is the PCC's): as printed,
    without "The"; None for "I have agreed ..." (the signatory, elsewhere, says who)."""
    m = DECIDED.match(decision.value)
    return squash(m.group("office"))[4:] if m and m.group("office") else None


_NAME_LABEL = re.compile(r"(?i)^[ \t]*(?:full\s+)?name[ \t]*[:\-–][ \t]*")
