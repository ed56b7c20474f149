"""forum: the notice rule only where its terms set one; the rule for carrying a motion

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02 05:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('forum', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vote_basis', sa.Enum('cast', 'all', 'present', name='ck_basis',
                                                            native_enum=False, length=10, create_constraint=True),
                                      server_default='all', nullable=False))
        # existing forums keep the notice period they had; None now means "no such rule"
        batch_op.alter_column('notice_clear_days', existing_type=sa.INTEGER(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE forum SET notice_clear_days = 2 WHERE notice_clear_days IS NULL")
    with op.batch_alter_table('forum', schema=None) as batch_op:
        batch_op.alter_column('notice_clear_days', existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column('vote_basis')
