"""Projects a report sets out section by section: savings listed per financial year under a numbered
section heading ("4. Shared Fleet" ... "FY 15/16 - £0.92m"), and a report given over to one named
programme with a host or lead force ("forces pay the host force, X, ...")."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest.extract.common import MONEY, Ctx, money, smart_title
from concord.ingest.extract.forcenames import forces_in
from concord.ingest.textutil import squash

# "FY 15/16 - £0.92m (...)", "2016/17: circa £1.5m": a year and an amount alone on a line
_YEAR_LINE = re.compile(r"(?im)^[ \t•·*\-]*(?:FY\s?)?(?P<y1>(?:20)?\d\d)/(?P<y2>\d\d)[ \t]*[-–:][ \t]*"
                        r"(?:circa|c\.|approx\w*\.?|about|around)?[ \t]*(?P<amt>£\s?\d[\d,.]*\s?(?:m|k|bn|million)?)"
                        r"[^\n]{0,60}$")
_SECTION = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})\.(?:0)?[ \t]+(?P<h>[A-Z][^\n.:;]{2,80}?)[ \t]*$")
_HOST = re.compile(r"(?i)(?P<w>[^.;,]{0,40}?),?\s+as\s+(?:the\s+)?(?:host|lead)\s+(?:force|organisation)\b|"
                   r"\b(?:led|hosted)\s+by\s+(?P<w2>[^.;,]{0,40})|\b(?:host|lead)\s+force\s*(?:is|:)\s+(?P<w3>[^.;,]{0,40})")
_GENERIC = re.compile(r"(?i)\b(?:update|report|agreement|budget|plan|strategy|monitoring|review|minutes|agenda|"
                      r"inspection|policy|outturn|proposal|section|finance|financial)\b")


def _fy_end(y1: str) -> int:
    return int(y1[-2:]) + 2001  # the year in which a financial year ends (31 March)


def yearly(ctx: Ctx, date: str | None) -> list[dict[str, Any]]:
    """Savings per financial year listed under a numbered section: one project per such section. A year
    already closed on the paper's date is delivered; a later one predicted."""
    text, a, b = ctx.text, ctx.part.start, ctx.part.end
    lines = list(_YEAR_LINE.finditer(text, a, b))
    if len(lines) < 2:
        return []
    sections = list(_SECTION.finditer(text, a, b))
    groups: dict[int, list[re.Match[str]]] = {}
    for m in lines:
        above = [s for s in sections if s.start() < m.start()]
        if above:
            groups.setdefault(above[-1].start(), []).append(m)
    out = []
    paper_year = int(date[:4]) if date else None
    paper_month = int(date[5:7]) if date and len(date) >= 7 else 12
    for start, found in groups.items():
        if len(found) < 2:
            continue
        head = next(s for s in sections if s.start() == start)
        savings = []
        for m in found:
            mm = MONEY.search(m.group("amt"))
            if not mm:
                continue
            end_year = _fy_end(m.group("y1"))
            closed = paper_year is not None and (paper_year, paper_month) > (end_year, 3)
            period = f"20{m.group('y1')[-2:]}/{m.group('y2')}"
            savings.append({"period": period, "predicted_gbp": None if closed else money(mm),
                            "actual_gbp": money(mm) if closed else None})
        out.append({"name": smart_title(squash(head.group("h"))), "lead": None, "status": None, "phases": [],
                    "savings": savings, "source": ctx.source, "confidence": 0.6,
                    "_provenance": ctx.provenance(None, head.start(), found[-1].end())})
    return out


def programme(ctx: Ctx, title: str) -> dict[str, Any] | None:
    """A report given over to one named programme ("X", no word of a routine paper in its title) that it calls
    a programme or project, and that a host or lead force runs: that programme, led by that force."""
    name = squash(title)
    if not name or len(name.split()) > 6 or _GENERIC.search(name) or name.isupper() or not name[:1].isupper():
        return None
    body = ctx.body
    if len(re.findall(r"(?i)\b(?:programme|project)\b", body)) < 2:
        return None
    for m in _HOST.finditer(body):
        f = forces_in(m.group("w") or m.group("w2") or m.group("w3") or "")
        if f:
            lead = f[-1][0] if m.group("w") else f[0][0]
            return {"name": name, "lead": lead, "status": None, "phases": [], "savings": [], "source": ctx.source,
                    "confidence": 0.55, "_provenance": ctx.provenance(None, ctx.part.start, ctx.part.end)}
    return None
