"""temporary supply to formal; clause of review opinions

Revision ID: 0006_temp_formal
Revises: 0005_meetings
Create Date: 2026-11-28 08:15:00

Columns only, no new table: ``case.predecessor_id`` (the TEMPORARY case a TEMP_TO_FORMAL case came
from; indexed, no foreign key so that sync may apply the two rows in any order), ``case.temp_advice``
(JSON object, '{}' for every existing case) and ``review_opinion.clause`` (依据条款, '' for existing
opinions).
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_temp_formal'
down_revision = '0005_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('predecessor_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('temp_advice', sa.Text(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.create_index(batch_op.f('ix_case_predecessor_id'), ['predecessor_id'], unique=False)

    with op.batch_alter_table('review_opinion', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clause', sa.String(length=200), nullable=False, server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('review_opinion', schema=None) as batch_op:
        batch_op.drop_column('clause')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_predecessor_id'))
        batch_op.drop_column('temp_advice')
        batch_op.drop_column('predecessor_id')
