"""Growth suggestions cached by the derived-data owner: cross-sell and up-sell per customer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.types import Money

SUGGESTION_KINDS = ("cross", "up")


class GrowthSuggestion(Base):
    """One suggested product for one customer; derived data, never synced, rebuilt at will.

    Cross-sell rows keep the association rule's counts (peers, with_basis, with_both,
    with_product) and measures; up-sell rows the current edition, the price gap and when that
    family was last bought. The reason sentence is built from these when shown.
    """

    __tablename__ = "growth_suggestion"

    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # SUGGESTION_KINDS
    product_id: Mapped[str] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer)  # 1 = best, within the customer and kind
    tier: Mapped[str] = mapped_column(String(1))  # the customer's effective tier when computed
    # Cross-sell: X of the rule X → product; up-sell: the edition the customer is on.
    basis_product_id: Mapped[str | None] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE")
    )
    peer_kind: Mapped[str | None] = mapped_column(String(12))  # industry, size_band
    peer_value: Mapped[str | None] = mapped_column(String(80))
    peers: Mapped[int] = mapped_column(Integer, default=0)
    with_basis: Mapped[int] = mapped_column(Integer, default=0)
    with_both: Mapped[int] = mapped_column(Integer, default=0)
    with_product: Mapped[int] = mapped_column(Integer, default=0)
    support: Mapped[float] = mapped_column(Float, default=0.0)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    lift: Mapped[float] = mapped_column(Float, default=0.0)
    price_gap: Mapped[Decimal | None] = mapped_column(Money)
    last_bought: Mapped[date | None] = mapped_column(Date)
    # The list's sort keys, ascending (so negated): cross = −confidence then −lift; up = −last
    # bought (ordinal) then −price gap. The list index then needs no sort step at 100k rows.
    score: Mapped[float] = mapped_column(Float, default=0.0)
    score2: Mapped[float] = mapped_column(Float, default=0.0)

    __table_args__ = (
        Index(
            "ix_growth_suggestion_list",
            "rank",
            "tier",
            "kind",
            "score",
            "score2",
            "customer_id",
            "product_id",
        ),
    )
