"""Undoable actions on goals and their PDCA reviews, run through app.actions.perform."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.changes import ActionError, ChangeSet, Outcome
from app.i18n import msg
from app.models import Goal, Review
from app.models.goals import GOAL_METRICS
from app.models.types import utcnow


@dataclass(frozen=True)
class GoalInput:
    """What the goal form holds."""

    name: str
    metric: str
    target: float
    period_start: date
    period_end: date
    notes: str = ""


@dataclass(frozen=True)
class ReviewInput:
    """One plan–do–check–act note for a goal's period."""

    goal_id: str | None
    period_start: date
    period_end: date
    plan: str = ""
    do: str = ""
    check: str = ""
    act: str = ""


def goal_problems(data: GoalInput) -> list[str]:
    """Return what is wrong with a goal form, one line per field."""
    problems = []
    if not data.name.strip():
        problems.append(msg("insights.goal.name_empty"))
    if data.metric not in GOAL_METRICS:
        problems.append(msg("insights.goal.metric_unknown", metric=data.metric))
    if not math.isfinite(data.target) or data.target <= 0:
        problems.append(msg("insights.goal.target_positive"))
    if data.period_end < data.period_start:
        problems.append(msg("insights.goal.period_backwards"))
    return problems


def _refuse(problems: list[str]) -> None:
    if problems:
        raise ActionError("pipeline.problems", problems="\n".join(problems))


def _goal_values(data: GoalInput) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "metric": data.metric,
        "target": float(data.target),
        "period_start": data.period_start,
        "period_end": data.period_end,
        "notes": data.notes.strip() or None,
    }


def create_goal(session: Session, data: GoalInput, *, now: datetime | None = None) -> Outcome:
    """Add a goal for the rep; refuse (nothing written) when the form is wrong."""
    _refuse(goal_problems(data))
    now = now or utcnow()
    changes = ChangeSet()
    goal = Goal(**_goal_values(data), owner=settings.get(session, "owner") or None)
    changes.create(session, goal, now)
    session.flush()
    return Outcome(changes, created_id=goal.id)


def update_goal(
    session: Session, goal_id: str, data: GoalInput, *, now: datetime | None = None
) -> Outcome:
    """Change a goal's name, metric, target, period or notes."""
    _refuse(goal_problems(data))
    goal = session.get(Goal, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise ActionError("insights.goal.gone")
    values = {k: v for k, v in _goal_values(data).items() if getattr(goal, k) != v}
    changes = ChangeSet()
    if values:
        changes.update(goal, now or utcnow(), **values)
        session.flush()
    return Outcome(changes)


def delete_goal(session: Session, goal_id: str, *, now: datetime | None = None) -> Outcome:
    """Remove a goal (a tombstone, so undo brings it back)."""
    goal = session.get(Goal, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise ActionError("insights.goal.gone")
    now = now or utcnow()
    changes = ChangeSet()
    changes.update(goal, now, deleted_at=now)
    session.flush()
    return Outcome(changes)


def save_review(session: Session, data: ReviewInput, *, now: datetime | None = None) -> Outcome:
    """Write the PDCA note of a goal's period: update the one there is, else add it."""
    if data.period_end < data.period_start:
        raise ActionError("pipeline.problems", problems=msg("insights.goal.period_backwards"))
    now = now or utcnow()
    texts = {k: (getattr(data, k).strip() or None) for k in ("plan", "do", "check", "act")}
    query = select(Review).where(
        Review.deleted_at.is_(None),
        Review.period_start == data.period_start,
        Review.period_end == data.period_end,
    )
    query = query.where(
        Review.goal_id.is_(None) if data.goal_id is None else Review.goal_id == data.goal_id
    )
    review = session.scalars(query.limit(1)).first()
    changes = ChangeSet()
    if review is None:
        review = Review(
            goal_id=data.goal_id,
            period_start=data.period_start,
            period_end=data.period_end,
            owner=settings.get(session, "owner") or None,
            **texts,
        )
        changes.create(session, review, now)
    else:
        values = {k: v for k, v in texts.items() if getattr(review, k) != v}
        if values:
            changes.update(review, now, **values)
    session.flush()
    return Outcome(changes, created_id=review.id)


def reviews_of(session: Session, goal_id: str | None) -> list[Review]:
    """Return the live reviews of a goal (or the general ones), latest period first."""
    query = select(Review).where(Review.deleted_at.is_(None))
    query = query.where(Review.goal_id.is_(None) if goal_id is None else Review.goal_id == goal_id)
    return list(session.scalars(query.order_by(Review.period_start.desc())))
