"""Word's list numbers, counted as Word counts them, for the DOCX reader.

A numbered paragraph in Word holds no number: it names a list (``w:numPr``: a ``numId`` and a level), directly or
through its style, and Word prints the number from the list's definition in ``numbering.xml``: each level's format
(1, a, A, i, I, a bullet), its text ("%1.", "(%2)", "%1.%2"), where it starts, and what follows it (a tab, a space or
nothing). Lists that share a definition go on counting from one to the next, as Word's do, unless a list restarts a
level (``w:startOverride``); a level starts again after any paragraph of a level above it. python-docx reads none of
this, and an agenda's item numbers, a minute's references and a report's numbered paragraphs are printed this way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SUFFIX = {"tab": "\t", "space": " ", "nothing": ""}


@dataclass(frozen=True)
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "\t"
    legal: bool = False  # every level's number printed in figures (Word's "legal" numbering)


@dataclass
class Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # by abstract definition, by level
    lists: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId: (definition, restarts)
    styles: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # id: numId, ilvl, base
    counts: dict[str, dict[int, int]] = field(default_factory=dict)
    begun: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, d: Any) -> Numbering:
        """The numbering of a python-docx Document (none where it has no numbering part)."""
        out = cls()
        try:
            root = d.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for a in root.iterchildren(f"{_W}abstractNum"):
                out.levels[a.get(f"{_W}abstractNumId") or ""] = {
                    int(lvl.get(f"{_W}ilvl") or 0): _level(lvl) for lvl in a.iterchildren(f"{_W}lvl")}
            for n in root.iterchildren(f"{_W}num"):
                ref = n.find(f"{_W}abstractNumId")
                restarts = {}
                for o in n.iterchildren(f"{_W}lvlOverride"):
                    so = o.find(f"{_W}startOverride")
                    if so is not None and _int(so.get(f"{_W}val")) is not None:
                        restarts[int(o.get(f"{_W}ilvl") or 0)] = _int(so.get(f"{_W}val")) or 0
                out.lists[n.get(f"{_W}numId") or ""] = (ref.get(f"{_W}val") or "" if ref is not None else "", restarts)
        try:
            styles = d.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles = None
        if styles is not None:
            for s in styles.iterchildren(f"{_W}style"):
                num_id = s.find(f"{_W}pPr/{_W}numPr/{_W}numId")
                ilvl = s.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
                base = s.find(f"{_W}basedOn")
                out.styles[s.get(f"{_W}styleId") or ""] = (
                    num_id.get(f"{_W}val") if num_id is not None else None,
                    ilvl.get(f"{_W}val") if ilvl is not None else None,
                    base.get(f"{_W}val") if base is not None else None)
        return out

    def label(self, p: Any) -> str:
        """The number Word prints before paragraph ``p`` (a ``w:p``) and what follows it, or "" if it has none."""
        if not self.lists:
            return ""
        num_id, ilvl = self._list_of(p)
        if not num_id or num_id == "0" or num_id not in self.lists:
            return ""
        definition, restarts = self.lists[num_id]
        levels = self.levels.get(definition)
        if not levels:
            return ""
        counts = self.counts.setdefault(definition, {})
        if num_id not in self.begun:
            self.begun.add(num_id)
            for lvl, start in restarts.items():
                counts[lvl] = start - 1
                for deeper in [k for k in counts if k > lvl]:
                    del counts[deeper]
        level = levels.get(ilvl) or _Level()
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "•" + level.suffix
        if level.fmt == "none" or not level.text:
            return ""
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lv = levels.get(k) or _Level()
                value = counts.get(k, lv.start)
                text = text.replace(f"%{k + 1}", _formatted(value, "decimal" if level.legal and k < ilvl else lv.fmt))
        return text + level.suffix if text.strip() else ""

    def _list_of(self, p: Any) -> tuple[str | None, int]:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        num_id = ilvl = None
        if num_pr is not None:
            n = num_pr.find(f"{_W}numId")
            lv = num_pr.find(f"{_W}ilvl")
            num_id = n.get(f"{_W}val") if n is not None else None
            ilvl = lv.get(f"{_W}val") if lv is not None else None
        style = p.find(f"{_W}pPr/{_W}pStyle")
        sid = style.get(f"{_W}val") if style is not None else None
        seen: set[str] = set()
        while sid and sid not in seen and (num_id is None or ilvl is None):  # the style's list, and its base's
            seen.add(sid)
            s_num, s_ilvl, base = self.styles.get(sid, (None, None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
            sid = base
        return num_id, min(8, max(0, _int(ilvl) or 0))


def _level(lvl: Any) -> _Level:
    def val(tag: str) -> str | None:
        e = lvl.find(f"{_W}{tag}")
        return e.get(f"{_W}val") if e is not None else None

    text = val("lvlText") or ""
    if val("numFmt") == "bullet" or (text and all(ord(c) >= 0xE000 and ord(c) <= 0xF8FF for c in text)):
        text = "•"
    legal = lvl.find(f"{_W}isLgl")
    return _Level(start=_int(val("start")) or 0, fmt=val("numFmt") or "decimal", text=text,
                  suffix=_SUFFIX.get(val("suff") or "tab", "\t"),
                  legal=legal is not None and (legal.get(f"{_W}val") or "true") not in ("0", "false"))


def _int(s: str | None) -> int | None:
    try:
        return int(s) if s is not None else None
    except ValueError:
        return None


def _formatted(n: int, fmt: str) -> str:
    """A level's number in its format: 3 as "3", "03", "c", "C", "iii" or "III"."""
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
