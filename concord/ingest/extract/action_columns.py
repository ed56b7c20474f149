"""Action logs printed as space-aligned columns in a text paper ("No.   Action   Owner   Due", each row's cells under
their heads): one action a row, its text the Action column's cell (wrapped lines joined), its due date the Due column's."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from concord.ingest.dates import find_dates
from concord.ingest.extract.common import Ctx
from concord.ingest.textutil import squash

# the head row: an Action column and an Owner (or Lead, By whom, Responsible) column, two spaces or more between heads
_HEAD = re.compile(r"(?im)^(?P<row>[ \t]*(?:(?:no\.?|ref\.?|item|minute)[ \t]{2,})?actions?(?:[ \t]+required)?[ \t]{2,}"
                   r"(?:owner|lead|by[ \t]+whom|responsible|who)\b[^\n]*)$")
_CELL_HEAD = re.compile(r"\S+(?:[ \t]\S+)*")


def aligned_actions(ctx: Ctx, date: str, item_at: Callable[[int], tuple[str, str, int] | None]) -> list[dict[str, Any]]:
    """Each row under an aligned head row (until a blank line or a line that fills no column) as an action."""
    out: list[dict[str, Any]] = []
    text = ctx.text
    for head in _HEAD.finditer(text, ctx.part.start, ctx.part.end):
        heads = [(m.start(), m.group(0).lower()) for m in _CELL_HEAD.finditer(head.group("row"))
                 if re.search(r"\S", m.group(0))]
        cols: dict[str, int] = {}
        for k, (_, h) in enumerate(heads):
            for name, rx in (("text", r"^actions?"), ("due", r"due|deadline|by\s+when|target|date"),
                             ("item", r"^(?:item|minute|ref)")):
                if re.search(rx, h):
                    cols.setdefault(name, k)
        if "text" not in cols:
            continue
        starts = [s for s, _ in heads]
        rows: list[list[str]] = []
        pos = head.end() + 1
        while pos < ctx.part.end:
            nl = text.find("\n", pos)
            line = text[pos:nl if nl >= 0 else ctx.part.end]
            pos = (nl + 1) if nl >= 0 else ctx.part.end
            if not line.strip():
                break
            cells = [squash(line[a:b]) for a, b in zip(starts, starts[1:] + [len(line) + 1])]
            if len(line) - len(line.lstrip()) > starts[cols["text"]] - 2 and rows and not cells[0]:
                rows[-1] = [f"{x} {y}".strip() for x, y in zip(rows[-1], cells)]  # a wrapped cell goes on
                continue
            if not cells[cols["text"]]:
                break
            rows.append(cells)
        item = item_at(head.start())
        for cells in rows:
            due = find_dates(cells[cols["due"]]) if "due" in cols else []
            rec: dict[str, Any] = {"meeting_date": date, "item": cells[cols["item"]] if "item" in cols else
                                   (item[0] if item else ""), "text": cells[cols["text"]],
                                   "due": due[0].value if due and len(due[0].value) >= 7 else None,
                                   "source": ctx.source, "confidence": 0.7}
            out.append(rec)
    return out
