"""Products, orders and receivables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced
from app.models.types import Money


class Product(Synced, Base):
    """Something the rep sells; editions of one family rank for up-sell."""

    __tablename__ = "product"

    name: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str | None] = mapped_column(String(60))
    category: Mapped[str | None] = mapped_column(String(80))
    family: Mapped[str | None] = mapped_column(String(80))
    edition_rank: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[Decimal | None] = mapped_column(Money)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Order(Synced, Base):
    """What a customer bought and when."""

    __tablename__ = "sales_order"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    order_no: Mapped[str | None] = mapped_column(String(60))
    order_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    # The main product, for single-product orders and quick cross-sell queries.
    product_id: Mapped[str | None] = mapped_column(ForeignKey("product.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[OrderLine]] = relationship(back_populates="order")

    __table_args__ = (
        # Live orders per customer with their amounts: segmentation reads only this index.
        Index(
            "ix_order_live",
            "customer_id",
            "order_date",
            "amount",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_order_date", "order_date"),
        Index("ix_order_product", "product_id"),
        Index("ix_order_deal", "deal_id"),  # a won deal's orders (handoff proof, 0012)
    )


class OrderLine(Synced, Base):
    """One product on an order."""

    __tablename__ = "order_line"

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id", ondelete="CASCADE"))
    product_id: Mapped[str | None] = mapped_column(ForeignKey("product.id", ondelete="SET NULL"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    order: Mapped[Order] = relationship(back_populates="lines")

    __table_args__ = (Index("ix_order_line_order", "order_id"),)


class Payment(Synced, Base):
    """A receivable (回款): what is due, when, and what came in."""

    __tablename__ = "payment"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    order_id: Mapped[str | None] = mapped_column(ForeignKey("sales_order.id", ondelete="SET NULL"))
    # The order number a receivables sheet gave when the book had no such order: it keeps the
    # payment apart from others of the same day and amount, and links it once the order comes.
    order_no: Mapped[str | None] = mapped_column(String(60))
    amount_due: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    due_date: Mapped[date] = mapped_column(Date)
    amount_received: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    received_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_payment_customer", "customer_id"),
        Index("ix_payment_due", "due_date"),
        Index("ix_payment_order", "order_id"),
    )
