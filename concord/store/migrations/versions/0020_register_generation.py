"""the register's generation: one row, a token every write transaction replaces; indexes the agreement
and meeting pages look decisions and decision notices up by

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-02 12:30:00
"""
import secrets

from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        'register_generation',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('token', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_register_generation')),
    )
    op.bulk_insert(table, [{'id': 1, 'token': secrets.token_hex(16)}])
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)
    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_notice_decision_id'), ['decision_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_notice_decision_id'))
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_decision_agreement_id'))
    op.drop_table('register_generation')
