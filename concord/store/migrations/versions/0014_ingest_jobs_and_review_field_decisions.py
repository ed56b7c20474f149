"""ingest jobs (uploads read in the background) and review decisions field by field

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 08:36:07.966564
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    status = sa.Enum('queued', 'running', 'done', 'failed', name='ck_jobstatus', native_enum=False,
                     create_constraint=True, length=32)
    op.create_table(
        'ingest_job',
        sa.Column('batch', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('status', status, nullable=False),
        sa.Column('progress', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=200), nullable=True),
        sa.Column('errors', sa.JSON(), nullable=True),
        sa.Column('outcome', sa.String(length=40), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('claim', sa.String(length=32), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('revision_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        # the upload's bytes last, as on document_revision (SQLite writes a large blob best at the end)
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.ForeignKeyConstraint(['owner_id'], ['organisation.id'], name=op.f('fk_ingest_job_owner_id_organisation')),
        sa.ForeignKeyConstraint(['revision_id'], ['document_revision.id'],
                                name=op.f('fk_ingest_job_revision_id_document_revision')),
        sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_ingest_job_user_id_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_job')),
    )
    op.create_index('ix_ingest_job_batch', 'ingest_job', ['batch'], unique=False)
    op.create_index('ix_ingest_job_status', 'ingest_job', ['status'], unique=False)
    with op.batch_alter_table('review_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_decisions', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('review_item', schema=None) as batch_op:
        batch_op.drop_column('field_decisions')
    op.drop_index('ix_ingest_job_status', table_name='ingest_job')
    op.drop_index('ix_ingest_job_batch', table_name='ingest_job')
    op.drop_table('ingest_job')
