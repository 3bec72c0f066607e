"""Customer personas (manual 三.3): what the customers of each tier and RFM segment look like.

Three reads, each once for both views: live customers (tier, segment, industry, 12-month
revenue), live orders of the 24-month window (size, and days since the customer's previous
order) and follow-ups of the last 12 months counted per customer and channel. Each customer
adds to its tier's and its segment's figures; medians are taken over the order rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.models.customers import TIERS
from app.segments.refresh import Rules
from app.segments.rules import SEGMENTS, median

TOP = 3  # industries and channels shown per persona


@dataclass(frozen=True)
class Persona:
    """One tier's or one segment's customers in figures."""

    by: str  # "tier" or "segment"
    key: str  # "A" … or a segment key
    customers: int
    revenue_12m: Decimal
    revenue_share: float  # of the whole book's 12-month revenue, 0…1
    industries: list[tuple[str, int]]  # most common first: industry, customers
    median_order: Decimal | None  # typical order size over the last 24 months
    median_interval_days: float | None  # typical days between order days, last 24 months
    channels: list[tuple[str, float]]  # most used first: channel, share of the follow-ups


@dataclass
class _Group:
    customers: int = 0
    revenue_cents: int = 0
    industries: Counter[str] = field(default_factory=Counter)
    orders: list[int] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    channels: Counter[str] = field(default_factory=Counter)


# Raw SQL on plain tuples, as the segmentation pass reads: at 100k customers, 300k orders and
# 1M follow-ups, result processing and the join to customer would cost more than the reads.
_CUSTOMERS = (
    "SELECT id, CASE WHEN tier_override IN ('A', 'B', 'C') THEN tier_override"
    " WHEN tier IN ('A', 'B', 'C') THEN tier ELSE 'C' END,"
    " rfm_segment, industry, revenue_12m FROM customer WHERE deleted_at IS NULL"
)
# Walks ix_order_live (customer, date, amount): the window needs no sort and no table reads.
_ORDERS = (
    "SELECT customer_id, amount,"
    " julianday(order_date) - lag(julianday(order_date))"
    " OVER (PARTITION BY customer_id ORDER BY order_date)"
    " FROM sales_order INDEXED BY ix_order_live"
    " WHERE deleted_at IS NULL AND order_date > ? AND order_date <= ?"
)
# One sequential pass over the table beats a million index seeks into it.
_CHANNELS = (
    "SELECT customer_id, channel, count(*) FROM activity NOT INDEXED"
    " WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?"
    " GROUP BY customer_id, channel"
)


def _read(session: Session, sql: str, *params: str) -> list[Any]:
    with session.connection().exec_driver_sql(sql, params) as result:
        return list(result.cursor.fetchall())


def _groups_of(tier: str, segment: str | None) -> list[tuple[str, str]]:
    return [("tier", tier), ("segment", segment)] if segment else [("tier", tier)]


def personas(session: Session, today: date | None = None) -> list[Persona]:
    """Describe each tier (A, B, C) and each RFM segment present, as of today."""
    today = today or date.today()
    groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
    keys_of: dict[str, list[_Group]] = {}
    total_cents = 0
    for customer_id, tier, segment, industry, cents in _read(session, _CUSTOMERS):
        total_cents += cents or 0
        mine = [groups["tier", tier]] + ([groups["segment", segment]] if segment else [])
        keys_of[customer_id] = mine
        for group in mine:
            group.customers += 1
            group.revenue_cents += cents or 0
            if industry:
                group.industries[industry] += 1
    rules = Rules.load(session, today)
    first_day = (today - timedelta(days=rules.recency_days)).isoformat()
    for customer_id, cents, gap in _read(session, _ORDERS, first_day, today.isoformat()):
        for group in keys_of.get(customer_id, ()):
            group.orders.append(cents)
            if gap:  # the first order has no previous one; same-day orders are one occasion
                group.gaps.append(round(gap))
    since = datetime.combine(today - timedelta(days=rules.revenue_days), time.min)
    until = datetime.combine(today + timedelta(days=1), time.min)
    for customer_id, channel, count in _read(
        session, _CHANNELS, since.isoformat(" "), until.isoformat(" ")
    ):
        for group in keys_of.get(customer_id, ()):
            group.channels[channel] += count
    order = [("tier", tier) for tier in TIERS] + [("segment", s) for s in SEGMENTS]
    return [_persona(key, groups[key], total_cents) for key in order if key in groups]


def _persona(key: tuple[str, str], group: _Group, total_cents: int) -> Persona:
    contacts = sum(group.channels.values())
    typical = median(group.orders) if group.orders else None
    return Persona(
        by=key[0],
        key=key[1],
        customers=group.customers,
        revenue_12m=Decimal(group.revenue_cents) / 100,
        revenue_share=group.revenue_cents / total_cents if total_cents else 0.0,
        industries=group.industries.most_common(TOP),
        median_order=(Decimal(typical) / 100).quantize(Decimal("0.01")) if typical else None,
        median_interval_days=median(group.gaps) if group.gaps else None,
        channels=[(c, n / contacts) for c, n in group.channels.most_common(TOP)],
    )
