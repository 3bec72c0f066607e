"""SMART goals and PDCA reviews."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

GOAL_METRICS = (
    "revenue",
    "new_customers",
    "win_rate",
    "cycle_days",
    "visits_done",
    "on_time_collection",
    "satisfaction",
)


class Goal(Synced, Base):
    """A measurable target for a period."""

    __tablename__ = "goal"

    name: Mapped[str] = mapped_column(String(200))
    metric: Mapped[str] = mapped_column(String(30))
    target: Mapped[float] = mapped_column(Float)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Review(Synced, Base):
    """A plan–do–check–act review note, usually quarterly."""

    __tablename__ = "review"

    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    plan: Mapped[str | None] = mapped_column(Text)
    do: Mapped[str | None] = mapped_column(Text)
    check: Mapped[str | None] = mapped_column(Text)
    act: Mapped[str | None] = mapped_column(Text)
