"""A decision record's title where no Subject label holds it on a line of its own: the title alone on the line over
a card's Reference line or under the form's name ("Decision Record" / "Custody suite refurbishment" / "Reference:
045/2019"), the one line between a reference label and the next label, and a label's own line when a sentence of
explanation follows it with no blank line. Used by concord/ingest/extract/decision_notices.py."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import find_dates
from concord.ingest.decision_cues import PUBLISHED, title_over
from concord.ingest.extract.common import Ctx, Field
from concord.ingest.textutil import squash

LABEL_NAMES = ("summary", "subject", "decision", "maker", "contact", "tel", "email", "background", "date", "signature",
               "confirm", "reference", "sections")
LABELS = vocab.pattern("decision", names=LABEL_NAMES)

# a line naming the office, not the decision
# the office's name, or a web address (a saved page's "Source: https://..." line), is no record's title
_NOT_TITLE = re.compile(r"(?i)\b(?:commissioner|office|police\s+and\s+crime)\b|\bhttps?://|\bwww\.")
_LONE = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<t>[A-Z][^\n]{4,150}?)[ \t]*(?:\n[ \t]*)*$")


_RUNS_ON = re.compile(r"(?i)(?:[,;:&/–-]|\b(?:and|of|for|the|to|in|on|at|with|a|an))[ \t]*$")


def title_line(ctx: Ctx, f: Field, para: str) -> str:
    """A title on its label's line, a sentence of explanation on the lines below it with no blank line between
    ("Subject: Purchase of terminals" / "The force needs 400 ..."): the title is the label's line alone."""
    first, _, rest = para.partition("\n")
    label_line = ctx.text[ctx.text.rfind("\n", 0, f.start) + 1:f.start]
    rest = rest.strip()
    if not rest or not label_line.strip() or _RUNS_ON.search(first) or first.rstrip().endswith(".") or \
            not rest[:1].isupper() or not re.search(r"[.!?]$", rest) or len(rest.split()) < 6:
        return para
    return first


_FORM_NAME = re.compile(r"(?i)(?:(?:pcc|opcc|pfcc|key)\s+)?(?:decision\s+(?:record|notice|sheet|report|form)(?:\s+form)?|"
                        r"record\s+of\s+(?:the\s+)?decision|request\s+for\s+(?:a\s+)?decision)")


def card_title(ctx: Ctx, span: tuple[int, int] | None) -> str | None:
    """The title printed alone on the line over a Reference label's line, a blank line (or the record's start)
    above it ("Custody suite refurbishment" / "Reference: 045/2019")."""
    if span is None:
        return None
    label_line = ctx.text.rfind("\n", 0, span[0]) + 1
    prior = ctx.text.rfind("\n", 0, max(label_line - 1, 0)) + 1
    if ctx.part.start <= prior < label_line and PUBLISHED.fullmatch(ctx.text, prior, label_line - 1):
        label_line = prior  # "Purchase of drones" / "Published on 12 May 2021" / "Decision number: ...": the site's date
    above = title_over(ctx.text, label_line, ctx.part.start - 1)
    if above == label_line and label_line > ctx.part.start:
        # "Decision Record" / "Custody suite refurbishment" / "Reference: 045/2019": the title under the form's name
        above = ctx.text.rfind("\n", 0, label_line - 1) + 1
        form = ctx.text.rfind("\n", 0, max(above - 1, 0)) + 1
        if not (ctx.part.start <= form < above and _FORM_NAME.fullmatch(ctx.text[form:above - 1].strip())):
            return None
    if above == label_line or above < ctx.part.start:
        return None
    text = squash(ctx.text[above:label_line])
    if _NOT_TITLE.search(text) or find_dates(text) or LABELS.match(text) or len(text) < 5:
        return None
    return text


def lone_title(ctx: Ctx, span: tuple[int, int] | None) -> re.Match[str] | None:
    """The one line standing between a reference label's line and the next label, when it reads as a title."""
    if span is None:
        return None
    m = _LONE.fullmatch(ctx.text, span[0], span[1])
    if m is None:
        return None
    text = squash(m.group("t"))
    if text.endswith((".", ":", ",")) or _NOT_TITLE.search(text) or find_dates(text) or LABELS.match(text):
        return None
    return m
