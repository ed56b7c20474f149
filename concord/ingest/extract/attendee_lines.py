"""How one line of an attendee list is read where a body prints it its own way: members with their wards after a
hyphen, a register's names surname first, the bodies members sit for as headings (not the staff who support the
meeting), an attendee table flattened onto its label's line, and a run of names cut at the labels inside it. Used by
``people.people``."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.extract import attendance_tables
from concord.ingest.extract.given_names import given_named
from concord.ingest.lazyre import compile_lazily
from concord.ingest.name_runs import first_names
from concord.ingest.textutil import HONORIFIC, ROLE_WORDS, names_data

MEMBERS_LABEL = re.compile(r"(?i)\bmembers\b.*\b(?:present|attend\w*)\b")
# a heading of the staff who support a body, not of a body its members sit for ("Office of the PCC", "Officers of the
# Force", "OPCC Officers", "Secretariat", "Northshire Constabulary"; not "Home Office", "Staff Association")
_STAFF_HEAD = re.compile(r"(?i)^(?:the\s+)?(?:office|officers|secretariat)\b|\b(?:opcc|officers?|staff|secretariat|guests?|"
                         r"observers?|attendance|advisers?|advisors?|support|auditors?|audit|clerks?|invited|invitees?|"
                         r"constabulary|force|police)\W*$")


# the column heads of an attendee table after its label, the table flattened onto the label's line
TABLE_LEAD = re.compile(r"(?i)\b(?:name|names)[ \t]+(?:organisation|organization|role|representing)\b")
# a numbered agenda heading in small letters run into a long line of another block ("... 1 Welcome and Administration")
RUN_ITEM = re.compile(r"(?<![\w(.,/])\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?=(?i:apolog|minutes|declaration|conflicts?|"
                      r"welcome|introduction|chair)[a-z]*\b)")


def flattened_table(text: str, pos: int, end: int) -> list[str]:
    """"ATTENDEES Name Organisation Nazir Afzal Chief Executive, APCC Helen Boffy ...": the people of an attendee table
    flattened onto one line, up to the first item run into it: by the initials after each name where three or more are
    printed so ("Ollie Dismore (OD)"), else each by a given name and the surname after it."""
    item = RUN_ITEM.search(text, pos, end)
    stop = item.start() if item else end
    found = attendance_tables.initialled_names(text, pos, stop)
    return found if len(found) >= 3 else [n for _, n in given_named(text[pos:stop])]


# "Stephen Thompson (Convener)-Annandale North", "Rob Davidson-Abbey": a councillor, then a hyphen and the ward
_WARD_LINE = re.compile(r"^[ \t]*(?P<name>(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z][\w'’.]*[ \t]+){1,3}"
                        r"[A-Z][\w'’]+(?:[ \t]*\([^)\n]*\))?)[ \t]*-(?=[A-Z])(?P<ward>[A-Z][^\n]*)$")


_TITLES = r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lady|Lord|Bishop|Revd|Rev|Canon|Father)"
# "AMANN, Professor R", "HART, Cllr A J", "WEBLEY, Bishop D – in the Chair", "ANDERSON, Mr S Chief Superintendent, West
# Midlands" (each initial a letter alone, so "Mr S ACC" keeps one; the quantifier doubled in the f-string)
INVERTED = re.compile(rf"^[ \t]*(?P<sur>(?:MC|MAC|O'|O’)?[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?),[ \t]+"
                      rf"(?P<title>{_TITLES})\.?[ \t]+(?P<ini>(?:[A-Z](?![A-Za-z])\.?[ \t]*){{1,3}}|[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)"
                      rf"(?![a-z])(?P<rest>.*)$")
# "Hart, Amy (Chair)", "Irving, Ben": a surname, a comma and a given name (``first_names``), a post or body after it
_INVERTED_GIVEN = re.compile(r"^[ \t]*(?P<sur>(?:Mc|Mac|O'|O’)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|(?:Mc|Mac)?[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?),[ \t]+"
                             r"(?P<given>[A-Z][a-z'’]+)(?P<rest>[ \t]*(?:\([^)\n]*\)|[-–,][^\n]*)?)[ \t]*$")

# "Vale A (Chair)", "Hart T", "Stone M - Chief Finance Officer": a surname, then its initials, a post after them
_SURNAME_INITIALS = re.compile(r"^[ \t]*(?P<sur>(?:Mc|Mac|O'|O’)?[A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]+)?),?[ \t]+"
                               r"(?P<ini>[A-Z]{1,2}|(?:[A-Z]\.[ \t]?){1,3}|(?:[A-Z][ \t]){1,2}[A-Z])"
                               r"(?:[ \t]*\([^)\n]*\)|[ \t]+[-–][ \t]+[^\n]*|,[ \t]+[^\n]*)?[ \t]*$")
_LETTERED = frozenset(names_data()["lettered_words"])


def turned(line: str) -> str | None:
    """"JONES, Councillor B" as "Councillor B Jones", "BRADLEY, Councillor Jane" as "Councillor Jane Bradley", "Hart,
    Amy (Chair)" and "HART, Amy" as "Amy Hart", "Vale A (Chair)" as "A Vale" (the post after it dropped), or None."""
    m = INVERTED.match(line)
    if m:
        return f"{m.group('title')} {m.group('ini').strip()} {surname_case(m.group('sur'))}"
    g = _INVERTED_GIVEN.match(line)
    if g and g.group("given").lower() in first_names() and g.group("sur").lower() not in ROLE_WORDS:
        sur = g.group("sur")
        return f"{g.group('given')} {surname_case(sur) if sur[2:].isupper() else sur}"  # "HART, Amy" too
    s = _SURNAME_INITIALS.match(line)
    # (not a given name over a surname of two letters in capitals: "Ann NG"; three, "Ann ROE", are no initials)
    if s and s.group("sur").lower() not in ROLE_WORDS and s.group("sur").lower() not in _LETTERED and \
            not (len(s.group("ini")) == 2 and s.group("sur").lower() in first_names()):
        return f"{' '.join(re.findall('[A-Z]', s.group('ini')))} {s.group('sur')}"
    return None


def inverted_lines(text: str, pos: int = 0, end: int | None = None) -> int:
    """How many lines of the text between ``pos`` and ``end`` print a name surname first."""
    chunk = text[pos:end]
    return sum(1 for line in chunk.split("\n") if turned(line))


def surname_case(word: str) -> str:
    """"MCKEOGH" -> "McKeogh", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones"."""
    out = "-".join(w.capitalize() for w in word.split("-"))
    for lead in ("Mc", "O'", "O’"):
        if out.startswith(lead) and len(out) > len(lead):
            out = lead + out[len(lead)].upper() + out[len(lead) + 1:]
    return out


def ward(line: str) -> re.Match[str] | None:
    """The line as a name and a ward, unless the hyphen is a post's ("Mary Lines Non-Executive Director")."""
    m = _WARD_LINE.match(line)
    if not m or any(w[:1].isupper() and w.lower().strip("(),") in ROLE_WORDS for w in m.group("ward").split()) or \
            f"{m.group('name').split()[-1]}-{m.group('ward').split()[0]}".lower() in ROLE_WORDS:
        return None
    return m


def ward_list(block: str) -> bool:
    """Three or more lines of names with a ward after a hyphen, where at least one shows it is a ward and not a
    double surname (a bracket before the hyphen, or a ward of more than one word)."""
    found = [m for m in (ward(line) for line in block.split("\n")[:40]) if m]
    return len(found) >= 3 and any(m.group("name").endswith(")") or " " in m.group("ward").strip() for m in found)


def titled_lines(block: str) -> bool:
    """One person a line, each line opening with a title ("Ms M Roe, Equal Opportunities Officer, Chief Executive's
    Office"): three or more such lines in the list's first paragraph, most of its lines."""
    lines = [ln.strip() for ln in block.lstrip("\n").split("\n\n", 1)[0].split("\n")[:40] if ln.strip()]
    titled = sum(1 for ln in lines if HONORIFIC.match(ln))
    return titled >= 3 and titled >= 0.6 * len(lines)


def body_heading(text: str) -> bool:
    """A heading naming a body people sit for ("Northtown Council", "Police Federation (PF)"), not a block of the
    vocabulary ("In attendance", "Officers") nor the staff who support the meeting ("Office of the PCC", "Secretariat")."""
    return not vocab.block_heading(text) and not _STAFF_HEAD.search(text.strip(" :;-–"))


# A label in capitals inside a run of names (a two-column attendance table flattened into one line: "POLICE
# SERVICE OF (3) Mr A Smith ... ATTENDANCE: (3) Mrs B Jones"): two or more words in capitals, or one of the
# words that only label a block. Postnominals in capitals ("MLA", "JP OBE") are no label.
_CAPS_RUN = compile_lazily(r"(?<![\w'’.(/])(?:(?:[A-Z][A-Z'’&-]+[,:]?|OF|IN|&)(?:[ \t]+|$)){2,}|"
                           r"(?<![\w'’.(/])(?:ATTENDANCE|OFFICIALS|OFFICERS|ABSENT|APOLOGIES)\b:?|"
                           # a label in small letters inside the run, its colon after it ("... Director In Attendance: ...")
                           r"(?<![\w'’.(/])(?i:" + vocab.alternation(vocab.phrases("meeting", "attendance") +
                                                     vocab.phrases("meeting", "apologies")) + r")[ \t]*:")
# a numbered agenda heading run into the same line ("... Mr D McCrossan. 2 CONFLICTS OF INTEREST"): the list ends
_FLAT_ITEM = re.compile(r"(?<![\w(.,/])\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?=(?:APOLOG|MINUTES|DECLARATION|CONFLICTS?|"
                        r"WELCOME|INTRODUCTION|CHAIR)[A-Z]*\b)")


_RUN_LONG = 200  # a run of people this long may be people and posts run together, commas or not


# a name, then its own initials in capitals ("Tina Watson TW", "Mary Ann Lee MAL", "Joe O'Neill JO")
_ECHOED = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:[ \t]+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+){1,3})[ \t]+(?P<ini>[A-Z]{2,4})(?![\w'’])")
ECHOED_FEWEST = 3


def initials_echoed(run: str) -> list[str]:
    """The people of a run who are each printed with their own initials after their name (a register's "Name Initials
    Organisation" columns run onto one line); the words of a body before a name are not part of it ("Home Office
    Corporate Services Peter Smith PS" gives "Peter Smith")."""
    out = []
    for m in _ECHOED.finditer(run):
        words = m.group("name").split()
        ini = m.group("ini")
        for k in range(len(words) - len(ini) + 1):
            if len(ini) >= 2 and "".join(w[0] for w in words[k:k + len(ini)]) == ini and k + len(ini) == len(words):
                name = " ".join(words[k:])
                if name not in out:
                    out.append(name)
                break
    return out


def told_by_given_names(run: str, found: list[str], under_heading: bool = False) -> list[str]:
    """"Sir Hugh Orde ACPO President (Chair) Sir Norman Bettison Vice President CC Sara ...": a list of people and
    posts run onto one line with nothing between them (a long run, or one with no commas), each person told by a given
    name and the surname after it; these, where they are three or more (any under a numbered paragraph's heading, "1.2
    Special Advisers Jo Roe Adviser") and no fewer than ``found``, the people the run was read as before."""
    if len(run) < _RUN_LONG and re.search(r"[,;]", run):
        return found
    told = [n for _, n in given_named(run)]
    # (a name the run gave that ends in a rank, "Nia Brennan Detective", has the next person's rank run into it)
    sound = [n for n in found if " " not in n or n.split()[-1].lower() not in ROLE_WORDS and
             not HONORIFIC.match(n.split()[-1] + " ")]
    return told if len(told) >= (1 if under_heading else 3) and len(told) >= len(sound) else found


# a sentence inside the members' paragraph that opens another list ("... and Carol Jones. Also present were Jane Lowe
# (Police and Crime Commissioner)", "... Apologies were received from Cllr Eve Frost."): the attendance and apologies
# labels worded as a sentence's start (labels.toml: "also present were", "apologies were received from")
_WERE = [p for p in vocab.phrases("meeting", "attendance") if p.endswith(" were")]
_SENT = [p for p in vocab.phrases("meeting", "apologies") if " were " in p]
_SENTENCE_LABEL = re.compile(rf"(?i)(?<=[a-z)]\.)[ \t]+(?:(?P<att>{vocab.alternation(_WERE)})|"
                             rf"(?P<apol>{vocab.alternation(_SENT)}))\b[ \t]*:?[ \t]*")


@lru_cache(maxsize=1)
def _colon_label() -> re.Pattern[str]:
    """An attendance or apologies label with a capital and a colon inside a members line ("... Sergeant Kevin Richards
    Guest: Dr John Devine, Swansea University"): the people after it are not members."""
    # ("Guest" singular added here only: in the vocabulary, as a label at any line's start, it cut a dev paper's run of
    # members wrongly)
    att = [p for p in vocab.phrases("meeting", "attendance") if not p.endswith(" were")] + ["guest"]
    apol = vocab.phrases("meeting", "apologies")
    # (the phrases in sentence case, "Guest", "In attendance"; a label in capitals, "ABSENT:", is ``_caps_segments``')
    return re.compile(rf"(?<=\S)[ \t]+(?:(?P<att>{vocab.capitalised_alternation(att, False)})|"
                      rf"(?P<apol>{vocab.capitalised_alternation(apol, False)}))"
                      r"[ \t]*:[ \t]*")


def label_segments(run: str, target: str) -> tuple[list[tuple[str, str]], bool]:
    """A members line cut at the labels printed in capitals inside it, and at a sentence opening another list
    (``_SENTENCE_LABEL``), each piece with the block it belongs to: a bare members label keeps members, an apologies
    label gives apologies, ``ABSENT`` no block (``absent``), any other label people in attendance. The flag says a
    numbered agenda heading ended the list."""
    ended = False
    item = _FLAT_ITEM.search(run)
    if item:
        run, ended = run[:item.start()], True
    out: list[tuple[str, str]] = []
    prev = 0
    blocks = [(m, kind) for m in _BLOCK_COLON.finditer(run) if (kind := _block_kind(m.group("head")))]
    found = [(m, "apologies" if m.group("apol") else "attendance")
             for m in [*_SENTENCE_LABEL.finditer(run), *_colon_label().finditer(run)]]
    for m, kind in sorted([*found, *blocks], key=lambda x: x[0].start()):
        if m.start() < prev:
            continue
        out += _caps_segments(run[prev:m.start()], target)
        target, prev = kind, m.end()
    out += _caps_segments(run[prev:], target)
    return [(t, s) for t, s in out if s.strip()] or [(target, "")], ended


# "...; OPCC: Susan Lowe (Chief Executive); Constabulary: DCC Neil Price": the blocks of one line, each heading after
# a semicolon with its colon
_BLOCK_COLON = re.compile(r"(?<=[;])[ \t]*(?P<head>[A-Z][\w&'’()/,. -]{1,70}?)[ \t]*:[ \t]*")


def _block_kind(head: str) -> str | None:
    if re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b", head):
        return None  # "Cllr Ann Able: Chair": a person and her role
    return vocab.block_heading(head) or vocab.came_from_heading(head)


def _caps_segments(run: str, target: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    prev = 0
    for m in _CAPS_RUN.finditer(run):
        words = re.findall(r"[A-Za-z'’&/-]+", m.group(0))
        ranks = _trailing_ranks(words)
        if ranks and (len(words) - ranks < 2 and not _BLOCK_WORD.fullmatch(words[0]) or
                      all(w.lower() in _POSTNOMINAL_WORDS for w in words[:-ranks])):
            continue  # "Head of Crime BA CC Jon Murphy": letters after a post, then a rank before a name; no label
        label_end = m.end()
        if ranks:  # "PRESENT CC Forber": the rank is the first person's
            label_end = m.start() + [w.start() for w in re.finditer(r"[A-Za-z'’&/-]+", m.group(0))][len(words) - ranks]
            words = words[:len(words) - ranks]
        if all(w.lower() in _POSTNOMINAL_WORDS for w in words) or _after_title(run[:m.start()]):
            continue
        out.append((target, run[prev:m.start()]))
        label = " ".join(w for w in words if w.lower() not in _POSTNOMINAL_WORDS).lower()  # "MLA ABSENT:"
        target = ("apologies" if "apolog" in label else "absent" if label == "absent" else
                  "members" if vocab.block_heading(label) == "members" or label in ("present", "members present",
                                                                                     "present members") else
                  "attendance")
        prev = label_end
    out.append((target, run[prev:]))
    # "(3) Sir Hugh Orde": the footnote mark that says which items a person attended is no part of the list
    return [(t, _FOOTNOTE.sub(" ", s)) for t, s in out]


_FOOTNOTE = re.compile(r"\(\d{1,2}\)")
_BLOCK_WORD = re.compile(r"ATTENDANCE|OFFICIALS|OFFICERS|ABSENT|APOLOGIES|PRESENT")


def _trailing_ranks(words: list[str]) -> int:
    """How many of a run's last words in capitals are ranks or titles before a name ("CC", "DCC", "T/CC")."""
    k = 0
    while k < len(words) and HONORIFIC.fullmatch(words[len(words) - 1 - k] + " ") and \
            not _BLOCK_WORD.fullmatch(words[len(words) - 1 - k]):
        k += 1
    return k


_POSTNOMINAL_WORDS = frozenset(names_data()["postnominals"])


def _after_title(before: str) -> bool:
    """A word in capitals right after "Mr", "Cllr"...: a surname printed in capitals, no label."""
    last = before.split()[-1:] if before.strip() else []
    return bool(last) and bool(re.fullmatch(r"(?i)(?:mr|mrs|ms|miss|dr|cllr|councillor|sir|prof)\.?", last[0]))


# "Councillor Amy Hart in the Chair", "Cllr A Hart (in the Chair).": the chair named on a line of its own over the
# members present, the label after the name
_IN_THE_CHAIR = re.compile(r"(?im)^[ \t]*(?P<who>(?:[A-Z][\w'’.-]*[ \t]+){1,4}[A-Z][\w'’-]+)[ \t]*[(,–-]?[ \t]*"
                           r"in[ \t]+the[ \t]+chair[ \t]*\)?[ \t]*\.?[ \t]*$")


def chair_line(text: str, start: int, end: int) -> str | None:
    """The chair named by the first line between ``start`` and ``end`` that prints "in the Chair" after a name."""
    m = _IN_THE_CHAIR.search(text, start, end)
    return m.group("who") if m else None
