"""Refresh every customer's cached tier, RFM scores and segment, churn risk and summaries.

Aggregates come from SQL as raw stored values (ISO date strings, integer cents), rules run over
plain tuples, and only rows whose values changed are written back with one executemany — so a
second run on unchanged data writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from functools import cache
from operator import sub
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from app import settings
from app.bulk import collector_paused
from app.models import Customer
from app.models.customers import effective_tier
from app.segments import churn
from app.segments.facts import (
    RECENCY_WINDOW_DAYS,
    REVENUE_WINDOW_DAYS,
    customers_query,
    fetch,
    names_query,
    orders_query,
    overdue_complaints_query,
    stream,
)
from app.segments.rules import (
    CHURN_SEGMENTS,
    abc_tiers,
    months_to_days,
    parse_cadence,
    parse_factors,
    parse_thresholds,
    parse_windows,
    rank_scores,
    segment_for,
)
from app.segments.writeback import CACHED_ATTRS, changed_columns, write_changes

_GRID = {(r, f): segment_for(r, f) for r in range(1, 6) for f in range(1, 6)}
_SEGMENT_REASON = {segment: churn.rfm(segment) for segment in CHURN_SEGMENTS}
_NO_SCORES: tuple[None, None, None] = (None, None, None)
# Tier, R, F, M, segment, last order (ISO), 12-month revenue (cents), order-based reason code
# ("" if none), 24-month order count and revenue (cents). Reasons are built as the stored code
# directly: no per-customer tuple and join.
BuyerFacts = tuple[
    str, int | None, int | None, int | None, str | None, str | None, int, str, int, int
]


@dataclass(frozen=True)
class RecomputeResult:
    """What a recompute did: customers looked at, rows written, customers flagged at risk."""

    customers: int
    changed: int
    at_risk: int


@cache
def _ordinal(iso_day: str) -> int:
    # A book spans a few thousand distinct order dates at most; parse each once.
    return date.fromisoformat(iso_day).toordinal()


def order_gap_reason(
    last_order: str, order_dates: str, today: date, factor: Fraction = Fraction(2)
) -> str:
    # Several orders on one day are one purchase occasion, not a zero-day rhythm.
    days = sorted(map(_ordinal, set(order_dates.split(","))))
    if len(days) < 2:
        return ""
    gaps = sorted(map(sub, days[1:], days))
    middle = len(gaps) // 2
    # The median gap is a whole or half day count: twice it is an integer, so the rule
    # silence > factor × median runs in integers (Fraction arithmetic per buyer cost 0.1 s).
    twice_usual = 2 * gaps[middle] if len(gaps) % 2 else gaps[middle - 1] + gaps[middle]
    silence = today.toordinal() - days[-1]
    if 2 * silence * factor.denominator <= factor.numerator * twice_usual:
        return ""
    return churn.order_gap(last_order, twice_usual / 2)


def also(reason: str, part: str) -> str:
    # Reason codes are `;`-separated parts in rule order; "" means no reason yet.
    return f"{reason};{part}" if reason else part


# What a customer with no order up to today gets: tier C, no scores, no segment, no revenue.
NON_BUYER: BuyerFacts = ("C", None, None, None, None, None, 0, "", 0, 0)


def _assess_buyers(
    orders: Sequence[Any],
    names: dict[str, str],
    rules: Rules,
) -> dict[str, BuyerFacts]:
    """Tier, RFM and order-based churn reasons of every live customer with an order."""
    # Order rows: customer id, last order, 12-month revenue, 24-month count and revenue, dates.
    buyers = [row for row in orders if row[0] in names]  # drops deleted customers' orders
    tiers = abc_tiers([(row[2], names[row[0]], row[0]) for row in buyers], rules.thresholds)
    # Scored over customers with at least one order in the 24-month window; ISO dates sort
    # like the dates, and a later last order is the better recency.
    scored = [row for row in buyers if row[3]]
    rfm = dict(
        zip(
            (row[0] for row in scored),
            zip(
                rank_scores([row[1] for row in scored]),
                rank_scores([row[3] for row in scored]),
                rank_scores([row[4] for row in scored]),
                strict=True,
            ),
            strict=True,
        )
    )
    return {
        row[0]: buyer_facts(row, tiers[row[0]], rfm.get(row[0], _NO_SCORES), rules)
        for row in buyers
    }


def buyer_facts(
    order_row: Sequence[Any],
    tier: str,
    scores: tuple[int, int, int] | tuple[None, None, None],
    rules: Rules,
) -> BuyerFacts:
    """Put a buyer's order aggregates, tier and R/F/M scores together with its order reasons."""
    _, last_order, revenue_12m, orders_24m, revenue_24m, order_dates = order_row
    r, f, m = scores
    segment = _GRID[r, f] if r and f else "lost"  # scores are all 1–5 or all None
    # The query sends order dates only for customers the gap rule may flag.
    reason = (
        order_gap_reason(last_order, order_dates, rules.today, rules.gap_factor)
        if order_dates
        else ""
    )
    if segment in _SEGMENT_REASON:
        reason = also(reason, _SEGMENT_REASON[segment])
    return (tier, r, f, m, segment, last_order, revenue_12m, reason, orders_24m, revenue_24m)


def recompute(session: Session, today: date | None = None) -> RecomputeResult:
    """Recompute ABC tier, RFM, churn risk and order/contact summaries for every customer.

    Runs in the caller's transaction. Windows end on `today` (default: the local date): the
    12-month window is today-365 < order_date <= today, the 24-month one today-730 < … <= today.
    A complaint counts as overdue once its promised time is before today's start, so results
    depend on the date only and a second run the same day changes nothing.
    """
    with collector_paused():
        return _recompute(session, today or date.today())


@dataclass(frozen=True)
class Rules:
    """The settings and day a pass runs with."""

    today: date
    thresholds: tuple[Fraction, Fraction]
    cadence: dict[str, int]
    revenue_days: int = REVENUE_WINDOW_DAYS  # the ABC window
    recency_days: int = RECENCY_WINDOW_DAYS  # the RFM window
    gap_factor: Fraction = Fraction(2)
    quiet_factor: Fraction = Fraction(2)

    @classmethod
    def load(cls, session: Session, today: date) -> Rules:
        windows = parse_windows(settings.get(session, "segment_windows"))
        factors = parse_factors(settings.get(session, "churn_factors"))
        return cls(
            today,
            parse_thresholds(settings.get(session, "abc_thresholds")),
            parse_cadence(settings.get(session, "cadence_days")),
            months_to_days(windows["abc_months"]),
            months_to_days(windows["rfm_months"]),
            factors["order_gap"],
            factors["no_contact"],
        )

    def orders(self) -> Select[*tuple[Any, ...]]:
        """The order aggregates of this pass's windows."""
        return orders_query(self.today, self.revenue_days, self.recency_days)

    @property
    def day_start(self) -> datetime:
        return datetime.combine(self.today, time.min)

    def quiet_before(self) -> dict[str, str]:
        # ISO dates compare as text, so "more than N days ago" becomes one string comparison.
        return {
            tier: (self.today - timedelta(days=int(self.quiet_factor * days))).isoformat()
            for tier, days in self.cadence.items()
        }


def _recompute(session: Session, today: date) -> RecomputeResult:
    rules = Rules.load(session, today)
    session.flush()
    conn = session.connection()
    names = dict(fetch(conn, names_query()))
    buyers = _assess_buyers(fetch(conn, rules.orders()), names, rules)
    del names
    overdue = dict(fetch(conn, overdue_complaints_query(rules.day_start)))
    # The wide customer rows stream through the rules: a pass beside an open window holds
    # only the rows that changed (the whole book as tuples was ~80 MB at 100k customers).
    with stream(conn, customers_query(rules.day_start + timedelta(days=1))) as customers:
        return settle(session, rules, customers, buyers, overdue)


def settle(
    session: Session,
    rules: Rules,
    customers: Iterable[Any],
    buyers: dict[str, BuyerFacts],
    overdue: dict[str, int],
) -> RecomputeResult:
    """Add the contact and complaint rules to each customer's facts and write what changed."""
    quiet_before = rules.quiet_before()
    changes: list[tuple[tuple[bool, ...], tuple[object, ...], int]] = []
    at_risk = 0
    seen = 0
    for row in customers:
        seen += 1
        rowid, customer_id, _, created_at, override, last_contact = row[:6]
        tier, r, f, m, segment, last_order, revenue_12m, reason, orders_24m, revenue_24m = (
            buyers.get(customer_id, NON_BUYER)
        )
        if customer_id in overdue:
            reason = also(reason, churn.complaint(overdue[customer_id]))
        effective = effective_tier(tier, override)
        quiet_since = (last_contact or created_at)[:10]
        if quiet_since < quiet_before[effective]:
            cadence = rules.cadence[effective]
            reason = also(
                reason, churn.no_contact(quiet_since, cadence, contacted=bool(last_contact))
            )
        if reason:
            at_risk += 1
        new = (
            tier,
            r,
            f,
            m,
            segment,
            1 if reason else 0,
            reason or None,
            revenue_12m,
            last_order,
            last_contact,
            orders_24m,
            revenue_24m,
        )
        old = row[6:]
        if new != old:
            changes.append((changed_columns(new, old), new, rowid))

    _write(session, changes, seen)
    return RecomputeResult(customers=seen, changed=len(changes), at_risk=at_risk)


def _write(
    session: Session,
    changes: list[tuple[tuple[bool, ...], tuple[object, ...], int]],
    live_rows: int,
) -> None:
    if not changes:
        return
    write_changes(session.connection(), changes, live_rows)
    # Customers already loaded in this session must not keep showing the old values.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Customer):
            session.expire(obj, list(CACHED_ATTRS))
