"""A corpus paper's text written as the web page it was copied from: each printed line a block of its own, a label in
bold before its value, a short heading alone between blank lines a heading, bulleted lines a list, table rows (cells
between bars, or apart by runs of spaces or tabs) a table; with ``chrome``, the site's menu above the page and its
footer below, as a page saved from a browser keeps them."""

from __future__ import annotations

import html
import re
from pathlib import Path

_LABEL = re.compile(r"^([ \t]*)([A-Z][A-Za-z/&'’ ()-]{1,40}:)(\s.*)?$")
_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦]|[-*](?=[ \t]))[ \t]*(.*)$")
_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$")
_SPACED = re.compile(r"\S(?:[ \t]{2,}|\t)\S")
_MENU = ("Home", "About us", "Your Commissioner", "Transparency", "Decisions", "Meetings", "News", "Contact us")
_FOOTER = ("© Office of the Police and Crime Commissioner", "Privacy notice", "Cookies", "Accessibility statement")


# a row of figures printed with single spaces ("Territorial Policing 1,400,721 1,428,034 27,313 1.9%")
_FIGURE = r"\(?[-–£]?\(?\d[\d,]*(?:\.\d+)?%?\)?\*?"
_FIGURE_ROW = re.compile(rf"^(?P<label>\S.*?)(?P<figures>(?:[ \t]+{_FIGURE}){{2,}})[ \t]*$")


def _cells(line: str) -> list[str] | None:
    """A table row's cells: between bars ("| a | b |"), apart by tabs or runs of two spaces or more, or a label and
    two figures or more after it."""
    s = line.strip()
    if s.count("|") >= 2:
        return [c.strip() for c in s.strip("|").split("|")]
    if _SPACED.search(s) and len(re.split(r"\t+|[ \t]{2,}", s)) >= 3:
        return [c.strip() for c in re.split(r"\t+|[ \t]{2,}", s)]
    m = _FIGURE_ROW.match(s)
    if m and re.search(r"[A-Za-z]", m.group("label")) and not m.group("label").rstrip().endswith((".", ",")):
        return [m.group("label").strip()] + m.group("figures").split()
    return None


def _heading(line: str, alone: bool) -> bool:
    words = line.split()
    return alone and 0 < len(line.strip()) < 70 and not line.rstrip().endswith((".", ",", ";", ":")) and \
        line.strip()[0].isupper() and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def page_html(text: str, chrome: bool = False) -> str:
    lines = text.split("\n")
    body: list[str] = []
    rows: list[list[str]] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            # (a heading row short of the rows under it stands over their figures: its empty cells on the left)
            cells = [([""] * (width - len(r)) + r if k == 0 and len(rows) > 1 else r + [""] * (width - len(r)))
                     for k, r in enumerate(rows)]
            tag = ["th" if k == 0 and len(rows) > 1 and not any(re.search(r"\d", c) and re.fullmatch(
                _FIGURE, c) for c in r) else "td" for k, r in enumerate(cells)]
            body.append("<table>" + "".join(
                "<tr>" + "".join(f"<{t}>{html.escape(c)}</{t}>" for c in r) + "</tr>"
                for r, t in zip(cells, tag)) + "</table>")
            rows.clear()
        if items:
            body.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for k, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        if _RULE.match(line):
            continue
        cells = _cells(line) if k else None
        bullet = _BULLET.match(line) if k else None
        if cells:
            if items:
                flush()
            rows.append(cells)
            continue
        if bullet:
            if rows:
                flush()
            items.append(bullet.group(1))
            continue
        flush()
        label = _LABEL.match(line) if k else None
        alone = k > 0 and not lines[k - 1].strip() or k + 1 < len(lines) and not lines[k + 1].strip()
        if label:
            body.append(f"<p><strong>{html.escape(label.group(2))}</strong>{html.escape(label.group(3) or '')}</p>")
        elif k and _heading(line, alone):
            body.append(f"<h2>{html.escape(line.strip())}</h2>")
        else:
            body.append(f"<p>{html.escape(line.strip())}</p>")
    flush()
    menu = "<header><nav><ul>" + "".join(f'<li><a href="#">{m}</a></li>' for m in _MENU) + "</ul></nav></header>"
    footer = "<footer>" + "".join(f"<p>{f}</p>" for f in _FOOTER) + "</footer>"
    main = "<main>" + "\n".join(body) + "</main>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page</title></head><body>\n" +
            (menu + "\n" if chrome else "") + main + ("\n" + footer if chrome else "") + "\n</body></html>\n")


def write_html(text: str, path: Path, chrome: bool = False) -> Path:
    path.write_text(page_html(text, chrome), encoding="utf-8")
    return path
