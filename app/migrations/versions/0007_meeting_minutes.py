"""minutes text of review meetings

Revision ID: 0007_meeting_minutes
Revises: 0006_temp_formal
Create Date: 2026-11-28 09:00:00

One column: ``review_meeting.minutes`` (会议纪要正文, the meeting's own minutes text beside the
per-case decisions; '' for every existing meeting).
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_meeting_minutes'
down_revision = '0006_temp_formal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('minutes', sa.Text(), nullable=False, server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('review_meeting', schema=None) as batch_op:
        batch_op.drop_column('minutes')
