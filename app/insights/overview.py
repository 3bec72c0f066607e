"""Every insight of one scope at once: what the Insights screen and the reports show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from app.insights.activity import ActivityWeek, activity_by_week
from app.insights.durations import Finding, StageDuration, bottleneck, leak, stage_durations
from app.insights.forecast import Forecast, forecast
from app.insights.funnel import Funnel, PipelineRow, funnel, open_pipeline
from app.insights.goals import GoalProgress, goal_progress
from app.insights.outcomes import Outcomes, outcomes
from app.insights.process_map import ProcessMap, process_map
from app.insights.receivables import Receivables, receivables
from app.insights.satisfaction import Satisfaction, satisfaction
from app.insights.scope import Scope, owners
from app.insights.team import RepRow, per_rep
from app.models import Customer, VisitPlan
from app.progress import Cancelled
from app.vocab import VISIT_STATUSES

TIERS = ("A", "B", "C")
STEPS = 11


@dataclass(frozen=True)
class TierRow:
    """Customers of one tier, and their trailing 12 months' revenue."""

    tier: str
    customers: int
    revenue_12m: Decimal


@dataclass(frozen=True)
class Insights:
    """Everything the screen and the reports show for one scope."""

    scope: Scope
    owners: list[str]
    pipeline: list[PipelineRow]
    funnel: Funnel
    durations: list[StageDuration]
    bottleneck: Finding | None
    leak: Finding | None
    outcomes: Outcomes
    forecast: Forecast
    activity: list[ActivityWeek]
    receivables: Receivables
    satisfaction: Satisfaction
    process_map: ProcessMap
    goals: list[GoalProgress]
    tiers: list[TierRow]
    visits: dict[str, int]  # visit plans due in the period, by status
    team: list[RepRow]


def tiers(session: Session, scope: Scope) -> list[TierRow]:
    """Count customers and their 12-month revenue per effective tier."""
    found = {
        tier: (count, cents or 0)
        for tier, count, cents in session.execute(
            select(
                Customer.effective_tier,
                func.count(),
                func.sum(type_coerce(Customer.revenue_12m, Integer)),
            )
            .where(scope.mine(Customer))
            .group_by(Customer.effective_tier)
        )
    }
    return [
        TierRow(t, found.get(t, (0, 0))[0], Decimal(found.get(t, (0, 0))[1]) / 100) for t in TIERS
    ]


def visits(session: Session, scope: Scope) -> dict[str, int]:
    """Count the visit plans due in the period by status (planned, done, skipped)."""
    counts = dict.fromkeys(VISIT_STATUSES, 0)
    for status, count in session.execute(
        select(VisitPlan.status, func.count())
        .where(scope.mine(VisitPlan), scope.within_days(VisitPlan.due_date))
        .group_by(VisitPlan.status)
    ):
        counts[status] = counts.get(status, 0) + count
    return counts


def compute_insights(
    session: Session,
    scope: Scope,
    progress: Callable[[int, int], bool] | None = None,
) -> Insights:
    """Compute every insight of the scope; progress(done, total) returning False cancels."""
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        if progress is not None and progress(step, STEPS) is False:
            raise Cancelled

    names = owners(session)
    board = open_pipeline(session, scope.owner)
    the_funnel = funnel(session, scope)
    tick()
    durations = stage_durations(session, scope)
    tick()
    closed = outcomes(session, scope)
    tick()
    ahead = forecast(session, scope)
    tick()
    weeks = activity_by_week(session, scope)
    tick()
    money = receivables(session, scope)
    tick()
    rated = satisfaction(session, scope)
    tick()
    moves = process_map(session, scope)
    tick()
    today = scope.today or date.today()
    goals = goal_progress(session, today, scope.owner, active_on=None)
    goals = [g for g in goals if g.period_end >= scope.start and g.period_start <= scope.end]
    tick()
    tier_rows = tiers(session, scope)
    planned = visits(session, scope)
    tick()
    team = per_rep(session, scope)
    tick()
    return Insights(
        scope,
        names,
        board,
        the_funnel,
        durations,
        bottleneck(durations, the_funnel),
        leak(the_funnel),
        closed,
        ahead,
        weeks,
        money,
        rated,
        moves,
        goals,
        tier_rows,
        planned,
        team,
    )
