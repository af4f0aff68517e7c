"""search as you type on a server database (issue 22's scale targets)

Revision ID: 0021_pg_perf
Revises: 0020_visit_attachments
Create Date: 2026-12-01 17:45:00

PostgreSQL only (a laptop's SQLite file is unchanged: its list is searched in memory and a new
index would only slow its imports). ``query.quick_search`` finds the first 20 cases in pinyin
order whose number, account, name or pinyin holds the typed text; on a million cases it reads:

- ``ix_case_search``: the cases in that order with every searched and shown column (an index-only
  scan tests the text without visiting the table);
- ``ix_pause_started``: the pauses begun in a period (the weekly bulletin's 暂停 section, the
  monthly's notes check) without reading every pause;
- ``ix_case_trgm_*``: trigram indexes (``pg_trgm``, shipped with Debian's ``postgresql``) on the
  five searched expressions, so that text few cases hold is found without reading them all.

``pg_trgm`` is a trusted extension: the database's owner (pg-setup's ``zaosong_owner``) may create
it. A server without it gets the ordered index only (search stays right, rare texts slower).
"""
import sqlalchemy as sa
from alembic import op

revision = '0021_pg_perf'
down_revision = '0020_visit_attachments'
branch_labels = None
depends_on = None

TRIGRAMS = {"ix_case_trgm_no": "case_no", "ix_case_trgm_acct": "account_no",
            "ix_case_trgm_name": "lower(customer_name)", "ix_case_trgm_ini": "name_initials",
            "ix_case_trgm_py": "name_pinyin"}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(sa.text('CREATE INDEX IF NOT EXISTS ix_case_search ON "case" (name_pinyin, case_no) '
                       'INCLUDE (account_no, customer_name, name_initials, deleted, township, status, applied_on)'))
    op.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_pause_started ON pause (started_on)"))
    available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        return
    try:
        with bind.begin_nested():  # a role that may not create it: the upgrade goes on without
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return
    for name, expr in TRIGRAMS.items():
        op.execute(sa.text(f'CREATE INDEX IF NOT EXISTS {name} ON "case" USING gin ({expr} gin_trgm_ops)'))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in [*TRIGRAMS, "ix_case_search", "ix_pause_started"]:
        op.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
