"""growth: cached cross-sell / up-sell suggestions and referral reward notes

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-02 06:10:00

growth_suggestion is derived data (app.derived refreshes it; never synced), so the first full
refresh after start-up fills it. customer.referral_notes keeps what was promised or given to a
customer for the customers it referred.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.types

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("referral_notes", sa.Text(), nullable=True))
    op.create_table(
        "growth_suggestion",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=False),
        sa.Column("basis_product_id", sa.String(length=36), nullable=True),
        sa.Column("peer_kind", sa.String(length=12), nullable=True),
        sa.Column("peer_value", sa.String(length=80), nullable=True),
        sa.Column("peers", sa.Integer(), nullable=False),
        sa.Column("with_basis", sa.Integer(), nullable=False),
        sa.Column("with_both", sa.Integer(), nullable=False),
        sa.Column("with_product", sa.Integer(), nullable=False),
        sa.Column("support", sa.Float(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("lift", sa.Float(), nullable=False),
        sa.Column("price_gap", app.models.types.Money(), nullable=True),
        sa.Column("last_bought", sa.Date(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("score2", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["basis_product_id"],
            ["product.id"],
            name="fk_growth_suggestion_basis_product_id_product",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name="fk_growth_suggestion_customer_id_customer",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name="fk_growth_suggestion_product_id_product",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "kind", "product_id", name="pk_growth_suggestion"),
    )
    op.create_index(
        "ix_growth_suggestion_list",
        "growth_suggestion",
        ["rank", "tier", "kind", "score", "score2", "customer_id", "product_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_growth_suggestion_list", table_name="growth_suggestion")
    op.drop_table("growth_suggestion")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("referral_notes")
