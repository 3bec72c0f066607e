"""customer list indexes: the grid's sorts walk an index instead of sorting the whole book

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

# The tier sort key as app.models.customers.TIER_KEY_SQL spells it (frozen here).
TIER_KEY_SQL = (
    "(CASE WHEN tier_override IN ('A', 'B', 'C') THEN tier_override ELSE tier END)"
    " || printf('%016d', 9000000000000000 - revenue_12m)"
)
INDEXES = {
    "ix_customer_list_name": ["name", "id"],
    "ix_customer_list_revenue": ["revenue_12m", "id"],
    "ix_customer_list_contact": ["last_contact_at", "id"],
    "ix_customer_list_verified": ["info_verified_at", "id"],
    "ix_customer_list_industry": ["industry", "id"],
    "ix_customer_list_city": ["city", "id"],
    "ix_customer_list_segment": ["rfm_segment", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "customer", columns)
    op.create_index("ix_customer_list_tier", "customer", [sa.text(TIER_KEY_SQL), "id"])
    op.create_index(
        "ix_visit_next_due",
        "visit_plan",
        ["status", "customer_id", "due_date"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_visit_next_due", table_name="visit_plan")
    op.drop_index("ix_customer_list_tier", table_name="customer")
    for name in INDEXES:
        op.drop_index(name, table_name="customer")
