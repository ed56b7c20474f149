"""Tables of figures on a page flattened onto one line by a document host, where no line break is left to say where a
row ends: "... underspend of £1.3m: Total Budget £m | Total Outturn £m | Variance £m | | 2023/24 Budget | 288.5 |
289.9 | 1.4 | Funding | (288.5) | ..." (a web page's bar table run together), or, its bars lost too, "... Group Full
Year Budget (£000) Forecast outturn (£000) Variance (£000) Territorial Policing 1,400,721 1,428,551 27,830 Specialist
Crime 400,715 ...".

A row is a label in words and the same number of figures as every other row of the run: two or more figures a row,
three rows or more (or two and a total); a single figure a row only where the last row is a total that adds up the
rows above it ("Body Armour Reserve 160 ... Funding future capital requirements 156 Total 616"). The columns' heads are
the words before the first row, cut where each head's unit ends ("(£000)", "£m", "(%)"), when as many are printed as
the rows have figures. Read only on lines of ``LONG`` characters or more: the readers find the tables of a page that
kept its lines."""

from __future__ import annotations

import re

from concord.ingest.document import Cell, Document, Table
from concord.ingest.reline import LONG

_FIG = r"\(?[-–−]?£?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?\*?\)?|\(?[-–−]?£?\d+(?:\.\d+)?%?\*?\)?"
_FIGURE = re.compile(rf"(?:{_FIG})$")
_UNIT = re.compile(r"\(?£['’]?000s?\)?[.,:;]?")  # a column's unit, no figure ("(£000)", "£000s")
_TOKEN = re.compile(r"\S+")
_FIGURES = re.compile(rf"(?<!\S)(?:{_FIG})(?!\S)")
# a column head's end: its unit ("Variance (£000)", "Outturn £m", "% Variance (%)", "£000s")
_HEAD_END = re.compile(r"(?:\((?:£\s?['’]?(?:000s?|k|m|bn)|%)\)|£\s?['’]?(?:000s?|k|m|bn)\b)")
# where a table's heads may start: after a sentence or a colon
_SENTENCE_END = re.compile(r"(?:[.:;!?][ ]|\|[ ])")
_TOTAL = re.compile(r"(?i)^(?:grand\s+|net\s+)?total\b|\btotal$")
_MAX_LABEL = 8  # words in a row's label
_BAR_RUN = re.compile(r"[^|\n]{0,200}\|(?:[^|\n]{0,200}\|)+")
_RULE_CELL = re.compile(r"[ ]*:?-{3,}:?[ ]*")


def flat_tables(doc: Document) -> list[Table]:
    out: list[Table] = []
    for line in re.finditer(r"[^\n]{%d,}" % LONG, doc.text):
        a, b = line.span()
        if len(_FIGURES.findall(doc.text, a, b)) < 4:
            continue  # (a paragraph of running text: no table's rows, and not worth reading word by word)
        barred = [m for m in _BAR_RUN.finditer(doc.text, a, b) if m.group(0).count("|") >= 6]
        for m in barred:
            t = _barred(doc, m.start(), m.group(0))
            if t:
                out.append(t)
        spans = [(a, b)]
        for m in barred:  # (the bare figures outside the bar tables)
            spans = [s for x, y in spans for s in ((x, m.start()), (m.end(), y)) if s[1] > s[0]]
        for x, y in spans:
            out += _bare(doc, x, doc.text[x:y])
    return out


def _figure(tok: str) -> bool:
    return bool(_FIGURE.match(tok)) and any(ch.isdigit() for ch in tok) and not _UNIT.fullmatch(tok)


def _barred(doc: Document, at: int, run: str) -> Table | None:
    """A bar table run onto the line: the cells, rows of a label and figures, the heads the cells before them."""
    cells = [c.strip() for c in run.split("|")[:-1] if not _RULE_CELL.fullmatch(c)]
    for k in range(2, 9):  # cells a row
        for i in range(len(cells) - 2 * k + 1):
            rows = []
            j = i
            while j + k <= len(cells) and _row(cells[j:j + k]):
                rows.append(cells[j:j + k])
                j += k
            if len(rows) >= 2 and i >= k - 1:
                head = cells[i - k:i] if i >= k else [""] + cells[:i]
                if any(_figure(c) for c in head):
                    continue
                if not head[-1] and head[0]:  # heads over the figures, ended by an empty cell: the labels have none
                    head = [""] + head[:-1]
                lead = next((n for n, c in enumerate(head) if c), 0)  # (the first head run on from the paragraph)
                head[lead] = _after_sentence(head[lead])
                return _table(doc, at, [head] + rows, None)
    return None


def _row(cells: list[str]) -> bool:
    label, figures = cells[0], cells[1:]
    return bool(label) and not _figure(label) and re.search(r"[A-Za-z]", label) is not None and \
        all(_figure(c) or c in ("-", "–", "") for c in figures) and sum(_figure(c) for c in figures) >= 1


def _bare(doc: Document, at: int, text: str) -> list[Table]:
    """Rows of a label and figures, bars lost: each group of words then figures, a run of groups with as many
    figures each."""
    groups: list[tuple[list[re.Match[str]], list[str]]] = []  # (the label's words, the figures after them)
    words: list[re.Match[str]] = []
    figs: list[str] = []
    for m in _TOKEN.finditer(text):
        if _figure(m.group(0)) and words:
            figs.append(m.group(0))
            continue
        if figs:
            groups.append((words, figs))
            words, figs = [], []
        words.append(m)
    if figs:
        groups.append((words, figs))
    out: list[Table] = []
    g = 0
    while g < len(groups):
        k = len(groups[g][1])
        e = g + 1
        while e < len(groups) and len(groups[e][1]) == k and len(groups[e][0]) <= _MAX_LABEL:
            e += 1
        run = groups[g:e]
        labels = [" ".join(w.group(0) for w in ws) for ws, _ in run]
        first, heads, unit = _first_label(text, run[0][0], k)
        labels[0] = first
        figures = [list(f) for _, f in run]
        if len(run) >= 2 and _counting(figures):  # "Month 7 2.8 ..." / "Month 8 2.8 ...": the number is the label's
            labels = [f"{lab} {f.pop(0)}" for lab, f in zip(labels, figures)]
            k -= 1
            heads = heads[1:] if any(heads) else [""] * k
        totalled = _TOTAL.search(labels[-1]) is not None and _adds_up(figures)
        if labels[0] and (k >= 2 and (len(run) >= 3 or len(run) == 2 and totalled) or k == 1 and len(run) >= 3
                          and totalled):
            # (where no column's head could be told, the unit printed over the figures heads the labels' column,
            # which names no column of figures: it says what the figures are)
            grid = [[unit if not any(heads) else ""] + heads] + [[lab] + figs for lab, figs in zip(labels, figures)]
            t = _table(doc, at + run[0][0][0].start(), grid, None)
            if t:
                out.append(t)
            g = e
        else:
            g += 1
    return out


def _counting(figures: list[list[str]]) -> bool:
    """Each row's first figure a whole number one more than the row's above ("Month 7", "Month 8", "Month 9")."""
    firsts = [f[0] for f in figures]
    return len(figures[0]) >= 2 and all(f.isdigit() and len(f) <= 3 for f in firsts) and \
        all(int(b) == int(a) + 1 for a, b in zip(firsts, firsts[1:]))


def _first_label(text: str, words: list[re.Match[str]], k: int) -> tuple[str, list[str], str]:
    """The first row's label, the columns' heads and the unit, from the words before its figures: the heads end at
    the last unit printed (each head cut at its unit where there are ``k`` of them), the label is the words after them;
    with no unit, the label is the words after the last sentence's end, at most ``_MAX_LABEL`` of them, and no head is
    known."""
    if not words:
        return "", [""] * k, ""
    a, b = words[0].start(), words[-1].end()
    units = list(_HEAD_END.finditer(text, a, b))
    if units:
        ends = [m.end() for m in units]
        label = text[ends[-1]:b].strip()
        start = max([m.end() for m in _SENTENCE_END.finditer(text, a, ends[0])], default=a)
        cuts = [start] + ends
        heads = [text[x:y].strip() for x, y in zip(cuts, cuts[1:])]
        if k == 1:  # one column of figures under its unit alone ("£000s"): the unit, no head
            heads = [units[-1].group(0)]
        return label, heads if len(heads) == k else [""] * k, units[-1].group(0)
    start = max([m.end() for m in _SENTENCE_END.finditer(text, a, b)], default=a)
    label_words = text[start:b].split()
    return (" ".join(label_words) if len(label_words) <= _MAX_LABEL else ""), [""] * k, ""


def _adds_up(figures: list[list[str]]) -> bool:
    """The last row's first figure is the sum of the first figures above it."""
    from concord.ingest.extract.tables import number
    values = [v for v in (number(f[0]) for f in figures) if v is not None]
    if len(values) < len(figures):
        return False
    *parts, total = values
    return abs(sum(parts) - total) <= max(1.0, abs(total) * 0.005)


def _after_sentence(text: str) -> str:
    """The words after the last sentence's end or colon in ``text`` (a head's cell run on from the paragraph above)."""
    cut = max([m.end() for m in _SENTENCE_END.finditer(text)], default=0)
    return text[cut:].strip()


def _table(doc: Document, at: int, grid: list[list[str]], title: str | None) -> Table | None:
    page = doc.locate(at).page
    return Table([[Cell(c, page) for c in row] for row in grid], page, title=title or None,
                 offset=at - doc.page_offset(page), method="flattened")
