"""The people of an unlabelled attendance table under a meeting's heading, a Name column first ("| Name | Role |" over
"| Ann Able | Chief Constable |", its cells between bars or tabs, or printed one cell a line): everyone named is a
member, as an unlabelled attendance list under the meeting's heading is. Used by concord/ingest/extract/people.py."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.lazyre import compile_lazily
from concord.ingest.textutil import person_name

# "| Name | Role |" over "| Ann Able | Chief Constable |": attendees in a table with no label above it
# (or "Name | Role |", the table's outer rules lost)
# (or "Name <tab> Role", as a PDF's table comes back, its cells between tabs)
_NAME_HEAD = re.compile(r"(?im)^[ \t]*\|?[ \t]*(?:name|names|attendee|attendees)[ \t]*(?P<sep>\||\t)[^\n]*$")


def name_table(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """The people of an unlabelled attendance table (the first column under a Name head): members, as an unlabelled
    attendance list under the meeting's heading is (two or more of them)."""
    head = _NAME_HEAD.search(text, a, b)
    if not head:
        return _stacked_names(text, a, b)
    names: list[str] = []
    end = head.end()
    sep = head.group("sep")
    row_rx = re.compile(r"[ \t]*\|?(?P<cells>[^\n]*\|[^\n]*)" if sep == "|" else r"(?P<cells>[^\n\t]+\t[^\n]*)")
    # a line with no second cell between two rows: a row whose other cells are empty ("A/DCC Ann Roe"), a cell's
    # words wrapped onto a line of their own ("Directorate"), a page's end: the table goes on past a few of them
    between: list[str] = []
    pos = head.end()
    while pos < b and text[pos] == "\n":
        if page_end := _PAGE_END.match(text, pos):  # (the table goes on over the page's end)
            pos = page_end.end()
            continue
        line_end = text.find("\n", pos + 1)
        line_end = b if line_end < 0 or line_end > b else line_end
        line = text[pos + 1:line_end]
        pos = line_end
        row = row_rx.fullmatch(line)
        if row is None:
            blank = not line.strip()
            nxt = text[pos + 1:max(pos + 1, text.find("\n", pos + 1))] if pos < b else ""
            if blank and not row_rx.fullmatch(nxt) or len(between) >= _MOST_BETWEEN or _ENDS_TABLE.search(line):
                break  # the table ends at a blank line not over a row, where no row follows a few lines that are
                # none, or at a label or a sentence
            if not blank:
                between.append(line)
            continue
        first = row.group("cells").split(sep)[0].strip()
        if between and not person_name(first):
            break  # (the lines between were no rows of it: what follows is another table's, a numbered item's)
        for alone in between:  # (a row of one cell that names someone is theirs)
            name = person_name(alone.strip(" \f|"))
            if name and name not in names:
                names.append(name)
        between = []
        end = line_end
        if re.fullmatch(r"[-: ]*", first):
            continue  # the rule under the head
        name = person_name(first)
        if name and name not in names:
            names.append(name)
    return (names, (head.start(), end)) if len(names) >= 2 else None


_MOST_BETWEEN = 6
# a line no row of the table is: a label of who came or sent apologies (data/labels.toml: "Apologies", "In
# attendance", "Also present"), a label's colon, or a sentence
_ENDS_TABLE = compile_lazily(r"(?i)^[ \t]*(?:" + vocab.alternation([p for name in ("members", "attendance", "apologies")
                                                                    for p in vocab.phrases("meeting", name)]) +
                             r")\b|:[ \t]*$|\.[ \t]*$")
# a page's end between two lines: the form feed, with the blank lines around it
_PAGE_END = re.compile(r"\n(?:[ \t]*\n)*[ \t]*\f[ \t]*(?:\n[ \t]*(?=\n))*(?=\n)")


# the same table printed one cell a line ("Name" / "Role" / "CC Tim Smith (Chair)" / "Chief Constable" / ...), as a
# web page's table reaches a converter that knows no columns
_STACKED_HEAD = re.compile(r"(?im)^[ \t]*(?:name|names|attendee|attendees)[ \t]*\n[ \t]*(?:role|position|post|job\s+title|"
                           r"title|organi[sz]ation|representing)[ \t]*$")


def _stacked_names(text: str, a: int, b: int) -> tuple[list[str], tuple[int, int]] | None:
    """The people of a Name / Role table printed one cell a line: each row's name on a line, its role on the next."""
    head = _STACKED_HEAD.search(text, a, b)
    if not head:
        return None
    lines = list(re.finditer(r"\n(?P<cell>[^\n]*)", text[head.end():b]))
    names: list[str] = []
    end = head.end()
    for k in range(0, len(lines) - 1, 2):
        who, role = lines[k].group("cell").strip(), lines[k + 1].group("cell").strip()
        name = person_name(who) if who and role else None
        if name is None or person_name(role) == role:
            break  # the table ends at a row that is no name over its role
        if name not in names:
            names.append(name)
        end = head.end() + lines[k + 1].end()
    return (names, (head.start(), end)) if len(names) >= 2 else None
