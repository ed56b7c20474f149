"""organisations users roles and record owners

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 05:19:52.246309
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('user_account',
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('email', name=op.f('uq_user_account_email'))
    )
    op.create_table('organisation',
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('force_id', sa.String(length=40), nullable=True),
    sa.Column('alliance_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alliance_id'], ['alliance.id'], name=op.f('fk_organisation_alliance_id_alliance')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_organisation_force_id_force')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('slug', name=op.f('uq_organisation_slug'))
    )
    op.create_table('membership',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('viewer', 'editor', 'approver', 'administrator', name='ck_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_membership_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_membership_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('user_id', 'organisation_id', name=op.f('uq_membership_user_id_organisation_id'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agreement_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('business_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_business_case_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_decision_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_decision_notice_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('financial_table', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_financial_table_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_meeting_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('minute', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_minute_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_paper_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_project_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_risk_owner_id_organisation'), 'organisation', ['owner_id'], ['id'])

    


def downgrade() -> None:
    
    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_risk_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_project_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_paper_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('minute', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_minute_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_meeting_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('financial_table', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_financial_table_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('decision_notice', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_decision_notice_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_decision_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('business_case', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_business_case_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agreement_owner_id_organisation'), type_='foreignkey')
        batch_op.drop_column('owner_id')

    op.drop_table('membership')
    op.drop_table('organisation')
    op.drop_table('user_account')
    
