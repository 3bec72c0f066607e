"""Personas per tier and RFM segment, on a small hand-computed book."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from app.db import Database
from app.derived import refresh_all
from app.models import Activity, Customer, Order
from app.segments.personas import personas

TODAY = date(2025, 6, 30)


def _at(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days), time(10))


@pytest.fixture
def book(db: Database) -> dict[str, object]:
    # 甲: orders 100, 70 and 10 days ago (1,000 / 3,000 / 2,000): gaps 30 and 60.
    # 乙: two orders the same day 50 days ago (500, 700) and one 20 days ago (800): gap 30.
    # 丙: one order 400 days ago (in the 24-month window, not the 12-month one). 丁: none.
    # 12-month revenue 6,000 + 2,000: 甲 A (0 % before), 乙 A (75 % before); 丙, 丁 C.
    orders = {
        "甲": [(100, 1000), (70, 3000), (10, 2000)],
        "乙": [(50, 500), (50, 700), (20, 800)],
        "丙": [(400, 1000)],
        "丁": [],
    }
    industries = {"甲": "制造", "乙": "制造", "丙": "零售", "丁": "零售"}
    # Follow-ups of the last 12 months: wechat 3, visit 2, phone 1 — plus one too old, one
    # deleted.
    channels = {"甲": ["wechat", "wechat", "wechat", "phone"], "乙": ["visit", "visit"]}
    with db.session.begin() as s:
        for name, rows in orders.items():
            customer = Customer(name=name, industry=industries[name], created_at=_at(1000))
            s.add(customer)
            s.flush()
            s.add_all(
                Order(customer_id=customer.id, order_date=TODAY - timedelta(d), amount=Decimal(a))
                for d, a in rows
            )
            s.add_all(
                Activity(customer_id=customer.id, occurred_at=_at(5), channel=channel)
                for channel in channels.get(name, [])
            )
            if name == "乙":
                s.add(Activity(customer_id=customer.id, occurred_at=_at(400), channel="email"))
                s.add(
                    Activity(
                        customer_id=customer.id,
                        occurred_at=_at(3),
                        channel="email",
                        deleted_at=_at(1),
                    )
                )
        refresh_all(s, TODAY)
    return {}


def test_tier_personas(db: Database, book) -> None:
    with db.session() as s:
        found = {(p.by, p.key): p for p in personas(s, TODAY)}
    a, c = found["tier", "A"], found["tier", "C"]
    assert ("tier", "B") not in found
    assert (a.customers, a.revenue_12m, a.revenue_share) == (2, Decimal(8000), 1.0)
    assert a.industries == [("制造", 2)]
    # A's orders 500 700 800 | 1000 2000 3000 → median 900; gaps 30, 60, 30 → 30.
    assert (a.median_order, a.median_interval_days) == (Decimal(900), 30)
    assert a.channels == [("wechat", 0.5), ("visit", 2 / 6), ("phone", 1 / 6)]
    assert (c.customers, c.revenue_share, c.industries) == (2, 0.0, [("零售", 2)])
    assert (c.median_order, c.median_interval_days, c.channels) == (Decimal(1000), None, [])


def test_segment_personas(db: Database, book) -> None:
    with db.session() as s:
        found = [p for p in personas(s, TODAY) if p.by == "segment"]
    # R: 甲 5, 乙 3, 丙 1; F: 甲 and 乙 tie on 3 orders → 4, 丙 1.
    assert [p.key for p in found] == ["champions", "loyal", "hibernating"]
    champions = found[0]
    assert (champions.customers, champions.revenue_share) == (1, 0.75)
    assert (champions.median_order, champions.median_interval_days) == (Decimal(2000), 45)
    assert found[1].median_interval_days == 30  # the same-day pair is one occasion


def test_empty_book_has_no_personas(db: Database) -> None:
    with db.session() as s:
        assert personas(s, TODAY) == []
