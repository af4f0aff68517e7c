"""Alembic environment: always driven programmatically by app.db with a live connection."""
from alembic import context

from app.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via app.db.upgrade
    raise RuntimeError("Zaosong migrations run through app.db.upgrade(), not the alembic CLI")

# batch mode: SQLite cannot ALTER most things in place
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
