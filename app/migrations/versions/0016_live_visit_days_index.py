"""live visit days index: the calendar's day counts from the index alone

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 09:00:00

Every calendar and agenda read asks for live visits of a status over a span of days. The old
(status, due_date) index left `deleted_at IS NULL` to a table lookup per visit — 40 ms for a
month of 45k visits on a 100k-customer book, on the GUI thread when the window opens. The
partial index holds the live visits only, so those counts read nothing else (5 ms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_visit_status_due", table_name="visit_plan")
    op.create_index(
        "ix_visit_live_due",
        "visit_plan",
        ["status", "due_date", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_visit_live_due", table_name="visit_plan")
    op.create_index("ix_visit_status_due", "visit_plan", ["status", "due_date"])
