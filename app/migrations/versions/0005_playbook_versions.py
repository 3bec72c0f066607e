"""playbook entries remember the shipped version and a local edit

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-02 06:10:00.000000

Shipped playbook content is copied into playbook_entry at start-up. builtin_version is the
version of the shipped text a row holds; edited_at is set when the rep edits the row, so a
newer shipped version never overwrites a local edit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("playbook_entry") as batch:
        batch.add_column(sa.Column("builtin_version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("edited_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_playbook_builtin", ["builtin_key", "lang"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("playbook_entry") as batch:
        batch.drop_index("ix_playbook_builtin")
        batch.drop_column("edited_at")
        batch.drop_column("builtin_version")
