"""Who was at a meeting: members, those in attendance, apologies.

Minutes print their attendees under labels (``Present``, ``Attendees``,
``In attendance``, ``Apologies``... from data/labels.toml) in several
layouts: names on the label's line, one a line below it, or in blocks
under headings of their own (``Members``, ``Office of the Police and
Crime Commissioner``, ``Auditors``). Under a members label, a block
headed by the name of an office, a force or an audit firm holds people
in attendance, not members.
"""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.extract.common import Ctx
from concord.ingest.textutil import ROLE_WORDS, person_name, split_people, squash

LABELS = vocab.pattern("meeting", names=("members", "attendance", "apologies"), strict=True)
_ITEMISH = re.compile(r"(?i)^\s*(?:\d{1,3}(?:[./]\d{1,3})?\.?\s+\S|\(?[a-z]\)\s|item\s+\d|agenda\b|minutes?\b|"
                      r"declarations?\b|welcome\b|introductions?\b|chair'?s\b|resolved\b|part\s+[12ab]\b)")
_RECEIVED_FROM = re.compile(r"(?i)^.{0,80}?\b(?:received|given|noted|submitted|tendered)\s+(?:from|by|on\s+behalf\s+of)\s+")
_HEADING_COLON = re.compile(r"^\s*(?P<head>[^:]{2,80}?)\s*:[-\s]*(?P<rest>.*)$")
_ORG_WORD = re.compile(r"(?i)\b(?:office|opcc|pcc|police|constabulary|force|service|audit\w*|officers?|council|"
                       r"commissioner|secretariat|guests?|observers?|attendance|present|llp|ltd|plc|advisers?|"
                       r"staff|team|partners?|representatives?|authority|panel|committee|members?)\b")


def people(ctx: Ctx, stops: re.Pattern[str] | vocab.LabelPattern, window: int = 8000) -> tuple[list[str], list[str], list[str], dict[str, tuple[int, int]]]:
    """(members, in attendance, apologies, where each was found)."""
    a, b = ctx.part.start, min(ctx.part.end, ctx.part.cue + window)
    hits = [(m, vocab.field_of(m)) for m in LABELS.finditer(ctx.text, a, b)]
    got: dict[str, list[str]] = {"members": [], "attendance": [], "apologies": []}
    where: dict[str, tuple[int, int]] = {}
    for k, (m, field) in enumerate(hits):
        if field == "_not" or field == "members" and ctx.part.kind == "agenda" and not _CAME.search(m.group(0)):
            continue  # an agenda's "Members:" says who sits on the panel, not who came
        end = hits[k + 1][0].start() if k + 1 < len(hits) else b
        target = field
        seen_names = False
        misses = 0
        pos = m.end()
        for line_m in re.finditer(r"[^\n]*", ctx.text[pos:end]):
            line = line_m.group(0)
            if line.lstrip().startswith("|"):  # "| Jane Roe | Chair |": a table of attendees, the name first
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if all(_TABLE_HEAD.match(c) for c in cells):
                    continue  # its header or rule
                line = cells[0]
            text = squash(line)
            if not text:
                continue
            if pos + line_m.start() > m.end() + 3000:
                break
            if line_m.start() and (_ITEMISH.match(line) and not split_people(line) or stops.match(line)):
                break
            head = _HEADING_COLON.match(text)
            if head and not person_name(head.group("head")) and len(head.group("head").split()) <= 9:
                # "Members: ...", "Office of the PCC (OPCC): ...", "RSM: ...": a block heading, names after it
                kind = _block_kind(head.group("head"))
                if kind and field == "members":
                    target = kind
                text = head.group("rest")
                line = text
                if not text:
                    continue
            elif field == "members" and _block_kind(text) and not split_people(line):
                target = _block_kind(text) or target
                continue
            if field == "apologies" and _RECEIVED_FROM.match(line):
                line = _RECEIVED_FROM.sub("", line)
            elif _sentence(text):
                misses += 1  # "The Chairman noted that Councillor X would be late": prose, not a list of people
                if seen_names and misses > 1:
                    break
                continue
            listed = text if head else line
            sent = _sent_apologies(listed) if target != "apologies" else []
            names = split_people(_APOLOGY_MARK.sub(" ", listed)) if sent else split_people(listed)
            for n in sent:  # "Liz Mackenzie (LM) Vice-chair (Apologies received)": listed, but not there
                if n in names and n not in got["apologies"]:
                    names.remove(n)
                    got["apologies"].append(n)
                    where.setdefault("apologies", (pos + line_m.start(), pos + line_m.end()))
            if not names and sent:
                continue
            if not names:
                misses += 1
                if seen_names and (misses > 1 or len(text) > 60 or text.endswith(".")):
                    break
                if not seen_names and misses > 2:
                    break
                continue
            misses = 0
            seen_names = True
            for n in names:
                if not any(n in v for v in got.values()):
                    got[target].append(n)
                    where.setdefault(target, (pos + line_m.start(), pos + line_m.end()))
    if not got["members"] and ctx.part.kind == "minutes":
        blocks = _heading_blocks(ctx.text, ctx.part.cue, hits[0][0].start() if hits else b)
        for target, names, span in blocks:
            fresh = [n for n in names if not any(n in v for v in got.values())]
            got[target] = fresh + got[target] if target == "members" else got[target] + fresh
            if fresh:
                where.setdefault(target, span)
    if not got["members"] and not got["attendance"]:
        initials = _initials_run(ctx.text, a, min(b, ctx.part.cue + 3000))
        if initials:
            got["members"] = [n for n in initials[0] if not any(n in v for v in got.values())]
            where["members"] = initials[1]
    return got["members"], got["attendance"], got["apologies"], where


_TABLE_HEAD = re.compile(r"(?i)^(?:[-:\s]*|name|names|role|title|organisation|representing|position|job\s+title|attendee)$")
_CAME = re.compile(r"(?i)present|attend")
_APOLOGY_MARK = re.compile(r"(?i)\((?:apolog(?:y|ies)|sent\s+apologies|absent)(?:\s+(?:received|given|sent|noted))?\)")


def _sent_apologies(run: str) -> list[str]:
    """The people a list marks as having sent apologies: the last name before each "(Apologies received)"."""
    out: list[str] = []
    prev = 0
    for m in _APOLOGY_MARK.finditer(run):
        before = split_people(run[prev:m.start()])
        if before:
            out.append(before[-1])
        prev = m.end()
    return out


_BULLET_LINE = re.compile(r"^[ \t]*[•\-*–][ \t]+(?P<rest>\S[^\n]*)$")


def _heading_blocks(text: str, cue: int, stop: int) -> list[tuple[str, list[str], tuple[int, int]]]:
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
        kind = _block_kind(line)
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


INITIALS_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*"
                            r"\((?P<ini>[A-Z]{2,4})\)[^\n]*$")


def _initials_run(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """Attendees listed without a label, one a line, each with the initials the minutes use for them
    ("John Campion (JPC) Chair ..."): three or more such lines together."""
    run: list[re.Match[str]] = []
    best: list[re.Match[str]] = []
    for m in INITIALS_LINE.finditer(text, a, b):
        if run and text[run[-1].end():m.start()].strip():
            run = []
        run.append(m)
        if len(run) > len(best):
            best = list(run)
    if len(best) < 3:
        return None
    names = [n for n in (person_name(m.group("name")) for m in best) if n]
    return (names, (best[0].start(), best[-1].end())) if len(names) >= 3 else None


def _sentence(text: str) -> bool:
    words = re.sub(r"\([^)]*\)", " ", text).split()
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= 0.4 * len(words)


def _block_kind(line: str) -> str | None:
    """``members`` or ``attendance`` when a short line heads a block of names (a heading of its own)."""
    kind = vocab.block_heading(line)
    if kind:
        return kind
    text = line.strip(" :-–")
    words = text.split()
    if not 1 <= len(words) <= 9 or any(ch.isdigit() for ch in text) or text.endswith("."):
        return None
    if _ORG_WORD.search(text) and all(w[:1].isupper() or w.lower() in ROLE_WORDS or w[:1] in "(&" for w in words):
        return "members" if re.fullmatch(r"(?i)(?:\w+\s+)?members?", text) else "attendance"
    return None
