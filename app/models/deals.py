"""Pipeline stages, deals (opportunities) and their stage history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced
from app.models.customers import Contact, Customer
from app.models.types import Money
from app.vocab import DEAL_STATUSES as DEAL_STATUSES


class Stage(Synced, Base):
    """An open pipeline stage; won and lost are deal statuses, not stages."""

    __tablename__ = "stage"

    # Default stages keep a stable key ("lead" …) so every rep's bundle agrees on them.
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str | None] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=0)
    rot_days: Mapped[int] = mapped_column(Integer, default=14)
    # Field names a deal must have before it may enter this stage (统一信息录入规范).
    required_fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class Deal(Synced, Base):
    """A sales opportunity moving through the pipeline."""

    __tablename__ = "deal"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    probability_override: Mapped[int | None] = mapped_column(Integer)
    expected_close_date: Mapped[date | None] = mapped_column(Date)
    closed_date: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str | None] = mapped_column(String(200))
    need: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[Decimal | None] = mapped_column(Money)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    decision_maker_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL")
    )
    source: Mapped[str | None] = mapped_column(String(80))
    lead_score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # Kept in step with stage history and activities so the board never aggregates per card.
    stage_entered_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_activity_at: Mapped[datetime | None] = mapped_column(DateTime)

    customer: Mapped[Customer] = relationship(back_populates="deals")
    stage: Mapped[Stage] = relationship()
    contact: Mapped[Contact | None] = relationship(foreign_keys=[contact_id])
    decision_maker: Mapped[Contact | None] = relationship(foreign_keys=[decision_maker_id])
    history: Mapped[list[DealStageHistory]] = relationship(
        back_populates="deal", order_by="DealStageHistory.entered_at"
    )

    __table_args__ = (
        Index("ix_deal_board", "status", "stage_id", "amount"),  # board columns sorted by amount
        Index("ix_deal_customer", "customer_id"),
        Index("ix_deal_expected_close", "expected_close_date"),
        Index("ix_deal_closed_date", "closed_date"),
        # Covering, open and live only: the board's column totals (app.pipeline.totals).
        Index(
            "ix_deal_open_totals",
            "stage_id",
            "probability_override",
            "amount",
            "customer_id",
            "status",
            "deleted_at",
            sqlite_where=text("status = 'open' AND deleted_at IS NULL"),
        ),
        # The board's owner and close-month filter choices, read from the index alone.
        Index(
            "ix_deal_owner",
            "owner",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL AND owner IS NOT NULL"),
        ),
        Index(
            "ix_deal_open_close",
            "expected_close_date",
            "status",
            "deleted_at",
            sqlite_where=text("status = 'open' AND deleted_at IS NULL"),
        ),
    )


class DealStageHistory(Synced, Base):
    """One stay of a deal in a stage: when it entered and when it left."""

    __tablename__ = "deal_stage_history"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)

    deal: Mapped[Deal] = relationship(back_populates="history")

    __table_args__ = (
        Index("ix_stage_history_deal", "deal_id", "entered_at"),
        Index("ix_stage_history_stage", "stage_id"),
    )
