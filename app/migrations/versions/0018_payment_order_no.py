"""payment order number: a receivable keeps the order number its sheet named

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 18:45:00

A receivables sheet may name orders the book does not have yet. Such a payment was stored
without its order, so two payments of one customer due the same day with the same amount but
for different orders were taken for one and merged. The number is now kept on the payment: it
is part of what the import matches on, and the payment is linked when its order is imported.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("payment", sa.Column("order_no", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("payment") as batch:
        batch.drop_column("order_no")
