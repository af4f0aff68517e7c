"""attachments on visits (issue 18)

Revision ID: 0020_visit_attachments
Revises: 0019_bulletins
Create Date: 2026-12-01 16:00:00

A visit's photos and scanned lists are attachments with owner_kind "visit" and owner_ref the
visit's id; they belong to no case, so ``attachment.case_id`` becomes nullable (its foreign key
and index kept). Existing rows all have a case: nothing to convert.
"""
import sqlalchemy as sa
from alembic import op

revision = '0020_visit_attachments'
down_revision = '0019_bulletins'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attachment') as batch:
        batch.alter_column('case_id', existing_type=sa.String(length=36), nullable=True)


def downgrade() -> None:
    # a visit's attachments have no case: they cannot stay in a table that requires one
    op.execute(sa.text("DELETE FROM attachment WHERE case_id IS NULL"))
    with op.batch_alter_table('attachment') as batch:
        batch.alter_column('case_id', existing_type=sa.String(length=36), nullable=False)
