"""issued bulletins and escalation acknowledgements (issue 21)

Revision ID: 0019_bulletins
Revises: 0018_points
Create Date: 2026-12-01 15:00:00

Two new tables: ``bulletin`` (an issued bulletin, frozen, one row per version) and
``escalation_ack`` (who acknowledged an escalation, when). Three indexes so that a bulletin of a
100,000-case database reads indexes, not scattered rows: the cases energised in a period
(``stage_round`` by stage and finish), their rounds (covering, by case) and the events of a month
(``case_event`` by effective date, for late entries).
"""
import sqlalchemy as sa
from alembic import op

revision = '0019_bulletins'
down_revision = '0018_points'
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
    op.create_table('bulletin',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('scope', sa.String(length=50), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=50), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('rule_sets', sa.Text(), nullable=False),
    sa.Column('input_hash', sa.String(length=64), nullable=False),
    sa.Column('inputs', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('differences', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'period', 'level', 'scope', 'version', name='uq_bulletin_version')
    )
    with op.batch_alter_table('bulletin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bulletin_lseq'), ['lseq'], unique=False)
    op.create_table('escalation_ack',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('round_key', sa.String(length=40), nullable=False),
    sa.Column('rung', sa.String(length=20), nullable=False),
    sa.Column('told_role', sa.String(length=20), nullable=False),
    sa.Column('told', sa.String(length=50), nullable=False),
    sa.Column('escalated_on', sa.Date(), nullable=False),
    sa.Column('acknowledged_by', sa.String(length=50), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('escalation_ack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_ack_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_escalation_ack_case', ['case_id'], unique=False)
    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.create_index('ix_round_stage_finished', ['stage', 'finished_on', 'case_id', 'deleted'], unique=False)
        batch_op.create_index('ix_round_case_cover', ['case_id', 'seq', 'stage', 'round', 'started_on', 'finished_on',
                                                      'outcome', 'deleted', 'id'], unique=False)
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index('ix_event_effective', ['effective_on', 'kind', 'recorded_at', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_effective')
    with op.batch_alter_table('stage_round', schema=None) as batch_op:
        batch_op.drop_index('ix_round_case_cover')
        batch_op.drop_index('ix_round_stage_finished')
    with op.batch_alter_table('escalation_ack', schema=None) as batch_op:
        batch_op.drop_index('ix_escalation_ack_case')
        batch_op.drop_index(batch_op.f('ix_escalation_ack_lseq'))
    op.drop_table('escalation_ack')
    with op.batch_alter_table('bulletin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bulletin_lseq'))
    op.drop_table('bulletin')
