"""fees become data of the case (业务收费, issue 16)

Revision ID: 0012_case_fees
Revises: 0011_keys_at_rest
Create Date: 2026-12-01 12:00:00

One new table, ``case_fee``: the fees the fee notice (业务收费通知单) prints, append-only (a wrong
fee is withdrawn with a reason and, when corrected, replaced by a new row). No existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0012_case_fees'
down_revision = '0011_keys_at_rest'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_fee',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=60), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    sa.Column('replaces_id', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdraw_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('lseq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_fee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_fee_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_fee_case', ['case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_fee', schema=None) as batch_op:
        batch_op.drop_index('ix_fee_case')
        batch_op.drop_index(batch_op.f('ix_case_fee_lseq'))
    op.drop_table('case_fee')
