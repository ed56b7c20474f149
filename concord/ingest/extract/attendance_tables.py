"""Attendance printed as a table or a register rather than under labels: a register of P./A. marks, a council page's
``Attendee / Role / Attendance`` table, and an unlabelled ``| Name | Role |`` table under a meeting's heading."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.lazyre import compile_lazily
from concord.ingest.textutil import leading_name, person_name


# "Bristol City Council P. Councillor Gary Hopkins P. Councillor Hibaq Jama Mendip District Council A. Councillor John
# Parham": an attendance register, each member marked P. (present) or A. (absent), the bodies they sit for between
_REGISTER = re.compile(r"(?<![\w.])(?P<mark>[PA])\.[ \t]+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof\w*|Sir|Lady)\.?"
                       r"[ \t]+[A-Z]|[A-Z][a-z'’-]+[ \t]+[A-Z][a-z])")


def register(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """The members a register marks present (three or more P. marks, each within 200 characters of the last); those
    marked A. were absent: neither members nor apologies."""
    marks: list[re.Match[str]] = []
    for m in _REGISTER.finditer(text, a, b):
        if marks and m.start() - marks[-1].end() > 200:
            if sum(x.group("mark") == "P" for x in marks) >= 3:
                break
            marks = []
        marks.append(m)
    if sum(m.group("mark") == "P" for m in marks) < 3:
        return None
    names: list[str] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else min(b, m.end() + 120)
        name = leading_name(text[m.end():end].split("\n")[0]) if m.group("mark") == "P" else None
        if name and name not in names:
            names.append(name)
    return (names, (marks[0].start(), marks[-1].end())) if len(names) >= 3 else None


# the heads of an attendance table's columns: who (a member's column says each is a member), the seat or body they
# sit for, and whether they came ("Attendee / Role / Attendance", "Member | Representing | Attendance")
_WHO_HEAD = re.compile(r"(?i)(?:attendees?|names?|attendee\s+name|(?P<member>members?|(?:panel|committee|board)\s+members?|"
                       r"councillors?))")
_SEAT_HEAD = re.compile(r"(?i)role|position|post|job\s+title|title|representing|organi[sz]ation|authority|council|body|"
                        r"local\s+authority|area")
_STATE_HEAD = re.compile(r"(?i)attendance(?:\s+status)?|status|present|attended|present\s*/\s*apologies")
_CELL_SPLIT = re.compile(r"\t|[ \t]{2,}|\|")


def _status_head(line: str) -> tuple[int, int | None, int, bool] | None:
    """(the name's column, the seat's or None, the state's, members by the name column's head) when ``line`` heads an
    attendance table of two or three columns."""
    cells = [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|"))]
    if not 2 <= len(cells) <= 3:
        return None
    who = next((k for k, c in enumerate(cells) if _WHO_HEAD.fullmatch(c)), None)
    state = next((k for k, c in enumerate(cells) if _STATE_HEAD.fullmatch(c)), None)
    seat = next((k for k, c in enumerate(cells) if k not in (who, state) and _SEAT_HEAD.fullmatch(c)), None)
    if who is None or state is None or len(cells) == 3 and seat is None:
        return None
    return who, seat, state, bool(_WHO_HEAD.fullmatch(cells[who]).group("member"))  # type: ignore[union-attr]


def _phrases_rx(name: str) -> re.Pattern[str]:
    return compile_lazily(rf"(?i)^(?:{vocab.alternation(vocab.phrases('meeting', name))})\b")


_WHO_LABEL = compile_lazily(rf"(?i)(?:{vocab.alternation(vocab.phrases('meeting', 'members') + vocab.phrases('meeting', 'attendance'))})")
_PRESENT, _SENT, _AWAY, _MEMBER_ROLE = (_phrases_rx(n) for n in ("came", "sent_apologies", "stayed_away", "member_roles"))


def member_role(role: str) -> bool:
    """A Role cell naming a seat on the body (Chair, Independent Member, Councillor), not a post (Chief Finance Officer)."""
    return bool(_MEMBER_ROLE.match(role))


# a state column's tick ("Present: Yes", "Attended  ✓") and its cross ("No", "✗"): came, or did not
_COUNCIL = re.compile(r"(?i)\bcouncil\b")
_COUNCILLOR = re.compile(r"(?i)(?:cllr|councillor)\b")
_YES = re.compile(r"(?i)yes|y|[✓✔√]")
_NO = re.compile(r"(?i)no|n|[✗✘×]")
_NO_APOLOGIES = re.compile(r"(?i)(?:no|[✗✘×])\W+(?:apologies|sent\s+apologies)\b")


def status_table(text: str, a: int, b: int) -> dict[str, tuple[list[str], tuple[int, int]]]:
    """``Attendee / Role / Attendance`` rows ("Councillor Ann Able <tab> Chairman <tab> Present"): those present in a
    member's role, or under a Member column, are members, others present are in attendance, "Apologies" are
    apologies, "Absent" nobody."""
    out: dict[str, tuple[list[str], tuple[int, int]]] = {}
    found = next(((m, shape) for m in re.finditer(r"(?m)^[^\n]*\S[^\n]*$", text[a:b])
                  if ("\t" in m.group(0) or "|" in m.group(0) or "  " in m.group(0)) and (shape := _status_head(m.group(0)))),
                 None)
    if not found:
        return out
    head, (who_col, seat_col, state_col, by_head) = found
    start, pos = a + head.start(), a + head.end()
    width = len([c for c in _CELL_SPLIT.split(head.group(0).strip().strip("|"))])
    for row in re.finditer(r"\n(?P<row>[^\n]*)", text[pos:b]):
        cells = [c.strip() for c in _CELL_SPLIT.split(row.group("row").strip().strip("|"))]
        if cells and all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
            continue  # the rule under a barred table's heads ("|---|---|---|")
        if len(cells) != width:
            break
        state, seat = cells[state_col], cells[seat_col] if seat_col is not None else ""
        who = person_name(cells[who_col])
        # (a councillor, or one sitting for a council, holds a seat on the panel: "Cllr Ann Able  Eastvale Borough
        # Council  Yes")
        member = by_head or bool(_MEMBER_ROLE.match(seat) or _COUNCIL.search(seat) or _COUNCILLOR.match(cells[who_col]))
        # ("No – apologies", "No (apologies sent)": a cross, and why)
        kind = ("apologies" if _SENT.match(state) or _NO_APOLOGIES.match(state) else
                "absent" if _AWAY.match(state) or _NO.fullmatch(state) else
                ("members" if member and not re.match(r"(?i)in\s+attendance", state) else "attendance")
                if _PRESENT.match(state) or _YES.fullmatch(state) else "?")
        if who is None or kind == "?":
            break
        out.setdefault(kind, ([], (start, a + head.end())))[0].append(who)
        pos = a + head.end() + row.end()
    return {k: (v[0], (v[1][0], pos)) for k, v in out.items()}


# (a "| Name | Role |" table of bars under the minutes' heading is read by name_role_table below, by the same roles)
# the heads of a Name / Role table's columns: the name first, a role column, and perhaps the body sat for
_NAME_CELL = re.compile(r"(?i)(?:name|names|attendee|attendees)")
_ROLE_CELL = re.compile(r"(?i)(?:role|position|post|job\s+title|title|representing)")
_BODY_CELL = re.compile(r"(?i)(?:organisation|organization|body|agency|representing)")
_ROLE_SPLIT = re.compile(r"\t|[ \t]{2,}|\|")


def _role_head(line: str) -> tuple[int, int, bool] | None:
    """(the cells of a row, the role's column, barred) when ``line`` heads a Name / Role table: "Name <tab> Role",
    "Name | Role | Organisation"."""
    barred = "|" in line
    cells = [c.strip() for c in _ROLE_SPLIT.split(line.strip().strip("|"))]
    if not 2 <= len(cells) <= 3 or not _NAME_CELL.fullmatch(cells[0]):
        return None
    roles = [k for k, c in enumerate(cells[1:], 1) if _ROLE_CELL.fullmatch(c)]
    if not roles or not all(_ROLE_CELL.fullmatch(c) or _BODY_CELL.fullmatch(c) for c in cells[1:]):
        return None
    if barred and len(cells) == 2:
        return None  # "| Name | Role |": name_role_table's
    return len(cells), roles[0], barred


def role_table(text: str, a: int, b: int) -> dict[str, tuple[list[str], tuple[int, int]]]:
    """``Name / Role`` rows under the attendees' label ("Liam Grey <tab> Chief Finance Officer, OPCC", "Amy Hart |
    Chair | JAC"): those in a member's role (Chair, Independent Member) are members, the others (posts) are in
    attendance."""
    out: dict[str, tuple[list[str], tuple[int, int]]] = {}
    found = next(((m, shape) for m in re.finditer(r"(?m)^[^\n]*$", text[a:b]) if (shape := _role_head(m.group(0)))),
                 None)
    if not found:
        return out
    head, (width, role, barred) = found
    start = a + head.start()
    above = next((x for x in reversed(text[max(0, start - 200):start].split("\n")) if x.strip()), "")
    if not _WHO_LABEL.fullmatch(above.strip().rstrip(":").strip()):
        return out  # no label over it: an unlabelled table under the heading, whose people are all members (name_table)
    pos = a + head.end()
    for row in re.finditer(r"\n(?P<row>[^\n]*)", text[pos:b]):
        raw = row.group("row")
        cells = [c.strip() for c in _ROLE_SPLIT.split(raw.strip().strip("|"))] if barred else \
            [c.strip() for c in re.split(r"\t|[ \t]{2,}", raw) if c.strip()]
        if barred and all(re.fullmatch(r"[-: ]*", c) for c in cells):
            continue  # the rule under the head
        who = person_name(cells[0]) if len(cells) == width and ("|" in raw) == barred else None
        if who is None:
            break
        kind = "members" if _MEMBER_ROLE.match(cells[role]) else "attendance"
        out.setdefault(kind, ([], (start, a + head.end())))[0].append(who)
        pos = a + head.end() + row.end()
    return {k: (v[0], (v[1][0], pos)) for k, v in out.items()} if sum(len(v[0]) for v in out.values()) >= 2 else {}


_FULL = {n: re.compile(rf"(?i)^(?:{vocab.alternation(vocab.phrases('meeting', n))})\.?$")
         for n in ("came", "sent_apologies", "stayed_away")}
_PAGE_FURNITURE = re.compile(r"(?i)^(?:view\s+profile|.+\bphoto)$")


def stacked_status(text: str, a: int, b: int) -> dict[str, tuple[list[str], tuple[int, int]]]:
    """A council page's attendance printed one cell a line, each person's status under the name and the body they sit for
    ("Councillor Ann Able" / "Northtown Borough Council" / "Present, as expected"): the status's line names who came
    ("Present", "In attendance"), sent apologies or stayed away ("Absent", "Not required"); the name is the line above the
    body's. Three or more such rows, else nothing. Those present are members (an attendance list under the meeting's
    heading), those whose status says "In attendance" are in attendance; "Expected" says nothing yet."""
    lines = [(m.start() + a, squash_line) for m in re.finditer(r"[^\n]*", text[a:b])
             if (squash_line := " ".join(m.group(0).split())) and not _PAGE_FURNITURE.match(squash_line)]
    out: dict[str, tuple[list[str], tuple[int, int]]] = {}
    rows = 0
    first = last = -1
    for k, (pos, line) in enumerate(lines):
        kind = ("apologies" if _FULL["sent_apologies"].match(line) else "absent" if _FULL["stayed_away"].match(line) else
                ("attendance" if re.match(r"(?i)in\s+attendance", line) else "members")
                if _FULL["came"].match(line) and line.lower() != "expected" else None)
        if kind is None or k < 2:
            continue
        body, name_line = lines[k - 1][1], lines[k - 2][1]
        who = person_name(name_line)
        if who is None or person_name(body) == who or _FULL["came"].match(name_line) or \
                _FULL["sent_apologies"].match(name_line) or _FULL["stayed_away"].match(name_line):
            continue
        rows += 1
        first = lines[k - 2][0] if first < 0 else first
        last = pos + len(line)
        names, _ = out.setdefault(kind, ([], (first, last)))
        if who not in names:
            names.append(who)
    if rows < 3:
        return {}
    return {k: (v[0], (first, last)) for k, v in out.items()}


# the head cells of an attendance table, never a person
TABLE_HEAD = re.compile(r"(?i)^(?:[-:\s]*|name|names|role|title|organisation|representing|position|job\s+title|attendee)$")
_ATTENDEE_TABLE = re.compile(r"(?im)^[ \t]*\|[ \t]*(?:names?|attendees?|attendance|present|members?)[ \t]*\|[^\n]*\n"
                             r"(?P<rows>(?:[ \t]*\|[^\n]*(?:\n|$))+)")


def name_role_table(text: str, a: int, b: int) -> tuple[list[str], list[str], list[str], tuple[int, int]] | None:
    """The people in the first column of a table headed "Name" (or "Attendee") under the minutes' heading: those
    who came, those the table marks as sending apologies, and those whose Role column names a post, not a seat on
    the body ("Chief Finance Officer"): in attendance, as in every other attendance table with roles."""
    m = _ATTENDEE_TABLE.search(text, a, b)
    if not m:
        return None
    head = [c.strip().lower() for c in m.group(0).split("\n", 1)[0].strip().strip("|").split("|")]
    # "| Name | Role | Attendance |": a column saying whether each came ("Present", "Apologies", "Absent")
    status = next((i for i, h in enumerate(head) if i and re.fullmatch(r"attendance|attended|present|status", h)), None)
    role = next((i for i, h in enumerate(head) if i and re.fullmatch(r"role|position|post|title", h)), None)
    names: list[str] = []
    sent: list[str] = []
    posts: list[str] = []
    for row in m.group("rows").splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if cells and not all(TABLE_HEAD.match(c) for c in cells):
            name = person_name(cells[0])
            said = cells[status].lower() if status is not None and status < len(cells) else ""
            if not name or name in names or name in sent or name in posts or \
                    re.search(r"\babsent\b|\bno\b|^n$|^x$", said):
                continue
            held = cells[role] if role is not None and role < len(cells) else ""
            if "apolog" in said:
                sent.append(name)
            elif held and not member_role(held):
                posts.append(name)
            else:
                names.append(name)
    return (names, sent, posts, (m.start(), m.end())) if len(names) + len(posts) >= 2 else None


_LINE = re.compile(r"(?m)^[ \t]*\S[^\n]*$")
_NAME_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*$")


def name_run(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """Those present listed without a label or initials, a bare name a line ("Stephen Mold" / "Paul Bullen" / …), among
    the first lines of the minutes: four such lines or more, nothing but blank lines between them."""
    run: list[tuple[re.Match[str], str]] = []
    for k, line in enumerate(_LINE.finditer(text, a, b)):
        m = _NAME_LINE.fullmatch(line.group(0))
        name = person_name(m.group("name")) if m else None
        if m and name and name == m.group("name"):
            run.append((line, name))
        elif len(run) >= 4:
            break
        else:
            run = []
            if k > 8:
                return None  # not among the first lines under the heading
    if len(run) < 4:
        return None
    return [n for _, n in run], (run[0][0].start(), run[-1][0].end())


INITIALS_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<name>[A-Z][\w'’./-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*"
                            r"\((?P<ini>[A-Z]{2,4})\)[^\n]*$")


def initials_run(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
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


# a person named with the initials the minutes go on to use for them, the initials their name's own ("Ollie Dismore
# (OD)", "Mark Reeves (MRe)", "Millie Banerjee(MB)"), wherever they stand: a page run onto one line keeps them
_INITIALLED = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]*\((?P<ini>[A-Z][A-Za-z]{1,4})\)")
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                            r"[a-z]*\b)[A-Z]")  # an item's number, not a day's before its month
_CLUSTER_GAP = 200  # the most text between two attendees of one list (a post, a body, a region)


def _initials_of(words: list[str], ini: str) -> list[str] | None:
    """The last words of ``words`` whose initials are ``ini`` ("Mark Reeves" for MRe, "Burns-Williamson" counting
    B and W), or None."""
    caps = re.findall(r"[A-Z][a-z]*", ini)
    for k in range(min(len(words), 4), 1, -1):
        tail = words[-k:]
        letters = [p[:1] for w in tail for p in w.split("-") if p[:1].isupper()]
        if "".join(letters) == "".join(c[:1] for c in caps) and all(
                t.startswith(c) for t, c in zip((p for w in tail for p in w.split("-")), caps)):
            return tail
    return None


def initialled_names(text: str, a: int, b: int) -> list[str]:
    """Every person between ``a`` and ``b`` printed with their own initials after the name ("Ollie Dismore (OD)")."""
    out: list[str] = []
    for m in _INITIALLED.finditer(text, a, b):
        words = m.group("name").split()
        while len(words) > 2 and re.fullmatch(r"[A-Z]{2,4}", words[-1]):
            words.pop()
        tail = _initials_of(words, m.group("ini"))
        name = person_name(" ".join(tail)) if tail else None
        if name and name not in out:
            out.append(name)
    return out


def initialled(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """Those present listed each with their initials in brackets, however the list was laid out or run together: the
    first cluster of three such names or more, each within ``_CLUSTER_GAP`` characters of the one before."""
    cluster: list[tuple[re.Match[str], str]] = []
    item = _NUMBERED_LINE.search(text, a, b)  # the business begins: names in it are no list of attendees
    for m in _INITIALLED.finditer(text, a, item.start() if item else b):
        words = m.group("name").split()
        while len(words) > 2 and re.fullmatch(r"[A-Z]{2,4}", words[-1]):
            words.pop()  # "Ann Other OBE (AO)": the postnominal between the name and its initials
        tail = _initials_of(words, m.group("ini"))
        name = person_name(" ".join(tail)) if tail else None
        if not name:
            continue
        if cluster and m.start() - cluster[-1][0].end() > _CLUSTER_GAP:
            if len(cluster) >= 3:
                break
            cluster = []
        cluster.append((m, name))
    if len(cluster) < 3:
        return None
    names = list(dict.fromkeys(n for _, n in cluster))
    return names, (cluster[0][0].start(), cluster[-1][0].end())


def by_label(text: str, names: list[str], span: tuple[int, int]) -> dict[str, list[str]]:
    """The initialled names of one run split by the labels printed among them ("Committee Members: Ann Lee (AL) Chair
    ... In Attendance: Bob Hill (BH) ..., a page run onto one line): those after an attendance label are in attendance,
    after an apologies label apologies; the rest members."""
    out: dict[str, list[str]] = {"members": [], "attendance": [], "apologies": []}
    switches = [(a, f) for a, _, f in vocab.colon_labels("meeting", ("attendance", "apologies"), text, *span)]
    if not switches:
        return {**out, "members": names}
    for name in names:
        at = text.find(name, span[0], span[1] + len(name))
        field = next((f for p, f in reversed(switches) if p < at), "members") if at >= 0 else "members"
        out[field].append(name)
    return out
