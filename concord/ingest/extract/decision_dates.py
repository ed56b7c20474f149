"""The day a decision record was signed, as the record prints it: a Date label after the signature (else the first
full date a Date label holds), a Date label in the signature's column, the date under a name-over-office block,
"Signed on 3 May 2021", "Signed by the Police and Crime Commissioner on 3 May 2021", or a date alone on a line (or in a
column) of the signature block. Used by concord/ingest/extract/decision_notices.py."""

from __future__ import annotations

import re

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import Ctx, Field, date_in
from concord.ingest.extract.decision_makers import SIGNED_BY, signatories
from concord.ingest.textutil import squash

_DATE_WORD = re.compile(r"(?i)\bdate(?:d|\s+signed)?\b[ \t]*:?[ \t]*(?P<v>[^\n]{6,40})")
_SIGNED_ON = re.compile(r"(?m)^[ \t]*(?i:signed|approved|agreed|decided)[ \t]+(?i:on)[ \t]+(?P<date>[^\n]{6,30}?)[ \t]*\.?[ \t]*$")


def signed_date(ctx: Ctx, fields: list[Field], prov: dict[str, tuple[int, int]]) -> str | None:
    part = ctx.part
    date = None
    # the date the record was signed, when a Date label follows the signature: else the first full date
    signed = [f for k, f in enumerate(fields) if f.label == "date" and k and fields[k - 1].label == "signature"]
    for f in signed + fields:
        if f.label == "date" and f.value:
            date = date_in(f.value[:60])
            if date and len(date) == 10:
                prov["date"] = (f.start, f.end)
                break
            date = None
    if not date:  # "Signature ........   Date 3 May 2019": a Date label in the signature's column
        for m in _DATE_WORD.finditer(ctx.text, part.start, part.end):
            d = date_in(m.group("v"))
            if d and len(d) == 10:
                date = d
                prov["date"] = (m.start("v"), m.end("v"))
                break
    if not date:  # the date on its own line below a name-over-office block
        block = next(signatories(ctx.text, part.start, part.end), None)
        d = date_in(block.group("date")) if block and block.group("date") else None
        if d and block is not None and len(d) == 10 and find_dates(block.group("date"))[0].start == 0:
            date = d
            prov["date"] = (block.start("date"), block.end("date"))
    if not date:  # "Signed on 3 May 2021", "Approved on 14/03/2019": the day it was signed, on a line of its own
        for so in _SIGNED_ON.finditer(ctx.text, part.start, part.end):
            d = date_in(so.group("date"))
            if d and len(d) == 10:
                date = d
                prov["date"] = (so.start("date"), so.end("date"))
                break
    if not date:  # "Signed by the Police and Crime Commissioner on 3 May 2021"
        for sb in SIGNED_BY.finditer(ctx.text, part.start, part.end):
            d = date_in(sb.group("date")) if sb.group("date") else None
            if d and len(d) == 10:
                date = d
                prov["date"] = (sb.start("date"), sb.end("date"))
                break
    if not date:  # "Signed" / "Jane Doe" / "Chief Executive" / "14 March 2019": a date alone on a line of the signature
        date = _date_below_signature(ctx, fields, prov)
    if not date:  # "Approved: Alan Smith, Police and Crime Commissioner, 12 March 2019": the date that ends the line
        date = _date_ending_signature(fields, prov)  # of the signature or the maker
    if not date and part.end - part.start < _CARD:  # a listing's card: "Decision 2024/016" over "14 March 2024"
        # (the heading that carries the number: a page's "Decision log" over the first card is no card's heading)
        head = ctx.text.rfind("\n", 0, prov["reference"][0]) + 1 if "reference" in prov else part.cue
        head = head if part.cue <= head < part.end else part.cue
        below = [ln for ln in re.finditer(r"[^\n]+", ctx.text[head:part.end]) if ln.start() and ln.group(0).strip()]
        for line in below[:2]:  # the line under the heading, or under the card's title below it
            hits, printed = find_dates(line.group(0)), line.group(0).strip()
            if len(hits) == 1 and len(hits[0].value) == 10 and hits[0].end - hits[0].start == len(printed):
                date = hits[0].value  # the line is the date and nothing else
                prov["date"] = (head + line.start(), head + line.end())
                break
            if hits or printed.endswith((".", ":")):
                break  # the line under the heading is no title: a sentence, a label or another date
    return date


_CARD = 400  # a decision part this short is a listing's card, its heading, its date and a link


def _date_below_signature(ctx: Ctx, fields: list[Field], prov) -> str | None:
    """A full date printed alone on one of the four lines that start at a Signature label's value, or alone in a
    column of one ("Harriet Moss, Police and Crime Commissioner        14 March 2019")."""
    for f in fields:
        if f.label != "signature":
            continue
        a = ctx.text.rfind("\n", 0, f.start) + 1
        for m in list(re.finditer(r"[^\n]+", ctx.text[a:ctx.part.end]))[:4]:
            for cell in re.split(r"[ \t]{2,}|\t|\|", m.group(0)):
                cell = cell.strip()
                found = find_dates(cell)
                d = date_in(cell) if found and found[0].start == 0 and len(cell) <= 30 else None
                if d and len(d) == 10:
                    prov["date"] = (a + m.start(), a + m.end())
                    return d
    return None


def _date_ending_signature(fields: list[Field], prov) -> str | None:
    for f in fields:
        if f.label not in ("signature", "maker") or not f.value:
            continue
        line = f.value.split("\n")[0].rstrip(" .")
        hits = find_dates(line)
        if hits and len(hits[-1].value) == 10 and not line[hits[-1].end:].strip() and hits[-1].start > 0 and \
                line[:hits[-1].start].rstrip().endswith((",", "–", "-", "on")):
            prov["date"] = (f.start, f.start + len(line))
            return hits[-1].value
    return None


def date_only(lines: list[tuple[int, str]], j: int, taken: set[int]) -> str | None:
    """The date a line holds when it holds nothing else ("14 March 2019"), else None."""
    if j < 0 or j in taken:
        return None
    line = squash(lines[j][1]).strip(" |")
    hits = find_dates(line)
    if len(line) > 30 or not hits or len(hits[0].value) != 10 or line[:hits[0].start].strip(" -–:(") or \
            line[hits[0].end:].strip(" -–:)."):
        return None
    return hits[0].value


_ENDS_SENTENCE = re.compile(r"[.!?)][ \t]+$")


def sentence_then_date(line: str) -> str | None:
    """The full date that ends ``line`` after a sentence's full stop ("... relating to the estates programme. 08 April
    2021": a listing's entry dated at its paragraph's end, its lines run together), else None."""
    on_line = find_dates(line)
    if not on_line or len(on_line[-1].value) != 10 or line[on_line[-1].end:].strip(" .") or \
            not _ENDS_SENTENCE.search(line[:on_line[-1].start]):
        return None
    return on_line[-1].value
