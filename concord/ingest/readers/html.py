"""HTML with BeautifulSoup (lxml): text in reading order, tables read as tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from concord.ingest.document import Cell, Page, Span, Table, make_blocks, plain_letters
from concord.ingest.readers.text import decode
from concord.ingest.textutil import squash

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article",
          "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "head"}
_WS = re.compile(r"[ \t\r\n]+")


@dataclass
class _Cursor:
    """Where the text written so far ends, and its last non-blank piece."""

    pos: int = 0
    last: str = ""


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

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                s = _WS.sub(" ", plain_letters(str(child)))  # (a "&shy;" or a zero-width space: no part of a word)
                if s.strip():
                    emit(s)
                continue
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            if child.name == "table":
                if child.find_parent("table") is None:
                    table(child)
                continue
            block = child.name in _BLOCK
            if block:
                emit("\n")
            walk(child)
            if block:
                emit("\n")

    def table(node: Tag) -> None:
        title = state.last[:200] or None
        cap = node.find("caption")
        if cap:
            title = squash(cap.get_text(" "))
        emit("\n")
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
    raw = "".join(out)
    page = Page(1, raw, tables=tables)
    make_blocks(page)
    return [page]
