"""Who may read a marked record, decided in one place: the public line, and the rights above it.

The public register (`concord.services.published`, `concord.services.published_meetings`: the web's
public pages, feeds, the API, publication), search (`concord.services.search`) and the registers a
signed-in user reads (agreements, notices, projects, finance, history, stored papers) all ask here, and
none has a filter of its own. A record is public when it is OFFICIAL (never above) and is not held
until approved (or has been approved since) (rule 18; the pure rule is
`concord.domain.markings.is_publishable`): `public_clause` narrows a query to the rows that may be
public, and every row is passed through `is_public` after the query has narrowed it down.

The stored text of papers carries its marking too. A revision's text is shown to the public only when
it is public; a signed-in user also sees the texts their organisations hold rights over
(`visible_revisions`): a revision stored for an organisation needs a role in that organisation with
`register:record:read`; one stored by the system (no owner) needs a role anywhere, as every record that
belongs to no one does (`concord.domain.access.allowed`). Every marked record is read on the same terms
(`visible` in a query, `may_read_row` for one row, `may_read_marked` for one owner). Someone at the
machine who named no user, or who holds no role, reads as the public.

Beyond the marking, a paper is public only with what it hangs on (`paper_clause`): only of a public
meeting (or of none), and only while the stored text it came from is public too. What else hangs on
what (agenda items, minutes, notices, agreements, people, forums) is read in `concord.services.published`
and `concord.services.published_meetings`, on this filter.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from concord.domain.access import Permission, allowed
from concord.domain.markings import Marking, is_publishable
from concord.services.context import Actor, Context
from concord.store import models as m


# --- the filter, once ------------------------------------------------------------------

def public_clause(model: Any) -> sa.ColumnElement[bool]:
    """SQL narrowing a marked model to rows that may be public (checked again row by row)."""
    return sa.and_(model.marking == Marking.OFFICIAL,
                   sa.or_(model.held_until_approved.is_(False), model.approved_on.is_not(None)))


def is_public(row: Any) -> bool:
    """The rule itself, on one row that carries a marking."""
    return is_publishable(row.marking, row.approved_on is not None, bool(row.held_until_approved))


def public_rows(rows: Any) -> list[Any]:
    return [r for r in rows if is_public(r)]


def reads_as_public(actor: Actor) -> bool:
    """Someone who named no user, or holds no role, sees what the public sees."""
    return not actor.system and (actor.local_reader or not actor.roles)


def may_read_marked(actor: Actor, owner: str | None) -> bool:
    """May `actor` read a record above the public line that belongs to `owner` (an organisation slug)?"""
    if actor.system:
        return True
    if reads_as_public(actor):
        return False
    return allowed(actor.roles, Permission.REGISTER_READ, owner)


def visible_revisions(ctx: Context) -> sa.ColumnElement[bool]:
    """SQL: the stored paper texts the actor may read (public ones, and those they hold rights over)."""
    return visible(ctx, m.DocumentRevision)


def visible(ctx: Context, model: Any) -> sa.ColumnElement[bool]:
    """SQL: the rows of a marked model the actor may read (public ones, and those they hold rights over)."""
    actor = ctx.actor
    if actor.system:
        return sa.true()
    clauses: list[sa.ColumnElement[bool]] = [public_clause(model)]
    if not reads_as_public(actor):
        mine = [slug for slug in actor.roles if may_read_marked(actor, slug)]
        if mine:
            clauses.append(model.owner_id.in_(
                sa.select(m.Organisation.id).where(m.Organisation.slug.in_(mine))))
        if may_read_marked(actor, None):
            clauses.append(model.owner_id.is_(None))
    return sa.or_(*clauses)


def may_read_row(ctx: Context, row: Any) -> bool:
    """May the actor read this row (one that carries a marking and an owner)?"""
    if is_public(row):
        return True
    owner = None
    if row.owner_id is not None:
        owner = ctx.session.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == row.owner_id))
    return may_read_marked(ctx.actor, owner)


# --- what a paper hangs on -------------------------------------------------------------

def public_row(model: Any, key: Any) -> sa.ColumnElement[bool]:
    """SQL: the row of `model` whose id is `key` is public (EXISTS on its primary key: one lookup
    per row asked about, where `key IN (every public id)` would read the whole table first)."""
    row = aliased(model)
    return sa.exists().where(row.id == key, public_clause(row))


def paper_clause() -> sa.ColumnElement[bool]:
    """Papers of public meetings (or of none), whose stored text, where they came from one, is public too."""
    return sa.and_(public_clause(m.Paper),
                   sa.or_(m.Paper.meeting_id.is_(None), public_row(m.Meeting, m.Paper.meeting_id)),
                   sa.or_(m.Paper.source_revision_id.is_(None),
                          public_row(m.DocumentRevision, m.Paper.source_revision_id)))
