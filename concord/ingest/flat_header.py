"""A report's header table flattened onto one line.

A two-column header table (``MEETING | Police and Crime Panel``, ``DATE | 1 February 2018``, ``TITLE | ...``)
often reaches us as one line, its cells run together: ``ITEM 8 MEETING POLICE AND CRIME PANEL DATE 1 February
2018 TITLE Proposed precept SUBMITTED BY Chief Executive``. The labels are the upper-case words of the report
vocabulary (data/labels.toml, ``[report]``). Where a line carries three or more of them, naming a date and a
title or an author, each label goes back onto a line of its own with its value after a tab. Each break
replaces one space, so every offset stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from concord.ingest import vocab

_FIELDS = ("to", "from", "date", "subject", "item")
_MAX_LINE = 1500
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _label_rx() -> re.Pattern[str]:
    """The report labels as printed in capitals, each a whole word or phrase, longest first whatever its field;
    the group's name says the field (``date__3``)."""
    entries = sorted({(p.upper(), f) for f in _FIELDS for p in vocab.phrases("report", f)
                      if len(re.sub(r"\W", "", p)) >= 4}, key=lambda e: len(e[0]), reverse=True)
    alts = [f"(?P<{f}__{i}>{re.escape(p).replace(chr(92) + ' ', '[ ]+')})" for i, (p, f) in enumerate(entries)]
    return re.compile(r"(?:(?<=[ ])|^)(?:" + "|".join(alts) + r")(?=[ ][^ \n])")


def _field(m: re.Match[str]) -> str:
    return (m.lastgroup or "").split("__")[0]


def unflatten(text: str) -> str:
    """``text`` with every flattened header line broken back into labelled lines (same length, same offsets)."""
    if "DATE" not in text:
        return text
    chars: list[str] | None = None
    for line in _LINE.finditer(text):
        body = line.group(0)
        if "DATE" not in body or not ("TITLE" in body or "SUBJECT" in body or "REPORT" in body) or \
                not 30 <= len(body) <= _MAX_LINE:
            continue  # the lines worth a closer look: a date label and a title or author label in capitals
        hits = list(_label_rx().finditer(line.group(0)))
        fields = {_field(m) for m in hits}
        if len(fields) < 3 or "date" not in fields or not fields & {"subject", "from"}:
            continue
        # every label must have a value before the next one
        if any(b.start() - a.end() < 2 for a, b in zip(hits, hits[1:])):
            continue
        chars = chars if chars is not None else list(text)
        base = line.start()
        for m in hits:
            if m.start() > 0:
                chars[base + m.start() - 1] = "\n"
            chars[base + m.end()] = "\t"
    return text if chars is None else "".join(chars)
