"""Search across the register: records and the text of stored papers, ranked, with snippets.

One query over the search index (`concord.store.search_index`, kept up to
date on every write): SQLite FTS5 or PostgreSQL full text, narrowed in SQL
by `visibility.visible` — the one marking filter — before it is ranked, so a
marked record or paper is found only by those with rights over it (and,
with no user named, only what the public may see). Every word must appear
(in a stemmed form: "agreements" finds "agreement").

The web page (/search) and `concord search` both call `search`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.services import visibility
from concord.services.context import Context

#: the kinds of record an index entry links to, with the words a person uses for them
KINDS: dict[str, str] = {
    "agreement": "Agreement",
    "decision_notice": "Decision notice",
    "decision": "Decision",
    "meeting": "Meeting",
    "paper": "Paper",
    "action": "Action",
    "project": "Project",
    "forum": "Forum",
    "document": "Stored paper",
    "force": "Force",
    "policing_body": "Policing body",
    "alliance": "Alliance",
}
PER_PAGE = 20
MAX_PAGE = 50
_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Fragment:
    """A piece of a snippet: `matched` when it is a word searched for."""

    text: str
    matched: bool


@dataclass(frozen=True)
class Hit:
    kind: str
    kind_label: str
    key: str
    title: str
    snippet: tuple[Fragment, ...]
    date: dt.date | None
    marking: str
    revision: int | None
    #: held back until approved ("PROTECT until Approved") and not approved yet
    held: bool = False


@dataclass(frozen=True)
class Results:
    words: str
    kinds: tuple[str, ...]
    page: int
    per_page: int
    hits: tuple[Hit, ...]
    more: bool

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1


def terms(words: str) -> list[str]:
    """The words searched for, as the index reads them (punctuation between words is ignored)."""
    text = words or ""
    if len(text) > 500:
        raise DomainError("words", text[:40] + "…", "is too long: at most 20 words and 500 characters")
    found = _WORD.findall(text)
    if not found:
        raise DomainError("words", text, "is empty: give at least one word to search for")
    if len(found) > 20:
        raise DomainError("words", text[:40] + "…", "is too long: at most 20 words and 500 characters")
    return found


def kinds_of(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for value in values:
        kind = value.strip().lower().replace("-", "_").replace(" ", "_")
        if kind not in KINDS:
            raise DomainError("kind", value, "is not a kind of record: one of " + ", ".join(KINDS))
        out.append(kind)
    return tuple(dict.fromkeys(out))


def search(ctx: Context, words: str, kinds: tuple[str, ...] | list[str] = (), page: int = 1,
           per_page: int = PER_PAGE) -> Results:
    """Records and stored papers holding every word, best first, among those the actor may read."""
    from concord.store import models as m
    from concord.store.search_index import full_text

    found = terms(words)
    wanted = kinds_of(tuple(kinds))
    if not 1 <= page <= MAX_PAGE:
        raise DomainError("page", str(page), f"must be a whole number from 1 to {MAX_PAGE}")
    e = m.SearchEntry
    ft = full_text(ctx.store.backend, found)
    # first the page's entries, best first (ranked in SQL, narrowed by marking) ...
    filters = [visibility.visible(ctx, e)]
    if wanted:
        filters.append(e.kind.in_(wanted))
    if visibility.reads_as_public(ctx.actor):  # draft minutes are public only once approved (rule 11)
        filters.append(e.source != "minute")
    ids = _ranked(ctx, ft, filters, (page - 1) * per_page, per_page + 1)
    # ... then the snippets of those entries only (making one reads the entry's whole text)
    shown: dict[int, Any] = {}
    if ids:
        shown = {row[0]: row[1:] for row in ctx.session.execute(
            sa.select(e.id, e.kind, e.key, e.title, ft.snippet.label("snippet"), e.date, e.marking, e.revision,
                      sa.and_(e.held_until_approved, e.approved_on.is_(None)).label("held"))
            .select_from(ft.source).where(ft.match, ft.key.in_(ids[:per_page])))}
    rows = [shown[i] for i in ids[:per_page] if i in shown]
    hits = tuple(Hit(kind, KINDS.get(kind, kind), key, title, _beyond(title, fragments(snippet or "")), date,
                     getattr(marking, "value", marking), revision, bool(held))
                 for kind, key, title, snippet, date, marking, revision, held in rows)
    return Results(words, wanted, page, per_page, hits, len(ids) > per_page)


#: how many of the best matches the full-text index alone gives before they are filtered (SQLite)
CANDIDATES = 200


def _ranked(ctx: Context, ft: Any, filters: list[Any], offset: int, limit: int) -> list[int]:
    """The ids of the visible matches from `offset`, best first (ties: the newest entry first).

    Ranking every match costs most (8,000 entries match two common words in a national register):
    on SQLite the index's own best CANDIDATES are filtered first, which gives the same answer
    whenever enough of them are visible (or they are all the matches); otherwise the whole query."""
    from concord.store import models as m

    e = m.SearchEntry
    need = offset + limit
    if ft.candidates is not None:
        size = max(CANDIDATES, need * 4)
        found = list(ctx.session.scalars(ft.candidates.limit(size)))
        shown = set(ctx.session.scalars(sa.select(e.id).where(e.id.in_(found), *filters))) if found else set()
        ordered = [i for i in found if i in shown]
        if len(ordered) >= need or len(found) < size:
            return ordered[offset:need]
    q = (sa.select(e.id).select_from(ft.source).where(ft.match, *filters)
         .order_by(ft.rank, e.id.desc()).offset(offset).limit(limit))
    return list(ctx.session.scalars(q))


def rebuild(ctx: Context) -> int:
    """Make the whole search index again from the register (after a bulk load); the entries made."""
    from concord.store.search_index import rebuild as rebuild_index

    ctx.require(Permission.DATA_IMPORT)
    return rebuild_index(ctx.session.connection())


def fragments(snippet: str) -> tuple[Fragment, ...]:
    """A snippet marked by the database as plain pieces (the page escapes each one)."""
    from concord.store.search_index import MARK_END, MARK_START

    out: list[Fragment] = []
    for i, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        text = re.sub(r"\s+", " ", part)
        if text:
            out.append(Fragment(text, bool(i % 2)))
    return tuple(out)


def _beyond(title: str, snippet: tuple[Fragment, ...]) -> tuple[Fragment, ...]:
    """No snippet where it would only repeat the title."""
    text = "".join(f.text for f in snippet).strip(" …")
    return () if not text or text == title.strip() else snippet


def plain(hit: Hit) -> str:
    """The snippet as text, the words found between « »."""
    return "".join(f"«{f.text}»" if f.matched else f.text for f in hit.snippet)
