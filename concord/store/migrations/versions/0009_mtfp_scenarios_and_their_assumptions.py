"""mtfp scenarios and their assumptions

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mtfp_scenario',
    sa.Column('policing_body_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('base_year', sa.Integer(), nullable=False),
    sa.Column('officer_pay', concord.store.types.Money(), nullable=False),
    sa.Column('staff_pay', concord.store.types.Money(), nullable=False),
    sa.Column('energy', concord.store.types.Money(), nullable=False),
    sa.Column('other_costs', concord.store.types.Money(), nullable=False),
    sa.Column('grant', concord.store.types.Money(), nullable=False),
    sa.Column('tax_base', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('band_d', concord.store.types.Money(), nullable=False),
    sa.Column('other_financing', concord.store.types.Money(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('marking', sa.Enum('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET', name='ck_marking', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('legacy_marking', sa.String(length=80), nullable=True),
    sa.Column('held_until_approved', sa.Boolean(), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisation.id'], name=op.f('fk_mtfp_scenario_owner_id_organisation')),
    sa.ForeignKeyConstraint(['policing_body_id'], ['policing_body.id'], name=op.f('fk_mtfp_scenario_policing_body_id_policing_body')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mtfp_scenario')),
    sa.UniqueConstraint('policing_body_id', 'name', name=op.f('uq_mtfp_scenario_policing_body_id_name'))
    )
    op.create_table('mtfp_assumption',
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('financial_year', sa.Integer(), nullable=False),
    sa.Column('officer_pay_award', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('staff_pay_award', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('increments', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('general_inflation', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('energy_inflation', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('grant_change', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('tax_base_growth', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('band_d_increase', concord.store.types.Percent(length=32), nullable=False),
    sa.Column('savings', concord.store.types.Money(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_id'], ['mtfp_scenario.id'], name=op.f('fk_mtfp_assumption_scenario_id_mtfp_scenario')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mtfp_assumption')),
    sa.UniqueConstraint('scenario_id', 'financial_year', name=op.f('uq_mtfp_assumption_scenario_id_financial_year'))
    )


def downgrade() -> None:
    op.drop_table('mtfp_assumption')
    op.drop_table('mtfp_scenario')
