"""Team mode: one row per rep, for a lead who merged several reps' bundles.

Pipeline value is the open deals' amount today; win rate and median cycle count the deals closed
in the period; visits done vs due count the planned visits due in the period up to its last
day (today while it runs); overdue receivables are aged on that day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from app.insights.scope import Scope, share
from app.models import Deal, Payment, VisitPlan

CENTS = Decimal(100)


@dataclass(frozen=True)
class RepRow:
    """One rep's figures."""

    owner: str
    pipeline: Decimal
    open_deals: int
    won: int
    lost: int
    win_rate: float | None
    cycle_median_days: float | None
    visits_done: int
    visits_due: int
    overdue: Decimal


def per_rep(session: Session, scope: Scope) -> list[RepRow]:
    """Compare every owner (or the one the scope names) on the team figures."""
    live = scope.mine
    pipeline = {
        owner: (count, cents or 0)
        for owner, count, cents in session.execute(
            select(Deal.owner, func.count(), func.sum(type_coerce(Deal.amount, Integer)))
            .where(live(Deal), Deal.status == "open")
            .group_by(Deal.owner)
        )
    }
    closed: dict[str | None, dict[str, int]] = defaultdict(lambda: {"won": 0, "lost": 0})
    for owner, status, count in session.execute(
        select(Deal.owner, Deal.status, func.count())
        .where(live(Deal), scope.within_days(Deal.closed_date), Deal.status.in_(("won", "lost")))
        .group_by(Deal.owner, Deal.status)
    ):
        closed[owner][status] = count
    cycles: dict[str | None, list[float]] = defaultdict(list)
    for owner, days in session.execute(
        select(
            Deal.owner,
            func.julianday(Deal.closed_date) - func.julianday(func.date(Deal.created_at)),
        ).where(live(Deal), scope.within_days(Deal.closed_date), Deal.status == "won")
    ):
        cycles[owner].append(max(0.0, float(days)))
    visits: dict[str | None, dict[str, int]] = defaultdict(lambda: {"done": 0, "due": 0})
    for owner, status, count in session.execute(
        select(VisitPlan.owner, VisitPlan.status, func.count())
        .where(
            live(VisitPlan),
            VisitPlan.due_date >= scope.start,
            VisitPlan.due_date <= scope.as_of,
        )
        .group_by(VisitPlan.owner, VisitPlan.status)
    ):
        visits[owner]["due"] += count
        if status == "done":
            visits[owner]["done"] += count
    due = type_coerce(Payment.amount_due, Integer)
    got = type_coerce(Payment.amount_received, Integer)
    overdue = {
        owner: cents or 0
        for owner, cents in session.execute(
            select(Payment.owner, func.sum(due - got))
            .where(live(Payment), Payment.due_date < scope.as_of, got < due)
            .group_by(Payment.owner)
        )
    }
    names = set(pipeline) | set(closed) | set(visits) | set(overdue)
    rows = []
    for owner in sorted(names, key=lambda name: name or ""):
        won, lost = closed[owner]["won"], closed[owner]["lost"]
        count, cents = pipeline.get(owner, (0, 0))
        rows.append(
            RepRow(
                owner or "",
                Decimal(cents) / CENTS,
                count,
                won,
                lost,
                share(won, won + lost),
                float(median(cycles[owner])) if cycles[owner] else None,
                visits[owner]["done"],
                visits[owner]["due"],
                Decimal(overdue.get(owner, 0)) / CENTS,
            )
        )
    return rows
