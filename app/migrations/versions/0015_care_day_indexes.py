"""day-of-year indexes for the calendar's care reminders (anniversaries, birthdays)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 17:15:00

The calendar asks, when the window opens, which customers were founded, began working with us
or have a contact born in the next few days. Without these the question reads every customer
row (seconds on a 100k-customer book whose file cache is cold); with them it reads a few index
entries. The expression must match the query's exactly (app.models.customers.day_of_year_sql).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = {  # name: (table, date column)
    "ix_customer_founded_day": ("customer", "founded_date"),
    "ix_customer_cooperation_day": ("customer", "first_cooperation_date"),
    "ix_contact_birthday_day": ("contact", "birthday"),
}


def upgrade() -> None:
    for name, (table, column) in INDEXES.items():
        op.create_index(
            name,
            table,
            [sa.text(f"strftime('%m-%d', {column})")],
            sqlite_where=sa.text(f"deleted_at IS NULL AND {column} IS NOT NULL"),
        )


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
