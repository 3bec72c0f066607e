"""Demo catalogue, orders and payments: what each customer bought and how it paid."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.demo import vocabulary as v
from app.demo.draws import Draws
from app.models import Order, Payment, Product


def draw_products(d: Draws) -> None:
    """Write the catalogue: each product family in its editions, dearer by rank."""
    for family, editions, price, category in v.PRODUCTS:
        for rank, edition in enumerate(editions):
            row = {
                "id": d.new_id(),
                "name": f"{family}（{edition}）",
                "family": family,
                "edition_rank": rank,
                "category": category,
                "active": True,
                "unit_price": Decimal(price) * (1 + rank),
                "sku": f"P{len(d.product_rows) + 1:03d}",
            }
            d.product_rows.append(row)
            d.w.add(Product, row)


def draw_orders(d: Draws, cid: str, created: datetime, value: float) -> date | None:
    """Write a customer's orders with their payments; return the first order's date."""
    rng = d.rng
    count = min(40, int(rng.expovariate(1 / 1.6) * min(value, 4)))
    first: date | None = None
    for _ in range(count):
        product = d.pick(d.product_rows)
        quantity = d.pick([1, 1, 1, 2, 3])
        amount = (product["unit_price"] * quantity * Decimal(rng.uniform(0.8, 1.1))).quantize(
            Decimal("0.01")
        )
        day = d.moment(rng.uniform(0, min(720, (d.moment(0) - created).days + 1))).date()
        first = min(first, day) if first else day
        oid = d.new_id()
        d.w.add(
            Order,
            {
                "id": oid,
                "customer_id": cid,
                "order_no": f"SO{day:%Y%m%d}{d.between(1000, 9999)}",
                "order_date": day,
                "amount": amount,
                "currency": "CNY",
                "product_id": product["id"],
                "created_at": datetime.combine(day, time(15, 0)),
            },
        )
        draw_payment(d, cid, oid, day, amount)
    return first


def draw_payment(d: Draws, cid: str, order_id: str, day: date, amount: Decimal) -> None:
    """Write an order's payment: most past-due ones paid in full, some late."""
    due = day + timedelta(days=d.pick([30, 45, 60, 90]))
    paid = due < d.today and d.rng.random() < 0.85
    received = due + timedelta(days=d.between(-10, 25)) if paid else None
    if received and received > d.today:
        received = d.today
    d.w.add(
        Payment,
        {
            "id": d.new_id(),
            "customer_id": cid,
            "order_id": order_id,
            "amount_due": amount,
            "due_date": due,
            "amount_received": amount if paid else Decimal(0),
            "received_date": received,
            "created_at": datetime.combine(day, time(16, 0)),
        },
    )
