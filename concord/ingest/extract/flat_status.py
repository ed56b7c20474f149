"""A council page's attendance table run onto one line, each person's name, the body they sit for and their status
one after another with nothing between ("Councillor Ann Able Northtown Borough Council Absent Councillor Ben Brook
Southtown District Council Present, as expected ..."), as a document host or a page's lost line breaks print it. Each
status ends a row; the row opens with the person's name (titles, then initials and two words). Used by ``people``
where no list and no table of people was read."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.textutil import leading_name

LEAST_ROWS = 3  # rows of one table, each ended by its status
_TITLE = re.compile(r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame)\b")
_ROW_REACH = 160  # the longest name and body of a row


@lru_cache(maxsize=1)
def _status_rx() -> re.Pattern[str]:
    """A status printed with a capital after a space, the next row (or the line's end) after it; the group names what
    it says of the person."""
    groups = []
    for name in ("came", "sent_apologies", "stayed_away"):
        groups.append(f"(?P<{name}>{vocab.capitalised_alternation(vocab.phrases('meeting', name))})")
    return re.compile(r"(?<=[a-z)])[ ](?:" + "|".join(groups) + r")\.?(?=[ ]+[A-Z]|[ \t]*$)", re.M)


def flat_status(text: str, a: int, b: int) -> dict[str, tuple[list[str], tuple[int, int]]]:
    """{field: (names, span)} as ``attendance_tables.stacked_status`` gives for the table printed one cell a line:
    those present are members ("In attendance": in attendance), those sending apologies apologies, those who stayed
    away ``absent``; three rows or more on one line, else nothing."""
    out: dict[str, tuple[list[str], tuple[int, int]]] = {}
    # (the part's lines joined: another step may have put a status that reads as a label, "Apologies", on a line of
    # its own)
    for line in re.finditer(r"[^\n]{200,}", text[a:b].replace("\n", " ")):
        rows: list[tuple[str, str]] = []
        prev = 0
        body = line.group(0)
        for m in _status_rx().finditer(body):
            row = body[prev:m.start()]
            prev = m.end()
            titled = [t.start() for t in _TITLE.finditer(row)]
            if len(row) > _ROW_REACH and titled and len(row) - titled[-1] <= _ROW_REACH:
                row = row[titled[-1]:]  # the first row after the page's heading, from its person's title on
            if len(row) > _ROW_REACH:
                rows = []  # a sentence, not a row: the run starts again after it
                continue
            who = leading_name(row)
            if who is None:
                continue
            said = m.lastgroup or ""
            kind = ("attendance" if re.match(r"(?i)in\s+attendance", m.group(0).strip()) else "members") \
                if said == "came" else "apologies" if said == "sent_apologies" else "absent"
            if said == "came" and m.group(0).strip().lower() == "expected":
                continue  # "Expected": nothing yet said of whether they came
            rows.append((kind, who))
        if len(rows) >= LEAST_ROWS:
            span = (a + line.start(), a + line.end())
            for kind, who in rows:
                names, _ = out.setdefault(kind, ([], span))
                if who not in names:
                    names.append(who)
            return out
    return {}
