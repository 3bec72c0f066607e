"""Interaction records (跟进记录) and planned visits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.vocab import ACTIVITY_KINDS as ACTIVITY_KINDS
from app.vocab import CHANNELS as CHANNELS
from app.vocab import VISIT_SOURCES as VISIT_SOURCES
from app.vocab import VISIT_STATUSES as VISIT_STATUSES


class Activity(Synced, Base):
    """One contact with a customer: when, how, what was said and what comes next."""

    __tablename__ = "activity"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    kind: Mapped[str] = mapped_column(String(30), default="other")
    summary: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str | None] = mapped_column(Text)
    intent_level: Mapped[int | None] = mapped_column(Integer)  # 1 (cold) … 5 (ready to buy)
    next_step: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # Latest live contact per customer, read by segmentation and the customer timeline.
        Index(
            "ix_activity_live",
            "customer_id",
            "occurred_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_activity_deal", "deal_id"),
        Index("ix_activity_time", "occurred_at"),
    )


class VisitPlan(Synced, Base):
    """A planned visit or reminder for a customer."""

    __tablename__ = "visit_plan"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    due_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="presale_visit")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    note: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    # A cadence visit's basis ("<last contact>+<cadence days>"): re-planned only when it moves,
    # so a visit the rep dragged to another day stays there until the next contact.
    planned_from: Mapped[str | None] = mapped_column(String(40))
    # Why the rep skipped it.
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # The calendar's day counts and agenda sections, live visits only (migration 0016).
        Index(
            "ix_visit_live_due", "status", "due_date", "id", sqlite_where=text("deleted_at IS NULL")
        ),
        Index("ix_visit_customer", "customer_id"),
        # Each customer's next planned visit, read from the index alone (the customer list).
        Index(
            "ix_visit_next_due",
            "status",
            "customer_id",
            "due_date",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )
