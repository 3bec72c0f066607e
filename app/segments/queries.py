"""Read the cached segmentation: tier counts, at-risk count and the win-back list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models import Customer, Order
from app.models.customers import TIERS
from app.segments.facts import RECENCY_WINDOW_DAYS

_effective_tier = Customer.effective_tier


@dataclass(frozen=True)
class WinBackEntry:
    """A churn-risk customer and what is at stake in winning them back."""

    customer_id: str
    name: str
    tier: str
    segment: str | None
    monetary_24m: Decimal
    revenue_12m: Decimal
    last_order_date: date | None
    churn_reason: str | None


def tier_counts(session: Session) -> dict[str, int]:
    """Count live customers per effective tier (a manual override wins)."""
    counts = dict.fromkeys(TIERS, 0)
    rows = session.execute(
        select(_effective_tier, func.count())
        .where(Customer.deleted_at.is_(None))
        .group_by(_effective_tier)
    )
    for tier, count in rows:
        counts[tier] = count
    return counts


def at_risk_count(session: Session) -> int:
    """Count live customers flagged as a churn risk."""
    return (
        session.scalar(
            select(func.count()).where(Customer.deleted_at.is_(None), Customer.churn_risk.is_(True))
        )
        or 0
    )


def win_back_list(
    session: Session, limit: int = 50, today: date | None = None
) -> list[WinBackEntry]:
    """List churn-risk customers by value at stake: 24-month revenue, then 12-month revenue."""
    today = today or date.today()
    monetary = func.coalesce(func.sum(Order.amount), 0)
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            _effective_tier,
            Customer.rfm_segment,
            monetary,
            Customer.revenue_12m,
            Customer.last_order_date,
            Customer.churn_reason,
        )
        .outerjoin(
            Order,
            and_(
                Order.customer_id == Customer.id,
                Order.deleted_at.is_(None),
                Order.order_date > today - timedelta(days=RECENCY_WINDOW_DAYS),
                Order.order_date <= today,
            ),
        )
        .where(Customer.deleted_at.is_(None), Customer.churn_risk.is_(True))
        .group_by(Customer.id)
        .order_by(monetary.desc(), Customer.revenue_12m.desc(), Customer.name, Customer.id)
        .limit(limit)
    )
    return [
        WinBackEntry(
            customer_id=row[0],
            name=row[1],
            tier=row[2],
            segment=row[3],
            monetary_24m=row[4],
            revenue_12m=row[5],
            last_order_date=row[6],
            churn_reason=row[7],
        )
        for row in rows
    ]
