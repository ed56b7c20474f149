"""The search index: one row per searchable record or stored paper text.

Derived data, kept up to date on every write by `concord.store.search_index`
(the session hooks) and rebuilt whole after a bulk load. Each entry carries
the marking, held-until-approved flag and owner of the row it was made from
(or of the record it belongs to: an action's meeting), so that search can
filter by marking in SQL before it ranks.

The full-text structures are the database's own and live only in the
migration: on SQLite an FTS5 table `search_fts` over (title, body) kept by
triggers; on PostgreSQL a generated `tsvector` column `search_vector` with
a GIN index (see `concord.store.schema.include_object`).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from concord.store.base import Base, IdPk, Marked


class SearchEntry(IdPk, Marked, Base):
    __tablename__ = "search_entry"
    __audit__ = False
    __table_args__ = (
        sa.UniqueConstraint("source", "source_id"),
        sa.Index("ix_search_entry_kind", "kind"),
    )
    #: the record a result links to (a page's record kind and key)
    kind: Mapped[str] = mapped_column(sa.String(30), nullable=False)
    key: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    #: the row the entry was made from (its table and primary key)
    source: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    source_id: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    body: Mapped[str | None] = mapped_column(sa.Text)
    date: Mapped[dt.date | None] = mapped_column(sa.Date)
    #: a stored paper's revision number
    revision: Mapped[int | None] = mapped_column(sa.Integer)
