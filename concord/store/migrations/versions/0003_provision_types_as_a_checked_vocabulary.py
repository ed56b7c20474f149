"""provision types as a checked vocabulary

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 03:48:07.251768
"""
from alembic import op
import sqlalchemy as sa

import concord.store.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


_NAME = "ck_agreement_provision_ck_provisiontype"
_VALUES = "('force', 'policing_body', 'policing_body_and_force')"


def upgrade() -> None:
    # the column stays VARCHAR(40); its values are now checked (s22A(2)(a)-(c))
    with op.batch_alter_table('agreement_provision', schema=None) as batch_op:
        batch_op.create_check_constraint(op.f(_NAME), f"provision_type IN {_VALUES}")


def downgrade() -> None:
    with op.batch_alter_table('agreement_provision', schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_NAME), type_="check")
