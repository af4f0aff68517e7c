"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-28 05:11:42.969426
"""
import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day')
    )
    op.create_table('calendar_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('loaded_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year')
    )
    op.create_table('case',
    sa.Column('case_no', sa.String(length=20), nullable=False),
    sa.Column('customer_name', sa.String(length=100), nullable=False),
    sa.Column('name_pinyin', sa.String(length=400), nullable=False),
    sa.Column('name_initials', sa.String(length=100), nullable=False),
    sa.Column('account_no', sa.String(length=10), nullable=False),
    sa.Column('contact', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('township', sa.String(length=30), nullable=False),
    sa.Column('business_type', sa.String(length=20), nullable=False),
    sa.Column('supply_kv', sa.Float(), nullable=False),
    sa.Column('capacity_kva', sa.Float(), nullable=False),
    sa.Column('dual_source', sa.Boolean(), nullable=False),
    sa.Column('typical_design', sa.Boolean(), nullable=False),
    sa.Column('green_channel', sa.Boolean(), nullable=False),
    sa.Column('key_project', sa.Boolean(), nullable=False),
    sa.Column('manager', sa.String(length=50), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('current_stage', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_no')
    )
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index('ix_case_account', ['account_no'], unique=False)
        batch_op.create_index('ix_case_applied', ['applied_on'], unique=False)
        batch_op.create_index('ix_case_status_manager', ['status', 'manager'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('chain_seq', sa.Integer(), nullable=False),
    sa.Column('chain_head', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('case_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=50), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('device_id', 'device_seq', name='uq_event_device_seq')
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index('ix_event_case', ['case_id'], unique=False)

    op.create_table('stage_round',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=10), nullable=True),
    sa.Column('auto_started', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'stage', 'round', name='uq_round_case_stage_round')
    )
    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.create_index('ix_round_case', ['case_id', 'seq'], unique=False)
        batch_op.create_index('ix_round_open', ['finished_on'], unique=False)

    op.create_table('pause',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['stage_round.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.create_index('ix_pause_round', ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.drop_index('ix_pause_round')

    op.drop_table('pause')
    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.drop_index('ix_round_open')
        batch_op.drop_index('ix_round_case')

    op.drop_table('stage_round')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_case')

    op.drop_table('case_event')
    op.drop_table('meta')
    op.drop_table('device')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index('ix_case_status_manager')
        batch_op.drop_index('ix_case_applied')
        batch_op.drop_index('ix_case_account')

    op.drop_table('case')
    op.drop_table('calendar_year')
    op.drop_table('calendar_day')
