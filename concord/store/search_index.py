"""The search index, kept up to date on every write, and its full-text query.

Each searchable kind of row is a `Source`: one SELECT that turns rows of
its table into index entries (the record a result links to, a title, a
body of text, a date, and the marking and owner that decide who may see
it). The same SELECT fills the whole index (`rebuild`, after a bulk load
and in the migration) and refreshes the entries of the rows a flush
changed (`reindex`, from the session hooks below), so the two cannot
drift apart. The copying happens inside the database (INSERT ... SELECT):
a paper's text never passes through Python to be indexed.

An entry also follows the rows it borrows from (`parents`): an action
takes its meeting's marking, a meeting its forum's name; when the parent
changes, its dependants' entries are made again.

The full-text structures are the database's own (see the migration
0015): SQLite FTS5 with the Porter stemmer, PostgreSQL's English text
search; `full_text` gives the match, rank and snippet for either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from concord.domain.markings import Marking
from concord.store.base import table_of
from concord.store.models.search import SearchEntry
from concord.store.session import ConcordSession

#: the longest text of one entry that is indexed (PostgreSQL's tsvector is bounded at 1 MB)
BODY_CHARS = 400_000
#: snippet highlight delimiters: control characters no stored text holds (the page escapes around them)
MARK_START, MARK_END = "\x02", "\x03"
_CHUNK = 500
_PENDING = "concord_search_pending"


@dataclass(frozen=True)
class Source:
    table: str
    pk: Any
    select: Callable[[], sa.Select]
    #: (column of the select, parent table): a change to that parent row remakes these entries
    parents: tuple[tuple[Any, str], ...] = ()


def _text(*parts: Any) -> Any:
    out: Any = sa.func.coalesce(parts[0], "")
    for part in parts[1:]:
        out = out + " " + sa.func.coalesce(part, "")
    return out


def _str(column: Any) -> Any:
    return sa.cast(column, sa.String)


def _marks(model: Any) -> list[Any]:
    return [model.marking, model.legacy_marking, model.held_until_approved, model.approved_on, model.owner_id]


def _unmarked() -> list[Any]:
    return [sa.literal(Marking.OFFICIAL.value), sa.null(), sa.false(), sa.null(), sa.null()]


def _row(kind: Any, key: Any, table: str, source_id: Any, title: Any, body: Any, date: Any,
         marks: list[Any], revision: Any = None) -> list[Any]:
    values = [kind if not isinstance(kind, str) else sa.literal(kind), key, sa.literal(table), _str(source_id),
              sa.func.substr(title, 1, 300), sa.func.substr(body, 1, BODY_CHARS), date, *marks,
              sa.null() if revision is None else revision]
    return [v.label(n) for v, n in zip(values, COLUMNS)]


COLUMNS = ("kind", "key", "source", "source_id", "title", "body", "date", "marking", "legacy_marking",
           "held_until_approved", "approved_on", "owner_id", "revision")


def sources() -> tuple[Source, ...]:
    from concord.store import models as m

    def meeting_title(meeting: Any, forum: Any) -> Any:
        return forum.name + " " + _str(meeting.date)

    agreement = Source("agreement", m.Agreement.id, lambda: sa.select(*_row(
        "agreement", m.Agreement.slug, "agreement", m.Agreement.id, m.Agreement.title,
        _text(m.Agreement.objective, m.Agreement.renewal_terms, m.Agreement.notice_to, m.Agreement.slug),
        m.Agreement.start_date, _marks(m.Agreement))))
    notice = Source("decision_notice", m.DecisionNotice.id, lambda: sa.select(*_row(
        # a draft has no reference yet: it is known by its number in the register until it is numbered
        "decision_notice", sa.func.coalesce(m.DecisionNotice.reference, _str(m.DecisionNotice.id)), "decision_notice",
        m.DecisionNotice.id, sa.func.coalesce(m.DecisionNotice.reference, "Draft") + ": " + m.DecisionNotice.subject,
        _text(m.DecisionNotice.decision_text, m.DecisionNotice.decision_maker, m.DecisionNotice.contact_officer),
        m.DecisionNotice.signed_on, _marks(m.DecisionNotice))))
    decision = Source("decision", m.Decision.id, lambda: sa.select(*_row(
        "decision", _str(m.Decision.id), "decision", m.Decision.id, m.Decision.subject, m.Decision.text,
        m.Decision.made_on, _marks(m.Decision))))
    meeting = Source("meeting", m.Meeting.id, lambda: sa.select(*_row(
        "meeting", _str(m.Meeting.id), "meeting", m.Meeting.id, meeting_title(m.Meeting, m.Forum),
        _text(m.Meeting.venue), m.Meeting.date, _marks(m.Meeting)))
        .join(m.Forum, m.Forum.id == m.Meeting.forum_id), ((m.Meeting.forum_id, "forum"),))
    item = Source("agenda_item", m.AgendaItem.id, lambda: sa.select(*_row(
        "meeting", _str(m.Meeting.id), "agenda_item", m.AgendaItem.id,
        meeting_title(m.Meeting, m.Forum) + ": " + m.AgendaItem.number + " " + m.AgendaItem.title,
        _text(m.AgendaItem.title), m.Meeting.date, _marks(m.Meeting)))
        .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id).join(m.Forum, m.Forum.id == m.Meeting.forum_id),
        ((m.AgendaItem.meeting_id, "meeting"), (m.Meeting.forum_id, "forum")))
    minute = Source("minute", m.Minute.id, lambda: sa.select(*_row(
        "meeting", _str(m.Meeting.id), "minute", m.Minute.id, "Minutes: " + meeting_title(m.Meeting, m.Forum),
        m.Minute.text, m.Meeting.date, _marks(m.Minute)))
        .join(m.Meeting, m.Meeting.id == m.Minute.meeting_id).join(m.Forum, m.Forum.id == m.Meeting.forum_id),
        ((m.Minute.meeting_id, "meeting"), (m.Meeting.forum_id, "forum")))
    paper = Source("paper", m.Paper.id, lambda: sa.select(*_row(
        "paper", _str(m.Paper.id), "paper", m.Paper.id, m.Paper.title,
        _text(m.Paper.to, m.Paper.author, m.Paper.purpose, _str(m.Paper.recommendations), m.Paper.background,
              m.Paper.contact_officer), m.Paper.date, _marks(m.Paper))))
    action = Source("action", m.Action.id, lambda: sa.select(*_row(
        "action", _str(m.Action.id), "action", m.Action.id,
        sa.func.coalesce(m.Action.item, sa.func.substr(m.Action.text, 1, 120)),
        _text(m.Action.text, m.Action.owner, m.Action.update), m.Action.due, _marks(m.Meeting)))
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id), ((m.Action.meeting_id, "meeting"),))
    project = Source("project", m.Project.id, lambda: sa.select(*_row(
        "project", m.Project.slug, "project", m.Project.id, m.Project.name,
        _text(m.Project.summary, m.Project.status, m.Project.senior_responsible_owner, m.Project.slug),
        m.Project.post_implementation_review_on, _marks(m.Project))))
    forum = Source("forum", m.Forum.id, lambda: sa.select(*_row(
        "forum", m.Forum.slug, "forum", m.Forum.id, m.Forum.name, _text(m.Forum.slug), sa.null(), _unmarked())))
    force = Source("force", m.Force.id, lambda: sa.select(*_row(
        "force", m.Force.id, "force", m.Force.id, m.Force.name, _text(m.Force.short_name, m.Force.id), sa.null(),
        _unmarked())))
    body = Source("policing_body", m.PolicingBody.id, lambda: sa.select(*_row(
        "policing_body", m.PolicingBody.slug, "policing_body", m.PolicingBody.id, m.PolicingBody.name,
        _text(m.PolicingBody.slug, m.PolicingBody.notice_prefix), sa.null(), _unmarked())))
    alliance = Source("alliance", m.Alliance.id, lambda: sa.select(*_row(
        "alliance", m.Alliance.slug, "alliance", m.Alliance.id, m.Alliance.name, _text(m.Alliance.slug), sa.null(),
        _unmarked())))
    document = Source("document_revision", m.DocumentRevision.id, lambda: sa.select(*_row(
        "document", m.SourceDocument.name, "document_revision", m.DocumentRevision.id,
        sa.func.coalesce(m.SourceDocument.title, m.SourceDocument.name),
        _text(m.SourceDocument.name, m.DocumentRevision.text), m.SourceDocument.date,
        _marks(m.DocumentRevision), m.DocumentRevision.number))
        .join(m.SourceDocument, m.SourceDocument.id == m.DocumentRevision.document_id),
        ((m.DocumentRevision.document_id, "source_document"),))
    return (agreement, notice, decision, meeting, item, minute, paper, action, project, forum, force, body,
            alliance, document)


def watched() -> frozenset[str]:
    """Tables whose writes change the index."""
    out = set()
    for src in sources():
        out.add(src.table)
        out.update(parent for _, parent in src.parents)
    return frozenset(out)


# --- filling the index -----------------------------------------------------------------

def clear(conn: sa.Connection) -> None:
    conn.execute(table_of(SearchEntry).delete())


def rebuild(conn: sa.Connection) -> int:
    """Make the whole index again from the register (after a bulk load); the entries made."""
    entries = table_of(SearchEntry)
    clear(conn)
    for src in sources():
        conn.execute(entries.insert().from_select(list(COLUMNS), src.select()))
    # the planner's statistics of the table, which it has just remade whole: statistics taken before (a
    # bulk load's ANALYZE runs first) said a few rows, and SQLite then read all 450,000 entries to
    # check the 200 candidates of a search instead of looking each one up (33 ms a search)
    conn.execute(sa.text(f"ANALYZE {entries.name}"))
    return conn.execute(sa.select(sa.func.count()).select_from(entries)).scalar_one()


def reindex(conn: sa.Connection, changed: dict[str, set[Any]], deleted: dict[str, set[Any]]) -> None:
    """Remake the entries of changed rows (and of rows that borrow from them); drop those of deleted rows."""
    entries = table_of(SearchEntry)
    for src in sources():
        gone = {str(i) for i in deleted.get(src.table, ())}
        for chunk in _chunks(sorted(gone)):
            conn.execute(entries.delete().where(entries.c.source == src.table, entries.c.source_id.in_(chunk)))
        conds = [src.pk.in_(chunk) for chunk in _chunks(sorted(changed.get(src.table, ())))]
        for column, parent in src.parents:
            conds += [column.in_(chunk) for chunk in _chunks(sorted(changed.get(parent, ())))]
        if not conds:
            continue
        base = src.select()
        ids = [r[0] for r in conn.execute(base.with_only_columns(src.pk).where(sa.or_(*conds)))]
        for chunk in _chunks(ids):
            conn.execute(entries.delete().where(entries.c.source == src.table,
                                                entries.c.source_id.in_([str(i) for i in chunk])))
            conn.execute(entries.insert().from_select(list(COLUMNS), base.where(src.pk.in_(chunk))))


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


# --- kept on write ---------------------------------------------------------------------

def _key(obj: object) -> Any:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ident[0]


@event.listens_for(ConcordSession, "before_flush")
def _collect(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    tables = _watched()
    pending = session.info.setdefault(_PENDING, ([], defaultdict(set)))
    for obj in list(session.new) + list(session.dirty):
        if getattr(obj, "__tablename__", None) in tables:
            pending[0].append(obj)
    for obj in session.deleted:
        table = getattr(obj, "__tablename__", None)
        if table in tables:
            pending[1][table].add(_key(obj))


@event.listens_for(ConcordSession, "after_flush")
def _write(session: Session, _ctx) -> None:  # noqa: ANN001
    pending = session.info.pop(_PENDING, None)
    if not pending or not (pending[0] or pending[1]):
        return
    changed: dict[str, set[Any]] = defaultdict(set)
    for obj in pending[0]:
        state = inspect(obj)
        if state.deleted or state.detached or state.transient:
            continue
        changed[obj.__tablename__].add(_key(obj))
    reindex(session.connection(), changed, pending[1])


_WATCHED: frozenset[str] | None = None


def _watched() -> frozenset[str]:
    global _WATCHED
    if _WATCHED is None:
        _WATCHED = watched()
    return _WATCHED


# --- the full-text query ---------------------------------------------------------------

@dataclass(frozen=True)
class FullText:
    """What a search needs from the database: join, match, rank (lower is better) and snippet."""

    source: Any
    match: sa.ColumnElement[bool]
    rank: Any
    snippet: Any
    #: the entry's id as the full-text side holds it: narrowing by this one lets SQLite's FTS5 read only
    #: the rows asked for (narrowing by search_entry.id made it walk every match, 8,000 on a common word)
    key: Any = None
    #: SQLite: the entries' ids best first, from the full-text index alone (no row read); None elsewhere
    candidates: sa.Select | None = None


def full_text(dialect: str, terms: Iterable[str]) -> FullText:
    entries = table_of(SearchEntry)
    words = list(terms)
    if dialect == "sqlite":
        fts = sa.table("search_fts", sa.column("rowid"))
        query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        table: Any = sa.literal_column("search_fts")
        rank = sa.func.bm25(table, 10.0, 1.0)
        candidates = (sa.select(fts.c.rowid).select_from(fts).where(table.op("MATCH")(query))
                      .order_by(rank, fts.c.rowid.desc()))
        return FullText(entries.join(fts, fts.c.rowid == entries.c.id), table.op("MATCH")(query), rank,
                        sa.func.snippet(table, -1, MARK_START, MARK_END, "…", 24), fts.c.rowid, candidates)
    vector: Any = sa.literal_column("search_entry.search_vector")
    tsquery = sa.func.plainto_tsquery(sa.literal_column("'english'"), " ".join(words))
    shown = _text(entries.c.title, sa.func.left(entries.c.body, 20_000))
    options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, " \
              "FragmentDelimiter=\" … \""
    return FullText(entries, vector.op("@@")(tsquery), -sa.func.ts_rank_cd(vector, tsquery),
                    sa.func.ts_headline(sa.literal_column("'english'"), shown, tsquery, options), entries.c.id)
