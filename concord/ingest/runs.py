"""Lists and forms run onto one line by a converter, put back one entry a line.

The extractors read a paper by its lines: an attendee a line under ``Attendees``, a meeting form's label at a line's
start. Converters and document hosts often run such lines together:

- a bulleted list onto one line (``• Jane Roe MP: Minister • Al Ray: Director • ...``): each bullet goes back to the
  start of a line of its own (three bullets or more on the line), and the list's label run onto the end of the line
  before it (``... Minister of State Attendees`` over ``• Jane Roe``) to a line of its own;
- a meeting's form onto one line (``Title of meeting X Board Date 8 October 2019 Time 15:00 Venue Room 4``), or one
  label a line with a single space before its value (``DATE OF MEETING 25 July 2019``): three or more of the form's
  labels (data/labels.toml ``[meeting]``: the meeting's title, date, time, venue, chair), each printed with a capital
  and a value after it, a date among them, close together: each label goes to the start of a line, its value after a
  tab;
- a minute's items run on into one another (``... Secretariat ITEM 1: APOLOGIES Summary of Discussion: ... ITEM 2:
  MINUTES ...``): two or more headings named by the word, each number one more, each title in capitals run into words
  in running case: each heading goes to the start of a line, and the words after its title to the next.

Each change replaces one space, so every offset stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab

_BULLET = re.compile(r"[ \t](?=[•●▪][ \t]+\S)")
_MARK = re.compile(r"[•●▪][ \t]+\S")
_LINE = re.compile(r"[^\n]+")
_GAP = 150  # the longest value between two labels of one form
# the form's labels: a meeting's title (not the bare words "board", "meeting" that any sentence uses), date, time,
# venue and chair; "place", "room" and "where" are left out for the same reason
_FORM_FIELDS = {"forum": lambda p: re.search(r"\b(?:title|name)\b", p), "date": None, "time": None,
                "venue": lambda p: p not in ("place", "room", "where", "held at"), "chair": lambda p: p != "in the chair"}


@lru_cache(maxsize=1)
def _form_rx() -> re.Pattern[str]:
    entries = sorted({(p, f) for f, keep in _FORM_FIELDS.items() for p in vocab.phrases("meeting", f)
                      if keep is None or keep(p)}, key=lambda e: len(e[0]), reverse=True)
    alts = []
    for i, (p, f) in enumerate(entries):
        rx = vocab.phrase_rx(p)
        first = re.escape(p[:1])
        alts.append(f"(?P<{f}__{i}>{re.escape(p[:1].upper())}(?i:{rx[len(first):]})|{vocab.phrase_rx(p.upper())})")
    return re.compile(r"(?m)(?:(?<=[ \t])|^)(?:" + "|".join(alts) + r")(?=[ ]+[A-Z0-9])")


def _field(m: re.Match[str]) -> str:
    return (m.lastgroup or "").split("__")[0]


@lru_cache(maxsize=1)
def _list_label() -> re.Pattern[str]:
    """An attendance label (``Attendees``, ``Special invitees``, ``Apologies``) printed with a capital at the end of
    a line's text, a bulleted list after it: the label of that list, run onto the line before."""
    modes = tuple(vocab.phrases("meeting", "modes"))
    labels = [p for f in ("members", "attendance", "apologies") for p in vocab.phrases("meeting", f)
              if not p.endswith(modes)]
    alts = vocab.capitalised_alternation(labels)
    # (not an item's heading after its number: "3. APOLOGIES FOR ABSENCE • Share this item")
    return re.compile(rf"(?<=\S)(?<!\d)(?<!\d\.)[ ](?=(?:{alts})[ \t]*:?[ \t]*\n?[ \t]*[•●▪][ \t]+\S)")


def _bullets(text: str, chars: list[str] | None) -> list[str] | None:
    if not any(mark in text for mark in "•●▪"):
        return chars  # no bulleted list at all (most papers): nothing to look for
    for m in _list_label().finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start()] = "\n"
    for line in _LINE.finditer(text):
        hits = list(_BULLET.finditer(text, line.start(), line.end()))
        if len(_MARK.findall(line.group(0))) < 3:
            continue  # three entries or more, the line's first among them
        chars = chars if chars is not None else list(text)
        for m in hits:
            chars[m.start()] = "\n"
    return chars


def _forms(text: str, chars: list[str] | None) -> list[str] | None:
    """A form's labels, close together, on one line or one a line ("DATE OF MEETING 25 July 2019" over "TIME OF
    MEETING 11am" over "LOCATION Room 2": no colon, no tab, a single space between label and value)."""
    run: list[re.Match[str]] = []
    for m in _form_rx().finditer(text):
        if run and (not 2 <= m.start() - run[-1].end() <= _GAP or _field(m) in {_field(r) for r in run}):
            chars = _break(text, chars, run)
            run = []
        run.append(m)
    return _break(text, chars, run)


def _break(text: str, chars: list[str] | None, run: list[re.Match[str]]) -> list[str] | None:
    fields = [_field(m) for m in run]
    if len(set(fields)) < 3 or "date" not in fields:
        return chars  # a form names three of its fields or more, each once (a run ends where one comes again), its date among them
    chars = chars if chars is not None else list(text)
    for m in run:
        if m.start() > 0 and text[m.start() - 1] == " ":
            chars[m.start() - 1] = "\n"
        chars[m.end()] = "\t"
    # "... Venue Committee Room (Ryton) Attendees Board Directors Dame Shirley ...": the attendees' label run on after
    # the form's last value starts the list on a line of its own
    after = _people_label().search(text, run[-1].end() + 2, min(len(text), run[-1].end() + _GAP))
    if after and "\n" not in text[run[-1].end():after.start()]:
        chars[after.start()] = "\n"
    return chars


@lru_cache(maxsize=1)
def _people_label() -> re.Pattern[str]:
    """An attendee list's label in sentence case or capitals after a space ("Attendees", "Present", "In attendance"),
    more words after it."""
    alts = vocab.capitalised_alternation([p for p in vocab.phrases("meeting", "before_people")
                                          if " were" not in p and "by" not in p.split()])
    return re.compile(rf"[ ](?=(?:{alts})[ \t]*:?[ \t]+[A-Z])")


# an attendee table's label and column heads with its rows run on after a single space ("ATTENDEES Name Organisation
# Nazir Afzal Chief Executive, ..."): a tab after the heads, so the label reads as one with its value after it
_TABLE_LABEL = re.compile(r"(?im)^([ \t]*(?:attendees|present|attendance|members)[ \t]+names?[ \t]+"
                          r"(?:organisation|organization|role|representing))( )(?=\S)")


def _table_labels(text: str, chars: list[str] | None) -> list[str] | None:
    for m in _TABLE_LABEL.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start(2)] = "\t"
    return chars


def unrun(text: str) -> str:
    """``text`` with its bulleted lists, meeting forms, attendee tables and items run onto one line put back one entry
    a line (same length, same offsets)."""
    chars = _item_words(text, _table_labels(text, _forms(text, _bullets(text, None))))
    return text if chars is None else "".join(chars)


# "ITEM 1: APOLOGIES Summary of Discussion: ...": an item named by the word, its number and a colon or a dash, its
# title in capitals up to a word in running case (the title's last word no rank before a name: "ITEM 1: ATTENDANCE
# CC Forber" has no title's end)
# (another step may have broken the line after the colon: "ITEM 2:" over "MINUTES ... Summary of Discussion: ...")
_ITEM_WORD = re.compile(r"(?<![^ \n])(?:ITEM|Item)[ ]+(?P<n>\d{1,3})[ ]*[:.–-](?P<sep>[ ]+|\n)(?=[A-Z])")
_CAPS_TITLE = re.compile(r"[A-Z0-9&'’,/()\-]+(?:[ ][A-Z0-9&'’,/()\-]+)*(?<=[A-Z0-9)'’]{4})(?P<gap>[ \n])(?=[A-Z][a-z])")
_TITLE_REACH = 120  # the longest title of an item


def _item_words(text: str, chars: list[str] | None) -> list[str] | None:
    hits = [(m, t) for m in _ITEM_WORD.finditer(text)
            if (t := _CAPS_TITLE.match(text, m.end())) and t.end() - m.end() <= _TITLE_REACH]
    numbers = [int(m.group("n")) for m, _ in hits]
    if len(hits) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return chars  # two or more, counting up by one
    chars = chars if chars is not None else list(text)
    for m, title in hits:
        if m.start() and text[m.start() - 1] == " ":
            chars[m.start() - 1] = "\n"
        if m.group("sep") == "\n":
            chars[m.start("sep")] = " "  # the title back on its heading's line
        chars[title.start("gap")] = "\n"
    return chars
