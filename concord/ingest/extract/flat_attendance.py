"""An attendance a converter ran onto one line, in numbered blocks, each person led by a rank or a title:

    1. ATTENDANCE 1.1 Present CC Jane Roe Northshire DCC John Doe Southshire Mr Tom Smith Chief Executive
    1.2 In attendance ACC Ann Lee Westshire ...

Where the line breaks were lost, a rank or title before a name ("CC", "DCC", "T/CC", "Mr", "Miss", "Sir")
shows where one person ends and the next begins: each is read as the title and the two words after it, a given
name (or initials) and a surname; what follows (a force, a post) is no part of the name. People printed without a
title are told from the post of the person before by their given name (``given_names.given_named``: a given name from
the census lists and the surname after it), read where that finds more people in a block than the titles do.
The block's label says what kind of attendee: ``present`` (the bare members label) makes members, any other
attendance label (``in attendance``, ``special advisers``, ``observers``) people in attendance.
"""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.extract.common import Ctx
from concord.ingest.extract.given_names import given_named
from concord.ingest.lazyre import compile_lazily
from concord.ingest.textutil import ROLE_WORDS, names_data

_LABELS = {f: vocab.alternation(vocab.phrases("meeting", f)) for f in ("members", "attendance")}
# "1.1 Present", "1.2 In attendance for specific items": a numbered block label, inline
_BLOCK = compile_lazily(r"(?<![\w.])\d{1,2}\.\d{1,2}[ \t]+(?:(?P<members>(?i:" + _LABELS["members"] + r"))|"
                        r"(?P<attendance>(?i:" + _LABELS["attendance"] + r")))\b(?![ \t]*(?:were|was|had)\b)")
# what ends the last block: the next numbered section ("2. WELCOME"), a sentence of the minutes, a new paper's heading
_END = compile_lazily(r"(?<![\w.])\d{1,2}\.(?:\d{1,2})?[ \t]+(?!(?i:" + _LABELS["members"] + "|" + _LABELS["attendance"] +
                      r")\b)[A-Z]|\bMinutes[ \t]+of[ \t]+the\b|\n[ \t]*\n")
_TITLES = sorted((w for w in names_data()["honorifics"] if " " not in w), key=len, reverse=True)
# the title as printed: ranks in capitals ("DCC", "T/CC"), titles capitalised ("Mr", "Sir", "Cmdr")
_TITLE = r"(?:" + "|".join(re.escape(w.upper()) + "|" + re.escape(w.capitalize()) for w in _TITLES) + r")\.?"
_PERSON = re.compile(r"(?<![\w/])(?:" + _TITLE + r"[ \t]+)+(?P<name>(?:[A-Z]\.?[ \t]+){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|"
                     r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+(?:Mc|Mac|O'|O’)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                     r"(?![\w'’-])")


def flat_people(ctx: Ctx, window: int = 6000) -> tuple[list[str], list[str]]:
    """(members, in attendance) from numbered attendance blocks run together on one line; ``([], [])`` when the
    part prints none."""
    a, b = ctx.part.start, min(ctx.part.end, ctx.part.cue + window)
    blocks = list(_BLOCK.finditer(ctx.text, a, b))
    members: list[str] = []
    attendance: list[str] = []
    for k, m in enumerate(blocks):
        end = blocks[k + 1].start() if k + 1 < len(blocks) else b
        stop = _END.search(ctx.text, m.end(), end)
        end = stop.start() if stop else end
        target = members if m.group("members") else attendance
        found = [(p.start(), p.group("name")) for p in _PERSON.finditer(ctx.text, m.end(), end)
                 if not any(w.lower() in ROLE_WORDS for w in p.group("name").split())]
        spotted = [(m.end() + at, name) for at, name in given_named(ctx.text[m.end():end])]
        if len(spotted) > len(found):  # people printed without a title: each given name and the surname after it
            taken = {n for _, n in found}
            found = sorted(found + [(at, n) for at, n in spotted if n not in taken and
                                    not any(abs(at - a2) < 4 or n in t2 for a2, t2 in found)])
        for _, name in found:
            if name not in members + attendance:
                target.append(name)
    return members, attendance
