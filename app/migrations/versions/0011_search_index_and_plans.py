"""search index and query-plan indexes: FTS5 trigram customer search, board and segment indexes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 15:00:00

customer_search is an external-content FTS5 table (tokenize='trigram', SQLite 3.34+) over
customer.search_text, keyed by customer.rowid and kept in step by triggers. A migration that
rebuilds the customer table (batch mode) renumbers rowids and drops the triggers: it must
re-create both and run INSERT INTO customer_search(customer_search) VALUES('rebuild').
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TRIGGERS = {
    "customer_search_ai": (
        "AFTER INSERT ON customer BEGIN"
        " INSERT INTO customer_search(rowid, search_text) VALUES (new.rowid, new.search_text);"
        " END"
    ),
    "customer_search_ad": (
        "AFTER DELETE ON customer BEGIN"
        " INSERT INTO customer_search(customer_search, rowid, search_text)"
        " VALUES ('delete', old.rowid, old.search_text);"
        " END"
    ),
    "customer_search_au": (
        "AFTER UPDATE OF search_text ON customer WHEN old.search_text IS NOT new.search_text BEGIN"
        " INSERT INTO customer_search(customer_search, rowid, search_text)"
        " VALUES ('delete', old.rowid, old.search_text);"
        " INSERT INTO customer_search(rowid, search_text) VALUES (new.rowid, new.search_text);"
        " END"
    ),
}

LIVE = "deleted_at IS NULL"
INDEXES = {  # name: (table, columns, partial WHERE)
    "ix_customer_live": ("customer", ["id", "deleted_at"], LIVE),
    "ix_customer_rank": (
        "customer",
        ["revenue_12m", "orders_24m", "revenue_24m", "last_order_date", "name", "id", "deleted_at"],
        LIVE,
    ),
    "ix_deal_open_totals": (
        "deal",
        ["stage_id", "probability_override", "amount", "customer_id", "status", "deleted_at"],
        "status = 'open' AND deleted_at IS NULL",
    ),
    "ix_deal_owner": ("deal", ["owner", "deleted_at"], "deleted_at IS NULL AND owner IS NOT NULL"),
    "ix_deal_open_close": (
        "deal",
        ["expected_close_date", "status", "deleted_at"],
        "status = 'open' AND deleted_at IS NULL",
    ),
}


def upgrade() -> None:
    for name, (table, columns, where) in INDEXES.items():
        op.create_index(name, table, columns, sqlite_where=sa.text(where))
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "search_text, content='customer', content_rowid='rowid', tokenize='trigram')"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("INSERT INTO customer_search(customer_search) VALUES ('rebuild')")


def downgrade() -> None:
    for name, (table, _, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE customer_search")
