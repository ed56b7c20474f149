"""Label vocabularies, read from ``concord/ingest/data/labels.toml``.

The data file lists, by genre and field, every way bodies print a label.
This module turns a genre's phrases into one pattern that finds a label at
the start of a line in any of the layouts papers use: the label and its
value on one line (``Subject: ...``), in two columns (``Subject    ...``,
``| Subject | ... |``), or the label alone with its value on the lines below.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

# before a label: a bullet or a table bar, and a number ("2. Apologies", "2.Apologies", "(b)", "ITEM 1: ATTENDANCE")
_NUMBERED = (r"[ \t|>*\-•]*(?:\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-h]|[ivx]{1,4})[.)](?:[ \t]+|(?<=\d\.)(?=[A-Z]))|"
             r"\d{1,2}\.\d{1,2}[ \t]+|"  # "1.1 Present": a paragraph's number with no stop after it
             r"(?-i:ITEM|Item)[ \t]+\d{1,2}[ \t]*[:.][ \t]+)?")
_PREFIX = "^" + _NUMBERED
# the genre's keys that hold no field's labels
_NOT_FIELDS = ("not", "loose", "modes", "before_people")
# after a label: a colon or dash, a table bar, a tab or two spaces before the value, or the end of the line (after a
# full stop or semicolon too: "Present." and "PRESENT;" alone on their lines)
_AFTER = r"(?:[ \t]*(?:[:\-–]+|\|)[ \t|]*|(?=\t|[ \t]{2,}\S)[ \t]*|[ \t]*[.;]?[ \t]*(?=\r?\n|$)|(?<=\.)[ \t]+(?=\S))"
# (a phrase that ends in a full stop, "Ref No.", may have its value after a single space: "Ref No. 2019/045")
# a converter that dropped the gap between a form's cells glues the value to its label ("Date10th February 2015",
# "VenueCollege of Policing", "Title of meetingCollege ..."): a label ending in a small letter, a capital or a digit
# starting the next word
_GLUED = r"(?-i:(?<=[a-z])(?=[A-Z0-9][a-z0-9]))"  # case-sensitive inside the (?i) label pattern
_GLUE_POINT = re.compile(_GLUED)
_LOOSE_AFTER = r"(?![\w'’])[ \t]*(?:[:.\-–]|\|)?[ \t|]*"
# a label of people with its first person after a single space, no colon ("Attendees Jane Hutt AM, Deputy Minister"):
# a title, or two capitalised words then a comma, a bracket or letters after a name
_TITLE_NEXT = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?[ \t]"
_PEOPLE_AFTER = (r"(?-i:[ \t]+(?=" + _TITLE_NEXT + "|"
                 r"(?:[TAC]/)?[A-Z]{2,4}[ \t]+[A-Z][a-z'’-]+|"  # "ATTENDANCE CC Forber", "APOLOGIES CFO Ann Roe": a rank
                 r"[A-Z][a-z'’-]+[ \t]+[A-Z][A-Za-z'’-]+[ \t]*(?:,|\(|[A-Z]{2,4}\b)))")


def people_after(phrase: str) -> str:
    """How a label of people may meet its first person with no colon: a label of two words or more ("Board Members in
    Attendance Iain Roe Chief Constable") before a title ("Also present Mr E Grey") or any two capitalised words, a
    one-word label only as ``_PEOPLE_AFTER``."""
    if len(phrase.split()) >= 2:
        return r"(?-i:[ \t]+(?=" + _TITLE_NEXT + r"|[A-Z][a-z'’-]+[ \t]+[A-Z][A-Za-z'’-]+))"
    return _PEOPLE_AFTER


@lru_cache(maxsize=1)
def data() -> dict[str, dict[str, list[str]]]:
    text = resources.files("concord.ingest").joinpath("data/labels.toml").read_text(encoding="utf-8")
    out = tomllib.loads(text)
    meeting = out["meeting"]
    for key in ("members", "attendance"):  # "Members present via video conference": the label, and how they came
        meeting[key] = meeting[key] + [f"{p} {m}" for p in meeting[key] if re.search(r"\b(?:present|attend\w*)$", p)
                                       for m in meeting["modes"]]
    return out


@lru_cache(maxsize=1)
def web_furniture() -> re.Pattern[str]:
    """A line of a saved web page that is the site's furniture, not the paper (data/web.toml)."""
    words = tomllib.loads(resources.files("concord.ingest").joinpath("data/web.toml").read_text(encoding="utf-8"))
    starts = "|".join(re.escape(w) for w in words["furniture"])
    ends = "|".join(re.escape(w) for w in words.get("furniture_ends", []))
    return re.compile(r"(?i)^(?:" + starts + r")" + (r"|\b(?:" + ends + r")$" if ends else ""))


@lru_cache(maxsize=1)
def web_section() -> re.Pattern[str]:
    """A page's heading over a block of its fields ("Key information"), never a record's title (data/web.toml)."""
    words = tomllib.loads(resources.files("concord.ingest").joinpath("data/web.toml").read_text(encoding="utf-8"))
    return re.compile(r"(?i)[ \t]*(?:" + "|".join(phrase_rx(w) for w in words["sections"]) + r")[ \t]*:?[ \t]*")


def phrase_rx(phrase: str) -> str:
    """A printed phrase as a pattern: white space flexible, "(s)" an optional plural, "/" and "-" spaced or not."""
    out = []
    for tok in re.split(r"(\s+|\(s\)|/|-|&)", phrase.strip()):
        if not tok:
            continue
        if tok.isspace():
            out.append(r"[ \t]+")
        elif tok == "(s)":
            out.append(r"(?:\(s\)|s)?")
        elif tok in "/&":
            out.append(rf"[ \t]*{re.escape(tok)}[ \t]*")
        elif tok == "-":
            out.append(r"[ \t]*-?[ \t]*")
        else:
            out.append(re.escape(tok))
    return "".join(out)


def capitalised(phrase: str) -> str:
    """A label's phrase as a pattern that needs its first letter a capital, the rest in any case."""
    return f"{re.escape(phrase[:1].upper())}(?i:{phrase_rx(phrase)[len(re.escape(phrase[:1])):]})"


def phrases(genre: str, name: str) -> list[str]:
    return list(data()[genre].get(name, []))


@lru_cache(maxsize=1)
def all_phrases() -> frozenset[str]:
    """Every label phrase of every genre, in small letters."""
    return frozenset(p.lower() for g in data().values() for v in g.values() if isinstance(v, list)
                     for p in v if isinstance(p, str))


def alternation(items: list[str]) -> str:
    """Longest first, so a longer label wins over its prefix."""
    return "|".join(phrase_rx(p) for p in sorted(set(items), key=len, reverse=True))


def capitalised_alternation(items: list[str], any_case: bool = True) -> str:
    """``capitalised`` of each phrase, longest first (a longer label wins over its prefix); without ``any_case`` the
    rest of each phrase as the vocabulary writes it ("In attendance", not "IN ATTENDANCE")."""
    return "|".join(capitalised(p) if any_case else f"{re.escape(p[:1].upper())}{phrase_rx(p)[len(re.escape(p[:1])):]}"
                    for p in sorted(set(items), key=len, reverse=True) if p[:1].isalpha())


def fields(genre: str, names: tuple[str, ...] | None = None) -> tuple[tuple[str, str], ...]:
    """``(field, pattern)`` pairs of a genre, for ``common.labelled``."""
    g = data()[genre]
    keys = names or tuple(k for k in g if k not in _NOT_FIELDS and not k.endswith("_blocks"))
    return tuple((k, alternation(g[k])) for k in keys if k in g)


@lru_cache(maxsize=64)
def pattern(genre: str, names: tuple[str, ...] | None = None, strict: bool = False,
            extra: tuple[tuple[str, str], ...] = (), all_loose: bool = False) -> "LabelPattern":
    """One pattern for the genre's labels; the group named for a field holds the label.

    With ``strict``, no phrase is loose (see below). Every phrase of every field competes, longest first, so that a longer label of another field
    ("Decision maker") is not read as a shorter one ("Decision"). Phrases under ``not`` match as
    the group ``_not``: they end the value before them but are no label.
    """
    g = data()[genre]
    keys = names or tuple(k for k in g if k not in _NOT_FIELDS and not k.endswith("_blocks"))
    entries: list[tuple[str, str]] = [(p, k) for k in keys for p in g.get(k, [])]
    entries += [(p, "_not") for p in g.get("not", [])]
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    # one group per phrase, tried longest first whatever its field; a phrase listed under `loose` may be
    # followed by its value after a single space (OCR'd two-column forms: "Decision To sign ...")
    # (with ``all_loose``, every phrase: see ``extract.label_blocks``)
    loose = ({p.lower() for p, _ in entries} if all_loose else {p.lower() for p in g.get("loose", [])}) \
        if not strict else set()
    before_people = {p.lower() for p in g.get("before_people", [])}
    alts = [f"(?:(?P<{_gname(k, i)}>{phrase_rx(p)})(?:(?![\\w'’])"
            f"{_LOOSE_AFTER if p.lower() in loose or k == '_not' else _AFTER}|{_GLUED}"
            f"{'|' + people_after(p) if p.lower() in before_people else ''}))" for i, (p, k) in enumerate(entries)]
    alts += [f"(?:(?P<{_gname(k, 1000 + i)}>{rx})(?![\\w'’]){_AFTER})" for i, (k, rx) in enumerate(extra)]
    return LabelPattern(tuple((_first_word(p), alt) for (p, _), alt in zip(entries, alts)) +
                        tuple(("*", alt) for alt in alts[len(entries):]))


_FIRST = re.compile(r"(?m)^" + _NUMBERED + r"([A-Za-z0-9'’]+)")
_FIRST_ANY_CASE = re.compile(_FIRST.pattern, re.I)


# first words too common to try a line by alone: a phrase starting with one is tried by its first two words
_WEAK_FIRST = frozenset({"the"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z0-9'’]+)")


def _first_word(phrase: str) -> str:
    words = re.findall(r"[a-z0-9'’]+", phrase.strip().lower())[:2]
    if not words:
        return ""
    return " ".join(words) if words[0] in _WEAK_FIRST and len(words) > 1 else words[0]


class LabelPattern:
    """A label pattern that tries only the lines whose first word begins some label, and at such a line only the
    phrases that begin with that word: a label vocabulary has hundreds of phrases, and trying them all at every line
    start is slow on long packs, as is compiling them all into one pattern (a second of a fresh process's start).

    ``alts`` are ``(first word, alternative)`` pairs in the order they are tried, longest phrase first; the first word
    ``*`` for an alternative tried at every line. The patterns are compiled when first needed, one per first word of
    a line: a phrase can match only where the line's first word begins with the phrase's first word ("Member(s)" at
    "Members", "Date" at a glued "Date10th"), so the order and the result are those of the whole alternation."""

    def __init__(self, alts: tuple[tuple[str, str], ...]) -> None:
        self.alts = alts
        self.firsts = frozenset(k for k, _ in alts)
        self._by_word: dict[tuple[str, ...], re.Pattern[str] | None] = {}
        self._whole: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self._source(a for _, a in self.alts)

    @property
    def rx(self) -> re.Pattern[str]:
        """The whole alternation, compiled (slow: for a caller that needs a plain pattern)."""
        if self._whole is None:
            self._whole = re.compile(self.pattern)
        return self._whole

    @staticmethod
    def _source(alts) -> str:  # noqa: ANN001
        return rf"(?im){_PREFIX}(?:{'|'.join(alts)})"

    def _for(self, *words: str) -> re.Pattern[str] | None:
        """The alternatives a line whose first word (or first two, after "the") is one of ``words`` can match,
        compiled."""
        keys = tuple(sorted({w.lower() for w in words}))
        if keys not in self._by_word:
            alts = [a for k, a in self.alts if k in ("*", "") or any(key.startswith(k) for key in keys)]
            self._by_word[keys] = re.compile(self._source(alts)) if alts else None
        return self._by_word[keys]

    def _words_at(self, text: str, pos: int, endpos: int, readings=(_FIRST, _FIRST_ANY_CASE)) -> list[str]:  # noqa: ANN001
        """The line's first word after a number or bullet, read as the line starts are (``_FIRST``) and as the
        pattern reads a number (in any case: "A. Advice")."""
        return [self._line_word(text, m, endpos) for rx in readings if (m := rx.match(text, pos, endpos))]

    @staticmethod
    def _line_word(text: str, m: re.Match[str], endpos: int) -> str:
        word = m.group(1)
        if word.lower() in _WEAK_FIRST:  # "The following members were present": tried by its first two words
            after = _NEXT_WORD.match(text, m.end(), endpos)
            word = f"{word} {after.group(1)}" if after else word
        return word

    def _starts(self, text: str, pos: int, endpos: int):
        any_word = "*" in self.firsts
        for m in _FIRST.finditer(text, pos, endpos):
            word = self._line_word(text, m, endpos)
            if any_word or word.lower() in self.firsts:
                yield m.start(), word
            else:  # "Date10th", "VenueCollege": a label glued to its value (``_GLUED``)
                glued = _GLUE_POINT.search(word)
                if glued and word[:glued.start()].lower() in self.firsts:
                    yield m.start(), word

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        last = -1
        for start, word in self._starts(text, pos, endpos):
            if start < last:
                continue
            # (``word`` is the line start's own reading; the number read in any case may give another)
            rx = self._for(word, *self._words_at(text, start, endpos, (_FIRST_ANY_CASE,)))
            m = rx.match(text, start, endpos) if rx else None
            if m:
                last = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(iter(self.finditer(text, pos, endpos)), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        rx = self._for(*self._words_at(text, pos, endpos))
        return rx.match(text, pos, endpos) if rx else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        rx = self._for(*self._words_at(text, pos, endpos))
        return rx.fullmatch(text, pos, endpos) if rx else None


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=None)
def _phrase_fields(genre: str, names: tuple[str, ...]) -> tuple[dict[str, str], int]:
    """Each phrase of the genre's fields ``names`` in small letters, single-spaced, with its field; the most words any
    has."""
    table: dict[str, str] = {}
    for k in names:
        for p in phrases(genre, k):
            table.setdefault(" ".join(p.lower().split()), k)
    return table, max((len(p.split()) for p in table), default=0)


def colon_labels(genre: str, names: tuple[str, ...], text: str, start: int = 0,
                 end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, field)`` of each of the genre's labels of ``names`` anywhere in ``text[start:end]``, a whole
    phrase just before a colon ("... In Attendance: Bob Hill"), the longest that fits. A look up by the words before
    each colon, not a pattern of every phrase tried at every place (a line has few colons, the vocabulary many
    phrases)."""
    table, most = _phrase_fields(genre, names)
    out: list[tuple[int, int, str]] = []
    end = len(text) if end is None else end
    for colon in re.finditer(r"[ \t]*:", text[start:end]):
        at = start + colon.start()
        words = list(_WORD.finditer(text, max(start, at - 200), at))[-most:]
        for k in range(len(words), 0, -1):
            field = table.get(" ".join(w.group(0).lower() for w in words[-k:]))
            if field:
                out.append((words[-k].start(), at, field))
                break
    return out


def _gname(field: str, i: int) -> str:
    return f"{field.lstrip('_') if not field.startswith('_') else 'not_'}__{i}"


def label_group(m: re.Match[str]) -> str:
    """The name of the group a match of ``pattern`` found its label in (the phrase's own group)."""
    return next(k for k, v in m.groupdict().items() if v is not None)


def field_of(m: re.Match[str]) -> str:
    """The field a match of ``pattern`` found (``_not`` for a non-label)."""
    for k, v in m.groupdict().items():
        if v is not None:
            name = k.rsplit("__", 1)[0]
            return "_not" if name == "not_" else name
    return "_not"


def block_heading(line: str) -> str | None:
    """``members`` or ``attendance`` when a line heads a block of an attendee list, else None."""
    text = re.sub(r"[\s:;\-–]+$", "", line.strip().lower())
    text = re.sub(r"\s*\([^)]*\)$", "", text)  # "Internal Audit (RSM):": the firm in brackets
    text = re.sub(r"[\s:;\-–()]+$", "", text)
    text = " ".join(text.split())
    for kind in ("members", "attendance"):
        if text in _blocks(kind):
            return kind
    return None


# a block's heading that says who came from it ("Present from the Office of the Police and Crime Commissioner:",
# "Officers of the Constabulary in attendance", "From Internal Audit:"): the block named around those words
_CAME_FROM = re.compile(r"(?i)^(?:(?:(?:also[ \t]+)?present|attending|in[ \t]+attendance)[ \t]+(?:from|for|on[ \t]+behalf[ \t]+of)|"
                        r"from|representing)[ \t]+(?:the[ \t]+)?(?P<a>.+)$|^(?P<b>.+?)[ \t]+(?:present|in[ \t]+attendance|attending)$")


def came_from_heading(line: str) -> str | None:
    """``members`` or ``attendance`` when a line heads a block by saying whom its people came from or for, else None."""
    text = re.sub(r"[\s:;\-–]+$", "", line.strip())
    m = _CAME_FROM.match(text)
    return block_heading(m.group("a") or m.group("b")) if m else None


_BLOCK_KEYS = {"members": "member_blocks", "attendance": "attendance_blocks"}


@lru_cache(maxsize=2)
def _blocks(kind: str) -> frozenset[str]:
    return frozenset(data()["meeting"].get(_BLOCK_KEYS[kind], []))
