"""An agenda printed as a table (item, title, who presents it, paper or verbal, time, received) and read back with
each row run onto one line: "4 Update on Fraud Processes RS Paper 10.15 Received". Where most of a run's titles end in
such columns, they are cut from every title: the time, the paper's status, then the presenter (a post, a firm, an
office's initials). Used by ``items``."""

from __future__ import annotations

import re

from concord.ingest.extract.timed_agenda import presenter_cut

# the columns after a title: a paper's status, its time, whether it came ("Paper 10:05 Received", "Verbal 11:05")
_RECEIVED = r"(?:received|to[ \t]+follow|attached|tabled)"
_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*(?:am|pm|hrs))?"
_TAIL = re.compile(r"(?i)(?:[ \t]+(?:(?:papers?|(?:verbal|oral)(?:[ \t]+(?:update|report))?)(?=[ \t]+\d|[ \t]+" + _RECEIVED + r"|$)|"
                   # (a title's own last word, "Report", "Update", only before a time or a "Received")
                   r"(?:reports?|presentations?|updates?)(?=[ \t]+\d|[ \t]+" + _RECEIVED + r")))?"
                   r"(?:[ \t]+" + _TIME + r")?(?:[ \t]+" + _RECEIVED + r")?$")
# a word a line break split at its hyphen, the rest run on after a space ("non- attendance")
_SPLIT_HYPHEN = re.compile(r"(?<=[a-z])-[ \t]+(?=[a-z])")
_MOST = 0.5  # the share of a run's titles that must end in the columns


def run_on_rows(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """The items of such a table whose rows were run together, several to a line ("3 Meeting Log HK Paper 10:05
    Received 4 Update on Fraud Processes RS Paper 10.15 Received"): numbered 1, 2, 3 ... each after a line's start or
    after the row before it ended in its columns; each title runs to its line's end or the next item. Taken only when
    most rows print the columns."""
    first = _ITEM_NO.search(text, start, end)
    while first and first.group("n") != "1":
        first = _ITEM_NO.search(text, first.end(), end)
    if not first:
        return []
    found = [first]
    while True:
        n = str(int(found[-1].group("n")) + 1)
        nxt = next((m for m in _ITEM_NO.finditer(text, found[-1].end(), min(end, found[-1].end() + _REACH))
                    if m.group("n") == n and (m.group("lead") is not None or _tail(text[found[-1].end():m.start()].rstrip()))), None)
        if not nxt:
            break
        found.append(nxt)
    rows = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else end
        line_end = text.find("\n", m.end(), stop)
        title = " ".join(text[m.end():line_end if line_end >= 0 else stop].split())
        rows.append((m.group("n"), title, m.start()))
    return columns_out(rows) if len(rows) >= _FEWEST and _shows_columns(rows) else []


# an item's number and the capital its title opens with, at a line's start or inside a line
_ITEM_NO = re.compile(r"(?:(?P<lead>(?m:^)[ \t]*)|(?<=[ \t]))(?P<n>[1-9]\d?)[ \t]+(?=[A-Z])")
_REACH = 600  # how far the next row may stand
_FEWEST = 4


def _shows_columns(items: list[tuple[str, str, int]]) -> bool:
    return len(items) >= 3 and sum(1 for _, t, _ in items if _tail(t)) >= _MOST * len(items)


def _tail(title: str) -> re.Match[str] | None:
    m = _TAIL.search(title)
    return m if m and m.group(0).strip() else None


def columns_out(items: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The items with the columns printed after their titles cut away, where most of them show such columns."""
    if not _shows_columns(items):
        return items
    out = []
    for num, title, pos in items:
        tail = _tail(title)
        cut = title[:tail.start()] if tail else title
        cut = presenter_cut(cut) if tail or _ENDS_IN_PRESENTER.search(cut) else cut
        out.append((num, _SPLIT_HYPHEN.sub("-", cut).strip() or title, pos))
    return out


# a title whose row printed no status or time, only its presenter in capitals or a body of people ("... Members")
_ENDS_IN_PRESENTER = re.compile(r"(?:[ \t](?:[A-Z]{2,4}|[A-Z][a-z]+s))$")
