"""indexes the public lists look rows up by: a person's attendance, the papers that came from a stored file

Revision ID: 0025
Revises: 0020
Create Date: 2026-12-02 16:00:00
"""
from alembic import op


revision = '0025'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)
    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paper_source_revision_id'), ['source_revision_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paper_source_revision_id'))
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))
