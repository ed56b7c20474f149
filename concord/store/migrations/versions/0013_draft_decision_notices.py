"""draft decision notices: no reference, year or number until numbered

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 08:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A draft notice is written before it is numbered: its reference, year and number come
    # when it is numbered (the next in its body's sequence for the year). The unique
    # constraints stay: two notices never share a number, and NULLs (drafts) never clash.
    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.alter_column('reference', existing_type=sa.String(length=40), nullable=True)
        batch_op.alter_column('year', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('number', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # drafts (never numbered) cannot be kept without a number
    notices = sa.table('decision_notice', sa.column('number', sa.Integer))
    op.execute(notices.delete().where(notices.c.number.is_(None)))
    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.alter_column('number', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('year', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('reference', existing_type=sa.String(length=40), nullable=False)
