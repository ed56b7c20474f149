"""HTML with BeautifulSoup (lxml): text in reading order, tables read as tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from concord.ingest.document import Cell, Page, Span, Table, plain_letters
from concord.ingest.readers.text import decode, relaid
from concord.ingest.spacing import double_spaced, respaced
from concord.ingest.textutil import squash

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article",
          "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "hr", "title"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "noscript", "template", "head"}
# a site's own parts around the page: its menus, its banner, its footer, asides (a saved page keeps them; none is
# the paper's, and a menu's "Decisions" or "Meetings" would read as a label)
_CHROME = {"nav", "footer", "aside"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_WS = re.compile(r"[ \t\r\n]+")


def _chrome(tag: Tag) -> bool:
    """A site's menu, banner, footer or aside: not the page's own text. A header is the site's banner when it stands
    outside the page's main part and any article and holds a menu or little but links; else it is the paper's
    heading, and stays."""
    role = tag.get("role")
    if tag.name in _CHROME or isinstance(role, str) and role.lower() in _CHROME_ROLES:
        return True
    if tag.name != "header" or tag.find_parent(["main", "article"]) is not None:
        return False
    text = len(tag.get_text(" ", strip=True))
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return tag.find("nav") is not None or text == 0 or linked >= 0.5 * text


@dataclass
class _Cursor:
    """Where the text written so far ends, and its last non-blank piece."""

    pos: int = 0
    last: str = ""
    breaks: int = 0  # the line breaks the text written so far ends with
    marked: bool = False  # a list entry's mark just written, its text not yet


def _first_number(ol: Tag) -> int:
    """The number a numbered list starts at (its ``start``, else 1)."""
    start = ol.get("start", "1")
    return int(start) if isinstance(start, str) and start.isdigit() else 1


def _without(text: str, tables: list[Table]) -> str:
    """The text with each table's rows taken out (one line break left where each table stood)."""
    parts, pos = [], 0
    for t in sorted(tables, key=lambda t: t.offset or 0):
        start = t.offset or 0
        end = max([c.span.end for r in t.rows for c in r if c.span and c.span.end is not None] + [start])
        parts.append(text[pos:start])
        pos = max(pos, end)
    return "".join(parts) + text[pos:]


def read_html(data: bytes, name: str) -> list[Page]:
    text = decode(data, name)
    soup = BeautifulSoup(text, "lxml")
    out: list[str] = []
    tables: list[Table] = []
    state = _Cursor()

    def emit(s: str) -> None:
        out.append(s)
        state.pos += len(s)
        if s.strip():
            state.last = s.strip()
            state.marked = False
        state.breaks = state.breaks + len(s) if not s.strip("\n") else len(s) - len(s.rstrip("\n"))

    def gap(lines: int) -> None:
        """Line breaks up to ``lines`` at the end of the text: a blank line between two blocks, one break between two
        entries of a list (not more for blocks nested in blocks, nor between an entry's mark and its text)."""
        if state.pos and not state.marked:
            emit("\n" * max(0, lines - state.breaks))

    def walk(node: Tag) -> None:
        number = _first_number(node) if node.name == "ol" else 0  # the next entry's number in a numbered list
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                s = _WS.sub(" ", plain_letters(str(child)))  # (a "&shy;" or a zero-width space: no part of a word)
                if s.strip():
                    emit(s)
                continue
            if not isinstance(child, Tag) or child.name in _SKIP or _chrome(child):
                continue
            if child.name == "table":
                if child.find_parent("table") is None:
                    table(child)
                continue
            if child.name == "br":  # a line break inside a block ("Durham Room,<br>Police Headquarters"): one
                emit("\n")
                continue
            # (a heading stands between blank lines even when the page's every line was a block of its own)
            # (a list's entries a line each, the paragraphs and lists inside an entry too)
            block = 1 if child.name in ("li", "dt", "dd") else 3 if child.name in _HEADINGS else 0 if \
                child.name not in _BLOCK else 1 if child.find_parent("li") is not None else 2
            if block:
                gap(block)
            if child.name == "li":  # a list's entry keeps its mark, as a page copied as text prints it: its number
                emit(f"{number}. " if number else "• ")  # in a numbered list, else a bullet
                number += 1 if number else 0
                state.marked = True
            walk(child)
            if block:
                gap(block)

    def table(node: Tag) -> None:
        title = state.last[:200] or None
        cap = node.find("caption")
        if cap:
            title = squash(cap.get_text(" "))
        gap(2)
        start = state.pos
        rows: list[list[Cell]] = []
        for tr in node.find_all("tr"):
            if tr.find_parent("table") is not node:
                continue
            cells, texts = [], []
            for td in tr.find_all(["td", "th"], recursive=False):
                txt = squash(plain_letters(td.get_text(" ")))
                colspan = td.get("colspan", "1")
                span = int(colspan) if isinstance(colspan, str) and colspan.isdigit() else 1
                for k in range(min(span, 50)):
                    texts.append(txt if k == 0 else "")
            line = "\t".join(texts)
            pos = state.pos
            for k, t in enumerate(texts):
                off = pos + sum(len(x) + 1 for x in texts[:k])
                cells.append(Cell(t, 1, span=Span(1, off, off + len(t))))
            emit(line + "\n")
            if cells:
                rows.append(cells)
        if rows:
            tables.append(Table(rows, 1, title=title, offset=start, method="html"))

    walk(soup)
    # a page whose every line is a block of its own (a label's paragraph over its value's, a PDF's lines each a
    # paragraph) is set back as the text reader sets such a text, its spacing judged without its tables' rows
    raw = "".join(out)
    if double_spaced(_without(raw, tables)):
        raw = respaced(raw)
    page = relaid(1, raw, tables)
    return [page]
