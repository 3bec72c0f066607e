"""Refresh every customer's cached tier, RFM scores and segment, churn risk and summaries.

Aggregates come from SQL as raw stored values (ISO date strings, integer cents), rules run over
plain tuples, and only rows whose values changed are written back with one executemany — so a
second run on unchanged data writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from app import settings
from app.models import Activity, Complaint, Customer, Order
from app.models.customers import TIERS
from app.segments import churn
from app.segments.rules import (
    CHURN_SEGMENTS,
    abc_tiers,
    median,
    parse_cadence,
    parse_thresholds,
    rank_scores,
    segment_for,
)

RECENCY_WINDOW_DAYS = 730  # RFM looks at the last 24 months
REVENUE_WINDOW_DAYS = 365  # ABC looks at the trailing 12 months
MIN_ORDER_GAP_DAYS = 30  # an order-gap alarm needs at least this long a silence
CACHED_ATTRS = (
    "tier", "rfm_r", "rfm_f", "rfm_m", "rfm_segment", "churn_risk", "churn_reason",
    "revenue_12m", "last_order_date", "last_contact_at",
)
_GRID = {(r, f): segment_for(r, f) for r in range(1, 6) for f in range(1, 6)}
_NO_SCORES: tuple[None, None, None] = (None, None, None)

_customer = Customer.__table__
_order = Order.__table__
_activity = Activity.__table__
_complaint = Complaint.__table__


@dataclass(frozen=True)
class RecomputeResult:
    """What a recompute did: customers looked at, rows written, customers flagged at risk."""

    customers: int
    changed: int
    at_risk: int


def _text(expression: object) -> object:
    # Skip the Date/DateTime result processors: rules work on the stored ISO text directly.
    return type_coerce(expression, String)


def _cents(expression: object) -> object:
    # Skip the Money result processor: integer cents are exact and cheap to add.
    return type_coerce(expression, Integer)


def _customers_query(contact_until: datetime) -> Select:
    latest_contact = (
        select(_activity.c.occurred_at)
        .where(
            _activity.c.customer_id == _customer.c.id,
            _activity.c.deleted_at.is_(None),
            _activity.c.occurred_at < contact_until,
        )
        # One index seek per customer on (customer_id, occurred_at), newest first.
        .order_by(_activity.c.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    c = _customer.c
    return select(
        c.id, c.name, _text(c.created_at), c.tier_override, _text(latest_contact),
        c.tier, c.rfm_r, c.rfm_f, c.rfm_m, c.rfm_segment, _cents(c.churn_risk), c.churn_reason,
        _cents(c.revenue_12m), _text(c.last_order_date), _text(c.last_contact_at),
    ).where(c.deleted_at.is_(None))


def _orders_query(today: date) -> Select:
    o = _order.c
    # Orders dated after today are planned, not bought: leaving them out makes a run for a
    # past date reproduce what that day looked like. The test sits in each aggregate, not in
    # WHERE, so SQLite does not pick ix_order_date and then look up nearly every row.
    placed = o.order_date <= today
    in_12m = and_(o.order_date > today - timedelta(days=REVENUE_WINDOW_DAYS), placed)
    in_24m = and_(o.order_date > today - timedelta(days=RECENCY_WINDOW_DAYS), placed)
    placed_date = case((placed, o.order_date))
    return (
        select(
            o.customer_id,
            _text(func.max(placed_date)),
            _cents(func.sum(case((in_12m, _cents(o.amount)), else_=0))),
            func.count(case((in_24m, 1))),
            _cents(func.sum(case((in_24m, _cents(o.amount)), else_=0))),
            func.count(placed_date),
            _text(func.group_concat(placed_date)),
        )
        .where(o.deleted_at.is_(None))
        # One scan and sort beats walking ix_order_customer_date, which costs a random row
        # lookup per order for amount and deleted_at; `|| ''` keeps the planner off that index.
        .group_by(o.customer_id + "")
    )


def _overdue_complaints_query(day_start: datetime) -> Select:
    k = _complaint.c
    return (
        select(k.customer_id, func.count())
        .where(
            k.deleted_at.is_(None),
            k.step != "closed",
            k.resolved_at.is_(None),
            k.promised_at < day_start,
        )
        .group_by(k.customer_id)
    )


def _order_gap_reason(last_order: str, order_dates: str, today: date) -> str | None:
    # Several orders on one day are one purchase occasion, not a zero-day rhythm.
    days = sorted({date.fromisoformat(day).toordinal() for day in order_dates.split(",")})
    if len(days) < 2:
        return None
    usual = median([later - earlier for earlier, later in zip(days, days[1:], strict=False)])
    silence = (today - date.fromisoformat(last_order)).days
    return churn.order_gap(silence, usual) if silence > 2 * usual else None


def recompute(session: Session, today: date | None = None) -> RecomputeResult:
    """Recompute ABC tier, RFM, churn risk and order/contact summaries for every customer.

    Runs in the caller's transaction. Windows end on `today` (default: the local date): the
    12-month window is today-365 < order_date <= today, the 24-month one today-730 < … <= today.
    A complaint counts as overdue once its promised time is before today's start, so results
    depend on the date only and a second run the same day changes nothing.
    """
    today = today or date.today()
    day_start = datetime.combine(today, time.min)
    thresholds = parse_thresholds(settings.get(session, "abc_thresholds"))
    cadence = parse_cadence(settings.get(session, "cadence_days"))
    # ISO dates compare as text, so "more than N days ago" becomes one string comparison.
    quiet_before = {
        tier: (today - timedelta(days=2 * days)).isoformat() for tier, days in cadence.items()
    }
    gap_before = (today - timedelta(days=MIN_ORDER_GAP_DAYS)).isoformat()
    session.flush()
    conn = session.connection()

    customers = conn.execute(_customers_query(day_start + timedelta(days=1))).all()
    names = {row[0]: row[1] for row in customers}
    # Orders of deleted customers, and customers whose only orders lie ahead, drop out here.
    orders = {
        row[0]: row[1:] for row in conn.execute(_orders_query(today)) if row[5] and row[0] in names
    }
    overdue = dict(conn.execute(_overdue_complaints_query(day_start)).all())
    tiers = abc_tiers(((agg[1], names[cid], cid) for cid, agg in orders.items()), thresholds)
    rfm = _rfm_scores(orders)

    changes: list[dict[str, object]] = []
    at_risk = 0
    for row in customers:
        customer_id, _, created_at, override, last_contact = row[:5]
        tier = tiers.get(customer_id, "C")
        reasons: list[str] = []
        bought = orders.get(customer_id)
        if bought is None:
            last_order, revenue_12m, scores, segment = None, 0, _NO_SCORES, None
        else:
            last_order, revenue_12m, _, _, order_count, order_dates = bought
            scores = rfm.get(customer_id, _NO_SCORES)
            segment = _GRID[scores[0], scores[1]] if scores[0] else "lost"
            if order_count >= 2 and last_order < gap_before:
                gap = _order_gap_reason(last_order, order_dates, today)
                if gap:
                    reasons.append(gap)
        if segment in CHURN_SEGMENTS:
            reasons.append(churn.rfm(segment))
        if customer_id in overdue:
            reasons.append(churn.complaint(overdue[customer_id]))
        effective = override if override in TIERS else tier
        quiet_since = (last_contact or created_at)[:10]
        if quiet_since < quiet_before[effective]:
            quiet_days = (today - date.fromisoformat(quiet_since)).days
            reasons.append(
                churn.no_contact(quiet_days, cadence[effective], contacted=bool(last_contact))
            )

        at_risk += bool(reasons)
        new = (tier, *scores, segment, int(bool(reasons)), ";".join(reasons) or None,
               revenue_12m, last_order, last_contact)
        if new != tuple(row[5:]):
            changes.append(dict(zip(_PARAMS, (customer_id, *new), strict=True)))

    _write(session, changes)
    return RecomputeResult(customers=len(customers), changed=len(changes), at_risk=at_risk)


def _rfm_scores(orders: dict[str, tuple]) -> dict[str, tuple[int, int, int]]:
    # Scored over customers with at least one order in the 24-month window.
    buyers = [(cid, agg) for cid, agg in orders.items() if agg[2]]
    # ISO dates sort like the dates, and a later last order is the better recency.
    recency = rank_scores([agg[0] for _, agg in buyers])
    frequency = rank_scores([agg[2] for _, agg in buyers])
    monetary = rank_scores([agg[3] for _, agg in buyers])
    return {
        cid: (r, f, m)
        for (cid, _), r, f, m in zip(buyers, recency, frequency, monetary, strict=True)
    }


_PARAMS = ("p_id", *(f"p_{name}" for name in CACHED_ATTRS))
# Raw ISO text and integer cents go straight in, matching what was read; updated_at stays put
# because these are derived values every copy recomputes, not edits CSV sync should carry.
_UPDATE = (
    update(_customer)
    .where(_customer.c.id == bindparam("p_id"))
    .values(
        {
            **{name: bindparam(f"p_{name}") for name in CACHED_ATTRS},
            "churn_risk": bindparam("p_churn_risk", type_=Integer),
            "revenue_12m": bindparam("p_revenue_12m", type_=Integer),
            "last_order_date": bindparam("p_last_order_date", type_=String),
            "last_contact_at": bindparam("p_last_contact_at", type_=String),
            "updated_at": _customer.c.updated_at,
        }
    )
)


def _write(session: Session, changes: list[dict[str, object]]) -> None:
    if not changes:
        return
    session.connection().execute(_UPDATE, changes)
    # Customers already loaded in this session must not keep showing the old values.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Customer):
            session.expire(obj, list(CACHED_ATTRS))
