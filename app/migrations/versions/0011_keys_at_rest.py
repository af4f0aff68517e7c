"""the device's private signing key leaves the database

Revision ID: 0011_keys_at_rest
Revises: 0008_config_docs
Create Date: 2026-12-01 09:10:00

Until now ``meta.device_key`` held the private key: anyone with a copy of the file or of a backup
could sign packages as this laptop. The key moves to the OS keyring (or the user's 0600 key file,
``app/secrets_store.py``), is read back, and only then is the row deleted (``secure_delete``, so
its page is zeroed; ``app.db.prepare`` then VACUUMs the file and wipes it from older backups).
No table changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0011_keys_at_rest'
down_revision = '0008_config_docs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app import secrets_store  # lazy: Alembic imports every revision; app code loads when it runs

    conn = op.get_bind()
    meta = dict(conn.execute(sa.text("SELECT key, value FROM meta WHERE key IN ('device_id', 'device_key')")).all())
    if meta.get("device_key") and meta.get("device_id"):
        name = secrets_store.device_key_name(meta["device_id"])
        held = secrets_store.get(name)
        if held != meta["device_key"]:
            # stored and read back before the row goes (put refuses, and the upgrade rolls back,
            # when neither the keyring nor the key folder takes it)
            secrets_store.put(name, meta["device_key"])
    if conn.dialect.name == "sqlite":  # the deleted key's bytes overwritten in the file's free pages
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
    conn.execute(sa.text("DELETE FROM meta WHERE key='device_key'"))


def downgrade() -> None:
    from app import secrets_store  # lazy: Alembic imports every revision; app code loads when it runs

    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT value FROM meta WHERE key='device_id'")).first()
    key = secrets_store.get(secrets_store.device_key_name(row[0])) if row else None
    if key:
        conn.execute(sa.text("INSERT OR REPLACE INTO meta(key, value) VALUES ('device_key', :v)"), {"v": key})
