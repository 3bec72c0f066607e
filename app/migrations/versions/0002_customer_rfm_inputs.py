"""customer RFM inputs: orders and revenue of the last 24 months

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Filled by the first full refresh of derived data, which runs right after start-up.
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("orders_24m", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column(
                "revenue_24m",
                app.models.types.Money(),
                nullable=False,
                server_default="0",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("revenue_24m")
        batch.drop_column("orders_24m")
