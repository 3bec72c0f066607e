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


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "search_text, content='customer', content_rowid='rowid', tokenize='trigram')"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("INSERT INTO customer_search(customer_search) VALUES ('rebuild')")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE customer_search")
