"""The headings of a block of attendees: "Members:", "Office of the Police and Crime Commissioner", "Panel - ...",
a body's name in a cell of its own; a line of a list printed in columns, a person in each; and a Chair label that is a
member's role, not the end of the list. Used by ``people``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from concord.ingest import vocab
from concord.ingest.cue_patterns import BULLET_MARKS
from concord.ingest.extract import attendee_lines
from concord.ingest.name_runs import split_people
from concord.ingest.textutil import HONORIFIC, ROLE_WORDS, person_name

_ORG_WORD = re.compile(r"(?i)\b(?:office|opcc|pcc|police|constabulary|force|service|audit\w*|officers?|council|"
                       r"commissioner|secretariat|guests?|observers?|attendance|present|llp|ltd|plc|advisers?|"
                       r"staff|team|partners?|representatives?|authority|panel|committee|members?)\b")
_CELL_SPLIT = re.compile(r"^\s*(?P<head>[^\t]{2,80}?)(?:\t+|[ ]{3,})(?P<rest>\S.*)$")


def column_cells(line: str) -> list[str]:
    """The cells of a line of a list printed in columns, a person in each ("Cllr J Smith (Chair)      Cllr M Jones"):
    set three spaces or more apart, each beginning with a title; [] for any other line."""
    cells = [c for c in re.split(r"[ ]{3,}|\t", line.strip()) if c]
    return cells if len(cells) >= 2 and all(HONORIFIC.match(c + " ") for c in cells) else []


# "College - Rob Beckley, Giselle Lockett": a block's heading with a dash where others print a colon
_HEADING_DASH = re.compile(r"^\s*(?P<head>[A-Z][\w&'’()./]*(?:[ \t]+[\w&'’()./]+){0,2})[ \t]+[-–][ \t]+(?P<rest>\S.*)$")


def dash_heading(text: str) -> re.Match[str] | None:
    """A block's heading before a dash and the people after it; not a person before the post they hold ("Ann Lee -
    Chief Constable")."""
    m = _HEADING_DASH.match(text)
    return m if m and person_name(m.group("head")) is None and not HONORIFIC.match(m.group("head") + " ") and \
        len(split_people(m.group("rest"))) >= 2 else None  # (nor "CC Forber – Chair ...", a title and a surname)


def cell_heading(line: str) -> re.Match[str] | None:
    m = _CELL_SPLIT.match(line)
    return m if m and block_kind(m.group("head")) and split_people(m.group("rest")) else None


def members_bodies(heading: str, label: str, decided: bool | None, seen: bool) -> bool | None:
    """Under an attendee label, whether a heading naming a body (not the meeting's staff) heads members: decided at the
    list's first such heading, members when the label says "Members present" or no names or members' block came
    before it, and kept for the rest of the list. None when ``heading`` names no such body."""
    if not (attendee_lines.body_heading(heading) or decided and not vocab.block_heading(heading)):
        return None
    return decided if decided is not None else bool(attendee_lines.MEMBERS_LABEL.search(label)) or not seen


# a body that meets: the word its own name ends with ("Audit and Accountability Committee")
_MEETS = re.compile(r"(?i)^(?P<stem>.*?\w.*?)[ \t]+(?:committee|sub-committee|panel|board|group|forum)$")


def own_body(heading: str, before: str) -> bool:
    """Whether a block's heading under the attendees' label names the meeting's own body, its name in the paper's
    heading above the label ("Audit & Accountability Committee" under "Audit and Accountability Committee - 31 July
    2025", or under "Audit and Accountability Meeting Minutes"): those under it are its members, and the other bodies'
    blocks after it are people attending."""
    def norm(t: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", t.replace("&", " and ")).lower().split())
    m = _MEETS.match(heading.strip(" :-–"))
    stem = norm(m.group("stem")) if m else ""
    return len(stem.split()) >= 2 and f" {stem} " in f" {norm(before)} "


def block_kind(line: str) -> str | None:
    """``members`` or ``attendance`` when a short line heads a block of names (a heading of its own)."""
    kind = vocab.block_heading(line) or vocab.came_from_heading(line)
    if kind:
        return kind
    text = line.strip(" :-–")
    words = text.split()
    if not 1 <= len(words) <= 9 or any(ch.isdigit() for ch in text) or text.endswith("."):
        return None
    if _ORG_WORD.search(text) and all(w[:1].isupper() or w.lower() in ROLE_WORDS or w[:1] in "(&" for w in words):
        # "Independent Members", "Independent Co-opted Members": a kind of member, still a member
        return "members" if re.fullmatch(r"(?i)(?:[\w'’-]+\s+){0,2}members?", text) else "attendance"
    return None


def role_alone(stops: re.Pattern[str] | vocab.LabelPattern, line: str) -> bool:
    """"Chair" or "Chairman" alone on its line among the members, no colon: the role of the member named next to it (a
    table of names and roles read one cell a line), not a label that ends the list (the chair is read as the header's
    Chair all the same)."""
    m = stops.match(line)
    return m is not None and vocab.field_of(m) == "chair" and not line[m.end():].strip() and ":" not in line


def chair_in_block(stops: re.Pattern[str] | vocab.LabelPattern, line: str, field: str) -> bool:
    """"Chair – Mr Alan Short" among the members listed under Present: a member named with the role, not the
    header's Chair label that ends the list."""
    m = stops.match(line)
    return m is not None and field == "members" and vocab.field_of(m) == "chair" and bool(split_people(line))


# a heading alone on its line, ending in its colon, of a body's words ("Home Office (HO):")
_ORG_HEADING = re.compile(r"[ \t]*[A-Z][^:\n]{1,90}?[ \t]*:[ \t]*")
# a body's name with its initials in brackets, alone on its line ("Police Superintendents' Association (PSA)")
_NAMED_BODY = re.compile(r"[A-Z][\w'’&,. -]{3,90}?[ \t]+\((?:[A-Z][A-Za-z]{0,2}){1,4}[A-Z]\)")
_BULLET_NEXT = re.compile(rf"\n(?:[ \t]*\n)*[ \t]*[{BULLET_MARKS}]")  # (its people bulleted under it)
_ACRONYM_IN_BRACKETS = re.compile(r"\((?:[A-Z][A-Za-z]{0,2}){1,4}[A-Z]\)")

def body_heading_line(line: str, text: str, whole: str, end: int) -> bool:
    """A body's heading alone on its line over its people, never a person: ending in its colon ("Home Office (HO):",
    "First Pensions Actuaries:" over bulleted names), or with its initials in brackets ("Police Superintendents'
    Association (PSA)"). ``text`` is the line squashed; ``whole[end:]`` what follows it."""
    if HONORIFIC.match(text + " "):
        return False
    if _ORG_HEADING.fullmatch(line):
        return person_name(text) is None or bool(_ACRONYM_IN_BRACKETS.search(text)) or bool(_BULLET_NEXT.match(whole, end))
    return bool(_NAMED_BODY.fullmatch(text)) and person_name(text) is None and not split_people(line)


# a label naming a role some hold at the meeting ("Secretariat: Jo Roe", "... – Attending as Observers:"), not a list
_ROLE_LABEL = re.compile(r"(?i)\b(?:secretariat|minute[ -]?takers?|minutes[ \t]+by|note[ -]?takers?|clerks?|observers?|"
                         r"advis[eo]rs?|guests?)\b")


def list_label(hits: Sequence[tuple[re.Match[str], str]], k: int) -> tuple[re.Match[str], str] | None:
    """Where the ``k``th label names a role, the label of the list it stands in (the last before it naming no role):
    a body's heading after "Secretariat: Jo Roe" goes on with the list of members it stands in."""
    if not _ROLE_LABEL.search(hits[k][0].group(0)):
        return None
    return next((h for h in reversed(hits[:k]) if not _ROLE_LABEL.search(h[0].group(0))), None)


_BULLET_LINE = re.compile(r"^[ \t]*[•\-*–][ \t]+(?P<rest>\S[^\n]*)$")


def heading_blocks(text: str, cue: int, stop: int) -> list[tuple[str, list[str], tuple[int, int]]]:
    """Attendees listed straight under the minutes' heading with their label lost (archived web pages drop the
    ``Present`` heading): bulleted names, one a line, are members; a short heading naming an office or a body
    (``MPA officers``, ``Auditors``) starts a block of people in attendance. Nothing but blank lines, bulleted
    names and such headings may stand between the heading and the block."""
    line_end = text.find("\n", cue)
    if line_end < 0 or stop <= line_end:
        return []
    out: list[tuple[str, list[str], tuple[int, int]]] = []
    target = "members"
    names: list[str] = []
    first = -1
    pos = line_end + 1
    for m in re.finditer(r"[^\n]*", text[pos:stop]):
        line = m.group(0).strip()
        if not line:
            continue
        bullet = _BULLET_LINE.match(line)
        if bullet:
            found = split_people(re.sub(r"\s*\([^)]*\)\s*[,.]?", " ", bullet.group("rest")).strip(" .,"))
            if len(found) != 1:
                break
            names += found
            first = pos + m.start() if first < 0 else first
            continue
        kind = block_kind(line)
        if kind != "attendance" or not names and not out and target == "members" and first >= 0:
            break
        if names:
            out.append((target, names, (first, pos + m.start())))
        target, names, first = "attendance", [], -1
    if names:
        out.append((target, names, (first, first + 1)))
    if not out or out[0][0] != "members" or len(out[0][1]) < 2:
        return []  # the first block, the members, lists two people or more
    return out
