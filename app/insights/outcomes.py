"""Deals closed in a period: win rate, sales cycle (created → won) and lost reasons ranked.

A lost deal without a reason counts as "unspecified"; free-text reasons count as "other".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.insights.scope import Scope, share, stats
from app.models import Deal
from app.vocab import split_lost_reason

UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class LostReason:
    """One bar of the Pareto chart."""

    code: str
    count: int
    share: float
    cumulative: float


@dataclass(frozen=True)
class Outcomes:
    """Won and lost deals closed in the period."""

    won: int
    lost: int
    win_rate: float | None
    cycle_mean_days: float | None
    cycle_median_days: float | None
    lost_reasons: list[LostReason]


def outcomes(session: Session, scope: Scope) -> Outcomes:
    """Count won and lost deals closed in the period, their cycle and the lost reasons."""
    closed = (scope.mine(Deal), scope.within_days(Deal.closed_date))
    cycles = [
        max(0.0, float(days))
        for (days,) in session.execute(
            select(
                func.julianday(Deal.closed_date) - func.julianday(func.date(Deal.created_at))
            ).where(*closed, Deal.status == "won")
        )
    ]
    reasons: Counter[str] = Counter()
    for value, count in session.execute(
        select(Deal.lost_reason, func.count())
        .where(*closed, Deal.status == "lost")
        .group_by(Deal.lost_reason)
    ):
        code = split_lost_reason(value)[0] if value and value.strip() else UNSPECIFIED
        reasons[code] += count
    lost = sum(reasons.values())
    ranked, running = [], 0
    for code, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        running += count
        ranked.append(LostReason(code, count, count / lost, running / lost))
    mean, middle = stats(cycles)
    won = len(cycles)
    return Outcomes(won, lost, share(won, won + lost), mean, middle, ranked)
