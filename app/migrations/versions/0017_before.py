"""visits, prospects and demand for grid planning (issue 18, 事前)

Revision ID: 0017_before
Revises: 0016_outage
Create Date: 2026-12-01 15:00:00

New tables only: ``visit`` (走访; its actions are ``action`` rows), ``prospect`` (意向项目),
``prospect_visit`` (the visits of a prospect), ``feeder_capacity`` (spare kVA of a feeder) and
``forecast_version`` (an issued 用电需求预测表). No existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0017_before'
down_revision = '0016_outage'
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
    op.create_table('visit',
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('party', sa.String(length=20), nullable=False),
    sa.Column('party_name', sa.String(length=100), nullable=False),
    sa.Column('township', sa.String(length=30), nullable=False),
    sa.Column('met', sa.String(length=500), nullable=False),
    sa.Column('participants', sa.String(length=500), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('no_action', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_visit_on', ['visited_on'], unique=False)

    op.create_table('prospect',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('customer_name', sa.String(length=100), nullable=False),
    sa.Column('township', sa.String(length=30), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=50), nullable=False),
    sa.Column('capacity_kva', sa.Float(), nullable=False),
    sa.Column('supply_kv', sa.Float(), nullable=False),
    sa.Column('dual_source', sa.Boolean(), nullable=False),
    sa.Column('expected_apply_on', sa.Date(), nullable=True),
    sa.Column('energise_year', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('substation', sa.String(length=50), nullable=False),
    sa.Column('feeder', sa.String(length=50), nullable=False),
    sa.Column('key_project', sa.Boolean(), nullable=False),
    sa.Column('green_channel', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('drop_reason', sa.String(length=500), nullable=False),
    sa.Column('manager', sa.String(length=50), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('temp_case_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('prospect', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prospect_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_prospect_status', ['status'], unique=False)
        batch_op.create_index('ix_prospect_case', ['case_id'], unique=False)

    op.create_table('prospect_visit',
    sa.Column('prospect_id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('prospect_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prospect_visit_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_prospect_visit_p', ['prospect_id'], unique=False)
        batch_op.create_index('ix_prospect_visit_v', ['visit_id'], unique=False)

    op.create_table('feeder_capacity',
    sa.Column('feeder', sa.String(length=50), nullable=False),
    sa.Column('substation', sa.String(length=50), nullable=False),
    sa.Column('spare_kva', sa.Float(), nullable=False),
    sa.Column('entered_on', sa.Date(), nullable=False),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('feeder')
    )
    with op.batch_alter_table('feeder_capacity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feeder_capacity_lseq'), ['lseq'], unique=False)

    op.create_table('forecast_version',
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('from_year', sa.Integer(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('rows', sa.Text(), nullable=False),
    sa.Column('issued_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('forecast_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forecast_version_lseq'), ['lseq'], unique=False)


def downgrade() -> None:
    op.drop_table('forecast_version')
    op.drop_table('feeder_capacity')
    op.drop_table('prospect_visit')
    op.drop_table('prospect')
    op.drop_table('visit')
