"""A report's recommendations: the numbered paragraphs or the list under its Recommendation(s) heading, or the one
recommendation printed on the heading's line; the lead-in of a list ("Members are asked to:") dropped."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.extract.common import Ctx
from concord.ingest.ocrfix import repair_text
from concord.ingest.textutil import squash

_CONTACT_LINE = vocab.pattern("report", names=("contact",), strict=True)
_SECTION = re.compile(r"(?m)^[ \t]*(?P<num>\d{1,2})(?:\.0)?\.?[ \t]+(?P<title>[A-Z][^\n.]{1,80})[ \t]*$")
# the heading alone, or with its lead-in on the same line ("1. Recommendations It is recommended that:"); a decision
# record's supporting report heads them "2. Decision(s) Recommended:"
_RECO_HEAD = re.compile(r"(?im)^[ \t]*(?:(?:\d{1,2}(?:\.0)?|[A-H])\.?[ \t]+)?(?:recommendations?(?:\(s\))?|argymhelliad(?:\(ion\))?|argymhellion|recommended|decisions?(?:\(s\))?[ \t]+recommended|recommended[ \t]+decisions?(?:\(s\))?)[ \t]*:?[ \t]*"
                        r"(?:(?:it\s+is\s+recommended\s+that|members\s+are\s+(?:asked|invited)\s+to|the\s+\w+(?:\s+\w+){0,5}"
                        r"\s+is\s+(?:asked|recommended|invited)\s+to)[ \t]*:?[ \t]*)?$|"
                        # no heading, a lead-in ending in a colon over the list: "It is recommended that the Committee:"
                        r"^[ \t]*(?:it\s+is\s+recommended\s+that\s+(?:the\s+)?\w+(?:\s+\w+){0,4}|members\s+are\s+"
                        r"(?:asked|invited|recommended)\s+to|the\s+\w+(?:\s+\w+){0,5}\s+(?:is|are)\s+(?:asked|recommended|"
                        r"invited)\s+to)[ \t]*:[ \t]*$")
# the next heading after the recommendations: "B. Supporting information", a numbered heading, a short title line
_NEXT_HEAD = re.compile(r"(?m)^[ \t]*(?:[A-H]\.[ \t]+[A-Z][^\n.]{2,60}|(?:\d{1,2}(?:\.0)?\.?[ \t]+)?(?:background|"
                        r"supporting\s+information|introduction|(?:executive\s+)?summary|purpose(?:\s+of\s+(?:the\s+)?report)?|"
                        r"financial\s+implications|implications|issues|report|discussion|reasons?\s+for\s+(?:the\s+)?"
                        r"recommendations?|risks?(?:\s+management)?|equality\b|consultation|conclusions?|appendi(?:x|ces)|"
                        r"background\s+papers|legal\s+implications)[^\n.]{0,40})[ \t]*$", re.I)
_PARA = re.compile(r"(?m)^[ \t]*(?:[-•][ \t]*)?(?P<num>\d{1,2}\.\d{1,2})\.?[ \t]+")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-•·*–]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\d{1,2}[.)](?!\d))[ \t]+(?:\(?[a-z]\)[ \t]+)?")


def _contact_line(ctx: Ctx, start: int) -> re.Match[str] | None:
    """The first "Contact officer:" / "Person to contact:" label after ``start`` in the part."""
    return next((m for m in _CONTACT_LINE.finditer(ctx.text, start, ctx.part.end) if vocab.field_of(m) == "contact"),
                None)


def recommendations(ctx: Ctx) -> tuple[list[str], tuple[int, int] | None]:
    """The numbered paragraphs of the first Recommendation(s) section."""
    for head in _RECO_HEAD.finditer(ctx.text, ctx.part.start, ctx.part.end):
        start = head.end()
        section = _SECTION.search(ctx.text, start, ctx.part.end)
        while section and _LEAD_IN_LINE.fullmatch(section.group("title").strip()):
            # "2. Members are asked to:" over "(a) note ...": the numbered lead-in of the list, no next section
            section = _SECTION.search(ctx.text, section.end(), ctx.part.end)
        if section and _LEAD_IN_LINE.fullmatch(squash(ctx.text[start:section.start()])):
            section = None  # "Members are asked to" over "1. Note the latest information": the items, no heading
        letter = re.match(r"[ \t]*([A-G])\.", head.group(0))
        # "A. Recommendation" ... "B. Supporting information 1. The ...": the next letter's line starts the next section
        lettered = re.compile(rf"(?m)^[ \t]*{chr(ord(letter.group(1)) + 1)}\.[ \t]+[A-Z]") if letter else None
        ends = [x.start() for x in (section, _NEXT_HEAD.search(ctx.text, start, ctx.part.end),
                                    lettered.search(ctx.text, start, ctx.part.end) if lettered else None,
                                    _contact_line(ctx, start)) if x]  # "Person to contact:"
        end = min(ends) if ends else min(ctx.part.end, start + 3000)
        body = ctx.text[start:end]
        paras = list(_PARA.finditer(body))
        out: list[str] = []
        starts = {m.start() for m in paras}
        bullets = [m for m in _BULLET.finditer(body) if m.start() not in starts]  # "- 2.1 ..." is a paragraph
        if len(bullets) >= 2 and (not paras or len(paras) == 1 and paras[0].start() < bullets[0].start()):
            # "The Board is recommended to:" then a list: the items are the recommendations
            for k, m in enumerate(bullets):
                e = bullets[k + 1].start() if k + 1 < len(bullets) else len(body)
                text = re.sub(r"\s*;\s*(?:and|or)?$", "", repair_text(squash(body[m.end():e])))
                if text and not _LEAD_IN_LINE.fullmatch(text):  # ("2. Members are asked to:" numbered as an item)
                    out.append(text)
        elif paras:
            for k, m in enumerate(paras):
                e = paras[k + 1].start() if k + 1 < len(paras) else len(body)
                text = repair_text(squash(body[m.end():e]))
                if _SECTION_PARA.match(text):
                    break  # "2.4 Background The full year …": the next section, numbered on as a paragraph
                text = _RECO_NUMBER.sub("", text, count=1)  # "Recommendation 1 It is recommended …"
                if text:
                    out.append(text)
        else:
            # one unnumbered recommendation: its paragraph (and the next when it ends "... to:"); what
            # follows a blank line is the report's next matter (a table, a contact), not the recommendation
            blocks = [b for b in re.split(r"\n[ \t]*\n", body) if b.strip()]
            keep = blocks[:1]
            while keep and keep[-1].rstrip().endswith(":") and len(keep) < len(blocks):
                keep.append(blocks[len(keep)])
            whole = squash(" ".join(keep))
            text = re.sub(r"^\(?\d{1,2}[.)]\s+", "", whole)  # "1. That ...": its number aside
            # ("1. Note ..., 2. Approve ...": a list run onto its first item's line, numbered from the start)
            out.extend(_run_on_list(whole) or _run_on_list(text) or ([text[:1000]] if text else []))
        out = [_without_lead_in(x) for x in out]
        if out:
            return out, (start, end)
    return _inline_recommendation(ctx)


# a numbered list run onto one line ("That 1. members note the forecast; and 2. approve the changes"): the numbers count
# up from 1, each after a space and before a word
_RUN_ON_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=[A-Za-z])")


def _run_on_list(text: str) -> list[str]:
    """The items of a numbered list run onto one line, without their lead-in ("That", "Members are asked to:") or
    the "; and" that joins them; [] when the line holds no such list (two items or more, numbered 1, 2, ...)."""
    marks: list[re.Match[str]] = []
    for m in _RUN_ON_NUMBER.finditer(text):
        if int(m.group("n")) == len(marks) + 1:
            marks.append(m)
    if len(marks) < 2 or marks[0].start() > _LEAD_REACH:
        return []  # (a lead-in is short: "That", "Members are asked to:")
    out = []
    for k, m in enumerate(marks):
        item = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)]
        item = re.sub(r"\s*;?\s*(?:and|or)?\s*$", "", item.strip()) if k + 1 < len(marks) else item.strip()
        if len(item.split()) < 3:
            return []  # "items 1. and 2. of the plan": numbers in a sentence, no list
        out.append(item)
    return out


_LEAD_REACH = 80


# "Recommendation: That the report be noted." / "RECOMMENDATION That members note ...": the heading and the one
# recommendation on the same line
_RECO_INLINE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:(?i:recommendations?(?:\(s\))?|argymhelliad(?:\(ion\))?|argymhellion)[ \t]*:[ \t]*|"
                          r"RECOMMENDATIONS?(?:\(S\))?[ \t]+(?=[A-Z][a-z]))(?P<text>\S[^\n]*)$")


def _inline_recommendation(ctx: Ctx) -> tuple[list[str], tuple[int, int] | None]:
    """The recommendation printed on its heading's line, with the lines of its paragraph below it; a lead-in ending
    in a colon ("Recommendation: Members are asked to:") introduces a list this reader does not take."""
    m = _RECO_INLINE.search(ctx.text, ctx.part.start, ctx.part.end)
    if not m:
        return _following_recommendation(ctx)
    para = re.split(r"\n[ \t]*\n", ctx.text[m.start("text"):min(ctx.part.end, m.start("text") + 1000)])[0]
    nxt = _NEXT_HEAD.search(para) or _SECTION.search(para)
    text = repair_text(squash(para[:nxt.start()] if nxt else para))
    if not text or text.endswith(":"):
        return [], None
    return [text], (m.start("text"), m.start("text") + len(para))


# the report's opening sentence naming its recommendation, the recommendation after its colon ("This report ... presents
# the following council tax recommendation for consideration by the Panel: My proposal is for a 1.99% increase ...")
_FOLLOWING = re.compile(r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){0,3}recommendation\b[^:.]{0,120}:\s*"
                        r"(?P<text>[A-Z][^\n]{10,400}?\.)(?=\s|$)")
_FOLLOWING_REACH = 1500  # near the report's top


def _following_recommendation(ctx: Ctx) -> tuple[list[str], tuple[int, int] | None]:
    m = _FOLLOWING.search(ctx.text, ctx.part.start, min(ctx.part.end, ctx.part.start + _FOLLOWING_REACH))
    if not m:
        return [], None
    return [repair_text(squash(m.group("text")))], (m.start("text"), m.end("text"))


# a paragraph that opens with a section's heading word and runs on into its text
_SECTION_PARA = re.compile(r"(?:background|introduction|summary|financial\s+implications|implications|discussion|"
                           r"supporting\s+information)\s+(?-i:(?=[A-Z]))", re.I)
_RECO_NUMBER = re.compile(r"^recommendation\s+\d{1,2}\s*[:.–-]?\s+(?=\S)", re.I)


# "Members are invited to", "The Committee is asked to:", "That members are invited to:": the lead-in of a list of
# recommendations, no recommendation; run into the first one after its colon, it is dropped
_LEAD = r"(?:that\s+)?(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+){0,5}\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to"
_LEAD_IN_LINE = re.compile(rf"(?i){_LEAD}\s*:?")
_LEAD_IN_COLON = re.compile(rf"(?i)^{_LEAD}\s*(?::|\s[-–])\s*(?:\d{{1,2}}[.)]\s+)?(?=\S)")  # (or a dash: "to - Note")


def _without_lead_in(text: str) -> str:
    return _LEAD_IN_COLON.sub("", text, count=1)
