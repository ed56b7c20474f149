"""Collaboration agreements listed on a transparency page.

Such a page lists each agreement by its title: a bullet or numbered line
naming an agreement ("Agreement for the provision of X commencing 1 April
2013"), or a heading line followed by a paragraph that says what it is for
and between whom. The parties are the forces the entry names, a region it
names (data/regions.toml), or, when it says "all 5 forces", the forces the
page names together. A date printed with the title is the date made.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from concord.ingest import vocab
from concord.ingest.cue_patterns import AGREEMENTS_HEADING, LINK_FILE_RX, LINK_TAIL_RX
from concord.ingest.dates import find_dates
from concord.ingest.extract import agreement_prose, agreement_regions, columns
from concord.ingest.extract.agreement_titles import heading, plural_heading, short_title
from concord.ingest.extract.common import Ctx
from concord.ingest.textutil import squash

_AGREEMENT_WORD = re.compile(r"(?i)\b(?:agreements?|collaborat\w+|memorand\w+\s+of\s+understanding|s(?:ection)?\s*22a?)\b")
_PAGE_CUE = re.compile(r"(?i)\bcollaborat\w+|\bsection\s+2[23][a-z]?\b|\bs\.?\s?2[23][a-z]\b")
_BULLET = re.compile(r"^[ \t]*(?:[-•·*▪]|\d{1,2}[.)]|\(?[a-z]\))[ \t]+(?P<text>\S.*)$")
_TITLE_TAIL = re.compile(r"(?i)\s*(?:[-–,(\[]\s*)?(?:\[?original\s+agreement\b.*|(?:commencing|to\s+commence|with\s+effect\s+"
                         r"from|effective\s+from|to\s+have\s+effect\s+from|commenced|dated|signed|entered\s+into)\b.*)$")
_DATE_ONLY = re.compile(r"(?i)^\s*(?:[-–(]\s*)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                        r"(?:\s*\([^)]*\))?\s*[-–:)]?\s*")
_ALL_N = re.compile(r"(?i)\ball\s+(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:of\s+the\s+)?forces\b")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def structured(ctx: Ctx) -> list[dict[str, Any]]:
    """Agreements listed as table rows or as blocks of labelled fields (Parties, Date made, Purpose)."""
    return _table_rows(ctx) or _labelled(ctx)


def entries(ctx: Ctx) -> list[dict[str, Any]]:
    a, b = ctx.part.start, ctx.part.end
    body = ctx.text[a:b]
    page_forces = _page_forces(ctx, body)
    prose = agreement_prose.sentences(ctx, page_forces, agreement_regions.region_of)
    if not _PAGE_CUE.search(body) or len(_PAGE_CUE.findall(body)) + len(re.findall(r"(?i)\bagreements?\b", body)) < 2:
        return prose
    found = _table_rows(ctx) or _labelled(ctx)
    if found:
        return found
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", body)]
    # under a heading naming the agreements ("Collaboration agreements"), a bullet that names a force is one, though it
    # does not say so ("• Regional Organised Crime Unit – Kent and Essex")
    listed = bool(AGREEMENTS_HEADING.search(body, 0, 400))
    cands: list[tuple[int, str, str]] = []  # (line index, title text, description)
    for k, (pos, raw) in enumerate(lines):
        line = squash(raw)
        if not line or len(line) > 260:
            continue
        bullet = _BULLET.match(raw)
        desc = _paragraph_after(lines, k)
        link = LINK_TAIL_RX.search(line) if listed and not bullet else None
        if bullet and (_AGREEMENT_WORD.search(bullet.group("text")) or listed and ctx.forces.find(bullet.group("text"))):
            cands.append((k, squash(bullet.group("text")), desc))
        elif link and _AGREEMENT_WORD.search(line[:link.start()]):
            # "Regional Review Unit Collaboration Agreement (PDF, 180KB)": a link to the agreement's file, one a line
            cands.append((k, line[:link.start()].strip(" -–"), "" if heading(desc) else desc))
        elif not bullet and heading(line) and desc and len(desc) >= 40 and not plural_heading(line):
            cands.append((k, line, desc))
    # headings count only as a run of entries (a list), each a paragraph apart; a run's section headings
    # ("Working in Wales", "Policing Board for Wales") are no entries
    heads = [c for c in cands if not _BULLET.match(lines[c[0]][1])]
    if len(heads) < 2:
        cands = [c for c in cands if _BULLET.match(lines[c[0]][1])]
    cands = [c for c in cands if _BULLET.match(lines[c[0]][1]) or not agreement_prose.section_heading(
        c[1], [(s, e) for _, s, e in ctx.forces.find(c[1])] + [m.span() for m in _place_rx().finditer(c[1])])]
    # "The PCC has entered into the following agreements with Norfolk PCC, Norfolk Constabulary and ...":
    # the forces the paragraph introducing the list names are the parties of an entry that names none
    intro: list[str] = []
    if cands:
        first_pos = lines[cands[0][0]][0]
        for para in reversed(re.split(r"\n\s*\n", body[max(0, first_pos - 1500):first_pos])):
            named = list(dict.fromkeys(f for f, _, _ in ctx.forces.find(para)))
            if named and _AGREEMENT_WORD.search(para):
                intro = sorted(named)
                break
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for k, line, desc in cands:
        printed, date = _title_and_date(line)
        title = _without_parties(ctx, printed)
        if not title or len(title) < 6 or title.lower() in seen:
            continue
        # the entry's text runs to the next heading: its later paragraphs may name the parties and the date
        text = desc if _BULLET.match(lines[k][1]) else _entry_text(lines, k) or desc
        # the entry's first paragraph by any cue; its later paragraphs only by a verb of starting ("launched
        # in"), not by a bare "from" ("savings from 2016")
        for part, bare in ((desc, True), (text[len(desc):] if text.startswith(desc) else "", False)):
            cue = next((c for c in agreement_prose.start_cue().finditer(part or "")
                        if bare or c.group(0).lower() != "from"), None) if not date else None
            hits = find_dates(part[cue.end():cue.end() + 40]) if cue else []
            date = date or (hits[0].value if hits else None)
        date = date or agreement_prose.made_on(text)  # "signed this agreement on 12 June 2016"
        review, finish = agreement_prose.review_and_end(text)
        lead = agreement_prose.lead(ctx, f"{line} {text}")
        title = agreement_prose.LEAD_TAIL.sub("", title).strip(" ,;.") or title
        parties = _parties(ctx, printed, text if text != desc or not lead else f"{line} {text}", page_forces)
        if not parties or (len(parties) == 1 and parties[0] in intro):
            parties = intro or parties  # an entry naming only its lead force is between the page's parties
        if lead and parties and lead not in parties:
            lead = None
        ended = agreement_prose.ended_title(title)
        seen.add(title.lower())
        pos = a + lines[k][0]
        out.append({"title": title, "parties": parties, "lead": lead, "start_date": None if ended else date,
                    "review_date": review, "end_date": date if ended else finish, "annual_budget_gbp": None,
                    "cost_basis": None, "notice_period_months": None,
                    "source": ctx.source, "confidence": 0.65 if parties and date else 0.6 if parties else 0.45,
                    "_provenance": ctx.provenance({"title": (pos, pos + len(lines[k][1]))}, pos, pos + len(lines[k][1]))})
    names = [r["title"].lower() for r in out]
    out += [r for r in prose if not any(fuzz.token_set_ratio(r["title"].lower(), n) >= 85 for n in names)]
    return out


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern[str]:
    """Region names and the bare names of the nations ("Wales"), as a heading may name its section's area."""
    names = sorted(set(agreement_regions.regions()) | {"england", "wales", "scotland", "uk", "united kingdom"},
                   key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b")


def _entry_text(lines: list[tuple[int, str]], k: int) -> str:
    """An entry's paragraphs, up to the next heading line (at most 20 lines)."""
    out: list[str] = []
    for _, raw in lines[k + 1:k + 21]:
        line = squash(raw)
        if not line:
            continue
        if _BULLET.match(raw) or (heading(line) and out):
            break
        out.append(line)
    return " ".join(out)


_FIELDS = vocab.pattern("agreement", names=("title", "parties", "date", "purpose", "lead", "review", "end"),
                        strict=True)


def _record(ctx: Ctx, title: str, parties_text: str, date_text: str, purpose: str, start: int, end: int,
            page_forces: list[str], review: str = "", finish: str = "", lead_text: str = "") -> dict[str, Any]:
    dates = [find_dates(x) for x in (date_text, review, finish)]
    parties = _parties(ctx, title, " ".join(x for x in (parties_text, purpose) if x), page_forces) \
        if not parties_text else _named(ctx, parties_text, page_forces)
    lead = next((f for f, _, _ in ctx.forces.find(lead_text)), None)
    if lead and lead not in parties:
        parties = sorted(parties + [lead])  # the lead force is a party to what it leads
    return {"title": title, "parties": parties, "lead": lead,
            "start_date": dates[0][0].value if dates[0] else None,
            "review_date": dates[1][0].value if dates[1] else None,
            "end_date": dates[2][0].value if dates[2] else None, "annual_budget_gbp": None, "cost_basis": None,
            "notice_period_months": None, "source": ctx.source, "confidence": 0.75 if parties and dates[0] else 0.65 if parties else 0.5,
            "_provenance": ctx.provenance({"title": (start, end)}, start, end)}


def _named(ctx: Ctx, text: str, page_forces: list[str]) -> list[str]:
    named = list(dict.fromkeys(f for f, _, _ in ctx.forces.find(text)))
    if not named:
        region = agreement_regions.region_of(text)
        if region:
            return region
        if _ALL_N.search(text) and not agreement_regions.national_rx().search(text):
            return sorted(page_forces)
    return sorted(named)


def _labelled(ctx: Ctx) -> list[dict[str, Any]]:
    """Agreements as blocks of labelled fields (Title, Parties, Date made, Purpose), one block each."""
    a, b = ctx.part.start, ctx.part.end
    hits = [(m, vocab.field_of(m)) for m in _FIELDS.finditer(ctx.text, a, b)]
    hits = [(m, f) for m, f in hits if f != "_not"]
    titled = any(f == "title" for _, f in hits)
    if not titled and sum(f == "parties" for _, f in hits) < 2:
        return []  # untitled blocks count only as a run of them, each with its parties
    # untitled: "Regional Organised Crime Unit" over its "Parties:" line; the heading is the entry's title
    # titled: a heading over the first labelled line of a block that has no Title label ("Regional Collaboration
    # Agreement – Major Crime" over "Date agreed:") is that block's title too
    heads = [None if f == "title" else _heading_above(ctx.text, m.start(), a) for m, f in hits]
    if titled:
        seen: set[str] = set()
        for k, (_, f) in enumerate(hits):
            if f == "title" or f in seen:
                seen = {f}
            else:
                heads[k] = heads[k] if not seen else None
                seen.add(f)
    blocks: list[dict[str, tuple[str, int, int]]] = []
    for k, (m, f) in enumerate(hits):
        end = hits[k + 1][0].start() if k + 1 < len(hits) else min(b, m.end() + 1500)
        nxt = heads[k + 1] if k + 1 < len(hits) else None
        if nxt:
            end = nxt[1]
        value = squash(ctx.text[m.end():end])
        if f == "title" and re.search(r"[-–][ \t]*$", m.group(0)):  # "Collaboration Agreement – Dogs Section": a heading
            value = squash(ctx.text[m.start():ctx.text.find("\n", m.start()) if "\n" in ctx.text[m.start():end] else end])
        head = heads[k]
        if f == "title" or not blocks or f in blocks[-1] or head:
            blocks.append({})
            if head:
                blocks[-1]["title"] = head
        blocks[-1].setdefault(f, (value, m.start(), end))
    page_forces = _page_forces(ctx, ctx.text[a:b])
    out = []
    for blk in blocks:
        if "title" not in blk or not blk.keys() & {"parties", "date", "purpose"}:
            continue
        title, s0, e0 = blk["title"]
        get = lambda k: blk[k][0] if k in blk else ""  # noqa: E731
        if 3 <= len(title) <= 200:
            out.append(_record(ctx, title, get("parties"), get("date"), get("purpose"), s0, e0, page_forces,
                               get("review"), get("end"), get("lead")))
    return out


def _heading_above(text: str, pos: int, floor: int) -> tuple[str, int, int] | None:
    """The heading line just above a labelled line (at most one blank line between), when it is one."""
    start = text.rfind("\n", floor, pos) + 1
    if text[start:pos].strip():
        return None  # the label is not at the start of its line
    q = start - 1
    for _ in range(2):
        a = text.rfind("\n", floor, q) + 1 if q > floor else floor
        line = squash(text[a:q])
        if line:
            above = text.rfind("\n", floor, a - 1) + 1 if a > floor else a
            bare = a > floor and _head_cell(squash(text[above:a - 1]))  # "Parties" alone over it: the line is its value
            if (heading(line) or short_title(line)) and not _FIELDS.match(text, a) and not plural_heading(line) and \
                    not bare:
                # "1. Eastern Region Special Operations Unit": the list's number is no part of the title
                return re.sub(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+", "", line), a, q
            return None
        q = a - 1
        if q <= floor:
            return None
    return None


def _table_rows(ctx: Ctx) -> list[dict[str, Any]]:
    """Agreements as rows of a table (cells between bars, or set apart by spaces) whose header names the title
    and the parties or date columns."""
    a, b = ctx.part.start, ctx.part.end
    out: list[dict[str, Any]] = []
    page_forces = _page_forces(ctx, ctx.text[a:b])
    for pos, line, cells, cols in columns.rows(ctx.text, a, b, _header):
        get = lambda k: cells[cols[k]] if k in cols and cols[k] < len(cells) else ""  # noqa: E731
        title = get("title")
        if title and len(title) >= 3:
            out.append(_record(ctx, title, get("parties"), get("date"), get("purpose"), pos, pos + len(line),
                               page_forces, get("review"), get("end"), get("lead")))
    return out or _cell_rows(ctx, page_forces)


def _cell_rows(ctx: Ctx, page_forces: list[str]) -> list[dict[str, Any]]:
    """A table printed one cell a line: a run of header lines naming the fields ("Agreement" / "Parties" /
    "Date made"), then each row as that many lines, for as long as each row's date cell holds a date."""
    def fits(cells: list[str], cols: dict[str, int]) -> bool:
        return not ("date" in cols and not find_dates(cells[cols["date"]])) and len(cells[cols["title"]]) <= 200

    out: list[dict[str, Any]] = []
    for pos, cells, cols in columns.stacked(ctx.text, ctx.part.start, ctx.part.end, _header, fits, _head_cell):
        get = lambda f: cells[cols[f]] if f in cols else ""  # noqa: E731
        out.append(_record(ctx, get("title"), get("parties"), get("date"), get("purpose"), pos,
                           pos + len(get("title")), page_forces, get("review"), get("end"), get("lead")))
    return out


def _head_cell(line: str) -> bool:
    return bool(_FIELDS.fullmatch(line.strip(" :").lower() + ":"))


def _header(cells: list[str]) -> dict[str, int] | None:
    """The column of each field, when the cells are a header naming the title and the parties or date."""
    found: dict[str, int] = {}
    for i, c in enumerate(cells):
        m = _FIELDS.fullmatch(c.strip(" :").lower() + ":") if c else None
        f = vocab.field_of(m) if m else None
        if f and f != "_not" and f not in found:
            found[f] = i
    return found if "title" in found and found.keys() & {"parties", "date", "purpose"} else None


def _paragraph_after(lines: list[tuple[int, str]], k: int) -> str:
    out: list[str] = []
    for pos, raw in lines[k + 1:k + 8]:
        line = squash(raw)
        if not line:
            if out:
                break
            continue
        if _BULLET.match(raw) or (heading(line) and not out):
            break
        out.append(line)
    return " ".join(out)


def _title_and_date(line: str) -> tuple[str, str | None]:
    date = None
    line = LINK_FILE_RX.sub("", line)  # "NPAS agreement (PDF, 450KB) – all forces": the link's file is no part of it
    lead = _DATE_ONLY.match(line)
    if lead and find_dates(lead.group(0)) and len(line) - lead.end() > 6:
        date = find_dates(lead.group(0))[0].value  # "October 2013 (supplemented March 2015) – NERSOU"
        line = line[lead.end():]
    tail = _TITLE_TAIL.search(line)
    if tail:
        hits = find_dates(tail.group(0))
        date = date or (hits[0].value if hits else None)
        line = line[:tail.start()]
    dated = _BRACKET_DATE.search(line)
    if dated and find_dates(dated.group("d")) and not date:
        # "Forensic Collaboration (June 2017) – between Kent Police and Essex Police": the date made, in brackets
        # after the title, the parties after it (``_without_parties``)
        date = find_dates(dated.group("d"))[0].value
        line = line[:dated.start()] + line[dated.end("d") + 1:]
    hits = find_dates(line)
    if hits and hits[-1].end >= len(line.rstrip(" .")) - 1:  # "... Humber – March 2014"
        date = date or hits[-1].value
        line = line[:hits[-1].start]
    line = _YEAR_TAIL.sub("", line)  # "... – Cheshire and North Wales, 2018": a year alone, no date to write
    title = squash(re.sub(r"\s*[-–,:(\[]\s*$", "", line.strip())).strip(" .;")
    return title, date


_BRACKET_DATE = re.compile(r"[ \t]*\((?P<d>[^()]{3,25})\)(?=[ \t]*(?:[.;]?[ \t]*$|[-–][ \t]+"
                           r"(?i:(?:made|signed|agreed)[ \t]+)?(?i:between|with)\b))")
_YEAR_TAIL = re.compile(r"\s*[,–-]\s*(?:19|20)\d\d\s*\.?\s*$")


def _without_parties(ctx: Ctx, title: str) -> str:
    """The title without the forces named after its last dash ("Regional Organised Crime Unit – Kent, Essex and
    Suffolk"): the entry's parties, not its name."""
    head, dash, tail = title.rpartition(" – ") if " – " in title else title.rpartition(" - ")
    if not dash or not head:  # "Dog Unit, with Nottinghamshire and Derbyshire": the forces it is made with
        head, dash, tail = title.rpartition(", with ")
    if not dash or not head:
        return title
    found = ctx.forces.find(tail)
    if found and re.match(r"(?i)\s*(?:made\s+|signed\s+|agreed\s+)?(?:between|with)\b", tail):
        return head.strip()  # "– between the PCCs and Chief Constables of Kent and Essex": whom it is made with
    rest = tail
    for _, s, e in sorted(found, key=lambda f: -f[1]):
        rest = rest[:s] + rest[e:]
    if not found and agreement_regions.national_rx().match(tail.strip(" .")):
        return head.strip()  # "NPAS agreement – all forces in England and Wales"
    return head.strip() if found and not re.sub(r"(?i)\band\b|&|,|\s", "", rest) else title


def _page_forces(ctx: Ctx, body: str) -> list[str]:
    """The forces a page names together, in one sentence ("the 5 forces of A, B, C, D and E")."""
    best: list[str] = []
    for sent in re.split(r"(?<=[.;:])\s+|\n\s*\n", body):
        found = list(dict.fromkeys(f for f, _, _ in ctx.forces.find(sent)))
        if len(found) > len(best):
            best = found
    return best


def _parties(ctx: Ctx, title: str, desc: str, page_forces: list[str]) -> list[str]:
    named = list(dict.fromkeys(f for f, _, _ in ctx.forces.find(desc)))
    if len(named) >= 2:
        return sorted(named)
    in_title = list(dict.fromkeys(named + [f for f, _, _ in ctx.forces.find(title)]))
    if len(in_title) >= 2 and not named:  # "... agreement – Cheshire, Merseyside, North Wales": the forces it names,
        return sorted(in_title)  # not the region a force's name holds ("Wales")
    for text in (desc, title):
        region = agreement_regions.region_of(text)
        if region:
            return region
    m = _ALL_N.search(desc) if not agreement_regions.national_rx().search(desc) else None
    if m and page_forces:
        n = m.group("n")
        want = int(n) if n and n.isdigit() else _WORDS.get((n or "").lower())
        if want is None or want == len(page_forces):
            return sorted(page_forces)
    named += [f for f, _, _ in ctx.forces.find(title) if f not in named]
    return sorted(named)
