"""actions, follow-ups and case evaluations (issues 18, 20, 21)

Revision ID: 0013_followups_actions
Revises: 0012_case_fees
Create Date: 2026-12-01 14:30:00

Three new tables, shared by the work before and after the case: ``action`` (what a visit, a
follow-up or a monthly analysis meeting leaves someone to do, with a due date), ``follow_up`` (回访
of a finished case) and ``case_evaluation`` (业扩项目评价, one per finished case). No existing table
changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0013_followups_actions'
down_revision = '0012_case_fees'
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
    op.create_table('action',
    sa.Column('owner_kind', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('owner', sa.String(length=50), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_action_owner', ['owner_kind', 'owner_id'], unique=False)
        batch_op.create_index('ix_action_due', ['done_on', 'due_on'], unique=False)
        batch_op.create_index('ix_action_case', ['case_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.Column('self_reported', sa.Boolean(), nullable=False),
    sa.Column('questionnaire', sa.String(length=60), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('customer_applied_on', sa.Date(), nullable=True),
    sa.Column('customer_energized_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_follow_up_case', ['case_id'], unique=False)
        batch_op.create_index('ix_follow_up_done', ['done_on'], unique=False)

    op.create_table('case_evaluation',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('causes', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('completed_by', sa.String(length=50), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id')
    )
    with op.batch_alter_table('case_evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_evaluation_lseq'), ['lseq'], unique=False)


def downgrade() -> None:
    op.drop_table('case_evaluation')
    op.drop_table('follow_up')
    op.drop_table('action')
