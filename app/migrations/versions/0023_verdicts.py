"""the verdict cache of finished cases (issue 21, bulletin speed)

Revision ID: 0023_verdicts
Revises: 0022_pending_devices
Create Date: 2026-12-01 17:30:00

``verdict_cache``: derived rows (a finished case's clock and verdicts keyed by the digests of its
inputs and of the judging context), local to this database and never synced. Dropping it loses
nothing: the bulletins judge the cases again and write the rows back.
"""
import sqlalchemy as sa
from alembic import op

revision = '0023_verdicts'
down_revision = '0022_pending_devices'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('verdict_cache',
                    sa.Column('case_id', sa.String(length=36), nullable=False),
                    sa.Column('judged', sa.String(length=64), nullable=False),
                    sa.Column('key', sa.String(length=64), nullable=False),
                    sa.Column('value', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('case_id', 'judged'))


def downgrade() -> None:
    op.drop_table('verdict_cache')
