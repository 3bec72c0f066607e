"""After-sale work: complaints and won-deal handoffs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

# The manual's five complaint steps [M2.6], then closed.
COMPLAINT_STEPS = ("listen", "apologise", "confirm", "resolve", "follow_up", "closed")
SEVERITIES = ("low", "medium", "high")
HANDOFF_ITEMS = (
    "customer_info",
    "needs_background",
    "deal_history",
    "promises",
    "key_contacts",
    "payment_schedule",
)


class Complaint(Synced, Base):
    """A customer complaint moving through the handling workflow."""

    __tablename__ = "complaint"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    step: Mapped[str] = mapped_column(String(20), default="listen")
    promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
    root_cause: Mapped[str | None] = mapped_column(String(40))
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1 … 5 after the follow-up

    __table_args__ = (
        Index("ix_complaint_customer", "customer_id"),
        Index("ix_complaint_step", "step"),
    )


class Handoff(Synced, Base):
    """A won deal handed over to delivery / customer success [M3.1.2]."""

    __tablename__ = "handoff"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="todo")  # todo, done
    # Item key → done flag, for HANDOFF_ITEMS.
    checklist: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    promises: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_handoff_deal", "deal_id"),)
