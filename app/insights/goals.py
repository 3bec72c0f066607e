"""SMART goals: the actual value of each metric, progress to target and the projected end value.

Projection is a linear run-rate. Counted metrics (revenue, new customers, visits done) grow
with time, so the value so far is scaled to the whole period: actual × period days / days
elapsed. Rates (win rate, cycle days, on-time collection, satisfaction) have no run-rate; the
rate so far is the best estimate of the rate at the end. A goal whose period has not begun has
no projection; one that has ended projects its actual value.
Win rate and on-time collection are shares (0.35 = 35 %), cycle days a median (lower is
better), satisfaction a 1–5 average, revenue the amount of deals won (closed in the period),
new customers those whose first cooperation falls in it, visits done the follow-ups by visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from app.insights.outcomes import outcomes
from app.insights.receivables import receivables
from app.insights.satisfaction import satisfaction
from app.insights.scope import Scope
from app.models import Activity, Customer, Deal, Goal
from app.models.goals import GOAL_METRICS

COUNTED = ("revenue", "new_customers", "visits_done")
LOWER_IS_BETTER = ("cycle_days",)


@dataclass(frozen=True)
class GoalProgress:
    """Where one goal stands."""

    goal_id: str
    name: str
    metric: str
    target: float
    period_start: date
    period_end: date
    owner: str | None
    actual: float | None
    projected: float | None
    notes: str | None

    @property
    def progress(self) -> float | None:
        """Actual over target (target over actual when lower is better), 1.0 = reached."""
        if self.actual is None or not self.target:
            return None
        if self.metric in LOWER_IS_BETTER:
            return self.target / self.actual if self.actual else None
        return self.actual / self.target

    @property
    def on_track(self) -> bool | None:
        """Tell whether the projected value meets the target."""
        if self.projected is None:
            return None
        if self.metric in LOWER_IS_BETTER:
            return self.projected <= self.target
        return self.projected >= self.target


def actual_value(session: Session, metric: str, scope: Scope) -> float | None:
    """Compute one goal metric for a scope (None when there is nothing to rate)."""
    if metric == "revenue":
        cents = session.scalar(
            select(func.coalesce(func.sum(type_coerce(Deal.amount, Integer)), 0)).where(
                scope.mine(Deal), Deal.status == "won", scope.within_days(Deal.closed_date)
            )
        )
        return float(cents or 0) / 100
    if metric == "new_customers":
        return float(
            session.scalar(
                select(func.count()).where(
                    scope.mine(Customer), scope.within_days(Customer.first_cooperation_date)
                )
            )
            or 0
        )
    if metric == "visits_done":
        return float(
            session.scalar(
                select(func.count()).where(
                    scope.mine(Activity),
                    scope.within(Activity.occurred_at),
                    Activity.channel == "visit",
                )
            )
            or 0
        )
    if metric == "win_rate":
        return outcomes(session, scope).win_rate
    if metric == "cycle_days":
        return outcomes(session, scope).cycle_median_days
    if metric == "on_time_collection":
        return receivables(session, scope).on_time_rate
    if metric == "satisfaction":
        return satisfaction(session, scope).mean
    raise ValueError(metric)


def project(metric: str, actual: float | None, start: date, end: date, today: date) -> float | None:
    """Project a goal metric to the period's end by its linear run-rate (see module docstring)."""
    if actual is None or today < start:
        return None
    if metric not in COUNTED or today >= end:
        return actual
    elapsed = (today - start).days + 1
    total = (end - start).days + 1
    return actual * total / elapsed


def goal_progress(
    session: Session, today: date, owner: str | None = None, active_on: date | None = None
) -> list[GoalProgress]:
    """Return every live goal (of one owner, or all), with actual and projected values.

    active_on keeps only the goals whose period contains that day.
    """
    query = select(Goal).where(Goal.deleted_at.is_(None), Goal.metric.in_(GOAL_METRICS))
    if owner is not None:
        query = query.where(Goal.owner == owner)
    if active_on is not None:
        query = query.where(Goal.period_start <= active_on, Goal.period_end >= active_on)
    found = []
    for goal in session.scalars(query.order_by(Goal.period_end, Goal.name)):
        scope = Scope(goal.period_start, goal.period_end, goal.owner, today)
        actual = actual_value(session, goal.metric, scope)
        found.append(
            GoalProgress(
                goal.id,
                goal.name,
                goal.metric,
                goal.target,
                goal.period_start,
                goal.period_end,
                goal.owner,
                actual,
                project(goal.metric, actual, goal.period_start, goal.period_end, today),
                goal.notes,
            )
        )
    return found
