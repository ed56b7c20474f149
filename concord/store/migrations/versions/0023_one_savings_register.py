"""one savings register: a project's savings move from `saving` into `savings_line`

A project's savings (`concord project saving`) and the savings register
(`concord savings add`) held the same fact in two tables, and the demo
held the seeds' savings in both. Each `saving` row becomes a line of the
savings register, of its project, the project's alliance and function,
described by the project's name; where the register already has a line
of the same project, force and period, that line is kept and only its
empty figures are filled from the `saving` row. A line of a project that
belongs to no alliance has no alliance.

Revision ID: 0023
Revises: 0020
Create Date: 2026-12-02 15:50:00
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0023'
down_revision = '0025'
branch_labels = None
depends_on = None

_saving = sa.table('saving', sa.column('id'), sa.column('project_id'), sa.column('force_id'),
                   sa.column('period'), sa.column('predicted'), sa.column('delivered'), sa.column('version'))
_line = sa.table('savings_line', sa.column('id'), sa.column('alliance_id'), sa.column('project_id'),
                 sa.column('function_id'), sa.column('force_id'), sa.column('period'), sa.column('description'),
                 sa.column('cashable', sa.Boolean()), sa.column('predicted'), sa.column('delivered'),
                 sa.column('version'))
_project = sa.table('project', sa.column('id'), sa.column('alliance_id'), sa.column('function_id'),
                    sa.column('name'))


def _same(saving: sa.TableClause, line: sa.TableClause) -> sa.ColumnElement[bool]:
    """The same project, force (or none) and period."""
    return sa.and_(saving.c.project_id == line.c.project_id, saving.c.period == line.c.period,
                   sa.or_(saving.c.force_id == line.c.force_id,
                          sa.and_(saving.c.force_id.is_(None), line.c.force_id.is_(None))))


def upgrade() -> None:
    with op.batch_alter_table('savings_line', schema=None) as batch_op:
        batch_op.alter_column('alliance_id', existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f('ix_savings_line_project_id'), ['project_id'], unique=False)
        batch_op.create_check_constraint(op.f('ck_savings_line_alliance_or_project'), 'alliance_id IS NOT NULL OR project_id IS NOT NULL')
    for figure in ('predicted', 'delivered'):  # a line the register holds already keeps its own figures
        found = sa.select(_saving.c[figure]).where(_same(_saving, _line), _saving.c[figure].is_not(None)) \
            .order_by(_saving.c.id).limit(1).scalar_subquery()
        op.execute(_line.update().where(_line.c[figure].is_(None), _line.c.project_id.is_not(None),
                                        sa.exists().where(_same(_saving, _line), _saving.c[figure].is_not(None)))
                   .values({figure: found}))
    others = sa.select(_project.c.alliance_id, _saving.c.project_id, _project.c.function_id, _saving.c.force_id,
                       _saving.c.period, _project.c.name, sa.true(), _saving.c.predicted, _saving.c.delivered,
                       _saving.c.version) \
        .join(_project, _project.c.id == _saving.c.project_id) \
        .where(~sa.exists().where(_same(_saving, _line))).order_by(_saving.c.id)
    op.execute(_line.insert().from_select(['alliance_id', 'project_id', 'function_id', 'force_id', 'period',
                                           'description', 'cashable', 'predicted', 'delivered', 'version'], others))
    op.drop_table('saving')


def downgrade() -> None:
    op.create_table('saving',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.String(length=40), nullable=True),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('predicted', concord.store.types.Money(), nullable=True),
    sa.Column('delivered', concord.store.types.Money(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_saving_force_id_force')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_saving_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saving'))
    )
    # every line of a project is that project's saving again; lines of no alliance leave the register
    op.execute(_saving.insert().from_select(
        ['project_id', 'force_id', 'period', 'predicted', 'delivered', 'version'],
        sa.select(_line.c.project_id, _line.c.force_id, _line.c.period, _line.c.predicted, _line.c.delivered,
                  _line.c.version).where(_line.c.project_id.is_not(None)).order_by(_line.c.id)))
    op.execute(_line.delete().where(_line.c.alliance_id.is_(None)))
    with op.batch_alter_table('savings_line', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_savings_line_alliance_or_project'), type_='check')
        batch_op.drop_index(batch_op.f('ix_savings_line_project_id'))
        batch_op.alter_column('alliance_id', existing_type=sa.Integer(), nullable=False)
