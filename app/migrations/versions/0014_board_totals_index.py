"""board totals index: the few deleted customers, so the open-deal totals need no join

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02 17:30:00

The board's unfiltered column totals sum the covering ix_deal_open_totals alone and take away
the open deals of deleted customers, found through this partial index (empty in most books),
instead of looking up every open deal's customer in ix_customer_live.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_customer_gone", "customer", ["id"], sqlite_where=sa.text("deleted_at IS NOT NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_customer_gone", table_name="customer")
