"""the metering-equipment plan (计量器具需求计划, issue 19)

Revision ID: 0014_metering
Revises: 0013_followups_actions
Create Date: 2026-12-01 15:00:00

Three new synced tables: ``metering_config`` (one per case), ``metering_stock`` (stock counts by
type code and count date) and ``metering_plan`` (one per month, versioned). No existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0014_metering'
down_revision = '0013_followups_actions'
branch_labels = None
depends_on = None


def _sync_columns() -> list:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('hlc', sa.String(length=64), nullable=False),
            sa.Column('device_id', sa.String(length=36), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False),
            sa.Column('vv', sa.Text(), nullable=False),
            sa.Column('lseq', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('id')]


def upgrade() -> None:
    op.create_table('metering_config',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('method', sa.String(length=2), nullable=False),
    sa.Column('meter_wiring', sa.String(length=4), nullable=False),
    sa.Column('meter_range', sa.String(length=20), nullable=False),
    sa.Column('meter_accuracy', sa.String(length=10), nullable=False),
    sa.Column('ct_ratio', sa.String(length=20), nullable=False),
    sa.Column('ct_count', sa.Integer(), nullable=False),
    sa.Column('ct_s_class', sa.Boolean(), nullable=False),
    sa.Column('pt_ratio', sa.String(length=20), nullable=False),
    sa.Column('pt_count', sa.Integer(), nullable=False),
    sa.Column('hv_cabinet', sa.Boolean(), nullable=False),
    sa.Column('terminal', sa.String(length=50), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('set_by', sa.String(length=50), nullable=False),
    sa.Column('reserved_on', sa.Date(), nullable=True),
    sa.Column('reserved_by', sa.String(length=50), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.UniqueConstraint('case_id')
    )
    op.create_table('metering_stock',
    sa.Column('type_code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('qualified', sa.Integer(), nullable=False),
    sa.Column('awaiting_test', sa.Integer(), nullable=False),
    sa.Column('issued', sa.Integer(), nullable=False),
    sa.Column('safety', sa.Integer(), nullable=False),
    sa.Column('on_order', sa.Integer(), nullable=False),
    sa.Column('counted_on', sa.Date(), nullable=False),
    sa.Column('counted_by', sa.String(length=50), nullable=False),
    *_sync_columns(),
    )
    op.create_table('metering_plan',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('generated_at', sa.DateTime(), nullable=False),
    sa.Column('generated_by', sa.String(length=50), nullable=False),
    sa.Column('lines', sa.Text(), nullable=False),
    sa.Column('cases', sa.Text(), nullable=False),  # JSON {in_plan, unconfigured}
    sa.Column('diff', sa.Text(), nullable=False),
    sa.Column('history', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.UniqueConstraint('month')
    )
    for table in ('metering_config', 'metering_stock', 'metering_plan'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_lseq'), ['lseq'], unique=False)
    with op.batch_alter_table('metering_stock', schema=None) as batch_op:
        batch_op.create_index('ix_metering_stock_code', ['type_code', 'counted_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('metering_stock', schema=None) as batch_op:
        batch_op.drop_index('ix_metering_stock_code')
    for table in ('metering_plan', 'metering_stock', 'metering_config'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_lseq'))
        op.drop_table(table)
