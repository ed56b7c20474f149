"""the search index: entries, SQLite FTS5 / PostgreSQL full text, filled from the register

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

#: the PostgreSQL document: titles weigh more than bodies
VECTOR = ("setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
          "setweight(to_tsvector('english', coalesce(body, '')), 'B')")


def upgrade() -> None:
    marking = sa.Enum('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET', name='ck_marking',
                      native_enum=False, create_constraint=True, length=32)
    op.create_table(
        'search_entry',
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('key', sa.String(length=300), nullable=False),
        sa.Column('source', sa.String(length=40), nullable=False),
        sa.Column('source_id', sa.String(length=60), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('date', sa.Date(), nullable=True),
        sa.Column('revision', sa.Integer(), nullable=True),
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('marking', marking, nullable=False),
        sa.Column('legacy_marking', sa.String(length=80), nullable=True),
        sa.Column('held_until_approved', sa.Boolean(), nullable=False),
        sa.Column('approved_on', sa.Date(), nullable=True),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        # last: SQLite reads a row's columns in order, so the filter never walks through a long text
        sa.Column('body', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['owner_id'], ['organisation.id'],
                                name=op.f('fk_search_entry_owner_id_organisation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entry')),
        sa.UniqueConstraint('source', 'source_id', name=op.f('uq_search_entry_source_source_id')),
    )
    op.create_index('ix_search_entry_kind', 'search_entry', ['kind'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_entry', "
                   "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
                   "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END")
        op.execute("CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
                   "INSERT INTO search_fts(search_fts, rowid, title, body) "
                   "VALUES ('delete', old.id, old.title, old.body); END")
        op.execute("CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
                   "INSERT INTO search_fts(search_fts, rowid, title, body) "
                   "VALUES ('delete', old.id, old.title, old.body); "
                   "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END")
    else:
        op.execute(f"ALTER TABLE search_entry ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS ({VECTOR}) STORED")
        op.execute("CREATE INDEX ix_search_entry_vector ON search_entry USING gin (search_vector)")
    # the register already held: indexed by the same SELECTs that keep the index on every write
    from concord.store.search_index import rebuild
    rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for trigger in ('search_entry_ai', 'search_entry_ad', 'search_entry_au'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_index('ix_search_entry_kind', table_name='search_entry')
    op.drop_table('search_entry')
