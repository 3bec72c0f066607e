"""Care reminders handled by the rep, and customer events (salons, seminars, product days)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class CareReminder(Synced, Base):
    """A care occasion the rep dealt with (dismissed, or greeted), so it does not come back."""

    __tablename__ = "care_reminder"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    # An app.visits.care occasion code: "holiday:<festival>", "founded", "cooperation", "birthday".
    occasion: Mapped[str] = mapped_column(String(40))
    occurs_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="dismissed")  # dismissed | done
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))

    __table_args__ = (Index("ix_care_reminder_day", "occurs_on", "customer_id"),)


class CustomerEvent(Synced, Base):
    """A customer event the rep organises (客户沙龙, 行业研讨会, 产品体验会)."""

    __tablename__ = "customer_event"

    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class EventInvite(Synced, Base):
    """One customer invited to an event; attending logs an activity that counts as contact."""

    __tablename__ = "event_invite"

    event_id: Mapped[str] = mapped_column(ForeignKey("customer_event.id", ondelete="CASCADE"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="invited")  # invited | attended
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))

    __table_args__ = (Index("ix_event_invite_event", "event_id", "customer_id"),)
