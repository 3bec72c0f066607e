"""Alembic environment: RepBook always passes its own connection in."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from alembic import context
from alembic.migration import MigrationContext, MigrationInfo

from app.models import Base
from app.models.search_index import include_name
from app.pause_points import pause_point

connection = context.config.attributes["connection"]


def _step_done(
    ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any], run_args: Mapping[str, Any]
) -> None:
    pause_point(f"migration.after_{step.up_revision_id}")


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by rebuilding tables
    compare_type=True,
    include_name=include_name,  # the FTS5 search index is SQLite's, not the models'
    # Alembic treats SQLite DDL as non-transactional and commits after every step, so a kill
    # between two steps left a half-upgraded book. SQLite's DDL is transactional (the driver's
    # own implicit commits are off, see app/sqlite.py), so the whole upgrade is one transaction.
    transactional_ddl=True,
    on_version_apply=_step_done,  # where the crash-safety tests kill an upgrade between steps
)
# One transaction for every step: a migration killed part-way leaves the old schema whole.
with context.begin_transaction():
    context.run_migrations()
    pause_point("migration.before_commit")
