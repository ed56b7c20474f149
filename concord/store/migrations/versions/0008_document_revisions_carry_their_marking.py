"""document revisions carry their marking and owner

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-02 05:26:48.932180
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Texts stored before this revision had no marking recorded: they are
    # kept as OFFICIAL-SENSITIVE (never published or shown to the public)
    # until a person looks at them and lowers it; never an automatic downgrade.
    marking = sa.Enum('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET', name='ck_marking',
                      native_enum=False, create_constraint=True, length=32)
    with op.batch_alter_table('document_revision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('marking', marking, nullable=True))
        batch_op.add_column(sa.Column('legacy_marking', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('held_until_approved', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('approved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_document_revision_owner_id_organisation'), 'organisation',
                                    ['owner_id'], ['id'])
    revisions = sa.table('document_revision', sa.column('marking', sa.String),
                         sa.column('held_until_approved', sa.Boolean))
    op.execute(revisions.update().values(marking='OFFICIAL-SENSITIVE', held_until_approved=False))
    # On SQLite the table is rebuilt here; the paper's bytes go last, where SQLite can write a
    # large blob a piece at a time without holding it whole in memory (see services/ingestion.py).
    order = ('id', 'document_id', 'number', 'sha256', 'media_type', 'size', 'text', 'ingested_at', 'marking',
             'legacy_marking', 'held_until_approved', 'approved_on', 'owner_id', 'content')
    with op.batch_alter_table('document_revision', schema=None, partial_reordering=[order]) as batch_op:
        batch_op.alter_column('marking', existing_type=marking, nullable=False)
        batch_op.alter_column('held_until_approved', existing_type=sa.Boolean(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('document_revision', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_document_revision_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')
        batch_op.drop_column('approved_on')
        batch_op.drop_column('held_until_approved')
        batch_op.drop_column('legacy_marking')
        batch_op.drop_column('marking')
