"""Customer satisfaction on a 1–5 scale: complaints rated after their follow-up, and the
rating a rep records on an after-sale follow-up (the activity's 1–5 level)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.insights.scope import Scope
from app.models import Activity, Complaint

AFTER_SALE_KINDS = ("aftersale_visit", "care", "complaint_followup")


@dataclass(frozen=True)
class Satisfaction:
    """Averages and how many ratings each stands on."""

    complaints_mean: float | None
    complaints_rated: int
    aftersale_mean: float | None
    aftersale_rated: int

    @property
    def mean(self) -> float | None:
        """The average over every rating of both kinds."""
        rated = self.complaints_rated + self.aftersale_rated
        if not rated:
            return None
        total = (self.complaints_mean or 0) * self.complaints_rated
        total += (self.aftersale_mean or 0) * self.aftersale_rated
        return total / rated


def satisfaction(session: Session, scope: Scope) -> Satisfaction:
    """Average complaint ratings (by resolution day) and after-sale follow-up ratings."""
    when = func.coalesce(Complaint.resolved_at, Complaint.received_at)
    c_mean, c_count = session.execute(
        select(func.avg(Complaint.satisfaction), func.count(Complaint.satisfaction)).where(
            scope.mine(Complaint), scope.within(when), Complaint.satisfaction.between(1, 5)
        )
    ).one()
    a_mean, a_count = session.execute(
        select(func.avg(Activity.intent_level), func.count(Activity.intent_level)).where(
            scope.mine(Activity),
            scope.within(Activity.occurred_at),
            Activity.kind.in_(AFTER_SALE_KINDS),
            Activity.intent_level.between(1, 5),
        )
    ).one()
    return Satisfaction(
        float(c_mean) if c_mean is not None else None,
        int(c_count),
        float(a_mean) if a_mean is not None else None,
        int(a_count),
    )
