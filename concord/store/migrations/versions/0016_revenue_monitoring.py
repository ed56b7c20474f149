"""revenue monitoring: a month's statement, and its lines' headings, functions and agreements

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 12:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('financial_table', schema=None) as batch_op:
        batch_op.add_column(sa.Column('monitoring', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index('ix_financial_table_month', 'financial_table', ['financial_year', 'period'], unique=False)
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heading', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('function_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('agreement_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_budget_line_function_id_function'), 'function',
                                    ['function_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_budget_line_agreement_id_agreement'), 'agreement',
                                    ['agreement_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_budget_line_agreement_id_agreement'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_budget_line_function_id_function'), type_='foreignkey')
        batch_op.drop_column('agreement_id')
        batch_op.drop_column('function_id')
        batch_op.drop_column('heading')
    op.drop_index('ix_financial_table_month', table_name='financial_table')
    with op.batch_alter_table('financial_table', schema=None) as batch_op:
        batch_op.drop_column('monitoring')
