"""devices waiting for trust kept in the database (issue 22, pg_sync)

Revision ID: 0022_pending_devices
Revises: 0021_pg_perf
Create Date: 2026-12-01 17:30:00

Until now the devices whose packages were refused as unknown were listed in a file beside the
database (sync/pending_devices.json), so only the computer that saw the refusal could trust them.
The table is local (not synced). An existing file is moved in by app.sync.peers at first use, not
here: the migration may run where the file is not (a server database opened from another computer).
"""
import sqlalchemy as sa
from alembic import op

revision = '0022_pending_devices'
down_revision = '0021_pg_perf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'pending_device',
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('public_key', sa.String(length=100), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('pending_device')
