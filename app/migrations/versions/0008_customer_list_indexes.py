"""customer list indexes: the grid's sorts walk an index instead of sorting the whole book

Revision ID: 0008
Revises: 0003
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_customer_list_name": ["name", "id"],
    "ix_customer_list_revenue": ["revenue_12m", "id"],
    "ix_customer_list_contact": ["last_contact_at", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "customer", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="customer")
