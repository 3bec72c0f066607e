"""Follow-ups per ISO week and channel (a week runs Monday to Sunday)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.insights.scope import Scope
from app.models import Activity
from app.vocab import CHANNELS


@dataclass(frozen=True)
class ActivityWeek:
    """One ISO week: its Monday, its label ("2026-W09") and counts by channel."""

    monday: date
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The ISO week, as "2026-W09"."""
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def total(self) -> int:
        """Activities of every channel."""
        return sum(self.counts.values())


def activity_by_week(session: Session, scope: Scope) -> list[ActivityWeek]:
    """Count activities in the period by the week they happened and their channel."""
    # The Monday on or before the day: back six days, then forward to the next Monday.
    monday = func.date(Activity.occurred_at, "-6 days", "weekday 1")
    counts: dict[date, dict[str, int]] = {}
    for week, channel, count in session.execute(
        select(monday, Activity.channel, func.count())
        .where(scope.mine(Activity), scope.within(Activity.occurred_at))
        .group_by(monday, Activity.channel)
    ):
        key = channel if channel in CHANNELS else "other"
        bucket = counts.setdefault(date.fromisoformat(week), {})
        bucket[key] = bucket.get(key, 0) + count
    first = scope.start - timedelta(days=scope.start.weekday())
    # Weeks still to come are not weeks without follow-ups: the chart stops at this week
    # (or at the last week something was logged for, when the log runs ahead).
    last = max([scope.as_of, *counts])
    weeks, cursor = [], first
    while cursor <= last:
        weeks.append(ActivityWeek(cursor, counts.get(cursor, {})))
        cursor += timedelta(days=7)
    return weeks


def channel_totals(weeks: list[ActivityWeek]) -> dict[str, int]:
    """Add the weeks up by channel, every known channel present."""
    totals = dict.fromkeys(CHANNELS, 0)
    for week in weeks:
        for channel, count in week.counts.items():
            totals[channel] = totals.get(channel, 0) + count
    return totals
