"""Agreements: the agreement a later one succeeds, commitment for the duration,
signature per party, each party's follow-through of an in-principle decision
(rule 5), and one withdrawal notice per office.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 05:28:23.798672
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('party_follow_through',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version_number', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('executive_decision', 'consent', 'written_agreement', name='ck_followthrough', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('decision_notice_id', sa.Integer(), nullable=True),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_party_follow_through_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_party_follow_through_decision_id_decision')),
    sa.ForeignKeyConstraint(['decision_notice_id'], ['decision_notice.id'], name=op.f('fk_party_follow_through_decision_notice_id_decision_notice')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_party_follow_through_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_follow_through')),
    sa.UniqueConstraint('agreement_id', 'version_number', 'office_id', name=op.f('uq_party_follow_through_agreement_id_version_number_office_id'))
    )
    with op.batch_alter_table('party_follow_through', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_follow_through_agreement_id'), ['agreement_id'], unique=False)

    with op.batch_alter_table('agreement', schema=None) as batch_op:
        # existing agreements: not committed for the duration unless someone says so
        batch_op.add_column(sa.Column('committed_for_duration', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('succeeds_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agreement_succeeds_id_agreement'), 'agreement', ['succeeds_id'], ['id'])

    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_on', sa.Date(), nullable=True))

    with op.batch_alter_table('withdrawal_notice', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_withdrawal_notice_agreement_id_office_id'), ['agreement_id', 'office_id'])



def downgrade() -> None:
    with op.batch_alter_table('withdrawal_notice', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_withdrawal_notice_agreement_id_office_id'), type_='unique')

    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.drop_column('signed_on')

    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agreement_succeeds_id_agreement'), type_='foreignkey')
        batch_op.drop_column('succeeds_id')
        batch_op.drop_column('committed_for_duration')

    with op.batch_alter_table('party_follow_through', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_follow_through_agreement_id'))

    op.drop_table('party_follow_through')
