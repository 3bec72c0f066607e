"""visit calendar: cadence basis and skip reason on visit plans, care reminders, customer events

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    # Existing cadence visits have no basis yet: the first derived pass re-plans them.
    with op.batch_alter_table("visit_plan") as batch:
        batch.add_column(sa.Column("planned_from", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=True))
    op.create_table(
        "care_reminder",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("occasion", sa.String(length=40), nullable=False),
        sa.Column("occurs_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        *_synced(),
        _fk("care_reminder", "activity_id", "activity", "SET NULL"),
        _fk("care_reminder", "contact_id", "contact", "SET NULL"),
        _fk("care_reminder", "customer_id", "customer", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_reminder")),
    )
    op.create_index("ix_care_reminder_day", "care_reminder", ["occurs_on", "customer_id"])
    op.create_table(
        "customer_event",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_event")),
    )
    op.create_table(
        "event_invite",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        *_synced(),
        _fk("event_invite", "activity_id", "activity", "SET NULL"),
        _fk("event_invite", "customer_id", "customer", "CASCADE"),
        _fk("event_invite", "event_id", "customer_event", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_invite")),
    )
    op.create_index("ix_event_invite_event", "event_invite", ["event_id", "customer_id"])


def downgrade() -> None:
    op.drop_index("ix_event_invite_event", table_name="event_invite")
    op.drop_table("event_invite")
    op.drop_table("customer_event")
    op.drop_index("ix_care_reminder_day", table_name="care_reminder")
    op.drop_table("care_reminder")
    with op.batch_alter_table("visit_plan") as batch:
        batch.drop_column("reason")
        batch.drop_column("planned_from")
