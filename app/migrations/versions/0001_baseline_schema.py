"""baseline schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 21:09:07.894864
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import app.models.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=80), nullable=True),
        sa.Column("size_band", sa.String(length=20), nullable=True),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("phone_key", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=80), nullable=True),
        sa.Column("founded_date", sa.Date(), nullable=True),
        sa.Column("first_cooperation_date", sa.Date(), nullable=True),
        sa.Column("referred_by_id", sa.String(length=36), nullable=True),
        sa.Column("info_verified_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("main_business", sa.Text(), nullable=True),
        sa.Column("org_structure", sa.Text(), nullable=True),
        sa.Column("procurement_process", sa.Text(), nullable=True),
        sa.Column("current_suppliers", sa.Text(), nullable=True),
        sa.Column("pain_points", sa.Text(), nullable=True),
        sa.Column("preferred_channel", sa.String(length=20), nullable=True),
        sa.Column("product_preferences", sa.Text(), nullable=True),
        sa.Column("service_preferences", sa.Text(), nullable=True),
        sa.Column("icp_score", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=1), nullable=False),
        sa.Column("tier_override", sa.String(length=1), nullable=True),
        sa.Column("tier_override_reason", sa.String(length=300), nullable=True),
        sa.Column("rfm_r", sa.Integer(), nullable=True),
        sa.Column("rfm_f", sa.Integer(), nullable=True),
        sa.Column("rfm_m", sa.Integer(), nullable=True),
        sa.Column("rfm_segment", sa.String(length=30), nullable=True),
        sa.Column("churn_risk", sa.Boolean(), nullable=False),
        sa.Column("churn_reason", sa.String(length=300), nullable=True),
        sa.Column("revenue_12m", app.models.types.Money(), nullable=False),
        sa.Column("last_order_date", sa.Date(), nullable=True),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["customer.id"],
            name=op.f("fk_customer_referred_by_id_customer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_customer_phone_key", ["phone_key"], unique=False)
        batch_op.create_index("ix_customer_referred_by", ["referred_by_id"], unique=False)
        batch_op.create_index("ix_customer_tier", ["tier"], unique=False)
        batch_op.create_index("ix_customer_updated", ["updated_at"], unique=False)

    op.create_table(
        "goal",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("metric", sa.String(length=30), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_table(
        "playbook_entry",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("stage_key", sa.String(length=40), nullable=True),
        sa.Column("spin_type", sa.String(length=20), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("concern", sa.Text(), nullable=True),
        sa.Column("scripts", sa.JSON(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("technique", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("builtin_key", sa.String(length=60), nullable=True),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_entry")),
    )
    with op.batch_alter_table("playbook_entry", schema=None) as batch_op:
        batch_op.create_index("ix_playbook_kind", ["kind", "lang", "stage_key"], unique=False)

    op.create_table(
        "product",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sku", sa.String(length=60), nullable=True),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("family", sa.String(length=80), nullable=True),
        sa.Column("edition_rank", sa.Integer(), nullable=False),
        sa.Column("unit_price", app.models.types.Money(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "stage",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("rot_days", sa.Integer(), nullable=False),
        sa.Column("required_fields", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
        sa.UniqueConstraint("key", name=op.f("uq_stage_key")),
    )
    op.create_table(
        "contact",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("phone_key", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_contact_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_contact_email", ["email"], unique=False)
        batch_op.create_index("ix_contact_phone_key", ["phone_key"], unique=False)

    op.create_table(
        "review",
        sa.Column("goal_id", sa.String(length=36), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=True),
        sa.Column("do", sa.Text(), nullable=True),
        sa.Column("check", sa.Text(), nullable=True),
        sa.Column("act", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_review_goal_id_goal"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    op.create_table(
        "complaint",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("promised_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("root_cause", sa.String(length=40), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_complaint_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_complaint_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_complaint_step", ["step"], unique=False)

    op.create_table(
        "deal",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("amount", app.models.types.Money(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("probability_override", sa.Integer(), nullable=True),
        sa.Column("expected_close_date", sa.Date(), nullable=True),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.String(length=200), nullable=True),
        sa.Column("need", sa.Text(), nullable=True),
        sa.Column("budget", app.models.types.Money(), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("decision_maker_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=80), nullable=True),
        sa.Column("lead_score", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_deal_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_deal_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_maker_id"],
            ["contact.id"],
            name=op.f("fk_deal_decision_maker_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], name=op.f("fk_deal_stage_id_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal")),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index("ix_deal_closed_date", ["closed_date"], unique=False)
        batch_op.create_index("ix_deal_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_deal_expected_close", ["expected_close_date"], unique=False)
        batch_op.create_index("ix_deal_board", ["status", "stage_id", "amount"], unique=False)

    op.create_table(
        "activity",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("intent_level", sa.Integer(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_activity_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_activity_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_activity_deal_id_deal"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_live",
            ["customer_id", "occurred_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index("ix_activity_deal", ["deal_id"], unique=False)
        batch_op.create_index("ix_activity_time", ["occurred_at"], unique=False)

    op.create_table(
        "deal_stage_history",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deal.id"],
            name=op.f("fk_deal_stage_history_deal_id_deal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_deal_stage_history_stage_id_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_stage_history")),
    )
    with op.batch_alter_table("deal_stage_history", schema=None) as batch_op:
        batch_op.create_index("ix_stage_history_deal", ["deal_id", "entered_at"], unique=False)
        batch_op.create_index("ix_stage_history_stage", ["stage_id"], unique=False)

    op.create_table(
        "handoff",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("promises", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_handoff_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_handoff_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff")),
    )
    with op.batch_alter_table("handoff", schema=None) as batch_op:
        batch_op.create_index("ix_handoff_deal", ["deal_id"], unique=False)

    op.create_table(
        "sales_order",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("order_no", sa.String(length=60), nullable=True),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("amount", app.models.types.Money(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_sales_order_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_sales_order_deal_id_deal"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_sales_order_product_id_product"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order")),
    )
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.create_index(
            "ix_order_live",
            ["customer_id", "order_date", "amount"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index("ix_order_date", ["order_date"], unique=False)
        batch_op.create_index("ix_order_product", ["product_id"], unique=False)

    op.create_table(
        "script_usage",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("script_index", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_script_usage_deal_id_deal"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["playbook_entry.id"],
            name=op.f("fk_script_usage_entry_id_playbook_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_usage")),
    )
    with op.batch_alter_table("script_usage", schema=None) as batch_op:
        batch_op.create_index("ix_script_usage_entry", ["entry_id"], unique=False)

    op.create_table(
        "order_line",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", app.models.types.Money(), nullable=False),
        sa.Column("amount", app.models.types.Money(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["sales_order.id"],
            name=op.f("fk_order_line_order_id_sales_order"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_order_line_product_id_product"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_line")),
    )
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.create_index("ix_order_line_order", ["order_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("amount_due", app.models.types.Money(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_received", app.models.types.Money(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_payment_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["sales_order.id"],
            name=op.f("fk_payment_order_id_sales_order"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_payment_due", ["due_date"], unique=False)
        batch_op.create_index("ix_payment_order", ["order_id"], unique=False)

    op.create_table(
        "visit_plan",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("deal_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_visit_plan_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_visit_plan_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_visit_plan_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_visit_plan_deal_id_deal"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_plan")),
    )
    with op.batch_alter_table("visit_plan", schema=None) as batch_op:
        batch_op.create_index("ix_visit_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_visit_status_due", ["status", "due_date"], unique=False)
    _seed_default_stages()


def _seed_default_stages() -> None:
    """Insert the five default stages of SPEC §3 with ids every RepBook install shares."""
    stage = sa.table(
        "stage",
        sa.column("id", sa.String),
        sa.column("key", sa.String),
        sa.column("name", sa.String),
        sa.column("name_en", sa.String),
        sa.column("position", sa.Integer),
        sa.column("probability", sa.Integer),
        sa.column("rot_days", sa.Integer),
        sa.column("required_fields", sa.JSON),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    epoch = datetime(2026, 1, 1)
    defaults = [
        ("lead", "线索", "Lead", 10, 7, []),
        ("qualified", "需求确认", "Qualified", 20, 10, ["contact_id", "need"]),
        ("proposal", "方案呈现", "Proposal", 40, 14, ["budget", "decision_maker_id"]),
        ("negotiation", "商务谈判", "Negotiation", 60, 14, ["expected_close_date"]),
        ("closing", "签约", "Closing", 80, 7, []),
    ]
    op.bulk_insert(
        stage,
        [
            {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"repbook:stage:{key}")),
                "key": key,
                "name": name,
                "name_en": name_en,
                "position": position,
                "probability": probability,
                "rot_days": rot_days,
                "required_fields": required,
                "created_at": epoch,
                "updated_at": epoch,
            }
            for position, (key, name, name_en, probability, rot_days, required) in enumerate(
                defaults
            )
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("visit_plan", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_status_due")
        batch_op.drop_index("ix_visit_customer")

    op.drop_table("visit_plan")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_order")
        batch_op.drop_index("ix_payment_due")
        batch_op.drop_index("ix_payment_customer")

    op.drop_table("payment")
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.drop_index("ix_order_line_order")

    op.drop_table("order_line")
    with op.batch_alter_table("script_usage", schema=None) as batch_op:
        batch_op.drop_index("ix_script_usage_entry")

    op.drop_table("script_usage")
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.drop_index("ix_order_product")
        batch_op.drop_index("ix_order_date")
        batch_op.drop_index("ix_order_live", sqlite_where=sa.text("deleted_at IS NULL"))

    op.drop_table("sales_order")
    with op.batch_alter_table("handoff", schema=None) as batch_op:
        batch_op.drop_index("ix_handoff_deal")

    op.drop_table("handoff")
    with op.batch_alter_table("deal_stage_history", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_history_stage")
        batch_op.drop_index("ix_stage_history_deal")

    op.drop_table("deal_stage_history")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_time")
        batch_op.drop_index("ix_activity_deal")
        batch_op.drop_index("ix_activity_live", sqlite_where=sa.text("deleted_at IS NULL"))

    op.drop_table("activity")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_board")
        batch_op.drop_index("ix_deal_expected_close")
        batch_op.drop_index("ix_deal_customer")
        batch_op.drop_index("ix_deal_closed_date")

    op.drop_table("deal")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_step")
        batch_op.drop_index("ix_complaint_customer")

    op.drop_table("complaint")
    op.drop_table("review")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_phone_key")
        batch_op.drop_index("ix_contact_email")
        batch_op.drop_index("ix_contact_customer")

    op.drop_table("contact")
    op.drop_table("stage")
    op.drop_table("setting")
    op.drop_table("product")
    with op.batch_alter_table("playbook_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_playbook_kind")

    op.drop_table("playbook_entry")
    op.drop_table("goal")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_updated")
        batch_op.drop_index("ix_customer_tier")
        batch_op.drop_index("ix_customer_referred_by")
        batch_op.drop_index("ix_customer_phone_key")
        batch_op.drop_index("ix_customer_name_key")

    op.drop_table("customer")
