"""Tables printed one row a line with single spaces between the cells, as web pages and PDF converters give
them once the cell borders are gone: ``Territorial Policing 1,407,388 1,432,225 24,837 1.8%``.

Two or more lines in a row that each end in the same number (two or more) of figures are the rows; the label
is what stands before the figures. The column headings are the short lines just above the rows, where a line
that is only a unit (``(£000)``, ``(%)``) belongs to the heading above it; the heading of the label column
(``Business Group``) is what stands before the first column's own words. A run with no money cue in its headings
(``£``, budget, variance...) is not taken: rows of figures in prose are no table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab
from concord.ingest.document import Cell, Span, Table
from concord.ingest.textutil import line_starts, squash, unmark

# a figure (brackets or a sign for negatives, thousands separators, a footnote star), or a dash for nil
_FIG = r"\(?[-–−]?£?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?\*?|\(?[-–−]?£?\d+(?:\.\d+)?\)?%?\*?|[-–—](?=[ ]|$)"
# a label may end in a footnote mark (``Police staff¹``, ``Overtime*``, ``Estates†``)
# a label may open with a financial year (``2023/24 Budget 292.8 290.2 2.6``)
_ROW = re.compile(rf"^(?P<label>(?:(?:19|20)\d\d[/-]\d\d(?:\d\d)?[ ]+)?[A-Za-z][^\t|]*?[A-Za-z).:][¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*)"
                  rf"(?P<figs>(?:[ ]+(?:{_FIG}))+)[ ]*$")
_UNIT_ONLY = re.compile(r"^\(?\s*(?:£\s?['’]?(?:000s?|k|m|bn)|%|£)\s*\)?$", re.I)
_MONEY = re.compile(r"(?i)£|budget|actual|variance|forecast|outturn|spend|cost|income|expenditure")
# where a column's own words start in the heading line that also carries the label column's heading
_COLUMN_START = re.compile(r"(?i)\b(?:full[- ]year|annual|revised|original|approved|latest|current|ytd|year[- ]to[- ]date|"
                           r"forecast|actual|variance|budget|outturn|projected|spend|expenditure)\b")
_MAX_HEAD_LINES = 12
_CAPTION = re.compile(r"(?i)^(?:table|figure|chart|appendix|annex)[ ]+[0-9A-Z]{1,3}\b")  # "Table 1 – Summary of ..."
_MAX_ROW = 300  # a table's row is a short line; a paper run onto one line is none


def spaced_row_tables(text: str, page: int, taken: set[int]) -> list[Table]:
    """The single-space tables of a page's text; ``taken`` holds the numbers of lines already in a table."""
    lines = text.split("\n")
    offsets = line_starts(lines)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        n = _figures(lines[i]) if i not in taken else 0
        if n < 2:
            i += 1
            continue
        rows, j = [], i
        while j < len(lines) and j not in taken:
            if _figures(lines[j]) == n:
                rows.append(j)
            elif not (rows and not lines[j].strip() and j + 1 < len(lines) and j + 1 not in taken and
                      _figures(lines[j + 1]) == n):
                break  # (one blank line between two rows, as a PDF sets each row apart as a paragraph, parts none)
            j += 1
        if len(rows) >= 2:
            table = _table(lines, offsets, rows, n, page)
            if table:
                out.append(table)
        i = max(j, i + 1)
    return out


def _figures(line: str) -> int:
    if len(line) > _MAX_ROW or "  " in line.strip() or "\t" in line or "|" in line:
        return 0
    if not line.rstrip(" *%)")[-1:].isdigit() and not _NIL_END.search(line):
        return 0  # a row ends in a figure (or a dash for nil after one)
    split = _split(line)
    if not split or all(f in _DASHES for f in split[1]):
        return 0  # dashes alone are no row of figures
    return len(split[1])


def _split(line: str) -> tuple[str, list[str]] | None:
    """A row's label and its figures; the number after a period word is the label's (``Month 7 2.8 258.9``)."""
    m = _ROW.match(line.strip())
    if not m:
        return None
    label, figs = m.group("label"), m.group("figs").split()
    if label.split()[-1].lower() in _periods() and len(figs) > 1 and re.fullmatch(r"\d{1,2}", figs[0]):
        label, figs = f"{label} {figs[0]}", figs[1:]
    return label, figs


@lru_cache(maxsize=1)
def _periods() -> frozenset[str]:
    return frozenset(vocab.phrases("table", "periods"))


_DASHES = {"-", "–", "—"}
_NIL_END = re.compile(r"\d[%)*]?[ ]+[-–—](?:[ ]+[-–—])*[ ]*$")


def _table(lines: list[str], offsets: list[int], row_lines: list[int], n: int, page: int) -> Table | None:
    i = row_lines[0]
    heads: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= _MAX_HEAD_LINES and len(heads) < n + 1:
        line = squash(unmark(lines[k]))
        if not line or line.endswith((".", ";")) or len(line) > 120 or _CAPTION.match(line):
            break  # (a sentence above the table heads nothing, and its caption is its title)
        if _UNIT_ONLY.match(line) and heads is not None:
            heads.insert(0, line)
        elif heads and _UNIT_ONLY.match(heads[0]):
            heads[0] = line + " " + heads[0]
        else:
            heads.insert(0, line)
        k -= 1
    heads = [h for h in heads if not _UNIT_ONLY.match(h)]
    one = _heading_line(lines, i, n)
    if one:  # the headings on one line ("Area Budget Forecast Variance"), a line of units under them or not
        heads, k = one
    sentence_title = False
    if not heads or not _MONEY.search(" ".join(heads)) or len(heads) not in (n, n + 1):
        found = _unit_ended_heads(lines, i, n)
        if not found:
            return None
        heads, k = found
        sentence_title = True
    label_head = ""
    if len(heads) == n + 1:
        label_head, heads = heads[0], heads[1:]
    else:
        m = _COLUMN_START.search(heads[0])
        if m and m.start():
            label_head, heads[0] = heads[0][:m.start()].strip(), heads[0][m.start():]
    start = k + 1
    header = [Cell(label_head, page)] + [Cell(h, page) for h in heads]
    rows = [header]
    for r in row_lines:
        split = _split(lines[r])
        assert split
        lead = len(lines[r]) - len(lines[r].lstrip())
        at = offsets[r] + lead
        label = squash(split[0]).rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡").rstrip()  # a footnote mark is no part of it
        cells = [Cell(label, page, span=Span(page, at, at + len(split[0])))]
        cells += [Cell(f, page) for f in split[1]]
        rows.append(cells)
    title = _title(lines, start)
    if sentence_title and title and (title.endswith((".", ":")) or len(title.split()) > 14):
        title = None  # a sentence above the table is no caption
    return Table(rows, page, title=title, offset=offsets[start], method="spaces")


_YEAR_OR_SIGN = r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|over\s*/\s*\(?under\)?|\(?under\)?\s*/\s*over"
# the words column headings are made of: a heading opens with one of these; a modifier takes the next word into its
# heading ("Annual Budget", "Forecast Outturn"), a joining word and a unit always go with the heading before them
_HEAD_WORD = re.compile(r"(?i)^(?:budget|actual|actuals|variance|forecast|outturn|projected|projection|spend|spent|"
                        r"expenditure|estimate|income|movement|change|committed|profile|annual|full|revised|original|"
                        r"approved|latest|current|ytd|net|gross|profiled|" + _YEAR_OR_SIGN + r")$")
# a financial year ("2010/11 Budget") or the sign of a variance ("Over/(Under) spend") before the words it qualifies
_MODIFIER = re.compile(r"(?i)^(?:annual|full|year|revised|original|approved|latest|current|ytd|forecast|projected|net|"
                       r"gross|profiled|" + _YEAR_OR_SIGN + r")$")
_JOINING = re.compile(r"(?i)^(?:to|date|of|in|at|vs|against|on|year|the)$|^\((?:£\S*|%)\)$|^£\S*$")


_UNITS_LINE = re.compile(r"^(?:\(?(?:£\s?['’]?(?:000s?|k|m|bn)|£|%)\)?(?:\s+|$))+$", re.I)


def _heading_line(lines: list[str], i: int, n: int) -> tuple[list[str], int] | None:
    """The headings printed on the one line above row ``i`` (or above a line of units: ``£000 £000 £000``, each
    put to its heading): the headings and the line index above them."""
    k = i - 1
    units: list[str] = []
    if k >= 0 and _UNITS_LINE.match(squash(lines[k])):
        units = squash(lines[k]).split()
        k -= 1
    if k < 0:
        return None
    heads = _one_line_heads(squash(unmark(lines[k])), n)
    if not heads:
        return None
    if len(units) == n:
        heads = heads[:1] + [f"{h} {u}" for h, u in zip(heads[1:], units)]
    elif units:
        return None
    return heads, k - 1


def _one_line_heads(line: str, n: int) -> list[str] | None:
    """Column headings printed on one line with single spaces (``Service Annual Budget Forecast Outturn Variance``):
    the label column's heading (the words before the first heading word), then one heading per column of figures.
    A modifier may or may not take the next heading word into its heading ("Forecast Outturn" is one heading,
    "Forecast Variance" one or two): the reading is the one way of grouping that gives exactly ``n`` headings each
    naming a figure (not "Full Year" alone). None when a word is no heading's, or no single grouping fits."""
    words = line.split()
    first = next((k for k, w in enumerate(words) if _HEAD_WORD.match(w)), None)
    if first is None or len(words) - first > 16:
        return None
    if any(not (_HEAD_WORD.match(w) or _JOINING.match(w) or w == "%") for w in words[first:]):
        return None  # a word no heading is made of: a sentence, not a heading line
    # "Variance %": the per cent of the variance, or a column of its own
    optional = [k for k in range(first + 1, len(words))
                if words[k] == "%" or not _JOINING.match(words[k]) and _MODIFIER.match(words[k - 1])]
    found = []
    for mask in range(1 << len(optional)):
        joined = {k for b, k in enumerate(optional) if mask >> b & 1}
        groups: list[list[str]] = []
        for k in range(first, len(words)):
            if groups and (_JOINING.match(words[k]) or k in joined):
                groups[-1].append(words[k])
            else:
                groups.append([words[k]])
        if len(groups) == n and all(g == ["%"] or any(_HEAD_WORD.match(w) and not _MODIFIER.match(w)
                                                       or w.lower() in ("forecast", "projected") for w in g)
                                        for g in groups):
            found.append(groups)
    if len(found) != 1:
        return None
    return [" ".join(words[:first])] + [" ".join(g) for g in found[0]]


def _unit_ended_heads(lines: list[str], i: int, n: int) -> tuple[list[str], int] | None:
    """Column headings a web page printed one cell a line, blank lines between, or several on a line each ended by
    its unit (``Total 2023/24 Budget £m Total 2023/24 Outturn £m Variance £m``): the lines above the rows up to a
    sentence, cut after each unit. Taken only when that gives one heading per column of figures, each naming a
    figure (budget, outturn, variance ...). Words before a financial year that open the first heading and name no
    figure (``Surrey 2021/22 PCC Budget £m``) head the label column."""
    cells: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 2 * _MAX_HEAD_LINES and len(cells) <= n:
        line = squash(unmark(lines[k]))
        if line:
            if line.endswith((".", ":", ";")) or len(line) > 120 or _figures(lines[k]):
                break
            cells.insert(0, line)
        k -= 1
    heads: list[str] = []
    for cell in cells:
        at = 0
        for m in _unit_in().finditer(cell):
            if cell[m.end():].strip():
                heads.append(cell[at:m.end()].strip())
                at = m.end()
        heads.append(cell[at:].strip())
    if len(heads) != n or not all(_NAMES_FIGURE.search(h) for h in heads):
        return None
    label_head = ""
    lead = re.match(r"(?P<lead>[^\d]+?)[ ]+(?P<rest>(?:19|20)\d\d[/-]\d\d.*)$", heads[0])
    if lead and not _NAMES_FIGURE.search(lead.group("lead")) and lead.group("lead").lower() not in _modifiers():
        label_head, heads[0] = lead.group("lead"), lead.group("rest")
    return [label_head] + heads, k


_NAMES_FIGURE = re.compile(r"(?i)\b(?:budget|actuals?|variance|forecast|outturn|projected|projection|spend|spent|"
                           r"expenditure|estimate|income|movement|committed|profile)\b")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(vocab.phrases("table", "heading_modifiers"))


@lru_cache(maxsize=1)
def _unit_in() -> re.Pattern[str]:
    units = sorted({u for k in ("thousands", "millions") for u in vocab.phrases("table", k) if "£" in u},
                   key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(u).replace(r"\ ", "[ ]?") for u in units) + r")(?![\w'])")


def _title(lines: list[str], start: int) -> str | None:
    for k in range(start - 1, max(start - 4, -1), -1):
        line = squash(unmark(lines[k]))
        if line:
            return line[:200]
    return None


# column headings whose cell borders a converter dropped, each ended by its unit: "Budget £mOutturn £mVariance £m"
_GLUED_HEAD = re.compile(r"(?i)(.+?£\s?(?:m|k|bn|['’]?000s?))(?=[A-Z0-9]|\s*$)")
_GLUED_ROW = re.compile(r"^(?P<label>[A-Za-z0-9][^\t|]*?[A-Za-z)])(?P<figs>[(\-–−]?\d[\d.,()\-–−]*)$")


def glued_row_tables(text: str, page: int) -> list[Table]:
    """Tables whose cells a converter ran together (``2023/24 Budget310.3312.11.8`` under ``Budget £mOutturn
    £mVariance £m``): a heading line cut after each unit, then rows of a label and a run of figures that reads as
    exactly one figure per heading when every figure has the same number of decimal places. A row that reads
    otherwise, or no reading at all, is no table."""
    lines = text.split("\n")
    offsets = line_starts(lines)
    out: list[Table] = []
    for i, line in enumerate(lines):
        if "£" not in line:
            continue  # no unit, no such heading (and no lazy scan of a long paragraph's line)
        head = squash(line)
        heads = _GLUED_HEAD.findall(head)
        if len(heads) < 2 or "".join(heads) != head or not re.search(r"£\s?\S*[A-Z]", head):
            continue  # at least one unit run into the next heading: the borders were lost
        n = len(heads)
        for places in (1, 2):
            fig = rf"\(?[-–−]?\d{{1,3}}(?:,\d{{3}})*\.\d{{{places}}}\)?"
            whole = re.compile(rf"(?:{fig}){{{n}}}")
            rows = []
            for j in range(i + 1, len(lines)):
                m = _GLUED_ROW.match(lines[j].strip())
                if not m or not whole.fullmatch(m.group("figs")):
                    break
                rows.append([Cell(squash(m.group("label")), page)] + [Cell(f, page) for f in re.findall(fig, m.group("figs"))])
            if len(rows) >= 2:
                title = _title(lines, i)
                if title and (title.endswith((".", ":")) or len(title.split()) > 14):
                    title = None  # a sentence above the table is no caption
                header = [Cell("", page)] + [Cell(squash(h), page) for h in heads]
                out.append(Table([header] + rows, page, title=title, offset=offsets[i], method="spaces"))
                break
    return out
