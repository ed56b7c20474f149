"""imported history names the import that brought it

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02 05:35:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('imported_in', sa.Integer(), nullable=True))
    with op.batch_alter_table('marking_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('imported_in', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('marking_change', schema=None) as batch_op:
        batch_op.drop_column('imported_in')
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.drop_column('imported_in')
