"""published summaries of agreements marked above OFFICIAL

Revision ID: 0021
Revises: 0016
Create Date: 2026-12-02 12:35:16.065074
"""
from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rule 15: what is published in place of an agreement marked above OFFICIAL; its own
    # marking, held until an approver approves it.
    op.create_table('agreement_summary',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('term', sa.Text(), nullable=True),
    sa.Column('termination', sa.Text(), nullable=True),
    sa.Column('direction_and_control', sa.Text(), nullable=True),
    sa.Column('governance', sa.Text(), nullable=True),
    sa.Column('held_until_approved', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('marking', sa.Enum('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET', name='ck_marking', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('legacy_marking', sa.String(length=80), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_summary_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['owner_id'], ['organisation.id'], name=op.f('fk_agreement_summary_owner_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_summary')),
    sa.UniqueConstraint('agreement_id', name=op.f('uq_agreement_summary_agreement_id'))
    )


def downgrade() -> None:
    op.drop_table('agreement_summary')
