"""A decision record's decision where no label holds it: the sentence that states what the office decided ("The
Police & Crime Commissioner approved a recommendation to ...", "The PCC supports the purchase: 1) ... 2) ..."), and
what is no decision though a label holds it (an approval that only points to what it approves). Used by
concord/ingest/extract/decision_notices.py and decision_index.py."""

from __future__ import annotations

import re

from concord.ingest.decision_cues import DECIDED
from concord.ingest.extract.common import Ctx, Field
from concord.ingest.textutil import squash

# an approval that points to what it approves and says nothing of it ("I approve the recommendation.", "I hereby
# approve the above proposal", a bare "Approved." or "Agreed as recommended")
_WHAT = r"(?:recommendations?(?:\(s\))?|proposals?|request|decision)"
_WHERE = r"(?:\s+(?:above|set\s+out\s+above|in\s+(?:this|the)\s+report|as\s+recommended))?"
BY_REFERENCE = re.compile(r"(?i)(?:I\s+(?:hereby\s+)?(?:approve|agree(?:\s+to)?|accept|endorse)\s+(?:the\s+|this\s+)?"
                          r"(?:above\s+)?" + _WHAT + r"|(?:(?:the\s+)?" + _WHAT + r"\s+)?(?:approved|agreed|accepted|"
                          r"endorsed))" + _WHERE + r"\s*\.?")


def label_text(ctx: Ctx, f: Field) -> str:
    """The label printed before a field's value (on its line, or the line above when it stands alone)."""
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    for _ in range(3):
        if ctx.text[line_start:f.start].strip(" \t\n|-:") or line_start == 0:  # (a table's bars and rule are no label)
            break
        line_start = ctx.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return ctx.text[line_start:f.start].strip()


def stated_decision(ctx: Ctx, fields: list[Field]) -> Field | None:
    """The first sentence of the record that states a decision, when no label holds one; not one under a
    label that holds something else (a summary, the background, a recommendation)."""
    labelled_spans = [(f.start, f.end) for f in fields if f.label in ("summary", "background", "contact", "sections")]
    # (but a page's "Summary" that opens by saying what this record decides, "The Commissioner has agreed the strategy
    # ...", "The PCC approves ...", says it: a summary of the record; "The Commissioner approved the programme in
    # February" tells of an earlier decision)
    opening = {ctx.text.find(f.value[:20], f.start) for f in fields
               if f.label == "summary" and f.value and re.fullmatch(r"(?i)[\W\d]*summary[\s:]*", label_text(ctx, f))}
    for m in DECIDED.finditer(ctx.text, ctx.part.start, ctx.part.end):
        if any(a <= m.start("s") < b for a, b in labelled_spans) and not (m.start("s") in opening and
                                                                          _NOW.match(m.group("s"))):
            continue
        end = m.end("s")
        if m.group("s").rstrip().endswith(":"):  # "The PCC supports the purchase:" over the list of what
            end = _list_end(ctx.text, end, ctx.part.end)
        value = squash(ctx.text[m.start("s"):end])
        if len(value) >= 20:
            return Field("decision", value, m.start("s"), end)
    return None


_NOW = re.compile(r"(?i)[^.]*?\b(?:commissioner|pcc|pfcc|mayor(?:\s+for\s+policing\s+and\s+crime)?|dmpc)\s+"
                  r"(?:has\s+(?:approved|agreed|decided|authori[sz]ed|awarded|accepted|endorsed)|approves?|agrees?|decides|"
                  r"authori[sz]es|awards|accepts|endorses|supports)\b")


_ITEM_MARK = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•·*\-–])[ \t]*\S")


def _list_end(text: str, pos: int, endpos: int) -> int:
    """The end of the list a sentence ending in a colon introduces: its items (numbered, lettered or bulleted,
    each perhaps wrapped over lines) up to the next blank line; ``pos`` itself when no item follows."""
    first = text.find("\n", pos, endpos)
    if first < 0 or not _ITEM_MARK.match(text, first + 1, endpos):
        return pos
    blank = re.compile(r"\n[ \t]*\n").search(text, first, endpos)
    return blank.start() if blank else endpos
