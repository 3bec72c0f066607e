"""Re-assess a few customers after an order or activity, against the rest of the book as cached.

A full pass ranks every customer; after one new order only that customer's figures moved, so
it is placed in the ranking the others already have: its ABC share-before and its R/F/M ranks
come from ranges of indexes over the book's cached figures (revenue_12m, last_order_date,
orders_24m, revenue_24m), exactly as the full pass would rank it. The others keep their cached
tiers until the next full pass (after an import, a settings change, or the first start on a new
day), which is when a shift of the whole distribution is settled.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from sqlalchemy.orm import Session

from app.models import Complaint, Customer, Order
from app.segments.facts import customers_query, fetch, overdue_complaints_query
from app.segments.refresh import (
    NON_BUYER,
    BuyerFacts,
    RecomputeResult,
    Rules,
    buyer_facts,
    recompute,
    settle,
)
from app.segments.writeback import CACHED_ATTRS

# Past this many customers one full pass is cheaper than ranking each against the others.
FULL_PASS_ABOVE = 200

_c = Customer.__table__.c


def refresh_customers(
    session: Session, customer_ids: Collection[str], today: date | None = None
) -> RecomputeResult:
    """Recompute tier, RFM, churn risk and summaries of these customers only."""
    today = today or date.today()
    ids = sorted(set(customer_ids))
    if not ids:
        return RecomputeResult(0, 0, 0)
    if len(ids) > FULL_PASS_ABOVE:
        return recompute(session, today)
    rules = Rules.load(session, today)
    session.flush()
    conn = session.connection()
    customers = fetch(
        conn, customers_query(rules.day_start + timedelta(days=1)).where(_c.id.in_(ids))
    )
    orders = fetch(conn, rules.orders().where(Order.__table__.c.customer_id.in_(ids)))
    live = {row[1]: row for row in customers}
    orders = [row for row in orders if row[0] in live]
    buyers = _rank_against_book(session, orders, live, rules)
    overdue = dict(
        fetch(
            conn,
            overdue_complaints_query(rules.day_start).where(
                Complaint.__table__.c.customer_id.in_(ids)
            ),
        )
    )
    return settle(session, rules, customers, buyers, overdue)


def _rank_against_book(
    session: Session,
    orders: Sequence[Any],
    live: dict[str, Sequence[Any]],
    rules: Rules,
) -> dict[str, BuyerFacts]:
    # Order rows: customer id, last order (ISO), 12-month revenue, 24-month count and revenue.
    facts: dict[str, BuyerFacts] = {}
    for row in orders:
        customer_id, last_order, revenue_12m, orders_24m, revenue_24m, _ = row
        name = live[customer_id][_NAME]
        book = _book_around(session, name, customer_id, row)
        # The touched customers, itself included, are in the book with their cached figures:
        # take those out and put in the new ones of the others among them.
        for other_id, cached in live.items():
            _count(book, cached[_NAME], other_id, _cached(cached), row, name, -1)
        for other in orders:
            if other[0] != customer_id:
                _count(book, live[other[0]][_NAME], other[0], other[1:5], row, name, +1)
        total = book["total"] + revenue_12m
        tier = _tier(book["before"], total, revenue_12m, rules.thresholds)
        scores: tuple[int, int, int] | tuple[None, None, None] = (None, None, None)
        if orders_24m:
            n = book["scored"] + 1
            r, f, m = (_score(book[f"{key}_below"], book[f"{key}_equal"] + 1, n) for key in "rfm")
            scores = (r, f, m)
        facts[customer_id] = buyer_facts(row, tier, scores, rules)
    for customer_id in live.keys() - facts.keys():
        facts[customer_id] = NON_BUYER
    return facts


# customers_query's columns: the name third, the cached values from the seventh on (in
# CACHED_ATTRS order), of which the book's figures were summed.
_NAME = 2
_CACHED = tuple(
    6 + CACHED_ATTRS.index(name)
    for name in ("last_order_date", "revenue_12m", "orders_24m", "revenue_24m")
)


def _cached(row: Sequence[Any]) -> tuple[Any, ...]:
    # In an order row's order: last order, 12-month revenue, 24-month count and revenue.
    return tuple(row[index] for index in _CACHED)


def _count(
    book: dict[str, int],
    name: str,
    customer_id: str,
    figures: Sequence[Any],
    than: Sequence[Any],
    than_name: str,
    sign: int,
) -> None:
    """Add (sign +1) or take away (-1) one customer's figures in the book around `than`."""
    last_order, revenue_12m, orders_24m, revenue_24m = figures
    book["total"] += sign * revenue_12m
    if _ranks_before(revenue_12m, (name, customer_id), than[2], (than_name, than[0])):
        book["before"] += sign * revenue_12m
    if not orders_24m:
        return
    book["scored"] += sign
    # A scored customer always has all three figures (the pass writes them together).
    for key, value, of_than in (
        ("r", last_order, than[1]),
        ("f", orders_24m, than[3]),
        ("m", revenue_24m, than[4]),
    ):
        if value is not None and of_than is not None:
            book[f"{key}_below"] += sign * (value < of_than)
            book[f"{key}_equal"] += sign * (value == of_than)


def _ranks_before(revenue: int, key: tuple[str, str], than: int, than_key: tuple[str, str]) -> bool:
    # abc_tiers' order: revenue descending, then (name, id) ascending among equal revenues.
    return revenue > than or (revenue == than and key < than_key)


# The live book's figures around one customer, each a range of an index holding just that
# figure (migration 0017): revenue ranked before it (strictly more, then equal and earlier by
# name and id), and among scored customers (an order in the RFM window) how many have fewer or
# as many orders, less or as much money, and a later or the same last order — counted from the
# top, the short side for a customer who has just ordered.
_LIVE = "FROM customer INDEXED BY ix_customer_rank WHERE deleted_at IS NULL"
_SCORED = (
    "FROM customer INDEXED BY ix_customer_scored_{} WHERE deleted_at IS NULL AND orders_24m > 0"
)
_BOOK_AROUND = "SELECT " + ", ".join(
    f"({part})"
    for part in (
        f"SELECT coalesce(sum(revenue_12m), 0) {_LIVE}",
        f"SELECT coalesce(sum(revenue_12m), 0) {_LIVE} AND revenue_12m > :revenue",
        f"SELECT coalesce(sum(revenue_12m), 0) {_LIVE} AND revenue_12m = :revenue"
        " AND (name < :name OR (name = :name AND id < :id))",
        f"SELECT count(*) {_SCORED.format('frequency')}",
        f"SELECT count(*) {_SCORED.format('recency')} AND last_order_date > :last",
        f"SELECT count(*) {_SCORED.format('recency')} AND last_order_date = :last",
        f"SELECT count(*) {_SCORED.format('frequency')} AND orders_24m < :orders",
        f"SELECT count(*) {_SCORED.format('frequency')} AND orders_24m = :orders",
        f"SELECT count(*) {_SCORED.format('monetary')} AND revenue_24m < :money",
        f"SELECT count(*) {_SCORED.format('monetary')} AND revenue_24m = :money",
    )
)


def _book_around(
    session: Session, name: str, customer_id: str, order_row: Sequence[Any]
) -> dict[str, int]:
    """Sum the live book's cached figures around one customer's new ones, off index ranges."""
    _, last_order, revenue_12m, orders_24m, revenue_24m, _ = order_row
    params = {
        "revenue": revenue_12m,
        "name": name,
        "id": customer_id,
        "last": last_order,
        "orders": orders_24m,
        "money": revenue_24m,
    }
    row = session.connection().exec_driver_sql(_BOOK_AROUND, params).one()
    total, above, tied_before, scored, later, same_day, *counts = map(int, row)
    keys = ("f_below", "f_equal", "m_below", "m_equal")
    return {
        "total": total,
        "before": above + tied_before,
        "scored": scored,
        "r_below": scored - later - same_day,
        "r_equal": same_day,
        **dict(zip(keys, counts, strict=True)),
    }


def _tier(before: int, total: int, revenue: int, thresholds: tuple[Fraction, Fraction]) -> str:
    # The full pass's rule: A while the share ranked before is < thresholds[0], B < [1].
    if revenue <= 0:
        return "C"
    if before < thresholds[0] * total:
        return "A"
    return "B" if before < thresholds[1] * total else "C"


def _score(below: int, equal: int, n: int) -> int:
    # rank_scores' formula for one value: p = (below + equal / 2) / n, score = 1 + ⌊5p⌋ (≤ 5).
    return min(5, 1 + (5 * (2 * below + equal)) // (2 * n))
