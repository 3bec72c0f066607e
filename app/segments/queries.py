"""Read the cached segmentation: tier counts, at-risk count and the win-back list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer
from app.models.customers import TIERS

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
    last_contact_at: datetime | None = None


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


def win_back_list(session: Session, limit: int = 50) -> list[WinBackEntry]:
    """List churn-risk customers by value at stake: 24-month revenue, then 12-month revenue.

    Reads the figures the last segmentation pass cached on each customer (as of its day), so
    the list costs one sort over the at-risk customers, not an aggregate over their orders.
    """
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            _effective_tier,
            Customer.rfm_segment,
            Customer.revenue_24m,
            Customer.revenue_12m,
            Customer.last_order_date,
            Customer.churn_reason,
            Customer.last_contact_at,
        )
        .where(Customer.deleted_at.is_(None), Customer.churn_risk.is_(True))
        .order_by(
            Customer.revenue_24m.desc(), Customer.revenue_12m.desc(), Customer.name, Customer.id
        )
        .limit(limit)
    )
    return [WinBackEntry(*row) for row in rows]
