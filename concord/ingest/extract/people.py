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
from concord.ingest.cue_patterns import BULLET_MARKS
from concord.ingest.extract import attendance_tables, attendee_lines, block_headings, name_tables
from concord.ingest.extract.apologies import SENT_VERB, titled_list
from concord.ingest.extract.common import Ctx
from concord.ingest.extract.flat_status import flat_status
from concord.ingest.extract.given_names import given_named
from concord.ingest.name_runs import split_people
from concord.ingest.textutil import HONORIFIC, person_name, squash, uncap_names

LABELS = vocab.pattern("meeting", names=("members", "attendance", "apologies"), strict=True)
_ITEMISH = re.compile(r"(?i)^\s*(?:(?-i:[A-Z]{2,5})\s+\d{1,3}(?:\.\d{1,2})?/\d{2,4}\b|\d{1,3}(?:[./]\d{1,3})?\.?\s+\S|\(?[a-z]\)\s|item\s+\d|agenda\b|minutes?\b|"
                      r"declarations?\b|welcome\b|introductions?\b|chair'?s\b|resolved\b|part\s+[12ab]\b)")
_RECEIVED_FROM = re.compile(r"(?i)^.{0,80}?\b(?:(?:received|given|noted|submitted|tendered|intimated)\s+(?:from|by|on\s+behalf\s+of)|"
                            r"accept(?:ed)?\s+(?:the\s+)?apologies\b[^\n]{0,60}?\bfrom|"  # "agreed to accept apologies for ... from"
                            # in Welsh: "Derbyniwyd ymddiheuriadau am absenoldeb gan y Cynghorydd ..."
                            r"derbyniwyd\s+ymddiheuriad(?:au)?\b[^\n]{0,40}?\b(?:gan|oddi\s+wrth)(?:\s+y)?)\s+")
# a sentence's end inside a line: a full stop after a word (not after an initial or a title, "Mr.", "Mrs.", "Dr."),
# then a capital
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})(?<!\bMrs)(?<!\bCllr)(?<!\bCoun)\.\s+(?=[A-Z])")
_HEADING_COLON = re.compile(r"^\s*(?P<head>[^:]{2,80}?)\s*:[-\s]*(?P<rest>.*)$")



# an attendance paragraph's decimal number ("1.1 Present", "1.2 Special Advisers")
_SUB_BLOCK = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}[ \t]+(?=[A-Z])")
_CELL_MARK = re.compile(r"^[ \t]*/[ \t]+")
_BULLET_MARK = re.compile(rf"^[ \t]*[{BULLET_MARKS}][ \t]*")
_BULLET_TAB = re.compile(rf"^([ \t]*[{BULLET_MARKS}])\t+")
# a post after a person's name and colon: words in capitals and small letters, not a list of more people
_POST_AFTER = re.compile(r"^(?!(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b)[A-Z]")
_LIST_NO = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Prof\w*)\.?[ \t]+[A-Z])")
_HEADS = vocab.alternation(vocab.phrases("meeting", "column_heads"))
# "Item Description Decision": a table's column heads under the attendees, no one's name
_COLUMN_HEADS = re.compile(rf"(?i)^[ \t|]*(?:{_HEADS})(?:[ \t|/]+(?:{_HEADS}))+[ \t|]*$")


# an item whose heading is a label of who came, its names after it ("1. Apologies were received from Councillor A"): the
# end of the list above, not one more of its people
_WHO_CAME_ITEM = re.compile(r"(?i)[ \t]*\d{1,3}(?:\.\d{1,2})?[.)]?[ \t]+(?:apolog|(?:also[ \t]+)?present\b|(?:also[ \t]+)?in[ \t]+"
                            r"attendance\b|attendance\b)")


def people(ctx: Ctx, stops: re.Pattern[str] | vocab.LabelPattern, window: int = 8000) -> tuple[list[str], list[str], list[str], dict[str, tuple[int, int]]]:
    """(members, in attendance, apologies, where each was found; and, as ``own_body``, where a block's heading named
    the meeting's own body over its members)."""
    a, b = ctx.part.start, min(ctx.part.end, ctx.part.cue + window)
    hits = [(m, vocab.field_of(m)) for m in LABELS.finditer(ctx.text, a, b)]
    got: dict[str, list[str]] = {"members": [], "attendance": [], "apologies": []}
    where: dict[str, tuple[int, int]] = {}
    # a register's names printed surname first ("JONES, Councillor B"), three or more
    registered = attendee_lines.inverted_lines(ctx.text, a, b) >= 3
    for k, (m, field) in enumerate(hits):
        if field == "_not" or field == "members" and ctx.part.kind == "agenda" and not _CAME.search(m.group(0)):
            continue  # an agenda's "Members:" says who sits on the panel, not who came
        end = hits[k + 1][0].start() if k + 1 < len(hits) else b
        target = field
        if field == "members" and got["members"] and _BARE_PRESENT.match(m.group(0)) and any(
                f == "members" and "member" in h.group(0).lower() for h, f in hits[:k]):
            target = "attendance"  # "Members Present: …  Present: the Chief Constable …": those who came, not members
        seen_names = member_block = False
        # the bodies members sit for, each over its people ("Members present" over them, or the list opening with
        # one: "Present:- / Northtown Council: Councillors A, B; / Northshire Police: Chief Inspector C"), not the
        # officers who support the meeting under the members ("Present: A, B / Northshire Constabulary: C")
        orgs_are_members: bool | None = None
        own_block = False  # the list opened with the meeting's own body's heading over its members
        misses = 0
        pos = m.end()
        if field != "apologies" and attendee_lines.TABLE_LEAD.search(m.group(0)):
            # "ATTENDEES Name Organisation Nazir Afzal Chief Executive, APCC Helen Boffy ...": a table flattened onto
            # one line, each person told by a given name
            found = attendee_lines.flattened_table(ctx.text, pos, end)
            _add(got, where, target, [n for n in found if not any(n in v for v in got.values())], (pos, end))
            continue
        wards = attendee_lines.ward_list(ctx.text[pos:end])
        one_a_line = attendee_lines.titled_lines(ctx.text[pos:end])
        inverted = registered and attendee_lines.inverted_lines(ctx.text, pos, end) > 0
        for line_m in re.finditer(r"[^\n]*", _WRAPPED.sub(_run_on, ctx.text[pos:end])):
            line = line_m.group(0)
            ward = attendee_lines.ward(line) if wards else None
            if ward:  # "Rob Davidson-Abbey": a councillor and the ward after a hyphen, as every line of the list
                line = ward.group("name")
            if line.lstrip().startswith("|") or " | " in line:
                # "| Jane Roe | Chair |", "Jane Roe | Chair": a table of attendees, the name first
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if all(attendance_tables.TABLE_HEAD.match(c) for c in cells):
                    continue  # its header or rule
                line = cells[0]
            line = _CELL_MARK.sub("", line)  # "PRESENT: / Councillor A Smith": a converter's mark between cells
            if field != "apologies":  # (apologies read a bulleted entry's name by ``_BULLETED_NAME``)
                line = _BULLET_MARK.sub("", line)  # "• Jane Roe MP: Minister": an entry of a bulleted list
            else:
                line = _BULLET_TAB.sub(r"\1 ", line)  # "•<tab>Jo Roe": the entry's text at a tab, no second column
            run_item = attendee_lines.RUN_ITEM.search(line) if len(line) > 200 and field != "members" else None
            if run_item:  # "... Camille Giffard (observer) 1 Welcome and Administration (Chair) 1.1 The Chair ...":
                line, last = line[:run_item.start()], True  # the list ends at the first item run into its line
            else:
                last = False
            text = squash(line)
            if not text:
                continue
            if pos + line_m.start() > m.end() + 3000:
                break
            numbered = _LIST_NO.match(line)  # "   2. Councillor B Baker": people listed one a line and numbered
            sub = _SUB_BLOCK.match(line) if line_m.start() and _SUB_BLOCK.match(m.group(0)) and field == "members" else None
            told = given_named(line[sub.end():]) if sub else []
            if sub and told and len(line[sub.end():sub.end() + told[0][0]].split()) <= 5:
                # "1.1 Present ..." then "1.2 Special Advisers Andrew Trent Media Adviser": the next paragraph of the
                # attendance, headed by another block than the members': its people in attendance
                target, line = "attendance", line[sub.end() + told[0][0]:]
                text = squash(line)
            elif numbered and split_people(line[numbered.end():]):
                line = text = line[numbered.end():]
            elif field == "members" and block_headings.role_alone(stops, line):
                continue  # "Cllr Rachel Moore" over "Chair" over "Cllr David Pike": a member's role
            elif line_m.start() and (_ITEMISH.match(line) and (not split_people(line) or _WHO_CAME_ITEM.match(line)) or
                                     stops.match(line) and not block_headings.chair_in_block(stops, line, field) and
                                     not (field == "members" and vocab.came_from_heading(line))) or \
                    _COLUMN_HEADS.match(text):
                break
            if inverted:  # "JONES, Councillor B": the register's surname first; a line of no such name is a post's
                name = attendee_lines.turned(text)
                if not name:
                    continue
                line = text = name
            head = _HEADING_COLON.match(text) or block_headings.cell_heading(line) or block_headings.dash_heading(text)
            person = person_name(head.group("head")) if head and head.re is _HEADING_COLON else None
            if head and person and _POST_AFTER.match(head.group("rest")) and field != "apologies":
                # "Jane Roe MP: Minister of State, Home Office": one person, the post after the colon (its commas
                # and the names in it, "- for Al Ray", are the post's, not more people)
                seen_names, misses = True, 0
                _add(got, where, target, [person], (pos + line_m.start(), pos + line_m.end()))
                continue
            named_head = person if head and head.re is _HEADING_COLON else person_name(head.group("head")) if head else None
            if named_head and head and head.re is _HEADING_COLON and split_people(head.group("rest")):
                named_head = None  # "NHS Lothian: Mr D Small": a body's name over its person, not a person
            if head and not named_head and (len(head.group("head").split()) <= 9 or
                                            vocab.came_from_heading(head.group("head"))):
                # "Members: ...", "Office of the PCC (OPCC): ...", "RSM: ...": a block heading, names after it
                kind = block_headings.block_kind(head.group("head"))
                if kind and field == "members" and orgs_are_members is None and \
                        block_headings.own_body(head.group("head"), ctx.text[a:m.start()]):
                    target, orgs_are_members, own_block = "members", False, True  # the meeting's own body's members
                    where["own_body"] = (pos + line_m.start() + head.start("head"), pos + line_m.start() + head.end("head"))
                elif kind and field == "members":
                    target = kind
                    sits = block_headings.members_bodies(head.group("head"), m.group(0), orgs_are_members, seen_names or member_block) \
                        if kind == "attendance" and not vocab.came_from_heading(head.group("head")) else None
                    if sits is not None:
                        orgs_are_members, target = sits, "members" if sits else target
                    member_block = member_block or kind == "members"
                elif field == "members" and member_block and seen_names and len(head.group("head").split()) <= 3:
                    target = "attendance"  # "Panel: A, B  College: C, D": after the members' block, another body's
                elif field == "members" and re.fullmatch(r"(?i)absent", head.group("head").strip()):
                    target = "absent"
                text = head.group("rest")
                line = text
                if not text:
                    continue
            elif field == "members" and orgs_are_members is None and block_headings.block_kind(text) and \
                    not split_people(line) and block_headings.own_body(text, ctx.text[a:m.start()]):
                target, orgs_are_members, own_block = "members", False, True  # the meeting's own body's members
                where["own_body"] = (pos + line_m.start(), pos + line_m.end())
                continue
            elif field == "members" and own_block and seen_names and _short_heading(text) and not split_people(line):
                target = "attendance"  # after its own body's members, another block's heading ("PIRC", "Auditors")
                continue
            elif field == "members" and block_headings.block_kind(text) and not split_people(line):
                target = block_headings.block_kind(text) or target
                sits = block_headings.members_bodies(text, m.group(0), orgs_are_members, seen_names or member_block) \
                    if target == "attendance" and not vocab.came_from_heading(text) else None
                if sits is not None:
                    orgs_are_members, target = sits, "members" if sits else target
                continue
            listed_in = block_headings.list_label(hits, k)
            if not head and (block_headings.body_heading_line(line, text, ctx.text, pos + line_m.end()) or
                    listed_in is not None and listed_in[1] == "members" and seen_names and
                    block_headings.block_kind(text) and not split_people(line)):
                # "Department of Justice, Northern Ireland (DoJNI):", "First Actuarial:": a body's heading over its
                # people (the colon ends the line), never a name
                # ("Members present:" / "Secretariat: Jo Roe" / "Home Office (HO):": a one-line block among the
                # members' bodies, the list of members going on after it)
                if field == "members" or listed_in is not None and listed_in[1] == "members" and seen_names:
                    label = m.group(0) if field == "members" or listed_in is None else listed_in[0].group(0)
                    sits = block_headings.members_bodies(text, label, orgs_are_members, seen_names or member_block)
                    if sits is not None:
                        orgs_are_members, target = sits, "members" if sits else "attendance"
                continue
            if "\u00a0" in line:  # a wrapped value run on (``_WRAPPED``): one line, its spaces squashed
                line = squash(line)
            if field != "apologies" and re.match(r"(?i)\s*apologies\b", line) and seen_names:
                break  # "Apologies were received from ...": another block's sentence, under the next heading
            if field == "apologies" and _RECEIVED_FROM.match(line):
                # the names the sentence gives, not those of the sentences after it ("... and Janet Dover, Dorset
                # County Council. Jon Andrews attended as a substitute."), unless they too send apologies
                line = " ".join(x for k, x in enumerate(_SENTENCE_END.split(_RECEIVED_FROM.sub("", line)))
                                if k == 0 or re.search(r"(?i)\bapolog", x))
            elif field == "apologies" and _BULLETED_NAME.match(line):
                # "• Councillor Ken Hale, Northtown Council. Councillor Al Ray was in attendance as his deputy": the
                # bullet's name, before the body it sits for and the sentence after it
                line = text = re.split(r"[,(]|\.\s", _BULLETED_NAME.match(line).group("entry"))[0]  # type: ignore[union-attr]
            elif _sentence(text):
                misses += 1  # "The Chairman noted that Councillor X would be late": prose, not a list of people
                if seen_names and misses > 1:
                    break
                continue
            listed = text if head else line
            if field == "apologies":  # "Cllr Al Ray and Eve Ellis also sent apologies.": the names before the verb
                listed = SENT_VERB.sub("", listed)
            nxt = _NEXT_NUMBERED.search(listed) if field == "apologies" else None
            if nxt and (not listed[:nxt.start()].strip() or nxt.group("n") == "1"):
                nxt = None  # "   2. Cllr B Baker": apologies listed one a line and numbered, not the agenda's next item
            if nxt:  # "1. Apologies: Jo Roe, Al Ray - 2. Minutes of …": an agenda flattened onto one line
                listed = listed[:nxt.start()]
            listed = uncap_names(listed)  # "COUNCILLOR JOHN SMITH (CHAIR), MRS A JONES": people printed in capitals
            echoes = len(attendee_lines.initials_echoed(listed)) >= attendee_lines.ECHOED_FEWEST
            # (each name's initials and its body's in capitals after it, "Shaun Beresford SB ACRO": no label between)
            segments, ended = attendee_lines.label_segments(listed, target) if field == "members" and not echoes else \
                ([(target, listed)], bool(nxt))
            names = []
            sent = []
            for seg_target, seg in segments:
                target = seg_target
                if target == "absent":
                    continue  # "ABSENT: Mrs J Bunting": neither at the meeting nor sending apologies
                sent_here = _sent_apologies(seg) if target != "apologies" else []
                found = split_people(_APOLOGY_MARK.sub(" ", seg)) if sent_here else \
                    titled_list(seg) if target == "apologies" else split_people(seg)
                echoed = attendee_lines.initials_echoed(seg)
                if len(echoed) >= attendee_lines.ECHOED_FEWEST and len(echoed) >= len(found) // 2 or \
                        len(echoed) >= 2 and len(echoed) >= len(found):
                    found = echoed  # "Tina Watson TW Northumbria Police (Chair) Shaun Beresford SB ACRO ...": each name
                    # told by the initials printed after it, the body after those
                elif target != "apologies" and not sent_here:  # people and posts run together, told by given names
                    found = attendee_lines.told_by_given_names(seg, found, under_heading=bool(sub))
                cells = [] if sent_here else block_headings.column_cells(seg)
                if cells:  # "Cllr J Smith (Chair)      Cllr M Jones": a person a cell
                    found = [n for c in cells for n in split_people(c)]
                elif one_a_line and HONORIFIC.match(seg.strip()):
                    found = found[:1]  # the one person of the line; the rest is their post and body
                for n in sent_here:  # "Liz Mackenzie (LM) Vice-chair (Apologies received)": listed, but not there
                    if n in found and n not in got["apologies"]:
                        found.remove(n)
                        got["apologies"].append(n)
                        where.setdefault("apologies", (pos + line_m.start(), pos + line_m.end()))
                sent += sent_here
                if len(segments) > 1:
                    _add(got, where, target, found, (pos + line_m.start(), pos + line_m.end()))
                else:
                    names = found
            if len(segments) > 1:
                seen_names = seen_names or any(got.values())
                misses = 0
                if ended:
                    break
                continue
            if target == "absent":
                continue
            if not names and sent:
                continue
            if not names:
                misses += 1
                if seen_names and (misses > 1 or len(text) > 60 or text.endswith(".")):
                    break
                if not seen_names and misses > (5 if _short_heading(text) else 2):
                    break  # posts and bodies may head the list before its first name ("Committee Secretary")
                continue
            misses = 0
            seen_names = True
            _add(got, where, target, names, (pos + line_m.start(), pos + line_m.end()))
            if ended or last:
                break
    status = attendance_tables.status_table(ctx.text, a, b) or attendance_tables.role_table(ctx.text, a, b)
    if not status and not got["members"] and not got["attendance"]:
        status = attendance_tables.stacked_status(ctx.text, a, b) or \
            flat_status(ctx.text, a, b)  # one cell a line (name, body, status), or each row run on after the last
    if status:  # an attendance table says who came and who sent apologies, whatever label stands above it
        in_table = {n for table_names, _ in status.values() for n in table_names}
        for field_name in got:  # (one the minutes name by surname alone, "Apologies ... from Cllr Vale", is in it too)
            got[field_name] = [n for n in got[field_name]
                               if n not in in_table and not any(t.endswith(" " + n) for t in in_table)]
        for field_name, (table_names, span) in status.items():
            if field_name != "absent":  # "Absent": neither at the meeting nor sending apologies
                got[field_name] = table_names + got[field_name]
                where[field_name] = span
    if not got["members"] and ctx.part.kind == "minutes":
        register = attendance_tables.register(ctx.text, a, min(b, ctx.part.cue + 4000))
        if register:
            _add(got, where, "members", register[0], register[1])
    if not got["members"] and ctx.part.kind == "minutes":
        blocks = block_headings.heading_blocks(ctx.text, ctx.part.cue, hits[0][0].start() if hits else b)
        for target, names, span in blocks:
            fresh = [n for n in names if not any(n in v for v in got.values())]
            got[target] = fresh + got[target] if target == "members" else got[target] + fresh
            if fresh:
                where.setdefault(target, span)
    if not got["members"] and not got["attendance"] and ctx.part.kind == "minutes":
        table = attendance_tables.name_role_table(ctx.text, ctx.part.cue, min(b, ctx.part.cue + 3000))
        if table:  # "| Name | Role |" under the heading, no label: who attended, the members by their roles
            got["members"] = [n for n in table[0] if not any(n in v for v in got.values())]
            got["attendance"] = [n for n in table[2] if not any(n in v for v in got.values())]
            got["apologies"] += [n for n in table[1] if n not in got["apologies"]]
            for field_name, names in (("members", got["members"]), ("attendance", got["attendance"])):
                if names:
                    where[field_name] = table[3]
    if not got["members"]:  # (a "By invitation" block may follow the table)
        named = name_tables.name_table(ctx.text, a, min(b, ctx.part.cue + 3000))
        if named:
            _add(got, where, "members", [n for n in named[0] if not any(n in v for v in got.values())], named[1])
    if not got["members"]:  # (with those in attendance read by their label, the members before it may have none)
        initials = (attendance_tables.initials_run(ctx.text, a, min(b, ctx.part.cue + 3000)) or
                    attendance_tables.name_run(ctx.text, ctx.part.cue, min(b, ctx.part.cue + 1500))) \
            if not got["attendance"] else None
        initials = initials or (attendance_tables.initialled(ctx.text, ctx.part.cue, min(b, ctx.part.cue + 4000))
                                if ctx.part.kind == "minutes" else None)
        if initials:  # (an attendance or apologies label among the names: those after it are not members)
            for field_name, names in attendance_tables.by_label(ctx.text, initials[0], initials[1]).items():
                got[field_name] += [n for n in names if not any(n in v for v in got.values())]
                if names:
                    where.setdefault(field_name, initials[1])
    return got["members"], got["attendance"], got["apologies"], where


# a typed two-column block's value wrapped onto the next line, under its value column ("Mr J Bates, Director of Finance
# and" over "        Resources, Mr D Griffin"): the line runs on after a comma, an "and" or an initial; the newline is read
# as a space (the text keeps its length, so the places found stay true)
_WRAPPED = re.compile(r"(?:(?<=,)|(?<=\band)|(?<=\b[A-Z]))[ \t]*\n[ \t]{12,}(?=\S)")


def _run_on(m: re.Match[str]) -> str:
    """One space, then no-break spaces to the wrapped line's start: no column gap is left that reads as a cell's edge."""
    return " " + "\u00a0" * (len(m.group(0)) - 1)


_BULLETED_NAME = re.compile(r"^[ \t]*[·•▪◦*][ \t]+(?P<entry>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][^\n]*)$")


# a bare "Present:" label (no word naming members in it)
_BARE_PRESENT = re.compile(r"(?i)^[ \t]*present\b[ \t]*:?[ \t]*$|^[ \t]*present\b[ \t]*:")


def _add(got: dict[str, list[str]], where: dict[str, tuple[int, int]], target: str, names: list[str],
         span: tuple[int, int]) -> None:
    for n in names:
        if not any(n in v for v in got.values()):
            got[target].append(n)
            where.setdefault(target, span)


_NEXT_NUMBERED = re.compile(r"(?:[ \t]+[-–])?[ \t]+(?P<n>\d{1,2})\.[ \t]+(?=[A-Z])")


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


def _short_heading(text: str) -> bool:
    """A short line in capitals, not a sentence: a post or a body heading a list of people."""
    words = text.split()
    return 1 <= len(words) <= 6 and text[:1].isupper() and not text.endswith(".") and not any(ch.isdigit() for ch in text)


def _sentence(text: str) -> bool:
    words = re.sub(r"\([^)]*\)", " ", text).split()
    return len(words) >= 8 and sum(1 for w in words if w[:1].islower()) >= 0.4 * len(words)
