"""setting sheets

Revision ID: 0004_setting_sheets
Revises: 0003_sync
Create Date: 2026-11-28 06:37:18.472760
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_setting_sheets'
down_revision = '0003_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('setting_sheet',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('sheet_no', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('inputs', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('set_by', sa.String(length=50), nullable=False),
    sa.Column('checked_by', sa.String(length=50), nullable=False),
    sa.Column('approved_by', sa.String(length=50), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issued_to', sa.String(length=100), nullable=False),
    sa.Column('executed_by', sa.String(length=100), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('lseq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'version', name='uq_sheet_case_version')
    )
    with op.batch_alter_table('setting_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_setting_sheet_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_sheet_case', ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('setting_sheet', schema=None) as batch_op:
        batch_op.drop_index('ix_sheet_case')
        batch_op.drop_index(batch_op.f('ix_setting_sheet_lseq'))

    op.drop_table('setting_sheet')
