"""rule sets and checklist templates as synced data

Revision ID: 0008_config_docs
Revises: 0007_meeting_minutes
Create Date: 2026-11-28 09:20:00

One table: ``config_doc`` (a published version of a rule set or checklist template; see
``app/services/config_docs.py``). Nothing existing changes: until a document is published, the
bundled files are in force as before.
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_config_docs'
down_revision = '0007_meeting_minutes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('config_doc',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('doc_id', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('published_by', sa.String(length=50), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('lseq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'doc_id', 'version', name='uq_config_doc_version')
    )
    with op.batch_alter_table('config_doc', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_config_doc_lseq'), ['lseq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('config_doc', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_config_doc_lseq'))
    op.drop_table('config_doc')
