"""Alembic environment: RepBook always passes its own connection in."""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by rebuilding tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
