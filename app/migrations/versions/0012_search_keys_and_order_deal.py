"""short and broad search keys (the trigram index's vocabulary; head, tail, order indexes); orders by deal

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 17:00:00

Keys of one or two characters cannot match the trigram index (0011) directly; wherever they
occur but at the very end of the haystack they start a trigram, so app.customers.search looks
up the trigrams beginning with the key in customer_search_vocab (an fts5vocab view over the
index, no storage) and the end in ix_customer_search_tail and ix_customer_search_last.
ix_customer_search_head finds names that start with the key; ix_customer_search_order walks
live customers best first, so a broad key stops after one page instead of ranking every match. Nothing here is written per row by
Python: the triggers of 0011 keep the index, and SQLite the expression indexes.

ix_order_deal: the handoff list proves "payment schedule" from a won deal's orders; without it
each of its 500 rows scanned every order (30 s at 294k orders).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
INDEXES: dict[str, list[str | sa.TextClause]] = {  # indexed expressions, live customers only
    "ix_customer_search_head": [sa.text("substr(search_text, 1, 8)")],
    "ix_customer_search_tail": [sa.text("substr(search_text, -2)")],
    "ix_customer_search_last": [sa.text("substr(search_text, -1)")],
    "ix_customer_search_order": [sa.text("-revenue_12m"), "name", "id"],
}


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE customer_search_vocab USING fts5vocab(customer_search, 'row')")
    for name, columns in INDEXES.items():
        op.create_index(name, "customer", columns, sqlite_where=LIVE)
    op.create_index("ix_order_deal", "sales_order", ["deal_id"])


def downgrade() -> None:
    op.drop_index("ix_order_deal", table_name="sales_order")
    for name in INDEXES:
        op.drop_index(name, table_name="customer")
    op.execute("DROP TABLE customer_search_vocab")
