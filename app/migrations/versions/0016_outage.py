"""the monthly outage plan (issue 19, outage half)

Revision ID: 0016_outage
Revises: 0015_after
Create Date: 2026-12-01 15:00:00

Three new synced tables: ``outage_need`` (a case's need of a feeder outage), ``maintenance_window``
(运检's maintenance days) and ``planned_outage`` (the month's plan, every change a version). No
existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0016_outage'
down_revision = '0015_after'
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('hlc', sa.String(length=64), nullable=False),
            sa.Column('device_id', sa.String(length=36), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False),
            sa.Column('vv', sa.Text(), nullable=False),
            sa.Column('lseq', sa.Integer(), nullable=False)]


def upgrade() -> None:
    op.create_table('outage_need',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('substation', sa.String(length=60), nullable=False),
    sa.Column('feeder', sa.String(length=60), nullable=False),
    sa.Column('section', sa.String(length=60), nullable=False),
    sa.Column('work', sa.String(length=20), nullable=False),
    sa.Column('live_line', sa.Boolean(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('ready_from', sa.Date(), nullable=False),
    sa.Column('wanted_by', sa.Date(), nullable=False),
    sa.Column('customers', sa.Integer(), nullable=False),
    sa.Column('important', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdraw_reason', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outage_need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outage_need_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_outage_need_case', ['case_id'], unique=False)
        batch_op.create_index('ix_outage_need_feeder', ['feeder'], unique=False)

    op.create_table('maintenance_window',
    sa.Column('feeder', sa.String(length=60), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('maintenance_window', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maintenance_window_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_maintenance_window_on', ['on'], unique=False)

    op.create_table('planned_outage',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('feeder', sa.String(length=60), nullable=False),
    sa.Column('section', sa.String(length=60), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('start', sa.String(length=5), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('maintenance', sa.Boolean(), nullable=False),
    sa.Column('need_ids', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('notice_on', sa.Date(), nullable=True),
    sa.Column('notice_channel', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('history', sa.Text(), nullable=False),
    sa.Column('changed_by', sa.String(length=50), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('planned_outage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_outage_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_planned_outage_month', ['month'], unique=False)
        batch_op.create_index('ix_planned_outage_feeder', ['feeder', 'on'], unique=False)


def downgrade() -> None:
    op.drop_table('planned_outage')
    op.drop_table('maintenance_window')
    op.drop_table('outage_need')
