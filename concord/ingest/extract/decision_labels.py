"""The labels of a decision record as a notice prints them (``PRINTED``)."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.extract.decision_titles import LABEL_NAMES, LABELS
from concord.ingest.extract.label_blocks import with_blocks
from concord.ingest.vocab import label_group


class _Printed(vocab.LabelPattern):
    """The labels as a notice prints them: a label whose value follows after a single space starts with a capital
    ("Decision To sign ..."); "decision" beginning a wrapped line of prose ("... asked for a / decision on ...")
    is no label and ends nothing. Any label with its value after one space, in a block of labels
    (``label_blocks``: "Title Sale of ..." / "Decided by Police and Crime Commissioner")."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        yield from with_blocks(text, pos, end, [m for m in super().finditer(text, pos, end) if _kept(m)],
                               _ANY_LOOSE, _kept)


def _kept(m: re.Match[str]) -> bool:
    text = m.string
    key = label_group(m)
    after = text[m.end(key):m.end()]
    loose = not re.search(r"[:|.\-–]|\t|[ \t]{2}", after) and m.end() < len(text) and text[m.end()] != "\n"
    if loose and m.group(key)[:1].islower():
        return False
    if loose and text[m.end():m.end() + 1].islower():  # "Decision by the ...:", a longer label: none of ours
        return False
    # a heading, "DECISION OF THE POLICE, FIRE AND ..."
    return not (loose and re.match(r"(?i)(?:of|by)[ \t]", text[m.end():m.end() + 3]))


_ANY_LOOSE = vocab.pattern("decision", names=LABEL_NAMES, all_loose=True)
PRINTED = _Printed(LABELS.alts)
