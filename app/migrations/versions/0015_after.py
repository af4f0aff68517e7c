"""the monthly analysis meeting (issue 20)

Revision ID: 0015_after
Revises: 0014_metering
Create Date: 2026-12-01 15:00:00

Two new tables: ``analysis_meeting`` (业扩报装月度分析会, one per month, with its attendance) and
``analysis_conclusion`` (the conclusion per agenda case). Improvement measures are ``action`` rows
(owner_kind ``analysis``). No existing table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0015_after'
down_revision = '0014_metering'
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
    op.create_table('analysis_meeting',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('chair', sa.String(length=50), nullable=False),
    sa.Column('attendance', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('month')
    )
    with op.batch_alter_table('analysis_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_analysis_meeting_lseq'), ['lseq'], unique=False)

    op.create_table('analysis_conclusion',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=50), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['analysis_meeting.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'case_id', name='uq_conclusion_meeting_case')
    )
    with op.batch_alter_table('analysis_conclusion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_analysis_conclusion_lseq'), ['lseq'], unique=False)


def downgrade() -> None:
    op.drop_table('analysis_conclusion')
    op.drop_table('analysis_meeting')
