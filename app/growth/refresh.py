"""Rebuild the cached growth suggestions: the whole book, or a few customers and their peers.

One read of every live (customer, product, order date) purchase — orders' main products and
order lines — feeds both rules; baskets are counted once per peer group in Python, and customers
sharing industry, size band and basket share one ranking. Called by app.derived only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, or_, select, union_all
from sqlalchemy.orm import Session

from app import settings
from app.growth.crosssell import PeerStats, Rule, count_groups, rank_cross_sell
from app.growth.upsell import Edition, Upgrade, upgrades_for
from app.models import Customer, GrowthSuggestion, Order, OrderLine, Product, table_of


@dataclass
class Book:
    """What the rules read: customers' peer keys and tiers, purchases, and the catalogue."""

    customers: dict[str, tuple[str | None, str | None, str]] = field(default_factory=dict)
    purchases: dict[str, list[tuple[str, date]]] = field(default_factory=lambda: defaultdict(list))
    catalogue: dict[str, Edition] = field(default_factory=dict)

    def basket(self, customer_id: str) -> frozenset[str]:
        return frozenset(product for product, _day in self.purchases.get(customer_id, ()))


def _purchases_query() -> Any:
    main = select(Order.customer_id, Order.product_id, Order.order_date).where(
        Order.deleted_at.is_(None), Order.product_id.is_not(None)
    )
    lines = (
        select(Order.customer_id, OrderLine.product_id, Order.order_date)
        .join(Order, Order.id == OrderLine.order_id)
        .where(
            OrderLine.deleted_at.is_(None),
            Order.deleted_at.is_(None),
            OrderLine.product_id.is_not(None),
        )
    )
    return union_all(main, lines).subquery()


def load_book(session: Session, customer_ids: Collection[str] | None = None) -> Book:
    """Read the book, or only the peers of some customers (same industry or size band)."""
    book = Book()
    for row in session.execute(
        select(
            Product.id,
            Product.name,
            Product.family,
            Product.edition_rank,
            Product.unit_price,
            Product.active,
        ).where(Product.deleted_at.is_(None))
    ):
        book.catalogue[row.id] = Edition(
            row.id, row.name, row.family or "", row.edition_rank or 0, row.unit_price, row.active
        )
    who = select(Customer.id, Customer.industry, Customer.size_band, Customer.effective_tier).where(
        Customer.deleted_at.is_(None)
    )
    if customer_ids is not None:
        targets = session.execute(
            select(Customer.industry, Customer.size_band).where(Customer.id.in_(customer_ids))
        ).all()
        industries = {industry for industry, _ in targets if industry}
        bands = {band for _, band in targets if band}
        who = who.where(
            or_(
                Customer.id.in_(customer_ids),
                Customer.industry.in_(industries),
                Customer.size_band.in_(bands),
            )
        )
    for cid, industry, band, tier in session.execute(who):
        book.customers[cid] = (industry, band, tier)
    bought = _purchases_query()
    query = select(bought.c.customer_id, bought.c.product_id, bought.c.order_date)
    if customer_ids is not None:
        peers = who.with_only_columns(Customer.id).scalar_subquery()
        query = query.where(bought.c.customer_id.in_(peers))
    for cid, product, day in session.execute(query):
        if cid in book.customers and product in book.catalogue:
            book.purchases[cid].append((product, day))
    return book


def _cross_rows(
    book: Book, targets: Collection[str], min_support: float, limit: int
) -> Iterator[dict[str, Any]]:
    groups = count_groups(
        (industry, band, book.basket(cid)) for cid, (industry, band, _t) in book.customers.items()
    )
    candidates = sorted(pid for pid, e in book.catalogue.items() if e.active)
    names = {pid: e.name for pid, e in book.catalogue.items()}
    memo: dict[tuple[str | None, str | None, frozenset[str]], list[Rule]] = {}
    for cid in targets:
        industry, band, tier = book.customers[cid]
        basket = book.basket(cid)
        if not basket:
            continue
        key = (industry, band, basket)
        rules = memo.get(key)
        if rules is None:
            peer: list[PeerStats] = [
                g
                for g in (
                    groups.get(("industry", industry or "")),
                    groups.get(("size_band", band or "")),
                )
                if g is not None
            ]
            rules = memo[key] = rank_cross_sell(
                basket, peer, candidates, names, min_support=min_support, limit=limit
            )
        for rank, rule in enumerate(rules, start=1):
            yield {
                "customer_id": cid,
                "kind": "cross",
                "product_id": rule.product_id,
                "rank": rank,
                "tier": tier,
                "basis_product_id": rule.basis_id,
                "peer_kind": rule.peer_kind,
                "peer_value": rule.peer_value,
                "peers": rule.peers,
                "with_basis": rule.with_basis,
                "with_both": rule.with_both,
                "with_product": rule.with_product,
                "support": rule.support,
                "confidence": rule.confidence,
                "lift": rule.lift,
                "price_gap": None,
                "last_bought": None,
                "score": rule.confidence,
                "score2": rule.lift,
            }


def _up_row(cid: str, tier: str, rank: int, upgrade: Upgrade) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "kind": "up",
        "product_id": upgrade.target.id,
        "rank": rank,
        "tier": tier,
        "basis_product_id": upgrade.current.id,
        "peer_kind": None,
        "peer_value": None,
        "peers": 0,
        "with_basis": 0,
        "with_both": 0,
        "with_product": 0,
        "support": 0.0,
        "confidence": 0.0,
        "lift": 0.0,
        "price_gap": upgrade.price_gap,
        "last_bought": upgrade.last_bought,
        "score": float(upgrade.last_bought.toordinal()),
        "score2": float(upgrade.price_gap or 0),
    }


def _up_rows(book: Book, targets: Collection[str]) -> Iterator[dict[str, Any]]:
    for cid in targets:
        purchases = book.purchases.get(cid)
        if not purchases:
            continue
        tier = book.customers[cid][2]
        for rank, upgrade in enumerate(upgrades_for(purchases, book.catalogue), start=1):
            yield _up_row(cid, tier, rank, upgrade)


BATCH = 20_000


def refresh_growth(session: Session, customer_ids: Collection[str] | None = None) -> int:
    """Recompute the cached suggestions of every customer (None) or of some; return rows written."""
    if customer_ids is not None and not customer_ids:
        return 0
    min_support = float(settings.get(session, "crosssell_min_support"))
    limit = int(settings.get(session, "crosssell_per_customer"))
    book = load_book(session, customer_ids)
    table = table_of(GrowthSuggestion)
    if customer_ids is None:
        targets: Collection[str] = sorted(book.customers)
        session.execute(delete(table))
    else:
        targets = sorted(set(customer_ids) & set(book.customers))
        ids = list(customer_ids)
        for start in range(0, len(ids), 500):
            session.execute(delete(table).where(table.c.customer_id.in_(ids[start : start + 500])))
    written = 0
    batch: list[dict[str, Any]] = []
    rows = [_cross_rows(book, targets, min_support, limit), _up_rows(book, targets)]
    for source in rows:
        for row in source:
            batch.append(row)
            if len(batch) >= BATCH:
                session.execute(insert(table), batch)
                written += len(batch)
                batch = []
    if batch:
        session.execute(insert(table), batch)
        written += len(batch)
    return written


def refresh_growth_tiers(session: Session, customer_ids: Collection[str]) -> None:
    """Copy the customers' current effective tier onto their cached suggestions."""
    table = table_of(GrowthSuggestion)
    tier = (
        select(Customer.effective_tier).where(Customer.id == table.c.customer_id).scalar_subquery()
    )
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        session.execute(
            table.update()
            .where(table.c.customer_id.in_(ids[start : start + 500]))
            .values(tier=tier)
        )
