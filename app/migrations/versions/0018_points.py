"""performance points (issue 21): the points ledger and its adjustments and appeals

Revision ID: 0018_points
Revises: 0017_before
Create Date: 2026-12-01 15:00:00

Two new synced tables: ``points_posting`` (the append-only ledger) and ``points_request``
(adjustments and appeals with reason and decision). No existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0018_points'
down_revision = '0017_before'
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
    op.create_table('points_posting',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('person', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('formula', sa.Text(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('reverses', sa.String(length=36), nullable=True),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('points_posting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_points_posting_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_points_posting_month', ['month', 'person'], unique=False)
        batch_op.create_index('ix_points_posting_case', ['case_id'], unique=False)

    op.create_table('points_request',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('person', sa.String(length=50), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('points', sa.Float(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=50), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('points_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_points_request_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_points_request_person', ['person', 'month'], unique=False)


def downgrade() -> None:
    op.drop_table('points_request')
    op.drop_table('points_posting')
