"""agenda items: presenter and late (rule 4); actions: the rule of a relative due

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-02 08:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('presenter', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('late', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_rule', sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_column('due_rule')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('late')
        batch_op.drop_column('presenter')
